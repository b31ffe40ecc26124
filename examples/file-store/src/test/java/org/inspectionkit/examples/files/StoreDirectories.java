package org.inspectionkit.examples.files;

import java.nio.file.Path;

/**
 * Opens stores in new subdirectories of a test's temporary directory; the store contracts close them (through
 * their {@code closeStore} hook) after each test.
 */
final class StoreDirectories {

  private int opened;

  /** Opens a store in a new, empty directory under {@code root}. */
  JsonFileStore openNew(Path root) {
    return JsonFileStore.open(root.resolve("store-" + opened++));
  }
}
