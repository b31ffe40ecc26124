package org.inspectionkit.examples.files;

import org.inspectionkit.testkit.store.CrashTarget;
import org.inspectionkit.testkit.store.InspectionStoreCrashContract;

/** The JSON-file store survives a writer killed at random points during saves. */
class FileStoreCrashTest implements InspectionStoreCrashContract {

  @Override
  public Class<? extends CrashTarget> crashTarget() {
    return FileCrashTarget.class;
  }
}
