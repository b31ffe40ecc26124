package org.inspectionkit.testkit.rating;

import java.util.List;
import org.inspectionkit.model.Rating;
import org.inspectionkit.rules.rating.RatingPolicy;
import org.inspectionkit.rules.rating.ScoreBand;

/**
 * Rating policies with the probation rules for a framework of any number of standards, for tests of frameworks
 * other than the probation one (which has ten standards per provider type).
 *
 * <p>Stateless and thread-safe.
 */
public final class RatingPolicies {

  private RatingPolicies() {}

  /**
   * A builder for a policy with the probation rules over {@code standards} standards: the probation thresholds
   * (80%, 65% and 50%), points (3, 2, 1, 0), rounding, interval confidence and qualitative bands, no limiter, and
   * overall bands in the probation proportions of the maximum score {@code 3n}: Inadequate {@code 0} to
   * {@code n/2}, Requires improvement to {@code 3n/2}, Good to {@code 5n/2}, Outstanding to {@code 3n} (halves
   * rounded down). For ten standards this is {@link RatingPolicy#probation()} (0-5, 6-15, 16-25, 26-30); for
   * twelve, the bands of {@link RatingPolicy#youth()}. Change what differs and build.
   *
   * @param standards the number of standards scored, at least 1
   * @return the builder, named {@code probation-like-<n>}
   * @throws IllegalArgumentException if {@code standards} is below 1
   */
  public static RatingPolicy.Builder probationLike(int standards) {
    if (standards < 1) {
      throw new IllegalArgumentException("RatingPolicies standards: must be at least 1, was " + standards);
    }
    int n = standards;
    RatingPolicy.Builder b = RatingPolicy.builder();
    b.from(RatingPolicy.probation())
        .name("probation-like-" + n)
        .standardCount(n)
        .limiters(List.of())
        .overallBands(
            List.of(
                ScoreBand.of(Rating.INADEQUATE, 0, n / 2),
                ScoreBand.of(Rating.REQUIRES_IMPROVEMENT, n / 2 + 1, 3 * n / 2),
                ScoreBand.of(Rating.GOOD, 3 * n / 2 + 1, 5 * n / 2),
                ScoreBand.of(Rating.OUTSTANDING, 5 * n / 2 + 1, 3 * n)));
    return b;
  }
}
