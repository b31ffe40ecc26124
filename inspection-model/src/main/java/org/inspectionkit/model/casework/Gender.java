package org.inspectionkit.model.casework;

/** The gender recorded for a case, one of the attributes a case sample keeps in proportion. */
public enum Gender {
  /** Male. */
  MALE,
  /** Female. */
  FEMALE,
  /** Recorded otherwise. */
  OTHER
}
