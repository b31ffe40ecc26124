package org.inspectionkit.testkit.store;

import java.nio.file.Path;
import org.inspectionkit.model.store.InspectionStore;

/**
 * How {@link InspectionStoreCrashContract} opens an adapter's store, in the test's process and in the writer
 * process it kills. An implementation is a public class with a public no-argument constructor (the writer process
 * creates it by name), and opens the same store every time it is given the same directory: an embedded database
 * or a file store in that directory, or a server database in a schema named after it.
 */
public interface CrashTarget {

  /**
   * Opens the store at {@code directory}, creating it if it is not there yet.
   *
   * @param directory a directory for the store's files (empty at first; the same for every open of one test)
   * @return the open store, closed by the caller
   * @throws Exception if it cannot be opened
   */
  Opened open(Path directory) throws Exception;

  /** An open store and how to close it. */
  interface Opened extends AutoCloseable {
    /**
     * The store.
     *
     * @return the inspection store
     */
    InspectionStore inspections();

    /** Releases the store (its files, connections, locks). */
    @Override
    void close();
  }

  /**
   * An {@link Opened} over a store and a close action.
   *
   * @param inspections the store
   * @param close what closing does
   * @return the open store
   */
  static Opened opened(InspectionStore inspections, Runnable close) {
    return new Opened() {
      @Override
      public InspectionStore inspections() {
        return inspections;
      }

      @Override
      public void close() {
        close.run();
      }
    };
  }
}
