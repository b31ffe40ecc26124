package org.inspectionkit.testkit.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.inspectionkit.model.store.Versioned;
import org.junit.jupiter.api.Test;

/** The contract can fail: each deliberately broken store below is caught by the contract test aimed at its flaw. */
class InspectionStoreContractTest {

  @Test
  void contract_storeThatIgnoresVersions_failsTheConflictAndConcurrencyTests() {
    InspectionStoreContract contract = contractFor(IgnoresVersions::new);

    assertThatThrownBy(contract::update_staleVersion_failsNamingBothVersionsAndChangesNothing)
        .isInstanceOf(AssertionError.class);
    contract.createStore();
    assertThatThrownBy(contract::update_concurrentWriters_loseNoUpdate).isInstanceOf(AssertionError.class);
  }

  @Test
  void contract_storeThatDropsPromptAnswers_failsTheRoundTrips() {
    InspectionStoreContract contract = contractFor(DropsPromptAnswers::new);

    // (Not the generated round trip: it fails too, but QuickTheories then spends seconds shrinking the example.)
    assertThatThrownBy(contract::insert_edgeValues_areFoundEqual).isInstanceOf(AssertionError.class);
    contract.createStore();
    assertThatThrownBy(contract::insert_largeInspection_isFoundEqual).isInstanceOf(AssertionError.class);
  }

  @Test
  void contract_storeThatListsInSavingOrder_failsTheListingTest() {
    InspectionStoreContract contract = contractFor(ListsInSavingOrder::new);

    assertThatThrownBy(contract::list_all_ordersByCycleThenProviderThenId).isInstanceOf(AssertionError.class);
  }

  private static InspectionStoreContract contractFor(Supplier<InspectionStore> stores) {
    InspectionStoreContract contract =
        new InspectionStoreContract() {
          @Override
          protected InspectionStore newStore() {
            return stores.get();
          }
        };
    contract.createStore();
    return contract;
  }

  /** Delegates everything to an in-memory store. */
  private abstract static class Forwarding implements InspectionStore {
    final InMemoryInspectionStore delegate = new InMemoryInspectionStore();

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
  }

  /**
   * Last writer wins: the classic lost update. So that the lost update happens on every run, not just when the
   * threads happen to overlap, each write waits until the contract's writers have all read (or a second passes).
   */
  private static final class IgnoresVersions extends Forwarding {
    private final CountDownLatch allRead = new CountDownLatch(8);

    @Override
    public Optional<Versioned<Inspection>> find(InspectionId id) {
      allRead.countDown();
      return super.find(id);
    }

    @Override
    public Versioned<Inspection> update(Inspection inspection, long expectedVersion) {
      try {
        allRead.await(1, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
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
