package org.example.consumer;

import org.inspectionkit.model.store.InspectionStore;
import org.inspectionkit.testkit.store.InspectionStoreContract;

/** The application's store passes the same contract as every inspectionkit adapter. */
class MapInspectionStoreTest extends InspectionStoreContract {

  @Override
  protected InspectionStore newStore() {
    return new MapInspectionStore();
  }
}
