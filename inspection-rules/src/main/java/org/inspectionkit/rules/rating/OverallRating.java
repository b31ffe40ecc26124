package org.inspectionkit.rules.rating;

import java.util.Optional;
import org.immutables.value.Value;
import org.inspectionkit.model.Rating;

/**
 * The overall rating of a provider: the sum of the points of the final standard ratings, the band that score falls
 * in, and the limiter that capped it, if any.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class OverallRating {

  OverallRating() {}

  /**
   * The sum of the points of the final standard ratings.
   *
   * @return the score
   */
  public abstract int score();

  /**
   * The highest possible score under the policy.
   *
   * @return the maximum
   */
  public abstract int maxScore();

  /**
   * The score band the score falls in.
   *
   * @return the band
   */
  public abstract ScoreBand band();

  /**
   * The limiter that capped the rating below its band, if one did.
   *
   * @return the limiter applied
   */
  public abstract Optional<Limiter> limiterApplied();

  /**
   * The overall rating: the band's, capped by the limiter if one applied.
   *
   * @return the rating
   */
  public Rating rating() {
    return limiterApplied().map(Limiter::capAt).orElse(band().rating());
  }

  /**
   * The rating and why, in a sentence.
   *
   * @return the reason
   */
  public String reason() {
    String s = band().rating().label() + ": " + score() + " of " + maxScore() + " points, in the band " + band().min()
        + " to " + band().max() + ".";
    return limiterApplied()
        .map(l -> s + " Capped at " + l.capAt().label() + " by the limiter: " + l.describe() + ".")
        .orElse(s);
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return rating().label() + " (" + score() + "/" + maxScore() + ")";
  }

  /** Builds an {@link OverallRating}. */
  public static final class Builder extends ImmutableOverallRating.Builder {
    Builder() {}
  }
}
