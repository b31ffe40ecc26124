package org.inspectionkit.model.recommendation;

import org.immutables.value.Value;
import org.inspectionkit.model.framework.ElementCode;
import org.inspectionkit.model.framework.FrameworkLevel;
import org.inspectionkit.model.inspection.InspectionId;
import org.inspectionkit.model.internal.Checks;

/**
 * A recommendation made in an inspection report, at standard, key question or prompt level of the framework in
 * force when it was made, and addressed to an organisation.
 *
 * <p>Its {@link #id()} is the inspection and the recommendation's number. A later inspection assesses the
 * provider's progress on it with a {@link ProgressAssessment}. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Recommendation {

  Recommendation() {}

  /**
   * The inspection whose report made the recommendation.
   *
   * @return the inspection id
   */
  public abstract InspectionId inspection();

  /**
   * The recommendation's number in the report, from 1.
   *
   * @return the number
   */
  public abstract int number();

  /**
   * What the recommendation targets: the code of a standard, key question or prompt of the framework in force
   * when it was made.
   *
   * @return the target's code
   */
  public abstract ElementCode target();

  /**
   * The recommendation as written.
   *
   * @return the text
   */
  public abstract String text();

  /**
   * The organisation the recommendation is addressed to, such as the CRC, its owner, or the NPS nationally.
   *
   * @return the organisation
   */
  public abstract String addressedTo();

  /**
   * The recommendation's id: its inspection and number.
   *
   * @return the id
   */
  public RecommendationId id() {
    return RecommendationId.of(inspection(), number());
  }

  /**
   * The level of the framework the recommendation targets.
   *
   * @return standard, key question or prompt
   */
  public FrameworkLevel level() {
    return target().level();
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
    String where = "Recommendation " + inspection() + "/" + number();
    Checks.require(
        number() >= 1 && number() <= RecommendationId.MAX_NUMBER,
        where + " number",
        "must be between 1 and " + RecommendationId.MAX_NUMBER + ", was " + number());
    Checks.require(
        target().level() != FrameworkLevel.DOMAIN,
        where + " target",
        "recommendations are made at standard, key question or prompt level, was domain " + target());
    Checks.text(where + " text", text(), 4_000);
    Checks.name(where + " addressedTo", addressedTo(), 200);
  }

  /** Builds a {@link Recommendation}; every attribute is required. */
  public static final class Builder extends ImmutableRecommendation.Builder {
    Builder() {}

    /**
     * Sets the target from its text code.
     *
     * @param code a standard, key question or prompt code, such as {@code 1.2.3}
     * @return this builder
     */
    public Builder target(String code) {
      return target(Checks.parse("Recommendation.target", code, ElementCode::parse));
    }
  }
}
