package org.inspectionkit.rules.consistency;

import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import org.inspectionkit.rules.fieldwork.FieldworkPattern;
import org.inspectionkit.model.Rating;
import org.inspectionkit.model.evidence.UnpaidWorkMethod;
import org.inspectionkit.model.framework.StandardCode;
import org.inspectionkit.rules.evidence.EvidencePolicy;

/**
 * The thresholds of the built-in consistency checks, as data. {@link #defaults()} gives the values described on
 * each attribute; change any of them with {@link #builder()}{@code .from(defaults())}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ConsistencyPolicy {

  ConsistencyPolicy() {}

  /**
   * Domain-one disconnect: a judgement-rated standard at this rating or better counts as rated well; default Good.
   *
   * @return the rating
   */
  @Value.Default
  public Rating disconnectJudgedAtOrAbove() {
    return Rating.GOOD;
  }

  /**
   * Domain-one disconnect: a case-rated standard at this rating or worse counts against it; default Inadequate.
   *
   * @return the rating
   */
  @Value.Default
  public Rating disconnectCaseRatedAtOrBelow() {
    return Rating.INADEQUATE;
  }

  /**
   * Domain-one disconnect: how many case-rated standards must be at or below
   * {@link #disconnectCaseRatedAtOrBelow()}; default 1.
   *
   * @return the count
   */
  @Value.Default
  public int disconnectMinimumCount() {
    return 1;
  }

  /**
   * Domain-one disconnect: the case-rated standards to consider; empty (the default) means all that apply.
   *
   * @return the standards
   */
  public abstract List<StandardCode> disconnectStandards();

  /**
   * Domain-one disconnect: the severity of the finding; default warning (a reviewer must look). Set it to error to
   * stop an inspection with a disconnect from being published.
   *
   * @return the severity
   */
  @Value.Default
  public Severity disconnectSeverity() {
    return Severity.WARNING;
  }

  /**
   * Evidence submissions: the 2019-20 rules for a provider's domain-one evidence (three to five pieces per key
   * question, a narrative of at most 300 words) by default.
   *
   * @return the evidence policy
   */
  @Value.Default
  public EvidencePolicy evidence() {
    return EvidencePolicy.PROBATION_2019_20;
  }

  /**
   * Service user voice: how many domain-two cases may have no interview record at all; default 0.
   *
   * @return the allowance
   */
  @Value.Default
  public int voiceMaximumCasesWithoutInterviewRecord() {
    return 0;
  }

  /**
   * Service user voice: the fewest service user forum meetings per inspection; default 1.
   *
   * @return the minimum
   */
  @Value.Default
  public int voiceMinimumForumMeetings() {
    return 1;
  }

  /**
   * Unpaid work: the qualitative methods that must be recorded before the unpaid work standard is rated; default
   * site visit, supervisor interview and induction observation.
   *
   * @return the methods
   */
  @Value.Default
  public Set<UnpaidWorkMethod> unpaidWorkRequiredMethods() {
    return Set.of(
        UnpaidWorkMethod.SITE_VISIT, UnpaidWorkMethod.SUPERVISOR_INTERVIEW, UnpaidWorkMethod.INDUCTION_OBSERVATION);
  }

  /**
   * Sampling: the largest difference, in percentage points, between a category's share of the domain-two sample
   * and its share of the eligible population; default 10.
   *
   * @return the margin in percentage points
   */
  @Value.Default
  public double samplingMarginPoints() {
    return 10.0;
  }

  /**
   * Timetable: the fieldwork pattern and inspection window of each cycle, against which an inspection's fieldwork
   * and evidence dates are checked; default {@link FieldworkPattern#builtIn()} (the 2019-20 window from the
   * notice; none known for 2018-19).
   *
   * @return the patterns, one per cycle
   */
  @Value.Default
  public List<FieldworkPattern> fieldworkPatterns() {
    return FieldworkPattern.builtIn();
  }

  /**
   * The default policy.
   *
   * @return the defaults
   */
  public static ConsistencyPolicy defaults() {
    return builder().build();
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
    if (disconnectMinimumCount() < 1) {
      throw new IllegalArgumentException(
          "ConsistencyPolicy disconnectMinimumCount: must be at least 1, was " + disconnectMinimumCount());
    }
    if (voiceMaximumCasesWithoutInterviewRecord() < 0 || voiceMinimumForumMeetings() < 0) {
      throw new IllegalArgumentException("ConsistencyPolicy voice thresholds: must not be negative");
    }
    if (!(samplingMarginPoints() > 0) || samplingMarginPoints() > 100) {
      throw new IllegalArgumentException(
          "ConsistencyPolicy samplingMarginPoints: must be above 0 and at most 100, was " + samplingMarginPoints());
    }
  }

  /** Builds a {@link ConsistencyPolicy}; every attribute has a default. */
  public static final class Builder extends ImmutableConsistencyPolicy.Builder {
    Builder() {}
  }
}
