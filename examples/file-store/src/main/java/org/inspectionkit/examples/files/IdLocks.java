package org.inspectionkit.examples.files;

import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The locks that serialise the writers of one aggregate in this process: a fixed set of read-write locks, each id
 * mapped to one by its hash. Readers of an id share its lock, a writer holds it alone, so a reader never looks for
 * a file that a writer is replacing; aggregates whose ids share a lock merely take turns. The set is fixed, so ids
 * that come and go leave nothing behind. Closing the store takes every lock, so it waits for the saves under way.
 */
final class IdLocks {

  private static final int STRIPES = 64;

  private final ReadWriteLock[] locks = new ReadWriteLock[STRIPES];

  IdLocks() {
    for (int i = 0; i < STRIPES; i++) {
      locks[i] = new ReentrantReadWriteLock();
    }
  }

  /**
   * The lock of an id.
   *
   * @param id the aggregate's id
   * @return its lock
   */
  ReadWriteLock of(Object id) {
    return locks[Math.floorMod(id.hashCode(), STRIPES)];
  }

  /** Takes every write lock, in a fixed order; for closing the store. */
  void lockAll() {
    for (ReadWriteLock lock : locks) {
      lock.writeLock().lock();
    }
  }

  /** Releases what {@link #lockAll()} took. */
  void unlockAll() {
    for (int i = STRIPES - 1; i >= 0; i--) {
      locks[i].writeLock().unlock();
    }
  }
}
