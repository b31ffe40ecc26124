package org.inspectionkit.rules.rating;

import org.immutables.value.Value;
import org.inspectionkit.model.Rating;

/**
 * A cap on the overall rating: when at least {@link #minimumCount()} standards have a final rating of
 * {@link #atOrBelow()} or worse, the overall rating can be no better than {@link #capAt()}.
 *
 * <p>For example "overall cannot be better than Requires improvement when any standard is Inadequate" is
 * {@code Limiter.of(Rating.INADEQUATE, 1, Rating.REQUIRES_IMPROVEMENT)}. No limiter is known for probation, so the
 * probation policy has none; other inspectorates use them. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Limiter {

  Limiter() {}

  /**
   * The standard rating that triggers the limiter, together with every worse rating.
   *
   * @return the trigger rating
   */
  @Value.Parameter
  public abstract Rating atOrBelow();

  /**
   * How many standards must be at or below {@link #atOrBelow()}, at least 1.
   *
   * @return the count
   */
  @Value.Parameter
  public abstract int minimumCount();

  /**
   * The best overall rating allowed when the limiter applies.
   *
   * @return the cap
   */
  @Value.Parameter
  public abstract Rating capAt();

  /**
   * A limiter.
   *
   * @param atOrBelow the triggering standard rating (and worse)
   * @param minimumCount how many standards trigger it, at least 1
   * @param capAt the best overall rating allowed
   * @return the limiter
   */
  public static Limiter of(Rating atOrBelow, int minimumCount, Rating capAt) {
    return ImmutableLimiter.of(atOrBelow, minimumCount, capAt);
  }

  /**
   * The limiter in words, such as "overall no better than Requires improvement when at least 1 standard is
   * Inadequate".
   *
   * @return the description
   */
  public String describe() {
    String which = atOrBelow() == Rating.INADEQUATE ? atOrBelow().label() : atOrBelow().label() + " or worse";
    return "overall no better than " + capAt().label() + " when at least " + minimumCount()
        + (minimumCount() == 1 ? " standard is " : " standards are ") + which;
  }

  @Value.Check
  void check() {
    if (minimumCount() < 1) {
      throw new IllegalArgumentException("Limiter minimumCount: must be at least 1, was " + minimumCount());
    }
  }

  @Override
  public String toString() {
    return describe();
  }
}
