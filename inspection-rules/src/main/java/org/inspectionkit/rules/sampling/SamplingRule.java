package org.inspectionkit.rules.sampling;

/**
 * One rule a case sample is drawn by, as a {@link SampleSpecification} holds it: each rule has a value
 * ({@link SampleSpecification#describe(SamplingRule)}) and a basis ({@link SampleSpecification#basisOf(SamplingRule)})
 * saying whether it is a published fact, this library's default or the user's own value, so that a report can mark
 * the defaults.
 *
 * <p>Constants are in the order a report lists them. Immutable and thread-safe.
 */
public enum SamplingRule {
  /** The confidence level the sample is sized for ({@link SampleSpecification#confidence()}). */
  CONFIDENCE("confidence level"),
  /** The margin of error the sample is sized for ({@link SampleSpecification#marginOfError()}). */
  MARGIN_OF_ERROR("margin of error"),
  /** The proportion assumed when sizing the sample ({@link SampleSpecification#assumedProportion()}). */
  ASSUMED_PROPORTION("assumed proportion"),
  /** Which cases make up the sample's population ({@link SampleSpecification#eligibleCases()}). */
  ELIGIBLE_CASES("eligible cases"),
  /**
   * The window of start dates before fieldwork that makes a case eligible
   * ({@link SampleSpecification#eligibilityWindow()} and {@link SampleSpecification#eligibilityGap()}).
   */
  ELIGIBILITY_WINDOW("eligibility window"),
  /** The attributes the sample keeps in proportion ({@link SampleSpecification#strata()}). */
  STRATA("strata"),
  /** How the sample is shared out among the strata in whole cases ({@link SampleSpecification#allocation()}). */
  ALLOCATION("allocation"),
  /**
   * The fewest and most cases to sample ({@link SampleSpecification#minimumSize()},
   * {@link SampleSpecification#maximumSize()}).
   */
  SIZE_LIMITS("size limits"),
  /** How many replacement cases are drawn after the sample ({@link SampleSpecification#reserve()}). */
  RESERVE("reserve");

  private final String label;

  SamplingRule(String label) {
    this.label = label;
  }

  /**
   * The rule's name in words, as a report shows it, such as {@code confidence level}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }
}
