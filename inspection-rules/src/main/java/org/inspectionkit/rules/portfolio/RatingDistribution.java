package org.inspectionkit.rules.portfolio;

import java.util.NavigableMap;
import org.immutables.value.Value;
import org.inspectionkit.model.Rating;
import org.inspectionkit.model.framework.Cycle;
import org.inspectionkit.model.provider.ProviderType;

/**
 * How many providers of a type got each rating in a cycle, overall or for one standard.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RatingDistribution {

  /** The subject of the overall rating's distribution. */
  public static final String OVERALL = "overall";

  RatingDistribution() {}

  /**
   * The cycle.
   *
   * @return the cycle
   */
  public abstract Cycle cycle();

  /**
   * The provider type.
   *
   * @return the type
   */
  public abstract ProviderType providerType();

  /**
   * What is rated: {@value #OVERALL}, or a standard's code such as {@code 2.1}.
   *
   * @return the subject
   */
  public abstract String subject();

  /**
   * The number of inspections at each rating, every rating present (zero where none).
   *
   * @return the counts, best rating first
   */
  @Value.NaturalOrder
  public abstract NavigableMap<Rating, Integer> counts();

  /**
   * The inspections counted.
   *
   * @return the total
   */
  public int total() {
    return counts().values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * The inspections at {@code rating}.
   *
   * @param rating the rating
   * @return the count
   */
  public int count(Rating rating) {
    return counts().getOrDefault(rating, 0);
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
    if (counts().size() != Rating.values().length) {
      throw new IllegalArgumentException("RatingDistribution counts: expected a count for every rating, was "
          + counts().keySet());
    }
    counts().forEach((r, n) -> {
      if (n < 0) {
        throw new IllegalArgumentException("RatingDistribution counts: " + r.label() + " must not be negative");
      }
    });
  }

  @Override
  public String toString() {
    return cycle() + " " + providerType() + " " + subject() + " " + counts();
  }

  /** Builds a {@link RatingDistribution}. */
  public static final class Builder extends ImmutableRatingDistribution.Builder {
    Builder() {}
  }
}
