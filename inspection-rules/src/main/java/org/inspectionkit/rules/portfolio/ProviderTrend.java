package org.inspectionkit.rules.portfolio;

import java.util.List;
import org.immutables.value.Value;
import org.inspectionkit.model.Rating;
import org.inspectionkit.model.framework.Cycle;
import org.inspectionkit.model.inspection.InspectionId;
import org.inspectionkit.model.provider.Provider;

/**
 * How a provider's ratings changed between two consecutive inspections of it: overall and standard by standard
 * (the standards both inspections rated).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ProviderTrend {

  ProviderTrend() {}

  /**
   * The provider, as the later inspection names it.
   *
   * @return the provider
   */
  public abstract Provider provider();

  /**
   * The earlier inspection.
   *
   * @return its id
   */
  public abstract InspectionId previous();

  /**
   * The earlier inspection's cycle.
   *
   * @return the cycle
   */
  public abstract Cycle previousCycle();

  /**
   * The later inspection.
   *
   * @return its id
   */
  public abstract InspectionId current();

  /**
   * The later inspection's cycle.
   *
   * @return the cycle
   */
  public abstract Cycle currentCycle();

  /**
   * The earlier overall rating.
   *
   * @return the rating
   */
  public abstract Rating overallFrom();

  /**
   * The later overall rating.
   *
   * @return the rating
   */
  public abstract Rating overallTo();

  /**
   * The standards both inspections rated, in code order.
   *
   * @return the changes
   */
  public abstract List<StandardChange> standards();

  /**
   * Which way the overall rating moved.
   *
   * @return the direction
   */
  public Direction overall() {
    return Direction.of(overallFrom(), overallTo());
  }

  /**
   * The standards that moved {@code direction}.
   *
   * @param direction the direction
   * @return their number
   */
  public int count(Direction direction) {
    return (int) standards().stream().filter(s -> s.direction() == direction).count();
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
    return provider().id() + " " + previous() + " -> " + current() + " " + overall();
  }

  /** Builds a {@link ProviderTrend}. */
  public static final class Builder extends ImmutableProviderTrend.Builder {
    Builder() {}
  }
}
