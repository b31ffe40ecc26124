package org.inspectionkit.examples.jdbc;

import java.nio.file.Path;
import org.inspectionkit.testkit.store.CrashTarget;

/** The embedded store as the CLI opens it, for the crash contract (also created by name in the writer process). */
public final class H2CrashTarget implements CrashTarget {

  /** Creates the target. */
  public H2CrashTarget() {}

  @Override
  public Opened open(Path directory) {
    EmbeddedStore store = EmbeddedStore.open(directory);
    return CrashTarget.opened(store.inspections(), store::close);
  }
}
