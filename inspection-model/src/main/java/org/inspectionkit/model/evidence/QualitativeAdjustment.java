package org.inspectionkit.model.evidence;

import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;
import org.inspectionkit.model.Rating;
import org.inspectionkit.model.framework.StandardCode;
import org.inspectionkit.model.internal.Checks;

/**
 * The inspector's move of a case-rated standard's rating on qualitative evidence, where the method rates the
 * standard on more than its cases: in 2019-20 unpaid work is rated on "data from inspected cases (and for unpaid
 * work, qualitative information from observations and outcome information)". It records the case-data band it
 * moves from, the final band, the evidence it cites (the methods of the recorded unpaid work evidence, and
 * whether the outcome information) and the reason.
 *
 * <p>Unlike a {@link RatingOverride}, this is the method, not a departure from it: the rating policy says which
 * standards may be moved and by how many bands, and the rules refuse a move that cites no recorded evidence or
 * moves further than allowed. The reason may discuss cases and is never printed by {@link #toString()}.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class QualitativeAdjustment {

  QualitativeAdjustment() {}

  /**
   * The standard whose rating is moved.
   *
   * @return the standard code
   */
  public abstract StandardCode standard();

  /**
   * The band the case data give, as the inspector saw it.
   *
   * @return the case-data rating
   */
  public abstract Rating caseData();

  /**
   * The rating on the case data and the qualitative evidence together.
   *
   * @return the final rating
   */
  public abstract Rating rating();

  /**
   * The methods of the recorded unpaid work evidence the move rests on, such as site visits.
   *
   * @return the cited methods, in their natural order
   */
  @Value.NaturalOrder
  public abstract SortedSet<UnpaidWorkMethod> citedMethods();

  /**
   * Whether the move rests on the recorded outcome information too.
   *
   * @return true if the outcomes are cited
   */
  @Value.Default
  public boolean citesOutcomes() {
    return false;
  }

  /**
   * Why, citing the evidence. Sensitive: never in {@code toString()}.
   *
   * @return the reason
   */
  @Value.Redacted
  public abstract String reason();

  /**
   * Who made the move, by a short identifier, if recorded.
   *
   * @return the inspector
   */
  public abstract Optional<String> inspector();

  /**
   * Whether the move cites any evidence at all.
   *
   * @return true if it cites a method or the outcomes
   */
  public boolean citesEvidence() {
    return !citedMethods().isEmpty() || citesOutcomes();
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
    String where = "QualitativeAdjustment " + standard();
    Checks.require(rating() != caseData(), where + " rating", "must differ from the case-data rating");
    Checks.text(where + " reason", reason(), 20_000);
    inspector().ifPresent(i -> Checks.name(where + " inspector", i, 40));
  }

  /** Builds a {@link QualitativeAdjustment}; standard, case-data rating, rating and reason are required. */
  public static final class Builder extends ImmutableQualitativeAdjustment.Builder {
    Builder() {}
  }
}
