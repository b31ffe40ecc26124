package org.inspectionkit.model.casework;

/** How an inspection established that the area has no service user forum or equivalent (2019-20). */
public enum ForumEnquiry {
  /** The provider said so, when asked before fieldwork. */
  PROVIDER_CONFIRMED,
  /** The inspectors asked local partners and service user organisations. */
  LOCAL_PARTNERS_ASKED,
  /** The inspectors found none in the provider's own records of service user involvement. */
  RECORDS_REVIEWED
}
