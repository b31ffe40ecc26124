package org.inspectionkit.model.inspection;

/** Where an inspection stands. */
public enum InspectionStatus {
  /** Announced or planned; fieldwork not started. */
  PLANNED,
  /** Fieldwork under way. */
  FIELDWORK,
  /** Fieldwork done; ratings being settled and the report drafted. */
  REPORTING,
  /** The report is published. */
  PUBLISHED
}
