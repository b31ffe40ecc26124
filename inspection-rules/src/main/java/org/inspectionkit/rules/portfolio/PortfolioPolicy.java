package org.inspectionkit.rules.portfolio;

import org.immutables.value.Value;
import org.inspectionkit.rules.rating.RatingPolicy;
import org.inspectionkit.rules.sampling.internal.NormalQuantile;

/**
 * The choices a portfolio makes that are not the rating policy's: how delivery units roll up to their region and
 * the confidence of the intervals of pooled shares. Defaults as data: {@link #defaults()}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PortfolioPolicy {

  PortfolioPolicy() {}

  /**
   * How a region's shares are made from its units'.
   *
   * @return the rule; {@link RollUpRule#CASE_WEIGHTED} unless set
   */
  @Value.Default
  public RollUpRule rollUp() {
    return RollUpRule.CASE_WEIGHTED;
  }

  /**
   * The two-sided z value of the Wilson intervals of pooled shares.
   *
   * @return z; {@link RatingPolicy#Z_95} (95%) unless set, as a national figure is not a sample design's
   */
  @Value.Default
  public double intervalZ() {
    return RatingPolicy.Z_95;
  }

  /**
   * The confidence level of the intervals, as shown beside them: {@code "95%"} for the default.
   *
   * @return the label
   */
  public String intervalConfidenceLabel() {
    return NormalQuantile.confidenceLabel(intervalZ());
  }

  /**
   * The defaults: case-weighted roll-up, 95% intervals.
   *
   * @return the policy
   */
  public static PortfolioPolicy defaults() {
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
    if (!(intervalZ() > 0) || Double.isInfinite(intervalZ())) {
      throw new IllegalArgumentException("PortfolioPolicy intervalZ: must be a positive number, was " + intervalZ());
    }
  }

  /** Builds a {@link PortfolioPolicy}. */
  public static final class Builder extends ImmutablePortfolioPolicy.Builder {
    Builder() {}
  }
}
