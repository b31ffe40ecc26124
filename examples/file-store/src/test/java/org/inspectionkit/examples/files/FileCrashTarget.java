package org.inspectionkit.examples.files;

import java.io.IOException;
import java.nio.file.Path;
import org.inspectionkit.testkit.store.CrashTarget;

/** The JSON-file store, for the crash contract (also created by name in the writer process). */
public final class FileCrashTarget implements CrashTarget {

  /** Creates the target. */
  public FileCrashTarget() {}

  @Override
  public Opened open(Path directory) throws IOException {
    JsonFileStore store = JsonFileStore.open(directory);
    return CrashTarget.opened(store.inspections(), store::close);
  }
}
