package org.inspectionkit.testkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.FrameworkId;
import org.inspectionkit.model.store.FrameworkStore;
import org.inspectionkit.model.store.InMemoryFrameworkStore;
import org.inspectionkit.model.store.StoreException;
import org.junit.jupiter.api.Test;

/**
 * The framework contract can fail, and says why; it closes every store it opens and gives the failure injector
 * the store it is to break. The lifecycle methods are called here as JUnit would call them.
 */
class FrameworkStoreContractTest {

  @Test
  void contract_storeThatListsIdsInSavingOrder_failsTheOrderTestNamingTheCheck() throws Exception {
    ContractOver contract = contractFor(IdsInSavingOrder::new, null);

    assertThatThrownBy(contract::ids_manyFrameworks_areInNaturalOrder)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("ids of the stored frameworks, saved out of order: in natural order");
    contract.closeStores();
  }

  @Test
  void contract_storeThatKeepsTheFirstSave_failsTheReplaceTestNamingTheFramework() throws Exception {
    ContractOver contract = contractFor(KeepsTheFirstSave::new, null);

    assertThatThrownBy(contract::save_existingId_replacesTheFramework)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "framework probation-2019-20 loaded after it was saved again is the framework saved last");
    contract.closeStores();
  }

  @Test
  void failureInjector_partialFailureTest_isGivenTheStoreUnderTest() throws Exception {
    List<FrameworkStore> given = new ArrayList<>();
    ContractOver contract =
        contractFor(
            FailsWhenArmed::new,
            store -> {
              given.add(store);
              ((FailsWhenArmed) store).armed = true;
            });

    contract.save_failurePartWay_leavesThePreviousFrameworkIntact();
    FrameworkStore underTest = contract.store();
    contract.closeStores();

    assertThat(given).as("stores the failure injector was given, once for each failing save").hasSize(2);
    assertThat(given).as("stores the failure injector was given: the store under test").containsOnly(underTest);
  }

  @Test
  void closeStores_afterGeneratedRoundTrips_closesEveryStoreOpenedOnce() throws Exception {
    ContractOver contract = contractFor(Forwarding::new, null);

    contract.save_generatedFrameworks_areFoundEqual();
    assertThat(contract.made).as("stores closed before the test is over").allMatch(s -> s.closes == 0);
    contract.closeStores();
    contract.closeStores();

    assertThat(contract.made)
        .as("stores made: the one before the test and one per generated example")
        .hasSizeGreaterThan(2);
    for (Forwarding store : contract.made) {
      assertThat(store.closes).as("times a store made by the contract was closed by the default hook").isEqualTo(1);
    }
  }

  private static ContractOver contractFor(
      Supplier<? extends Forwarding> stores, FailureInjector<FrameworkStore> injector) {
    ContractOver contract = new ContractOver(stores, injector);
    contract.createStore();
    return contract;
  }

  /** The contract over stores that a supplier makes, keeping every one it made. */
  private static final class ContractOver extends FrameworkStoreContract {
    final List<Forwarding> made = new ArrayList<>();
    private final Supplier<? extends Forwarding> stores;
    private final FailureInjector<FrameworkStore> injector;

    ContractOver(Supplier<? extends Forwarding> stores, FailureInjector<FrameworkStore> injector) {
      this.stores = stores;
      this.injector = injector;
    }

    @Override
    protected FrameworkStore newStore() {
      Forwarding store = stores.get();
      made.add(store);
      return store;
    }

    @Override
    protected Optional<FailureInjector<FrameworkStore>> failureInjector() {
      return Optional.ofNullable(injector);
    }
  }

  /** Delegates everything to an in-memory store; closing it counts. */
  private static class Forwarding implements FrameworkStore, AutoCloseable {
    final InMemoryFrameworkStore delegate = new InMemoryFrameworkStore();
    int closes;

    @Override
    public void save(Framework framework) {
      delegate.save(framework);
    }

    @Override
    public Optional<Framework> find(FrameworkId id) {
      return delegate.find(id);
    }

    @Override
    public List<FrameworkId> ids() {
      return delegate.ids();
    }

    @Override
    public void close() {
      closes++;
    }
  }

  /** Lists ids in the order frameworks were first saved, as a database without ORDER BY might. */
  private static final class IdsInSavingOrder extends Forwarding {
    private final List<FrameworkId> saved = new ArrayList<>();

    @Override
    public void save(Framework framework) {
      if (!saved.contains(framework.id())) {
        saved.add(framework.id());
      }
      super.save(framework);
    }

    @Override
    public List<FrameworkId> ids() {
      return List.copyOf(saved);
    }
  }

  /** Ignores a save of an id already stored, as an INSERT that skips conflicts would. */
  private static final class KeepsTheFirstSave extends Forwarding {
    @Override
    public void save(Framework framework) {
      if (delegate.find(framework.id()).isEmpty()) {
        super.save(framework);
      }
    }
  }

  /** Fails its next save, before writing anything, once armed; a stand-in for an adapter's failure injection. */
  private static final class FailsWhenArmed extends Forwarding {
    boolean armed;

    @Override
    public void save(Framework framework) {
      if (armed) {
        armed = false;
        throw new StoreException(StoreException.keyOf(framework.id()), "injected failure");
      }
      super.save(framework);
    }
  }
}
