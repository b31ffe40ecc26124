package org.inspectionkit.rules.sampling;

/**
 * Where a value of a {@link SampleSpecification} comes from, so a report can say how far to trust it: for the
 * specification as a whole ({@link SampleSpecification#basis()}) and for each of its rules
 * ({@link SampleSpecification#basisOf(SamplingRule)}).
 */
public enum SpecificationBasis {
  /** Supplied by the user, for example from the inspection manual of the cycle. */
  USER_SUPPLIED,
  /**
   * The inspectorate's long-standing published practice. For a rule, a published fact: samples sized for 80%
   * confidence and a margin of error of 5 percentage points. For a whole specification, one sized by that practice
   * whose other rules may still be defaults; the exact rules of the cycle's inspection manual were not available.
   */
  KNOWN_PRACTICE,
  /**
   * A default of this library standing in for a rule of the inspection manual that was not available to us. A
   * report marks such a rule {@code (default)}; replace it with the manual's rule.
   */
  PLACEHOLDER
}
