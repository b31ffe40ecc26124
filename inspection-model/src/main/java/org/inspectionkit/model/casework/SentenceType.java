package org.inspectionkit.model.casework;

/** The type of sentence a case is supervised under, one of the attributes a case sample keeps in proportion. */
public enum SentenceType {
  /** A community sentence (community order or suspended sentence order). */
  COMMUNITY,
  /** Supervision on licence or post-sentence supervision after release from custody. */
  LICENCE,
  /** In custody, before release (the Through the Gate sample). */
  CUSTODY
}
