package org.inspectionkit.model.provider;

/**
 * Where the facts of a {@link RegistryEntry} come from, so users know which entries to check and replace when they
 * have better information.
 */
public enum EntrySource {
  /** Every fact the entry states (name, area, owner, dates, parent) is from the public record. */
  PUBLISHED,
  /**
   * At least one fact the entry states is a default of this library rather than the public record, typically a
   * date; the registry document's notes say which. Replace the entry when you have the published fact.
   */
  DEFAULT
}
