package org.inspectionkit.examples.jdbc;

import org.inspectionkit.testkit.store.CrashTarget;
import org.inspectionkit.testkit.store.InspectionStoreCrashContract;

/** The embedded H2 store survives a writer killed at random points during saves. */
class EmbeddedStoreCrashTest implements InspectionStoreCrashContract {

  @Override
  public Class<? extends CrashTarget> crashTarget() {
    return H2CrashTarget.class;
  }
}
