package org.inspectionkit.rules.followup;

import java.util.Optional;
import org.immutables.value.Value;
import org.inspectionkit.model.Rating;
import org.inspectionkit.model.framework.ElementCode;
import org.inspectionkit.model.framework.FrameworkLevel;
import org.inspectionkit.model.framework.StandardCode;
import org.inspectionkit.model.recommendation.Progress;
import org.inspectionkit.model.recommendation.RecommendationId;

/**
 * One recommendation of the previous inspection and its follow-up: its target then and now, the progress found, and
 * the rating of the standard it targets then and now.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class FollowUpRow {

  FollowUpRow() {}

  /**
   * The recommendation.
   *
   * @return its id
   */
  public abstract RecommendationId recommendation();

  /**
   * The recommendation as written.
   *
   * @return the text
   */
  public abstract String text();

  /**
   * The level it was made at.
   *
   * @return standard, key question or prompt
   */
  public abstract FrameworkLevel level();

  /**
   * Its target in the framework it was made under.
   *
   * @return the old code
   */
  public abstract ElementCode target();

  /**
   * Its target in the current framework; empty when the target no longer exists.
   *
   * @return the current code
   */
  public abstract Optional<ElementCode> currentTarget();

  /**
   * The progress found; empty when the current inspection has not assessed it.
   *
   * @return the progress
   */
  public abstract Optional<Progress> progress();

  /**
   * How many statements of evidence of result the assessment rests on.
   *
   * @return the count
   */
  public abstract int evidenceOfResult();

  /**
   * The standard the target belongs to, in the framework it was made under.
   *
   * @return the standard then
   */
  public abstract StandardCode standardThen();

  /**
   * The standard the current target belongs to; empty when the target no longer exists.
   *
   * @return the standard now
   */
  public abstract Optional<StandardCode> standardNow();

  /**
   * The final rating of the standard in the previous inspection, when it could be rated.
   *
   * @return the rating then
   */
  public abstract Optional<Rating> ratingThen();

  /**
   * The final rating of the standard in the current inspection, when it could be rated.
   *
   * @return the rating now
   */
  public abstract Optional<Rating> ratingNow();

  /**
   * Whether the target still exists in the current framework.
   *
   * @return true if resolved
   */
  public boolean isResolved() {
    return currentTarget().isPresent();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FollowUpRow}. */
  public static final class Builder extends ImmutableFollowUpRow.Builder {
    Builder() {}
  }
}
