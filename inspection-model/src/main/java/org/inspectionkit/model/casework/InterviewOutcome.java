package org.inspectionkit.model.casework;

/** What happened when a service user in the domain-two sample was approached for an interview (2019-20). */
public enum InterviewOutcome {
  /** An interview was offered and is not yet done or refused. */
  OFFERED,
  /** The interview took place. */
  DONE,
  /** The service user declined. */
  DECLINED,
  /** The service user could not be reached. */
  UNREACHABLE
}
