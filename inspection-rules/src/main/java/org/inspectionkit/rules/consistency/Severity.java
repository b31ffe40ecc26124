package org.inspectionkit.rules.consistency;

/** How much a finding matters, worst first. */
public enum Severity {
  /** The inspection cannot be rated as it stands. */
  ERROR,
  /** A reviewer must look before the report is published. */
  WARNING,
  /** For information. */
  INFO
}
