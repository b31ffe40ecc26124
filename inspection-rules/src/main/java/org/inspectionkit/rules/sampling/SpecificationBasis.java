package org.inspectionkit.rules.sampling;

/**
 * Where the values of a {@link SampleSpecification} come from, so a report can say how far to trust them.
 */
public enum SpecificationBasis {
  /** Supplied by the user, for example from the inspection manual of the cycle. */
  USER_SUPPLIED,
  /**
   * The inspectorate's long-standing published practice (80% confidence, 5 percentage points, strata by gender,
   * sentence type and risk of serious harm, cases that started in about the six months before fieldwork); the exact
   * rule of the cycle's inspection manual was not available. A default to replace.
   */
  KNOWN_PRACTICE,
  /**
   * A modelling choice of this library standing in for a rule of the inspection manual that is not published where
   * we could read it. A placeholder to replace.
   */
  PLACEHOLDER
}
