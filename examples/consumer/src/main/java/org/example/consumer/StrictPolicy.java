package org.example.consumer;

import java.math.BigDecimal;
import org.inspectionkit.model.Rating;
import org.inspectionkit.rules.rating.Limiter;
import org.inspectionkit.rules.rating.RatingPolicy;

/**
 * A rating policy an application defines for itself: the probation scheme with higher thresholds (85%, 70%, 55%)
 * and a limiter (two or more Inadequate standards hold the overall rating at Requires improvement at best).
 * Its test runs the testkit's rating invariants against it.
 */
public final class StrictPolicy {

  private StrictPolicy() {}

  /** The policy. */
  public static RatingPolicy of() {
    return RatingPolicy.builder()
        .from(RatingPolicy.probation())
        .name("consumer-strict")
        .putThreshold(Rating.OUTSTANDING, BigDecimal.valueOf(85))
        .putThreshold(Rating.GOOD, BigDecimal.valueOf(70))
        .putThreshold(Rating.REQUIRES_IMPROVEMENT, BigDecimal.valueOf(55))
        .addLimiters(Limiter.of(Rating.INADEQUATE, 2, Rating.REQUIRES_IMPROVEMENT))
        .build();
  }
}
