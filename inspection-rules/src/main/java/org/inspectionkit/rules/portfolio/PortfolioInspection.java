package org.inspectionkit.rules.portfolio;

import java.util.NavigableMap;
import org.immutables.value.Value;
import org.inspectionkit.model.Rating;
import org.inspectionkit.model.framework.Cycle;
import org.inspectionkit.model.framework.StandardCode;
import org.inspectionkit.model.inspection.InspectionId;
import org.inspectionkit.model.provider.Provider;
import org.inspectionkit.rules.rating.InspectionRating;

/**
 * One rated inspection of a portfolio: whose, when, and its ratings.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PortfolioInspection {

  PortfolioInspection() {}

  /**
   * The inspection.
   *
   * @return its id
   */
  public abstract InspectionId inspection();

  /**
   * The provider inspected.
   *
   * @return the provider
   */
  public abstract Provider provider();

  /**
   * The cycle.
   *
   * @return the cycle
   */
  public abstract Cycle cycle();

  /**
   * The overall rating.
   *
   * @return the rating
   */
  public abstract Rating overall();

  /**
   * The overall score.
   *
   * @return the score
   */
  public abstract int score();

  /**
   * The cases assessed.
   *
   * @return the count
   */
  public abstract int cases();

  /**
   * The final rating of each standard.
   *
   * @return the ratings by standard code
   */
  @Value.NaturalOrder
  public abstract NavigableMap<StandardCode, Rating> standards();

  /**
   * The entry of a rated inspection.
   *
   * @param provider the provider
   * @param cycle the cycle
   * @param cases the cases assessed
   * @param rating its rating
   * @return the entry
   */
  public static PortfolioInspection of(Provider provider, Cycle cycle, int cases, InspectionRating rating) {
    Builder b = builder();
    b.inspection(rating.inspection()).provider(provider).cycle(cycle).overall(rating.overall().rating())
        .score(rating.overall().score()).cases(cases);
    rating.standards().forEach(s -> b.putStandard(s.code(), s.finalRating()));
    return b.build();
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
    return inspection() + " " + overall().label();
  }

  /** Builds a {@link PortfolioInspection}. */
  public static final class Builder extends ImmutablePortfolioInspection.Builder {
    Builder() {}
  }
}
