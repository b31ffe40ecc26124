package org.inspectionkit.model.casework;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The record of an interview with the service user of an inspected domain-two case (introduced in 2019-20): what
 * happened, when, and the coded themes of what the service user said. What they said is not kept here.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ServiceUserInterview {

  ServiceUserInterview() {}

  /**
   * The case whose service user was approached.
   *
   * @return the case reference
   */
  public abstract CaseRef caseRef();

  /**
   * What happened.
   *
   * @return the outcome
   */
  public abstract InterviewOutcome outcome();

  /**
   * When, if recorded.
   *
   * @return the date
   */
  public abstract Optional<LocalDate> date();

  /**
   * The themes of what the service user said, coded (such as {@link InterviewTheme#HELP_WITH_NEEDS}); only for an
   * interview that took place.
   *
   * @return the themes, in code order
   */
  @Value.NaturalOrder
  public abstract java.util.SortedSet<InterviewTheme> themes();

  /**
   * An interview record with no date.
   *
   * @param caseRef the case
   * @param outcome what happened
   * @return the record
   */
  public static ServiceUserInterview of(CaseRef caseRef, InterviewOutcome outcome) {
    return builder().caseRef(caseRef).outcome(outcome).build();
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
    if (!themes().isEmpty() && outcome() != InterviewOutcome.DONE) {
      throw new IllegalArgumentException(
          "ServiceUserInterview " + caseRef() + " themes: only an interview that took place (DONE) has themes, was "
              + outcome());
    }
  }

  /** Builds a {@link ServiceUserInterview}; case reference and outcome are required. */
  public static final class Builder extends ImmutableServiceUserInterview.Builder {
    Builder() {}
  }
}
