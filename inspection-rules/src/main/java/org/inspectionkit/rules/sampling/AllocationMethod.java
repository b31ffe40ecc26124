package org.inspectionkit.rules.sampling;

/**
 * How a sample's size is shared out among its strata in whole cases: the {@link SamplingRule#ALLOCATION} rule of a
 * {@link SampleSpecification}.
 *
 * <p>There is one method so far, the one {@link CaseSample#draw CaseSample.draw} has always used; a rule the
 * inspection manual sets otherwise (a minimum per stratum, say) would be a new constant here, so the rule stays
 * data. Immutable and thread-safe.
 */
public enum AllocationMethod {
  /**
   * In proportion to each stratum's eligible cases, in whole cases by largest remainder: each stratum gets the whole
   * part of its share {@code n * N_h / N}, and the cases left over go one each to the strata with the largest
   * remaining fractions (ties: the larger stratum first, then stratum order). The strata add up to the sample size,
   * each is within one case of its share, and none is asked for more cases than it has.
   */
  PROPORTIONAL_LARGEST_REMAINDER("in proportion to each stratum's eligible cases, whole cases by largest remainder");

  private final String description;

  AllocationMethod(String description) {
    this.description = description;
  }

  /**
   * The method in words, as a report shows it.
   *
   * @return the description
   */
  public String description() {
    return description;
  }
}
