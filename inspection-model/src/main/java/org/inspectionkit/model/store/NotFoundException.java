package org.inspectionkit.model.store;

import org.inspectionkit.model.framework.FrameworkId;
import org.inspectionkit.model.inspection.InspectionId;

/**
 * The record asked for is not in the store: thrown by {@code load} and {@code update} of an id that was never
 * saved. The message names the id.
 */
public class NotFoundException extends StoreException {

  private static final long serialVersionUID = 1L;

  /**
   * A record that is not in the store.
   *
   * @param recordKey the record's key, such as {@code inspection crc-bench-2019-20}
   */
  public NotFoundException(String recordKey) {
    super(recordKey, "no " + recordKey + " in the store");
  }

  /**
   * A record that is not in the store, or a store that is not there, said in the caller's words.
   *
   * @param recordKey the record's key, such as {@code inspection crc-bench-2019-20}
   * @param message what is missing, naming identifiers only
   */
  public NotFoundException(String recordKey, String message) {
    super(recordKey, message);
  }

  /**
   * An inspection that is not in the store.
   *
   * @param id the inspection id
   * @return the exception
   */
  public static NotFoundException inspection(InspectionId id) {
    return new NotFoundException(keyOf(id));
  }

  /**
   * A framework that is not in the store.
   *
   * @param id the framework id
   * @return the exception
   */
  public static NotFoundException framework(FrameworkId id) {
    return new NotFoundException(keyOf(id));
  }
}
