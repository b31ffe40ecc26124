package org.inspectionkit.examples.files;

import java.nio.file.Path;
import java.util.Optional;
import org.inspectionkit.model.store.FrameworkStore;
import org.inspectionkit.testkit.store.FailureInjector;
import org.inspectionkit.testkit.store.FrameworkStoreContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file store's frameworks run the whole contract, each store in a new directory; the failure injector tears
 * the next save's temporary file half way through the document.
 */
class FileFrameworkStoreTest extends FrameworkStoreContract {

  @TempDir Path root;

  private final StoreDirectories stores = new StoreDirectories();
  private JsonFileStore latest;

  @Override
  protected FrameworkStore newStore() {
    latest = stores.openNew(root);
    return latest.frameworks();
  }

  @Override
  protected Optional<FailureInjector> failureInjector() {
    JsonFileStore store = latest;
    return Optional.of(() -> store.interceptNextWrite(Faults.failAfterBytes(200)));
  }

  @AfterEach
  void closeStores() {
    stores.closeAll();
  }
}
