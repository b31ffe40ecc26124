package org.inspectionkit.testkit.store;

/**
 * A way to make a store's next save fail part-way, so the contract can check that a failed save leaves the
 * previous version intact. An adapter's test supplies one when it can simulate such a failure (a database adapter
 * can throw from a wrapped connection after some rows are written, before the commit).
 *
 * <p>The failure must happen after the save has started writing the aggregate, and must surface from the save as
 * a {@link org.inspectionkit.model.store.StoreException}. Only the next save fails; later saves succeed again.
 */
@FunctionalInterface
public interface FailureInjector {

  /** Arms the store so that its next save (insert, update or framework save) fails part-way. */
  void failNextSave();
}
