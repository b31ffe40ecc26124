package org.inspectionkit.examples.files;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Opens stores in new subdirectories of a test's temporary directory, and closes them all afterwards. */
final class StoreDirectories {

  private final List<JsonFileStore> opened = new ArrayList<>();

  /** Opens a store in a new, empty directory under {@code root}. */
  JsonFileStore openNew(Path root) {
    JsonFileStore store = JsonFileStore.open(root.resolve("store-" + opened.size()));
    opened.add(store);
    return store;
  }

  /** Closes every store opened here. */
  void closeAll() {
    opened.forEach(JsonFileStore::close);
    opened.clear();
  }
}
