package org.inspectionkit.rules.portfolio;

import java.util.List;
import org.immutables.value.Value;
import org.inspectionkit.model.framework.Cycle;
import org.inspectionkit.model.provider.ProviderId;

/**
 * A region's picture made from the inspections of its delivery units in one cycle: the units, their cases, and
 * each key question's share by the portfolio's {@link RollUpRule}. A unit belongs to the region its registry
 * entry names as parent.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RegionRollUp {

  RegionRollUp() {}

  /**
   * The cycle.
   *
   * @return the cycle
   */
  public abstract Cycle cycle();

  /**
   * The region.
   *
   * @return its id
   */
  public abstract ProviderId region();

  /**
   * The region's name, from the registry.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The delivery units inspected, in id order.
   *
   * @return their ids
   */
  public abstract List<ProviderId> units();

  /**
   * The units' assessed cases, together.
   *
   * @return the count
   */
  public abstract int cases();

  /**
   * The rule the shares follow.
   *
   * @return the rule
   */
  public abstract RollUpRule rule();

  /**
   * Each key question's share across the units, in code order.
   *
   * @return the pictures
   */
  public abstract List<KeyQuestionPicture> keyQuestions();

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
    return cycle() + " " + region() + " (" + units().size() + " units)";
  }

  /** Builds a {@link RegionRollUp}. */
  public static final class Builder extends ImmutableRegionRollUp.Builder {
    Builder() {}
  }
}
