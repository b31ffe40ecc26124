package org.inspectionkit.examples.files;

import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.inspectionkit.model.store.FrameworkStore;
import org.inspectionkit.testkit.store.FailureInjector;
import org.inspectionkit.testkit.store.FrameworkStoreContract;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file store's frameworks run the whole contract, each store in a new directory; the failure injector tears
 * the next save's temporary file half way through the document, in the store it is given. The contract closes each
 * store's file store after the test.
 */
class FileFrameworkStoreTest extends FrameworkStoreContract {

  @TempDir Path root;

  private final StoreDirectories directories = new StoreDirectories();
  private final Map<FrameworkStore, JsonFileStore> owners = new IdentityHashMap<>();

  @Override
  protected FrameworkStore newStore() {
    JsonFileStore files = directories.openNew(root);
    FrameworkStore store = files.frameworks();
    owners.put(store, files);
    return store;
  }

  @Override
  protected Optional<FailureInjector<FrameworkStore>> failureInjector() {
    return Optional.of(store -> ownerOf(store).interceptNextWrite(Faults.failAfterBytes(200)));
  }

  @Override
  protected void closeStore(FrameworkStore store) {
    ownerOf(store).close();
  }

  private JsonFileStore ownerOf(FrameworkStore store) {
    return Objects.requireNonNull(owners.get(store), () -> store + " was not made by newStore()");
  }
}
