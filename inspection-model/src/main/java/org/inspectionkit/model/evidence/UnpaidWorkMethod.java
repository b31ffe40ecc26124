package org.inspectionkit.model.evidence;

/**
 * The qualitative methods the 2019-20 inspection of unpaid work adds to the inspection of cases.
 */
public enum UnpaidWorkMethod {
  /** An interview with an unpaid work supervisor. */
  SUPERVISOR_INTERVIEW,
  /** A visit to an unpaid work site. */
  SITE_VISIT,
  /** Observation of an unpaid work induction. */
  INDUCTION_OBSERVATION,
  /** An interview with people doing unpaid work. */
  WORKER_INTERVIEW,
  /** Assessment of additional evidence submitted in advance. */
  ADDITIONAL_EVIDENCE_ASSESSMENT,
  /** Assessment of an unpaid work project. */
  PROJECT_ASSESSMENT,
  /** Analysis of the training and employment opportunities unpaid work offers. */
  OPPORTUNITY_ANALYSIS
}
