package org.inspectionkit.model.store;

import org.immutables.value.Value;

/**
 * A stored record that could not be read back as it was written: a file or rows that are missing, cut short,
 * changed outside the store or not a valid document.
 *
 * <p>Stores report damage as values (from {@link InspectionStore#listing(InspectionQuery)} and
 * {@link InspectionStore#verify()}) so that one damaged record never hides the healthy ones. The problem names
 * identifiers, versions, JSON paths and files only, never case data. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class DamagedRecord {

  DamagedRecord() {}

  /**
   * The record's key, such as {@code inspection crc-bench-2019-20}, as in {@link StoreException#recordKey()}.
   *
   * @return the key
   */
  @Value.Parameter
  public abstract String recordKey();

  /**
   * The damaged version, or 0 when the damage leaves the version unknown.
   *
   * @return the version, from 0
   */
  @Value.Parameter
  public abstract long version();

  /**
   * What is wrong, naming identifiers only.
   *
   * @return the problem
   */
  @Value.Parameter
  public abstract String problem();

  /**
   * A damaged record.
   *
   * @param recordKey the record's key
   * @param version the damaged version, or 0 if unknown
   * @param problem what is wrong, naming identifiers only
   * @return the record
   */
  public static DamagedRecord of(String recordKey, long version, String problem) {
    return ImmutableDamagedRecord.of(recordKey, version, problem);
  }

  /**
   * The damage a store failure reports: its record key and message.
   *
   * @param version the version being read, or 0 if unknown
   * @param failure the failure
   * @return the record
   */
  public static DamagedRecord of(long version, StoreException failure) {
    return of(failure.recordKey(), version, String.valueOf(failure.getMessage()));
  }

  @Value.Check
  void check() {
    if (version() < 0) {
      throw new IllegalArgumentException("DamagedRecord " + recordKey() + " version: must be at least 0, was "
          + version());
    }
  }

  /**
   * The key, the version when known, and the problem.
   *
   * @return one line
   */
  @Override
  public String toString() {
    return recordKey() + (version() > 0 ? " version " + version() : "") + ": " + problem();
  }
}
