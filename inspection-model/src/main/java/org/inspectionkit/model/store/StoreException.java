package org.inspectionkit.model.store;

import java.util.Objects;
import org.inspectionkit.model.framework.FrameworkId;
import org.inspectionkit.model.inspection.InspectionId;

/**
 * A store could not do what was asked: the record was not found, another writer changed it first, or the storage
 * failed (an I/O or database error, which adapters wrap here with the original as the cause).
 *
 * <p>Every store exception names the record it concerns by its key, such as {@code inspection crc-bench-2019-20}
 * or {@code framework probation-2019-20}. Messages hold identifiers and versions only, never case data or free
 * text. Unchecked: a caller that can do something about a failure catches the subtype it can act on
 * ({@link VersionConflictException} to reload and retry, {@link NotFoundException} to report a missing record).
 */
public class StoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The key of the record the failure concerns. */
  private final String recordKey;

  /**
   * A failure concerning one record.
   *
   * @param recordKey the record's key, such as {@code inspection crc-bench-2019-20}
   * @param message what went wrong, naming identifiers only
   */
  public StoreException(String recordKey, String message) {
    super(message);
    this.recordKey = Objects.requireNonNull(recordKey, "recordKey");
  }

  /**
   * A failure concerning one record, caused by a storage error.
   *
   * @param recordKey the record's key, such as {@code inspection crc-bench-2019-20}
   * @param message what went wrong, naming identifiers only
   * @param cause the storage error
   */
  public StoreException(String recordKey, String message, Throwable cause) {
    super(message, cause);
    this.recordKey = Objects.requireNonNull(recordKey, "recordKey");
  }

  /**
   * The key of the record the failure concerns, such as {@code inspection crc-bench-2019-20}; for a query, what
   * was asked, such as {@code inspections of provider crc-bench}.
   *
   * @return the record key
   */
  public String recordKey() {
    return recordKey;
  }

  /**
   * The record key of an inspection: {@code inspection <id>}.
   *
   * @param id the inspection id
   * @return the key
   */
  public static String keyOf(InspectionId id) {
    return "inspection " + id;
  }

  /**
   * The record key of a framework: {@code framework <id>}.
   *
   * @param id the framework id
   * @return the key
   */
  public static String keyOf(FrameworkId id) {
    return "framework " + id;
  }
}
