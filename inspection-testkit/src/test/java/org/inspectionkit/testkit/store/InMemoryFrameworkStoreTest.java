package org.inspectionkit.testkit.store;

import org.inspectionkit.model.store.FrameworkStore;
import org.inspectionkit.model.store.InMemoryFrameworkStore;

/** The reference framework store runs the contract; it has no middle of a save to fail in. */
class InMemoryFrameworkStoreTest extends FrameworkStoreContract {

  @Override
  protected FrameworkStore newStore() {
    return new InMemoryFrameworkStore();
  }
}
