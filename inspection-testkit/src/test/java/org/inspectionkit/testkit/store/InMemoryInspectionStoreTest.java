package org.inspectionkit.testkit.store;

import org.inspectionkit.model.store.InMemoryInspectionStore;
import org.inspectionkit.model.store.InspectionStore;

/**
 * The reference store runs the contract. It replaces a whole inspection in one atomic map operation, so there is
 * no middle of a save to fail in: it supplies no failure injector and the partial-failure tests are skipped.
 */
class InMemoryInspectionStoreTest extends InspectionStoreContract {

  @Override
  protected InspectionStore newStore() {
    return new InMemoryInspectionStore();
  }
}
