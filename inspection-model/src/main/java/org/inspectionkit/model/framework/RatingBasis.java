package org.inspectionkit.model.framework;

/** How a standard is rated. */
public enum RatingBasis {
  /**
   * From the answers recorded for inspected cases: the share of applicable cases answered yes on each key
   * question (domains two and three of the probation framework).
   */
  CASE_DATA,
  /** By the inspector's judgement against the key questions (domain one of the probation framework). */
  JUDGEMENT
}
