package org.inspectionkit.rules.portfolio;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.inspectionkit.model.framework.Cycle;
import org.inspectionkit.model.inspection.InspectionId;
import org.inspectionkit.model.provider.ProviderId;
import org.inspectionkit.rules.Problem;

/**
 * An inspection of the set that could not be rated, and why: listed, never silently dropped.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class UnratedInspection {

  UnratedInspection() {}

  /**
   * The inspection.
   *
   * @return its id
   */
  public abstract InspectionId inspection();

  /**
   * Its provider, where known.
   *
   * @return the provider id
   */
  public abstract Optional<ProviderId> provider();

  /**
   * Its cycle, where known.
   *
   * @return the cycle
   */
  public abstract Optional<Cycle> cycle();

  /**
   * Why it could not be rated: at least one problem.
   *
   * @return the problems
   */
  public abstract List<Problem> problems();

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
    if (problems().isEmpty()) {
      throw new IllegalArgumentException("UnratedInspection " + inspection() + " problems: at least one is needed");
    }
  }

  @Override
  public String toString() {
    return inspection() + " unrated (" + problems().size() + " problems)";
  }

  /** Builds an {@link UnratedInspection}. */
  public static final class Builder extends ImmutableUnratedInspection.Builder {
    Builder() {}
  }
}
