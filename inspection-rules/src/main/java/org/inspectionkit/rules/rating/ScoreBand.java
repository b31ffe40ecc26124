package org.inspectionkit.rules.rating;

import org.immutables.value.Value;
import org.inspectionkit.model.Rating;

/**
 * A band of overall scores and the overall rating it gives, such as 16 to 25 points: Good. Both ends are
 * inclusive.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ScoreBand {

  ScoreBand() {}

  /**
   * The overall rating for a score in this band.
   *
   * @return the rating
   */
  @Value.Parameter
  public abstract Rating rating();

  /**
   * The lowest score in the band.
   *
   * @return the minimum, inclusive
   */
  @Value.Parameter
  public abstract int min();

  /**
   * The highest score in the band.
   *
   * @return the maximum, inclusive
   */
  @Value.Parameter
  public abstract int max();

  /**
   * Whether {@code score} lies in the band.
   *
   * @param score the score
   * @return true if {@code min <= score <= max}
   */
  public boolean contains(int score) {
    return score >= min() && score <= max();
  }

  /**
   * A band.
   *
   * @param rating the rating it gives
   * @param min the lowest score, inclusive
   * @param max the highest score, inclusive
   * @return the band
   */
  public static ScoreBand of(Rating rating, int min, int max) {
    return ImmutableScoreBand.of(rating, min, max);
  }

  @Value.Check
  void check() {
    if (min() < 0 || max() < min()) {
      throw new IllegalArgumentException(
          "ScoreBand " + rating().label() + ": expected 0 <= min <= max, was " + min() + " to " + max());
    }
  }

  @Override
  public String toString() {
    return min() + "-" + max() + " " + rating().label();
  }
}
