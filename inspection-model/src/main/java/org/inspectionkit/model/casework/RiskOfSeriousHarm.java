package org.inspectionkit.model.casework;

/**
 * The risk of serious harm level of a case, one of the attributes a case sample keeps in proportion. CRCs
 * supervised low and medium risk cases, the NPS high and very high.
 */
public enum RiskOfSeriousHarm {
  /** Low risk of serious harm. */
  LOW,
  /** Medium risk of serious harm. */
  MEDIUM,
  /** High risk of serious harm. */
  HIGH,
  /** Very high risk of serious harm. */
  VERY_HIGH
}
