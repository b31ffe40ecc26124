package org.inspectionkit.model.casework;

/**
 * An inspector's answer for one case on one key question or prompt: was the work sufficient?
 *
 * <p>Only {@link #YES} and {@link #NO} count towards a key question's share; {@link #NOT_APPLICABLE} answers are
 * left out of both the numerator and the denominator.
 */
public enum Answer {
  /** The work on this case was sufficient. */
  YES,
  /** The work on this case was not sufficient. */
  NO,
  /** The question does not apply to this case. */
  NOT_APPLICABLE;

  /**
   * Whether this answer counts towards a share (yes or no).
   *
   * @return true unless not applicable
   */
  public boolean isApplicable() {
    return this != NOT_APPLICABLE;
  }
}
