package org.inspectionkit.testkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.inspectionkit.model.casework.CaseAssessment;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.inspection.InspectionId;
import org.inspectionkit.model.store.InMemoryInspectionStore;
import org.inspectionkit.model.store.InspectionQuery;
import org.inspectionkit.model.store.InspectionStore;
import org.inspectionkit.model.store.InspectionSummary;
import org.inspectionkit.model.store.StoreException;
import org.inspectionkit.model.store.Versioned;
import org.junit.jupiter.api.Test;

/**
 * The contract can fail, and says why: each deliberately broken store below is caught by the contract test aimed at
 * its flaw, with a message that names the check in the inspectorate's words. And the contract looks after the
 * stores it opens: it closes every one after the test, and gives the failure injector the store it is to break.
 *
 * <p>The contract's lifecycle methods are called here as JUnit would call them: {@code createStore()} before a
 * test, {@code closeStores()} after it.
 */
class InspectionStoreContractTest {

  // ------------------------------------------------------------------------------------------- failure messages

  @Test
  void contract_storeThatIgnoresVersions_failsTheConflictAndConcurrencyTestsNamingTheChecks() throws Exception {
    ContractOver contract = contractFor(IgnoresVersions::new);

    assertThatThrownBy(contract::update_staleVersion_failsNamingBothVersionsAndChangesNothing)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "an update of inspection crc-p-2019-20 at stale version 1, when version 2 is stored, is refused as a"
                + " version conflict");
    contract.closeStores();
    contract.createStore();
    assertThatThrownBy(contract::update_concurrentWriters_loseNoUpdate)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "cases of inspection crc-p-2019-20 after 8 concurrent writers each added one: every writer's case,"
                + " none lost");
    contract.closeStores();
  }

  @Test
  void contract_storeThatDropsPromptAnswers_failsTheRoundTripsNamingTheInspection() throws Exception {
    ContractOver contract = contractFor(DropsPromptAnswers::new);

    // (Not the generated round trip: it fails too, but QuickTheories then spends seconds shrinking the example.)
    assertThatThrownBy(contract::insert_edgeValues_areFoundEqual)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("of edge values (longest free text")
        .hasMessageContaining("loaded after insert is the inspection inserted");
    contract.closeStores();
    contract.createStore();
    assertThatThrownBy(contract::insert_largeInspection_isFoundEqual)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "large inspection crc-large-2019-20 loaded after insert is the inspection inserted, every answer"
                + " included");
    contract.closeStores();
  }

  @Test
  void contract_storeThatListsInSavingOrder_failsTheListingTestNamingTheOrder() throws Exception {
    ContractOver contract = contractFor(ListsInSavingOrder::new);

    assertThatThrownBy(contract::list_all_ordersByCycleThenProviderThenId)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "listing of every inspection, saved out of order: by cycle, then provider id, then inspection id");
    contract.closeStores();
  }

  @Test
  void contract_failureInjectorThatBreaksNothing_failsNamingTheSaveThatShouldHaveFailed() throws Exception {
    ContractOver contract = contractFor(FailsWhenArmed::new, store -> {});

    assertThatThrownBy(contract::insert_failurePartWay_storesNothing)
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "an insert of inspection crc-p-2019-20 that the failure injector made fail part-way surfaces as a store"
                + " failure, not a version conflict");
    contract.closeStores();
  }

  // ------------------------------------------------------------------------------------------ failure injector

  @Test
  void failureInjector_partialFailureTests_isGivenTheStoreUnderTest() throws Exception {
    List<InspectionStore> given = new ArrayList<>();
    List<InspectionStore> underTest = new ArrayList<>();
    ContractOver contract =
        contractFor(
            FailsWhenArmed::new,
            store -> {
              given.add(store);
              ((FailsWhenArmed) store).armed = true;
            });

    contract.update_failurePartWay_leavesThePreviousVersionIntact();
    underTest.add(contract.store());
    contract.closeStores();
    contract.createStore();
    contract.insert_failurePartWay_storesNothing();
    underTest.add(contract.store());
    contract.closeStores();

    assertThat(given).as("stores the failure injector was given").hasSize(2);
    assertThat(given.get(0)).as("store given to the injector in the update test").isSameAs(underTest.get(0));
    assertThat(given.get(1)).as("store given to the injector in the insert test").isSameAs(underTest.get(1));
  }

  // ---------------------------------------------------------------------------------------------------- closing

  @Test
  void closeStores_afterGeneratedRoundTrips_closesEveryStoreOpenedOnce() throws Exception {
    List<InspectionStore> made = new ArrayList<>();
    List<InspectionStore> closed = new ArrayList<>();
    InspectionStoreContract contract =
        new InspectionStoreContract() {
          @Override
          protected InspectionStore newStore() {
            InspectionStore store = new InMemoryInspectionStore();
            made.add(store);
            return store;
          }

          @Override
          protected void closeStore(InspectionStore store) {
            closed.add(store);
          }
        };

    contract.createStore();
    contract.insert_generatedInspections_areFoundEqualAtVersionOne();
    assertThat(closed).as("stores closed before the test is over").isEmpty();
    contract.closeStores();
    contract.closeStores();

    assertThat(made).as("stores made: the one before the test and one per generated example").hasSizeGreaterThan(2);
    assertThat(closed).as("stores closed after the test: each one made, once").hasSameSizeAs(made);
    for (InspectionStore store : made) {
      assertThat(closed.stream().filter(c -> c == store).count()).as("times %s was closed", store).isEqualTo(1);
    }
    assertThat(closed.get(0)).as("first store closed: the latest made").isSameAs(made.get(made.size() - 1));
  }

  @Test
  void closeStores_afterAFailedTest_closesItsStoresThroughTheDefaultHook() throws Exception {
    ContractOver contract = contractFor(ListsInSavingOrder::new);

    catchThrowable(contract::list_all_ordersByCycleThenProviderThenId);
    contract.closeStores();

    assertThat(contract.made).as("stores made for the failed test").hasSize(1);
    assertThat(contract.made.get(0).closes)
        .as("times the AutoCloseable store of the failed test was closed by the default hook")
        .isEqualTo(1);
  }

  @Test
  void closeStores_storesThatFailToClose_closesTheRestAndThrowsTheFirstWithTheOthersSuppressed() {
    List<String> closed = new ArrayList<>();
    InspectionStoreContract contract =
        new InspectionStoreContract() {
          private int made;

          @Override
          protected InspectionStore newStore() {
            return new Named("store-" + ++made);
          }

          @Override
          protected void closeStore(InspectionStore store) {
            String name = store.toString();
            closed.add(name);
            if (!name.equals("store-2")) {
              throw new IllegalStateException(name + " cannot close");
            }
          }
        };
    contract.createStore();
    contract.createStore();
    contract.createStore();

    Throwable thrown = catchThrowable(contract::closeStores);

    assertThat(closed).as("stores closed, latest first, each tried").containsExactly("store-3", "store-2", "store-1");
    assertThat(thrown).as("failure of closeStores: the first one, store-3's").hasMessage("store-3 cannot close");
    assertThat(thrown.getSuppressed())
        .as("failures suppressed in it: the later stores'")
        .extracting(Throwable::getMessage)
        .containsExactly("store-1 cannot close");
  }

  // ---------------------------------------------------------------------------------------------------- helpers

  private static ContractOver contractFor(Supplier<? extends Forwarding> stores) {
    return contractFor(stores, null);
  }

  private static ContractOver contractFor(
      Supplier<? extends Forwarding> stores, FailureInjector<InspectionStore> injector) {
    ContractOver contract = new ContractOver(stores, injector);
    contract.createStore();
    return contract;
  }

  /** The contract over stores that a supplier makes, keeping every one it made. */
  private static final class ContractOver extends InspectionStoreContract {
    final List<Forwarding> made = new ArrayList<>();
    private final Supplier<? extends Forwarding> stores;
    private final FailureInjector<InspectionStore> injector;

    ContractOver(Supplier<? extends Forwarding> stores, FailureInjector<InspectionStore> injector) {
      this.stores = stores;
      this.injector = injector;
    }

    @Override
    protected InspectionStore newStore() {
      Forwarding store = stores.get();
      made.add(store);
      return store;
    }

    @Override
    protected Optional<FailureInjector<InspectionStore>> failureInjector() {
      return Optional.ofNullable(injector);
    }
  }

  /** Delegates everything to an in-memory store; closing it counts. */
  private abstract static class Forwarding implements InspectionStore, AutoCloseable {
    final InMemoryInspectionStore delegate = new InMemoryInspectionStore();
    int closes;

    @Override
    public Optional<Versioned<Inspection>> find(InspectionId id) {
      return delegate.find(id);
    }

    @Override
    public Versioned<Inspection> insert(Inspection inspection) {
      return delegate.insert(inspection);
    }

    @Override
    public Versioned<Inspection> update(Inspection inspection, long expectedVersion) {
      return delegate.update(inspection, expectedVersion);
    }

    @Override
    public void delete(InspectionId id, long expectedVersion) {
      delegate.delete(id, expectedVersion);
    }

    @Override
    public List<InspectionSummary> list(InspectionQuery query) {
      return delegate.list(query);
    }

    @Override
    public void close() {
      closes++;
    }
  }

  /** A store with a name, for telling stores apart in the closing test. */
  private static final class Named extends Forwarding {
    private final String name;

    Named(String name) {
      this.name = name;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** Fails its next save, before writing anything, once armed; a stand-in for an adapter's failure injection. */
  private static final class FailsWhenArmed extends Forwarding {
    boolean armed;

    @Override
    public Versioned<Inspection> insert(Inspection inspection) {
      failIfArmed(inspection);
      return super.insert(inspection);
    }

    @Override
    public Versioned<Inspection> update(Inspection inspection, long expectedVersion) {
      failIfArmed(inspection);
      return super.update(inspection, expectedVersion);
    }

    private void failIfArmed(Inspection inspection) {
      if (armed) {
        armed = false;
        throw new StoreException(StoreException.keyOf(inspection.id()), "injected failure");
      }
    }
  }

  /**
   * Last writer wins: the classic lost update. So that the lost update happens on every run, not just when the
   * threads happen to overlap, each write waits until the contract's writers have all read (or a second passes).
   */
  private static final class IgnoresVersions extends Forwarding {
    private final CountDownLatch allRead = new CountDownLatch(8);
    /** The test's own thread: its updates (the stale-version test) never wait. */
    private final Thread owner = Thread.currentThread();

    @Override
    public Optional<Versioned<Inspection>> find(InspectionId id) {
      allRead.countDown();
      return super.find(id);
    }

    @Override
    public Versioned<Inspection> update(Inspection inspection, long expectedVersion) {
      // A writer of the concurrency test waits until all eight have read, so that every one writes over the
      // same version and updates are lost for certain, however the threads are scheduled (with a short wait
      // a loaded machine could serialise the writers, and no update would be lost).
      if (Thread.currentThread() != owner) {
        try {
          allRead.await(2, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      long current = delegate.load(inspection.id()).version();
      return delegate.update(inspection, current);
    }
  }

  /** Forgets prompt-level answers, as a mapping that only knows key questions would. */
  private static final class DropsPromptAnswers extends Forwarding {
    @Override
    public Versioned<Inspection> insert(Inspection inspection) {
      List<CaseAssessment> kept = new ArrayList<>();
      for (CaseAssessment a : inspection.assessments()) {
        kept.add(CaseAssessment.builder().from(a).promptAnswers(Collections.emptyMap()).build());
      }
      delegate.insert(Inspection.builder().from(inspection).assessments(kept).build());
      return Versioned.of(inspection, 1);
    }
  }

  /** Lists in the order inspections were saved, as a database without ORDER BY might. */
  private static final class ListsInSavingOrder extends Forwarding {
    private final List<InspectionId> saved = Collections.synchronizedList(new ArrayList<>());

    @Override
    public Versioned<Inspection> insert(Inspection inspection) {
      saved.add(inspection.id());
      return super.insert(inspection);
    }

    @Override
    public List<InspectionSummary> list(InspectionQuery query) {
      List<InspectionSummary> out = new ArrayList<>();
      for (InspectionId id : saved) {
        delegate.find(id).map(InspectionSummary::from).filter(query::matches).ifPresent(out::add);
      }
      return out;
    }
  }
}
