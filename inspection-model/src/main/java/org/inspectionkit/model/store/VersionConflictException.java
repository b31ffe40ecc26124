package org.inspectionkit.model.store;

import java.util.Objects;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.inspection.InspectionId;

/**
 * Another writer saved the inspection first: the version a save expected is not the stored one, and nothing was
 * changed.
 *
 * <p>An {@link InspectionStore#update(Inspection, long) update} based on version 3 of an inspection that is now at
 * version 4 fails with expected 3 and actual 4; the caller reloads, applies its change again and retries. An
 * {@link InspectionStore#insert(Inspection) insert} expects no stored inspection, written as expected version 0,
 * and fails with the stored version as actual when the id is already taken.
 */
public class VersionConflictException extends StoreException {

  private static final long serialVersionUID = 1L;

  /** The inspection whose save failed. */
  private final transient InspectionId inspectionId;

  /** The version the save was based on; 0 for an insert. */
  private final long expectedVersion;

  /** The version in the store when the save was tried. */
  private final long actualVersion;

  /**
   * A conflict between the version a save expected and the stored one.
   *
   * @param inspectionId the inspection
   * @param expectedVersion the version the save was based on, 0 for an insert
   * @param actualVersion the stored version
   */
  public VersionConflictException(InspectionId inspectionId, long expectedVersion, long actualVersion) {
    super(
        keyOf(Objects.requireNonNull(inspectionId, "inspectionId")),
        message(inspectionId, expectedVersion, actualVersion));
    this.inspectionId = inspectionId;
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
  }

  private static String message(InspectionId id, long expected, long actual) {
    if (expected == 0) {
      return "inspection " + id + " already exists at version " + actual
          + "; insert is for new inspections: load it and update version " + actual + " instead";
    }
    return "inspection " + id + " was saved from version " + expected + " but the stored version is " + actual
        + "; nothing was changed: load version " + actual + ", apply the change again and retry";
  }

  /**
   * The inspection whose save failed.
   *
   * @return the inspection id
   */
  public InspectionId inspectionId() {
    return inspectionId;
  }

  /**
   * The version the save was based on; 0 for an insert, which expects no stored inspection.
   *
   * @return the expected version
   */
  public long expectedVersion() {
    return expectedVersion;
  }

  /**
   * The version in the store when the save was tried.
   *
   * @return the stored version
   */
  public long actualVersion() {
    return actualVersion;
  }
}
