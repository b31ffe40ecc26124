package org.inspectionkit.rules.rating;

/**
 * Whether a key question's share is rounded before it is compared with the band thresholds. The inspectorate has not
 * published which it does, so it is a policy choice, recorded in every result.
 */
public enum ShareRounding {
  /** Compare the exact fraction: 79.5% is under 80%. The default. */
  EXACT,
  /** Round the percentage half up to a whole number first: 79.5% becomes 80%. */
  HALF_UP_WHOLE_PERCENT
}
