package org.inspectionkit.rules.rating;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.inspectionkit.model.framework.FrameworkId;
import org.inspectionkit.model.framework.StandardCode;
import org.inspectionkit.model.inspection.InspectionId;
import org.inspectionkit.model.provider.ProviderType;

/**
 * The ratings of an inspection: every standard that applies to the provider type, in code order, and the overall
 * rating, with the policy that produced them.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class InspectionRating {

  InspectionRating() {}

  /**
   * The inspection rated.
   *
   * @return its id
   */
  public abstract InspectionId inspection();

  /**
   * The framework it was rated under.
   *
   * @return the framework id
   */
  public abstract FrameworkId framework();

  /**
   * The provider type, which decided the standards rated.
   *
   * @return the provider type
   */
  public abstract ProviderType providerType();

  /**
   * The policy used.
   *
   * @return the policy
   */
  public abstract RatingPolicy policy();

  /**
   * The standard ratings, in code order.
   *
   * @return the standards
   */
  public abstract List<StandardRating> standards();

  /**
   * The overall rating.
   *
   * @return the overall rating
   */
  public abstract OverallRating overall();

  /**
   * The rating of one standard.
   *
   * @param code the standard code
   * @return its rating, if the standard was rated
   */
  public Optional<StandardRating> standard(StandardCode code) {
    return standards().stream().filter(s -> s.code().equals(code)).findFirst();
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
    return "InspectionRating{" + inspection() + ": " + overall() + "}";
  }

  /** Builds an {@link InspectionRating}. */
  public static final class Builder extends ImmutableInspectionRating.Builder {
    Builder() {}
  }
}
