package org.inspectionkit.model.evidence;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.inspectionkit.model.internal.Checks;

/**
 * Qualitative evidence on unpaid work gathered by one of the 2019-20 methods (a site visit, a supervisor
 * interview, an induction observation and so on), recorded against the unpaid work standard beside its case data.
 *
 * <p>The summary may mention people and is never printed by {@link #toString()}. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class UnpaidWorkEvidence {

  UnpaidWorkEvidence() {}

  /**
   * How the evidence was gathered.
   *
   * @return the method
   */
  public abstract UnpaidWorkMethod method();

  /**
   * When, if recorded.
   *
   * @return the date
   */
  public abstract Optional<LocalDate> date();

  /**
   * What was found. Sensitive: never in {@code toString()}.
   *
   * @return the summary
   */
  @Value.Redacted
  public abstract String summary();

  /**
   * Evidence with no date.
   *
   * @param method the method
   * @param summary what was found
   * @return the evidence
   */
  public static UnpaidWorkEvidence of(UnpaidWorkMethod method, String summary) {
    return builder().method(method).summary(summary).build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.text("UnpaidWorkEvidence summary", summary(), 20_000);
  }

  /** Builds an {@link UnpaidWorkEvidence}; method and summary are required. */
  public static final class Builder extends ImmutableUnpaidWorkEvidence.Builder {
    Builder() {}
  }
}
