package org.inspectionkit.rules.portfolio;

import org.inspectionkit.model.Rating;

/** Which way a rating moved between two inspections. */
public enum Direction {
  /** A better rating. */
  UP,
  /** The same rating. */
  UNCHANGED,
  /** A worse rating. */
  DOWN;

  /**
   * The direction from {@code from} to {@code to}.
   *
   * @param from the earlier rating
   * @param to the later rating
   * @return the direction
   */
  public static Direction of(Rating from, Rating to) {
    return to.isBetterThan(from) ? UP : to.isWorseThan(from) ? DOWN : UNCHANGED;
  }
}
