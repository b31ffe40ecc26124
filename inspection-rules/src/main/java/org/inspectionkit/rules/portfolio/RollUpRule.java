package org.inspectionkit.rules.portfolio;

/** How a region's key-question share is made from its delivery units' answers. */
public enum RollUpRule {
  /**
   * The units' answers pooled: all their yes answers over all their applicable answers, so that each unit weighs
   * as many cases as it had. The default.
   */
  CASE_WEIGHTED,
  /** The mean of the units' own shares: each unit weighs the same, whatever its number of cases. */
  UNIT_MEAN
}
