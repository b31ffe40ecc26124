package org.inspectionkit.model.recommendation;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.inspectionkit.model.inspection.InspectionId;
import org.inspectionkit.model.internal.Checks;

/**
 * A later inspection's judgement of the progress a provider made on an earlier recommendation: sufficient,
 * insufficient or none, and the evidence of result it rests on.
 *
 * <p>The model accepts any combination; the rules reject "sufficient" with no evidence of a result (achievement,
 * not effort). Progress never changes a rating by itself. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProgressAssessment {

  ProgressAssessment() {}

  /**
   * The recommendation assessed.
   *
   * @return its id
   */
  public abstract RecommendationId recommendation();

  /**
   * The inspection that made this assessment.
   *
   * @return the inspection id
   */
  public abstract InspectionId assessedIn();

  /**
   * The progress found.
   *
   * @return the progress
   */
  public abstract Progress progress();

  /**
   * The evidence of the result of the provider's action, one statement each, in the order given.
   *
   * @return the evidence of result
   */
  public abstract List<String> evidenceOfResult();

  /**
   * The inspector's commentary, if any.
   *
   * @return the commentary
   */
  public abstract Optional<String> commentary();

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
    String where = "ProgressAssessment " + recommendation();
    for (String e : evidenceOfResult()) {
      Checks.text(where + " evidenceOfResult", e, 4_000);
    }
    commentary().ifPresent(c -> Checks.text(where + " commentary", c, 4_000));
  }

  /** Builds a {@link ProgressAssessment}; recommendation, assessing inspection and progress are required. */
  public static final class Builder extends ImmutableProgressAssessment.Builder {
    Builder() {}
  }
}
