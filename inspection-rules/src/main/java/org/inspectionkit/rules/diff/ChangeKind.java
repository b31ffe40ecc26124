package org.inspectionkit.rules.diff;

/** What happened to an element of a framework between two versions. */
public enum ChangeKind {
  /** The element exists only in the new version. */
  ADDED,
  /** The element exists only in the old version. */
  REMOVED,
  /** The element kept its wording but has another code in the new version. */
  MOVED,
  /** The element kept its code but its wording changed. */
  REWORDED,
  /** A standard applies to other provider types in the new version. */
  APPLICABILITY_CHANGED,
  /** A standard is rated another way (case data or judgement), or from another sample, in the new version. */
  RATING_CHANGED
}
