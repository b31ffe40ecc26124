package org.inspectionkit.examples.files;

import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.inspectionkit.model.store.InspectionStore;
import org.inspectionkit.testkit.store.FailureInjector;
import org.inspectionkit.testkit.store.InspectionStoreContract;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file store's inspections run the whole contract, each store in a new directory. The failure injector makes
 * the next save of the store it is given fail after its temporary file is written and forced to disk, just before
 * the rename that would commit it: the latest point at which a save can fail, so the partial-failure tests check
 * that the rename alone commits. The contract closes each store's file store after the test.
 */
class FileInspectionStoreTest extends InspectionStoreContract {

  @TempDir Path root;

  private final StoreDirectories directories = new StoreDirectories();
  private final Map<InspectionStore, JsonFileStore> owners = new IdentityHashMap<>();

  @Override
  protected InspectionStore newStore() {
    JsonFileStore files = directories.openNew(root);
    InspectionStore store = files.inspections();
    owners.put(store, files);
    return store;
  }

  @Override
  protected Optional<FailureInjector<InspectionStore>> failureInjector() {
    return Optional.of(store -> ownerOf(store).interceptNextWrite(Faults.failBeforeRename()));
  }

  @Override
  protected void closeStore(InspectionStore store) {
    ownerOf(store).close();
  }

  private JsonFileStore ownerOf(InspectionStore store) {
    return Objects.requireNonNull(owners.get(store), () -> store + " was not made by newStore()");
  }
}
