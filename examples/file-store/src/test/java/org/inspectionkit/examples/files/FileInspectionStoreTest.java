package org.inspectionkit.examples.files;

import java.nio.file.Path;
import java.util.Optional;
import org.inspectionkit.model.store.InspectionStore;
import org.inspectionkit.testkit.store.FailureInjector;
import org.inspectionkit.testkit.store.InspectionStoreContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file store's inspections run the whole contract, each store in a new directory. The failure injector makes
 * the next save fail after its temporary file is written and forced to disk, just before the rename that would
 * commit it: the latest point at which a save can fail, so the partial-failure tests check that the rename alone
 * commits.
 */
class FileInspectionStoreTest extends InspectionStoreContract {

  @TempDir Path root;

  private final StoreDirectories stores = new StoreDirectories();
  private JsonFileStore latest;

  @Override
  protected InspectionStore newStore() {
    latest = stores.openNew(root);
    return latest.inspections();
  }

  @Override
  protected Optional<FailureInjector> failureInjector() {
    JsonFileStore store = latest;
    return Optional.of(() -> store.interceptNextWrite(Faults.failBeforeRename()));
  }

  @AfterEach
  void closeStores() {
    stores.closeAll();
  }
}
