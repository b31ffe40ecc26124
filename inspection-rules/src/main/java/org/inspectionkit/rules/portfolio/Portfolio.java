package org.inspectionkit.rules.portfolio;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.inspectionkit.model.framework.Cycle;
import org.inspectionkit.model.provider.ProviderType;

/**
 * The picture across a set of inspections: each rated inspection, those that could not be rated and why, the
 * distributions of ratings, the key questions across providers, each provider's change since its previous
 * inspection, the follow-up of recommendations, and the regions' roll-ups. Made by {@link PortfolioCalculator}.
 *
 * <p>Lists are in a defined order: by cycle, then provider type, then code or id. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Portfolio {

  Portfolio() {}

  /**
   * The cycle the portfolio was limited to, if any.
   *
   * @return the cycle
   */
  public abstract Optional<Cycle> cycle();

  /**
   * The provider type the portfolio was limited to, if any.
   *
   * @return the type
   */
  public abstract Optional<ProviderType> providerType();

  /**
   * The policy it was made with.
   *
   * @return the policy
   */
  public abstract PortfolioPolicy policy();

  /**
   * The rated inspections selected, by cycle, provider type, provider and id.
   *
   * @return the inspections
   */
  public abstract List<PortfolioInspection> inspections();

  /**
   * The inspections that could not be rated, with their problems, in the order given.
   *
   * @return the unrated inspections
   */
  public abstract List<UnratedInspection> unrated();

  /**
   * The distributions of the overall rating and of each standard's, per cycle and provider type.
   *
   * @return the distributions
   */
  public abstract List<RatingDistribution> distributions();

  /**
   * Each key question across providers, per cycle and provider type.
   *
   * @return the pictures
   */
  public abstract List<KeyQuestionPicture> keyQuestions();

  /**
   * For each selected inspection whose provider was inspected before (in the whole set given), the change since.
   *
   * @return the trends
   */
  public abstract List<ProviderTrend> trends();

  /**
   * The follow-up of recommendations per cycle and provider type.
   *
   * @return the tallies
   */
  public abstract List<FollowUpTally> followUp();

  /**
   * The regions' roll-ups from their delivery units, where a provider registry names units' regions.
   *
   * @return the roll-ups
   */
  public abstract List<RegionRollUp> regions();

  /**
   * The key questions of a cycle and provider type, weakest pooled share first (a key question without an
   * applicable case last).
   *
   * @param cycle the cycle
   * @param type the provider type
   * @return the pictures
   */
  public List<KeyQuestionPicture> weakest(Cycle cycle, ProviderType type) {
    return keyQuestions().stream()
        .filter(k -> k.cycle().equals(cycle) && k.providerType().equals(type))
        .sorted(Comparator.comparingDouble((KeyQuestionPicture k) -> k.share().orElse(2.0))
            .thenComparing(KeyQuestionPicture::keyQuestion))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The overall distribution of a cycle and provider type, if it has any rated inspection.
   *
   * @param cycle the cycle
   * @param type the provider type
   * @return the distribution
   */
  public Optional<RatingDistribution> overall(Cycle cycle, ProviderType type) {
    return distributions().stream()
        .filter(d -> d.cycle().equals(cycle) && d.providerType().equals(type)
            && d.subject().equals(RatingDistribution.OVERALL))
        .findFirst();
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
    return "Portfolio{" + inspections().size() + " rated, " + unrated().size() + " unrated}";
  }

  /** Builds a {@link Portfolio}. */
  public static final class Builder extends ImmutablePortfolio.Builder {
    Builder() {}
  }
}
