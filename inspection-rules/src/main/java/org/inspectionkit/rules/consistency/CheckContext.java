package org.inspectionkit.rules.consistency;

import io.vavr.control.Validation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.Standard;
import org.inspectionkit.model.framework.StandardCode;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.provider.ProviderType;
import org.inspectionkit.rules.Problem;
import org.inspectionkit.rules.rating.RatingCalculator;
import org.inspectionkit.rules.rating.StandardRating;

/**
 * What a consistency check may look at: the inspection, its framework, the previous inspection of the provider
 * (for the follow-up of its recommendations), the eligible population's profile (for the sample's composition), the
 * policy, and the ratings of the standards, computed on first use and shared by every check.
 *
 * <p>Build one with {@link #builder()}. Not thread-safe while ratings are being computed; a checker uses each
 * context from one thread.
 */
public final class CheckContext {

  private final Framework framework;
  private final Inspection inspection;
  private final Inspection previous;
  private final PopulationProfile population;
  private final ConsistencyPolicy policy;
  private final RatingCalculator calculator;
  private final Map<StandardCode, Validation<List<Problem>, StandardRating>> ratings = new HashMap<>();

  private CheckContext(Builder b) {
    this.framework = Objects.requireNonNull(b.framework, "framework");
    this.inspection = Objects.requireNonNull(b.inspection, "inspection");
    this.previous = b.previous;
    this.population = b.population;
    this.policy = b.policy;
    this.calculator = b.calculator;
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The framework the inspection was made under.
   *
   * @return the framework
   */
  public Framework framework() {
    return framework;
  }

  /**
   * The inspection checked.
   *
   * @return the inspection
   */
  public Inspection inspection() {
    return inspection;
  }

  /**
   * The previous inspection of the provider, if supplied.
   *
   * @return the previous inspection
   */
  public Optional<Inspection> previousInspection() {
    return Optional.ofNullable(previous);
  }

  /**
   * The eligible population's profile, if supplied.
   *
   * @return the population profile
   */
  public Optional<PopulationProfile> population() {
    return Optional.ofNullable(population);
  }

  /**
   * The thresholds of the checks.
   *
   * @return the policy
   */
  public ConsistencyPolicy policy() {
    return policy;
  }

  /**
   * The provider type inspected.
   *
   * @return the provider type
   */
  public ProviderType providerType() {
    return inspection.provider().type();
  }

  /**
   * The standards that apply to the provider type, in code order.
   *
   * @return the standards
   */
  public List<Standard> standards() {
    return framework.standardsFor(providerType());
  }

  /**
   * The rating of one standard, or the problems that prevent it; computed once per context.
   *
   * @param code the standard
   * @return its rating or its problems
   */
  public Validation<List<Problem>, StandardRating> standardRating(StandardCode code) {
    return ratings.computeIfAbsent(code, c -> calculator.rateStandard(framework, inspection, c));
  }

  /** Builds a {@link CheckContext}; the framework and the inspection are required. */
  public static final class Builder {
    private Framework framework;
    private Inspection inspection;
    private Inspection previous;
    private PopulationProfile population;
    private ConsistencyPolicy policy = ConsistencyPolicy.defaults();
    private RatingCalculator calculator = RatingCalculator.probation();

    private Builder() {}

    /**
     * Sets the framework.
     *
     * @param framework the framework the inspection was made under
     * @return this builder
     */
    public Builder framework(Framework framework) {
      this.framework = framework;
      return this;
    }

    /**
     * Sets the inspection.
     *
     * @param inspection the inspection to check
     * @return this builder
     */
    public Builder inspection(Inspection inspection) {
      this.inspection = inspection;
      return this;
    }

    /**
     * Sets the previous inspection, whose recommendations this one follows up.
     *
     * @param previous the previous inspection
     * @return this builder
     */
    public Builder previousInspection(Inspection previous) {
      this.previous = previous;
      return this;
    }

    /**
     * Sets the eligible population's profile.
     *
     * @param population the profile
     * @return this builder
     */
    public Builder population(PopulationProfile population) {
      this.population = population;
      return this;
    }

    /**
     * Sets the thresholds; {@link ConsistencyPolicy#defaults()} unless set.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder policy(ConsistencyPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Sets the rating calculator; {@link RatingCalculator#probation()} unless set.
     *
     * @param calculator the calculator
     * @return this builder
     */
    public Builder calculator(RatingCalculator calculator) {
      this.calculator = Objects.requireNonNull(calculator, "calculator");
      return this;
    }

    /**
     * Builds the context.
     *
     * @return the context
     */
    public CheckContext build() {
      return new CheckContext(this);
    }
  }
}
