package org.inspectionkit.model.evidence;

import java.util.Optional;
import org.immutables.value.Value;
import org.inspectionkit.model.Rating;
import org.inspectionkit.model.framework.StandardCode;
import org.inspectionkit.model.internal.Checks;

/**
 * An inspector's recorded departure from the rating computed for a standard: the computed rating, the final one,
 * and the reason, which is mandatory.
 *
 * <p>The final rating must differ from the computed one. The overall rating is scored from final ratings. The
 * reason may discuss cases and is never printed by {@link #toString()}. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RatingOverride {

  RatingOverride() {}

  /**
   * The standard whose rating is overridden.
   *
   * @return the standard code
   */
  public abstract StandardCode standard();

  /**
   * The rating the rules computed (or, for a judgement-rated standard, the judgement), as the inspector saw it.
   *
   * @return the computed rating
   */
  public abstract Rating computed();

  /**
   * The rating the inspector gives instead.
   *
   * @return the final rating
   */
  public abstract Rating rating();

  /**
   * Why the inspector departs from the computed rating. Sensitive: never in {@code toString()}.
   *
   * @return the reason
   */
  @Value.Redacted
  public abstract String reason();

  /**
   * Who made the override, by a short identifier, if recorded.
   *
   * @return the inspector
   */
  public abstract Optional<String> inspector();

  /**
   * An override with no inspector recorded.
   *
   * @param standard the standard
   * @param computed the computed rating
   * @param rating the final rating
   * @param reason the reason
   * @return the override
   */
  public static RatingOverride of(StandardCode standard, Rating computed, Rating rating, String reason) {
    return builder().standard(standard).computed(computed).rating(rating).reason(reason).build();
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
    String where = "RatingOverride " + standard();
    Checks.text(where + " reason", reason(), 20_000);
    Checks.require(
        computed() != rating(),
        where + " rating",
        "an override must depart from the computed rating, but both are " + rating().label());
    inspector().ifPresent(i -> Checks.name(where + " inspector", i, 40));
  }

  /** Builds a {@link RatingOverride}; standard, computed rating, final rating and reason are required. */
  public static final class Builder extends ImmutableRatingOverride.Builder {
    Builder() {}

    /**
     * Sets the standard from its text code.
     *
     * @param code the standard code, such as {@code 2.1}
     * @return this builder
     */
    public Builder standard(String code) {
      return standard(Checks.parse("RatingOverride.standard", code, StandardCode::parse));
    }
  }
}
