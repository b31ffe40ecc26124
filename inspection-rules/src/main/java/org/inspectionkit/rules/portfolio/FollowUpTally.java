package org.inspectionkit.rules.portfolio;

import org.immutables.value.Value;
import org.inspectionkit.model.framework.Cycle;
import org.inspectionkit.model.provider.ProviderType;
import org.inspectionkit.model.recommendation.Progress;

/**
 * The follow-up of recommendations across a cycle's inspections of one provider type: how many the inspections
 * judged to show sufficient, insufficient or no progress, and how many of the previous inspections' recommendations
 * (where the previous inspection is in the set) they did not assess.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class FollowUpTally {

  FollowUpTally() {}

  /**
   * The cycle of the inspections that followed up.
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
   * Recommendations judged to show sufficient progress.
   *
   * @return the count
   */
  public abstract int sufficient();

  /**
   * Recommendations judged to show insufficient progress.
   *
   * @return the count
   */
  public abstract int insufficient();

  /**
   * Recommendations judged to show no progress.
   *
   * @return the count
   */
  public abstract int noProgress();

  /**
   * Recommendations of a previous inspection in the set that the later one did not assess.
   *
   * @return the count
   */
  public abstract int notAssessed();

  /**
   * The inspections that assessed progress, or whose previous inspection is in the set.
   *
   * @return the count
   */
  public abstract int inspections();

  /**
   * The count for one progress category.
   *
   * @param progress the category
   * @return the count
   */
  public int count(Progress progress) {
    switch (progress) {
      case SUFFICIENT:
        return sufficient();
      case INSUFFICIENT:
        return insufficient();
      default:
        return noProgress();
    }
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
    return cycle() + " " + providerType() + " follow-up " + sufficient() + "/" + insufficient() + "/" + noProgress();
  }

  /** Builds a {@link FollowUpTally}. */
  public static final class Builder extends ImmutableFollowUpTally.Builder {
    Builder() {}
  }
}
