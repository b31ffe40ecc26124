package org.inspectionkit.testkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.inspectionkit.model.Rating;
import org.inspectionkit.model.casework.Answer;
import org.inspectionkit.model.casework.CaseAssessment;
import org.inspectionkit.model.casework.CaseRef;
import org.inspectionkit.model.casework.InspectedCase;
import org.inspectionkit.model.casework.InterviewOutcome;
import org.inspectionkit.model.casework.ServiceUserForumMeeting;
import org.inspectionkit.model.casework.ServiceUserInterview;
import org.inspectionkit.model.evidence.EvidenceItem;
import org.inspectionkit.model.evidence.EvidenceSubmission;
import org.inspectionkit.model.evidence.RatingOverride;
import org.inspectionkit.model.evidence.StandardJudgement;
import org.inspectionkit.model.evidence.UnpaidWorkEvidence;
import org.inspectionkit.model.evidence.UnpaidWorkMethod;
import org.inspectionkit.model.framework.Cycle;
import org.inspectionkit.model.framework.KeyQuestionCode;
import org.inspectionkit.model.framework.SampleKind;
import org.inspectionkit.model.framework.StandardCode;
import org.inspectionkit.model.inspection.FieldworkPeriod;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.inspection.InspectionId;
import org.inspectionkit.model.inspection.InspectionStatus;
import org.inspectionkit.model.provider.Provider;
import org.inspectionkit.model.provider.ProviderId;
import org.inspectionkit.model.provider.ProviderType;
import org.inspectionkit.model.recommendation.Progress;
import org.inspectionkit.model.recommendation.ProgressAssessment;
import org.inspectionkit.model.recommendation.Recommendation;
import org.inspectionkit.model.recommendation.RecommendationId;
import org.inspectionkit.model.store.InspectionQuery;
import org.inspectionkit.model.store.InspectionStore;
import org.inspectionkit.model.store.InspectionSummary;
import org.inspectionkit.model.store.NotFoundException;
import org.inspectionkit.model.store.StoreException;
import org.inspectionkit.model.store.VersionConflictException;
import org.inspectionkit.model.store.Versioned;
import org.inspectionkit.testkit.ModelGenerators;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/**
 * The contract every {@link InspectionStore} must pass. An adapter's test extends this class and implements
 * {@link #newStore()}; JUnit runs every test below against it:
 *
 * <pre>{@code
 * class MyInspectionStoreTest extends InspectionStoreContract {
 *   @Override
 *   protected InspectionStore newStore() {
 *     return new MyInspectionStore(...); // empty
 *   }
 * }
 * }</pre>
 *
 * <p>Generated examples come from {@link ModelGenerators#inspections()} with a fixed seed, so a run is
 * repeatable; set the system property {@code qt.seed} to explore others. Each generated example gets a new store.
 * An adapter that can make a save fail part-way overrides {@link #failureInjector()}; otherwise the tests that
 * need it are skipped, saying why. No test measures time; the concurrency tests wait at most a few minutes only so
 * that a deadlocked adapter fails instead of hanging the build.
 */
public abstract class InspectionStoreContract {

  private static final long SEED = Long.getLong("qt.seed", 20_190_902L);
  private static final int LARGE_INSPECTION_CASES = 3_000;
  private static final int WRITERS = 8;
  private static final LocalDate DAY = LocalDate.of(2019, 9, 2);

  private InspectionStore store;

  /** For subclasses. */
  protected InspectionStoreContract() {}

  /**
   * A new, empty store. Called before each test and for each generated example; the store may share its storage
   * with earlier ones (a database schema, say) as long as it starts empty.
   *
   * @return the store
   */
  protected abstract InspectionStore newStore();

  /**
   * The means to make the next save of the store last returned by {@link #newStore()} fail part-way, if the
   * adapter can simulate that; empty (the default) skips the tests that need it.
   *
   * @return the failure injector, or empty
   */
  protected Optional<FailureInjector> failureInjector() {
    return Optional.empty();
  }

  /**
   * The store under test in the current test, made by {@link #newStore()} before it.
   *
   * @return the store
   */
  protected final InspectionStore store() {
    return store;
  }

  /** Makes the store for the next test. */
  @BeforeEach
  public final void createStore() {
    store = newStore();
  }

  private static QuickTheory qt(int examples) {
    return QuickTheory.qt().withFixedSeed(SEED).withExamples(examples);
  }

  // ------------------------------------------------------------------------------------------------ round trips

  /** A generated inspection, inserted, is found equal at version 1, and the insert returns the same. */
  @Test
  public void insert_generatedInspections_areFoundEqualAtVersionOne() {
    qt(40)
        .forAll(ModelGenerators.inspections())
        .checkAssert(
            inspection -> {
              InspectionStore s = newStore();
              Versioned<Inspection> saved = s.insert(inspection);
              assertThat(saved).isEqualTo(Versioned.of(inspection, 1));
              assertThat(s.find(inspection.id())).contains(Versioned.of(inspection, 1));
              assertThat(s.load(inspection.id()).value()).isEqualTo(inspection);
            });
  }

  /**
   * An update replaces the whole aggregate: an inspection saved with no content, updated to a generated one, is
   * found equal to it at version 2; updated back, it is found with no content again at version 3.
   */
  @Test
  public void update_generatedInspections_replaceTheWholeAggregate() {
    qt(25)
        .forAll(ModelGenerators.inspections())
        .checkAssert(
            inspection -> {
              InspectionStore s = newStore();
              Inspection bare = headerOf(inspection);
              s.insert(bare);
              assertThat(s.update(inspection, 1)).isEqualTo(Versioned.of(inspection, 2));
              assertThat(s.load(inspection.id())).isEqualTo(Versioned.of(inspection, 2));
              assertThat(s.update(bare, 2)).isEqualTo(Versioned.of(bare, 3));
              assertThat(s.load(inspection.id())).isEqualTo(Versioned.of(bare, 3));
            });
  }

  /** A large inspection (a few thousand cases, twelve answers each) is saved and found whole. */
  @Test
  public void insert_largeInspection_isFoundEqual() {
    Inspection large =
        LargeInspections.withCases(
            InspectionId.of("crc-large-2019-20"), ProviderId.of("crc-large"), LARGE_INSPECTION_CASES);

    store.insert(large);
    Versioned<Inspection> loaded = store.load(large.id());

    assertThat(loaded.version()).isEqualTo(1);
    assertThat(loaded.value().cases()).hasSize(LARGE_INSPECTION_CASES);
    assertThat(loaded.value().assessments()).hasSize(LARGE_INSPECTION_CASES);
    assertThat(loaded.value()).isEqualTo(large);
  }

  /**
   * Edge values survive a round trip: free text at its longest and with quotes, newlines, tabs and characters
   * outside the basic plane; entries that share a sort key (two interviews of one case, two forum meetings on one
   * day) keep their order; empty lists and zero counts stay as they were.
   */
  @Test
  public void insert_edgeValues_areFoundEqual() {
    Inspection edge = edgeValues();

    store.insert(edge);

    assertThat(store.load(edge.id()).value()).isEqualTo(edge);
  }

  // ---------------------------------------------------------------------------------------------------- listing

  /** An empty store lists nothing. */
  @Test
  public void list_emptyStore_isEmpty() {
    assertThat(store.list(InspectionQuery.all())).isEmpty();
  }

  /**
   * Every stored inspection is listed by cycle, then provider id, then id, in natural (code point) order whatever
   * the order of saving and whatever the storage's collation, with the summary of its stored version.
   */
  @Test
  public void list_all_ordersByCycleThenProviderThenId() {
    Inspection a = inspection("crc-b-2019-20", "crc-b", 2019);
    Inspection b = inspection("crca-2018-19", "crca", 2018);
    Inspection c = inspection("crc-b-2018-19", "crc-b", 2018);
    Inspection d = inspection("crc-b-2018-19-extra", "crc-b", 2018);
    Inspection e = inspection("aaa-2019-20", "zz-provider", 2019);
    for (Inspection i : List.of(e, a, d, b, c)) {
      store.insert(i);
    }

    assertThat(store.list(InspectionQuery.all()))
        .containsExactly(summary(c, 1), summary(d, 1), summary(b, 1), summary(a, 1), summary(e, 1));
  }

  /** A query by provider, by cycle, by status, or by provider and cycle lists only the matching inspections. */
  @Test
  public void list_query_filtersByProviderCycleAndStatus() {
    Inspection p18 = inspection("crc-p-2018-19", "crc-p", 2018).withStatus(InspectionStatus.PUBLISHED);
    Inspection p19 = inspection("crc-p-2019-20", "crc-p", 2019);
    Inspection q18 = inspection("crc-q-2018-19", "crc-q", 2018).withStatus(InspectionStatus.PUBLISHED);
    for (Inspection i : List.of(p18, p19, q18)) {
      store.insert(i);
    }

    assertThat(store.list(InspectionQuery.ofProvider(ProviderId.of("crc-p"))))
        .containsExactly(summary(p18, 1), summary(p19, 1));
    assertThat(store.list(InspectionQuery.ofCycle(Cycle.of(2018))))
        .containsExactly(summary(p18, 1), summary(q18, 1));
    assertThat(store.list(InspectionQuery.of(ProviderId.of("crc-q"), Cycle.of(2018))))
        .containsExactly(summary(q18, 1));
    assertThat(store.list(InspectionQuery.builder().status(InspectionStatus.PLANNED).build()))
        .containsExactly(summary(p19, 1));
    assertThat(store.list(InspectionQuery.ofProvider(ProviderId.of("crc-none")))).isEmpty();
  }

  /** After an update, the listing shows the new version and the new status. */
  @Test
  public void list_afterUpdate_showsTheStoredVersionAndStatus() {
    Inspection planned = inspection("crc-p-2019-20", "crc-p", 2019);
    store.insert(planned);
    Inspection fieldwork = planned.withStatus(InspectionStatus.FIELDWORK);

    store.update(fieldwork, 1);

    assertThat(store.list(InspectionQuery.all())).containsExactly(summary(fieldwork, 2));
  }

  // ---------------------------------------------------------------------------------------------------- versions

  /** Each update adds one to the version. */
  @Test
  public void update_eachSave_addsOneToTheVersion() {
    Inspection i = inspection("crc-p-2019-20", "crc-p", 2019);
    long version = store.insert(i).version();

    for (InspectionStatus status : InspectionStatus.values()) {
      version = store.update(i.withStatus(status), version).version();
    }

    assertThat(version).isEqualTo(1 + InspectionStatus.values().length);
    assertThat(store.load(i.id())).isEqualTo(Versioned.of(i.withStatus(InspectionStatus.PUBLISHED), version));
  }

  /**
   * An update based on a stale version fails with a conflict that names the inspection, the expected and the
   * stored version, and changes nothing.
   */
  @Test
  public void update_staleVersion_failsNamingBothVersionsAndChangesNothing() {
    Inspection v1 = inspection("crc-p-2019-20", "crc-p", 2019);
    store.insert(v1);
    Inspection v2 = v1.withStatus(InspectionStatus.FIELDWORK);
    store.update(v2, 1);
    Inspection stale = withCase(v1, "LATE-1");

    Throwable thrown = catchThrowable(() -> store.update(stale, 1));

    assertThat(thrown).isInstanceOf(VersionConflictException.class);
    VersionConflictException conflict = (VersionConflictException) thrown;
    assertThat(conflict.inspectionId()).isEqualTo(v1.id());
    assertThat(conflict.expectedVersion()).isEqualTo(1);
    assertThat(conflict.actualVersion()).isEqualTo(2);
    assertThat(conflict.recordKey()).isEqualTo("inspection crc-p-2019-20");
    assertThat(conflict.getMessage()).contains("crc-p-2019-20").contains("version 1").contains("version is 2");
    assertThat(store.load(v1.id())).isEqualTo(Versioned.of(v2, 2));
  }

  /** An update based on a version the store never reached fails with a conflict and changes nothing. */
  @Test
  public void update_versionAhead_failsAndChangesNothing() {
    Inspection v1 = inspection("crc-p-2019-20", "crc-p", 2019);
    store.insert(v1);

    assertThatThrownBy(() -> store.update(withCase(v1, "C-1"), 5))
        .isInstanceOfSatisfying(
            VersionConflictException.class,
            e -> {
              assertThat(e.expectedVersion()).isEqualTo(5);
              assertThat(e.actualVersion()).isEqualTo(1);
            });
    assertThat(store.load(v1.id())).isEqualTo(Versioned.of(v1, 1));
  }

  /** An update with an expected version below 1 is a programming error, rejected before the store is asked. */
  @Test
  public void update_versionBelowOne_isRejected() {
    Inspection v1 = inspection("crc-p-2019-20", "crc-p", 2019);
    store.insert(v1);

    assertThatThrownBy(() -> store.update(v1, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(store.load(v1.id())).isEqualTo(Versioned.of(v1, 1));
  }

  /** An update of an inspection that was never saved fails as not found, naming it, and stores nothing. */
  @Test
  public void update_unknownInspection_failsAsNotFound() {
    Inspection i = inspection("crc-p-2019-20", "crc-p", 2019);

    assertThatThrownBy(() -> store.update(i, 1))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("crc-p-2019-20");
    assertThat(store.find(i.id())).isEmpty();
  }

  /**
   * An insert of an id that is already stored fails with a conflict (expected version 0, actual the stored one)
   * and keeps the stored inspection.
   */
  @Test
  public void insert_existingId_failsAsConflictAndKeepsTheStoredInspection() {
    Inspection first = inspection("crc-p-2019-20", "crc-p", 2019);
    store.insert(first);
    store.update(first.withStatus(InspectionStatus.FIELDWORK), 1);
    Inspection second = withCase(first, "C-1");

    assertThatThrownBy(() -> store.insert(second))
        .isInstanceOfSatisfying(
            VersionConflictException.class,
            e -> {
              assertThat(e.inspectionId()).isEqualTo(first.id());
              assertThat(e.expectedVersion()).isZero();
              assertThat(e.actualVersion()).isEqualTo(2);
              assertThat(e.getMessage()).contains("crc-p-2019-20").contains("already exists");
            });
    assertThat(store.load(first.id())).isEqualTo(Versioned.of(first.withStatus(InspectionStatus.FIELDWORK), 2));
  }

  // --------------------------------------------------------------------------------------------------- not found

  /** Finding an id that was never saved gives nothing; loading it fails as not found, naming the id. */
  @Test
  public void load_unknownInspection_failsAsNotFoundNamingTheId() {
    InspectionId id = InspectionId.of("crc-none-2019-20");

    assertThat(store.find(id)).isEmpty();
    assertThatThrownBy(() -> store.load(id))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.recordKey()).isEqualTo("inspection crc-none-2019-20");
              assertThat(e.getMessage()).contains("crc-none-2019-20");
            });
  }

  // ------------------------------------------------------------------------------------------------------ delete

  /**
   * A delete at the stored version removes the inspection with its recommendations and progress assessments; the
   * id can then be inserted again, at version 1.
   */
  @Test
  public void delete_storedVersion_removesTheInspectionWhole() {
    Inspection large = LargeInspections.withCases(InspectionId.of("crc-p-2019-20"), ProviderId.of("crc-p"), 20);
    store.insert(large);
    RecommendationId made = large.recommendations().get(0).id();
    RecommendationId assessed = large.progressAssessments().get(0).recommendation();

    store.delete(large.id(), 1);

    assertThat(store.find(large.id())).isEmpty();
    assertThat(store.list(InspectionQuery.all())).isEmpty();
    assertThat(store.recommendation(made)).isEmpty();
    assertThat(store.recommendationsFor(ProviderId.of("crc-p"))).isEmpty();
    assertThat(store.progressAssessmentsOf(assessed)).isEmpty();
    assertThat(store.insert(large).version()).isEqualTo(1);
    assertThat(store.load(large.id())).isEqualTo(Versioned.of(large, 1));
  }

  /** A delete at a stale version fails with a conflict and keeps the inspection; an unknown id is not found. */
  @Test
  public void delete_staleVersionOrUnknownId_failsAndChangesNothing() {
    Inspection v1 = inspection("crc-p-2019-20", "crc-p", 2019);
    store.insert(v1);
    store.update(v1, 1);

    assertThatThrownBy(() -> store.delete(v1.id(), 1))
        .isInstanceOfSatisfying(
            VersionConflictException.class, e -> assertThat(e.actualVersion()).isEqualTo(2));
    assertThatThrownBy(() -> store.delete(InspectionId.of("crc-none"), 1)).isInstanceOf(NotFoundException.class);
    assertThat(store.load(v1.id())).isEqualTo(Versioned.of(v1, 2));
  }

  // ------------------------------------------------------------------------------------------------- concurrency

  /**
   * Writers on one inspection lose no update: several threads each add a case, reloading and retrying on every
   * conflict; at the end every case is there and the version is 1 plus the number of writers.
   *
   * @throws Exception if a writer fails
   */
  @Test
  public void update_concurrentWriters_loseNoUpdate() throws Exception {
    Inspection base = inspection("crc-p-2019-20", "crc-p", 2019);
    store.insert(base);
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> writers = new ArrayList<>();
      for (int w = 0; w < WRITERS; w++) {
        String ref = "W-" + w;
        writers.add(
            pool.submit(
                () -> {
                  start.await();
                  for (int attempt = 0; attempt < 10_000; attempt++) {
                    Versioned<Inspection> current = store.load(base.id());
                    try {
                      store.update(withCase(current.value(), ref), current.version());
                      return attempt;
                    } catch (VersionConflictException e) {
                      // Another writer got there first: reload and redo the change.
                    }
                  }
                  throw new AssertionError("writer " + ref + " never got its update in");
                }));
      }
      start.countDown();
      for (Future<Integer> w : writers) {
        w.get(5, TimeUnit.MINUTES); // hang guard only: a deadlocked store fails instead of hanging the build
      }
    } finally {
      pool.shutdownNow();
    }

    Versioned<Inspection> last = store.load(base.id());
    assertThat(last.version()).isEqualTo(1 + WRITERS);
    assertThat(last.value().cases().stream().map(c -> c.ref().value()).collect(Collectors.toList()))
        .containsExactlyInAnyOrderElementsOf(
            IntStream.range(0, WRITERS).mapToObj(w -> "W-" + w).collect(Collectors.toList()));
    assertThat(last.value().assessments()).hasSize(WRITERS);
  }

  /**
   * A reader never sees half a save: while one thread updates an inspection back and forth between two different
   * contents, another loads it again and again, and every load is one of the two whole contents, the one its
   * version says (odd versions the first, even the second).
   *
   * @throws Exception if the writer or the reader fails
   */
  @Test
  public void find_duringConcurrentUpdates_returnsWholeVersionsOnly() throws Exception {
    Inspection odd = LargeInspections.withCases(InspectionId.of("crc-p-2019-20"), ProviderId.of("crc-p"), 40);
    Inspection even =
        Inspection.builder()
            .from(LargeInspections.withCases(InspectionId.of("crc-p-2019-20"), ProviderId.of("crc-p"), 60))
            .status(InspectionStatus.PUBLISHED)
            .build();
    store.insert(odd);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<Integer> writer =
          pool.submit(
              () -> {
                for (long version = 1; version <= 60; version++) {
                  store.update(version % 2 == 1 ? even : odd, version);
                }
                return 60;
              });
      Future<Integer> reader =
          pool.submit(
              () -> {
                int loads = 0;
                do {
                  Versioned<Inspection> seen = store.load(odd.id());
                  assertThat(seen.value()).isEqualTo(seen.version() % 2 == 1 ? odd : even);
                  loads++;
                } while (!writer.isDone());
                return loads;
              });
      writer.get(5, TimeUnit.MINUTES); // hang guards only
      assertThat(reader.get(5, TimeUnit.MINUTES)).isPositive();
    } finally {
      pool.shutdownNow();
    }
    assertThat(store.load(odd.id())).isEqualTo(Versioned.of(odd, 61));
  }

  /**
   * Concurrent inserts of one id store exactly one of them; the others fail with a conflict.
   *
   * @throws Exception if an inserting thread fails otherwise
   */
  @Test
  public void insert_concurrentInsertsOfOneId_storeExactlyOne() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    List<Inspection> candidates = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      candidates.add(withCase(inspection("crc-p-2019-20", "crc-p", 2019), "W-" + w));
    }
    List<Boolean> outcomes = new ArrayList<>();
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Boolean>> inserts = new ArrayList<>();
      for (Inspection candidate : candidates) {
        inserts.add(
            pool.submit(
                () -> {
                  start.await();
                  try {
                    store.insert(candidate);
                    return true;
                  } catch (VersionConflictException e) {
                    return false;
                  }
                }));
      }
      start.countDown();
      for (Future<Boolean> f : inserts) {
        outcomes.add(f.get(5, TimeUnit.MINUTES)); // hang guard only
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(outcomes).containsOnlyOnce(true);
    Inspection winner = candidates.get(outcomes.indexOf(true));
    assertThat(store.load(winner.id())).isEqualTo(Versioned.of(winner, 1));
  }

  // --------------------------------------------------------------------------------------------- partial failure

  /**
   * An update that fails part-way leaves the previous version intact, and the store accepts the next update of
   * that version. Needs a {@link #failureInjector()}.
   */
  @Test
  public void update_failurePartWay_leavesThePreviousVersionIntact() {
    FailureInjector injector = requireFailureInjector();
    Inspection v1 = LargeInspections.withCases(InspectionId.of("crc-p-2019-20"), ProviderId.of("crc-p"), 50);
    store.insert(v1);
    Inspection changed = withCase(v1, "LATE-1").withStatus(InspectionStatus.PUBLISHED);

    injector.failNextSave();
    Throwable thrown = catchThrowable(() -> store.update(changed, 1));

    assertThat(thrown).isInstanceOf(StoreException.class).isNotInstanceOf(VersionConflictException.class);
    assertThat(store.load(v1.id())).isEqualTo(Versioned.of(v1, 1));
    assertThat(store.list(InspectionQuery.all())).containsExactly(summary(v1, 1));
    assertThat(store.update(changed, 1)).isEqualTo(Versioned.of(changed, 2));
    assertThat(store.load(v1.id())).isEqualTo(Versioned.of(changed, 2));
  }

  /**
   * An insert that fails part-way stores nothing, and the same insert succeeds afterwards. Needs a
   * {@link #failureInjector()}.
   */
  @Test
  public void insert_failurePartWay_storesNothing() {
    FailureInjector injector = requireFailureInjector();
    Inspection i = LargeInspections.withCases(InspectionId.of("crc-p-2019-20"), ProviderId.of("crc-p"), 50);

    injector.failNextSave();
    Throwable thrown = catchThrowable(() -> store.insert(i));

    assertThat(thrown).isInstanceOf(StoreException.class).isNotInstanceOf(VersionConflictException.class);
    assertThat(store.find(i.id())).isEmpty();
    assertThat(store.list(InspectionQuery.all())).isEmpty();
    assertThat(store.recommendationsFor(i.provider().id())).isEmpty();
    assertThat(store.insert(i)).isEqualTo(Versioned.of(i, 1));
    assertThat(store.load(i.id())).isEqualTo(Versioned.of(i, 1));
  }

  private FailureInjector requireFailureInjector() {
    Optional<FailureInjector> injector = failureInjector();
    Assumptions.assumeTrue(
        injector.isPresent(),
        getClass().getSimpleName() + " supplies no FailureInjector: this store cannot simulate a failure part-way"
            + " through a save, so the partial-failure contract is not checked for it");
    return injector.get();
  }

  // --------------------------------------------------------------------------------------------- recommendations

  /**
   * Recommendations made in 2018-19 are followed up in 2019-20: the store finds the recommendations made for a
   * provider across its inspections (earlier cycles first), each recommendation by id, and the progress
   * assessments of a recommendation made by any inspection, including one of a reorganised provider.
   */
  @Test
  public void recommendations_madeAndAssessedInDifferentInspections_areFoundAcrossThem() {
    InspectionId p18 = InspectionId.of("crc-p-2018-19");
    InspectionId p19 = InspectionId.of("crc-p-2019-20");
    InspectionId q18 = InspectionId.of("crc-q-2018-19");
    InspectionId region = InspectionId.of("region-east-2019-20");
    Inspection first =
        Inspection.builder()
            .from(inspection(p18.value(), "crc-p", 2018))
            .addRecommendation(recommendation(p18, 2, "2.1.3"))
            .addRecommendation(recommendation(p18, 1, "1.4"))
            .build();
    Inspection second =
        Inspection.builder()
            .from(inspection(p19.value(), "crc-p", 2019))
            .previousInspection(p18)
            .addRecommendation(recommendation(p19, 1, "2.3.3.b"))
            .addProgressAssessment(progress(RecommendationId.of(p18, 1), p19, Progress.SUFFICIENT))
            .addProgressAssessment(progress(RecommendationId.of(p18, 2), p19, Progress.NO_PROGRESS))
            .build();
    Inspection other =
        Inspection.builder()
            .from(inspection(q18.value(), "crc-q", 2018))
            .addRecommendation(recommendation(q18, 1, "2.1"))
            .build();
    Inspection reorganised =
        Inspection.builder()
            .from(inspection(region.value(), "region-east", 2019))
            .addProgressAssessment(progress(RecommendationId.of(p18, 1), region, Progress.INSUFFICIENT))
            .build();
    for (Inspection i : List.of(reorganised, second, other, first)) {
      store.insert(i);
    }

    assertThat(store.recommendationsFor(ProviderId.of("crc-p")))
        .containsExactly(
            first.recommendations().get(0), first.recommendations().get(1), second.recommendations().get(0));
    assertThat(store.recommendationsFor(ProviderId.of("crc-q"))).containsExactlyElementsOf(other.recommendations());
    assertThat(store.recommendationsFor(ProviderId.of("crc-none"))).isEmpty();
    assertThat(store.recommendation(RecommendationId.of(p18, 2))).contains(first.recommendations().get(1));
    assertThat(store.recommendation(RecommendationId.of(p18, 9))).isEmpty();
    assertThat(store.recommendation(RecommendationId.of(InspectionId.of("crc-none"), 1))).isEmpty();
    assertThat(store.progressAssessmentsOf(RecommendationId.of(p18, 1)))
        .containsExactly(second.progressAssessments().get(0), reorganised.progressAssessments().get(0));
    assertThat(store.progressAssessmentsOf(RecommendationId.of(p18, 2)))
        .containsExactly(second.progressAssessments().get(1));
    assertThat(store.progressAssessmentsOf(RecommendationId.of(p19, 1))).isEmpty();
  }

  // ------------------------------------------------------------------------------------------------------ helpers

  private static Inspection inspection(String id, String provider, int cycle) {
    return Inspection.builder()
        .id(id)
        .provider(Provider.of(ProviderId.of(provider), "Provider " + provider, ProviderType.CRC))
        .frameworkId("probation-" + Cycle.of(cycle))
        .cycle(Cycle.of(cycle))
        .build();
  }

  private static InspectionSummary summary(Inspection i, long version) {
    return InspectionSummary.from(Versioned.of(i, version));
  }

  private static Inspection headerOf(Inspection i) {
    return Inspection.builder()
        .id(i.id())
        .provider(i.provider())
        .frameworkId(i.frameworkId())
        .cycle(i.cycle())
        .status(i.status())
        .fieldwork(i.fieldwork())
        .previousInspection(i.previousInspection())
        .build();
  }

  private static Inspection withCase(Inspection i, String ref) {
    return Inspection.builder()
        .from(i)
        .addCase(InspectedCase.of(CaseRef.of(ref), SampleKind.DOMAIN_TWO))
        .addAssessment(
            CaseAssessment.builder()
                .caseRef(ref)
                .assessor("insp-01")
                .assessedOn(DAY)
                .putAnswer("2.1.1", Answer.YES)
                .build())
        .build();
  }

  private static Recommendation recommendation(InspectionId made, int number, String target) {
    return Recommendation.builder()
        .inspection(made)
        .number(number)
        .target(target)
        .text("Recommendation " + number + " of " + made)
        .addressedTo("The provider")
        .build();
  }

  private static ProgressAssessment progress(RecommendationId r, InspectionId assessedIn, Progress progress) {
    return ProgressAssessment.builder()
        .recommendation(r)
        .assessedIn(assessedIn)
        .progress(progress)
        .addEvidenceOfResult("Result seen in " + assessedIn)
        .build();
  }

  private static Inspection edgeValues() {
    InspectionId id = InspectionId.of("e" + "-".repeat(62) + "9");
    String longText = "Ünïcödé 🙂 “quoted” 'single' \"double\" back\\slash\ttab\nnew line; -- ".repeat(400);
    String longest = cut(longText, 20_000);
    // Names and labels are one line: the same characters without the tab and the line break.
    String longestName = longest.replace('\t', ' ').replace('\n', ' ');
    CaseRef longRef = CaseRef.of("Z" + "_-".repeat(19) + "9");
    CaseRef plain = CaseRef.of("0");
    return Inspection.builder()
        .id(id)
        .provider(
            Provider.builder()
                .id(ProviderId.of("p"))
                .name("O'Brien & Sons \"CRC\"")
                .type(ProviderType.of("user-defined-type"))
                .area(cut(longestName, 500))
                .build())
        .frameworkId("f")
        .cycle(Cycle.of(1900))
        .status(InspectionStatus.PUBLISHED)
        .fieldwork(FieldworkPeriod.of(LocalDate.of(2020, 2, 29), 12))
        .addCase(
            InspectedCase.builder()
                .ref(longRef)
                .sample(SampleKind.of("a" + "-".repeat(63)))
                .startDate(LocalDate.of(1970, 1, 1))
                .putAttribute("a" + "-".repeat(39), cut(longestName, 100))
                .putDiversity("z9", "' OR 1=1 --")
                .build())
        .addCase(InspectedCase.of(plain, SampleKind.THROUGH_THE_GATE))
        .addAssessment(
            CaseAssessment.builder()
                .caseRef(longRef)
                .assessor("A" + ".".repeat(39))
                .assessedOn(LocalDate.of(2999, 12, 31))
                .putAnswer(KeyQuestionCode.of(99, 99, 99), Answer.NOT_APPLICABLE)
                .putAnswer(KeyQuestionCode.of(2, 10, 1), Answer.NO)
                .putAnswer(KeyQuestionCode.of(2, 9, 1), Answer.YES)
                .putPromptAnswer(KeyQuestionCode.of(99, 99, 99).prompt('z'), Answer.YES)
                .build())
        .addInterview(ServiceUserInterview.of(longRef, InterviewOutcome.OFFERED))
        .addInterview(
            ServiceUserInterview.builder().caseRef(plain).outcome(InterviewOutcome.DECLINED).date(DAY).build())
        .addInterview(ServiceUserInterview.builder().caseRef(longRef).outcome(InterviewOutcome.DONE)
            .addThemes(org.inspectionkit.model.casework.InterviewTheme.of("a-user-defined-theme"),
                org.inspectionkit.model.casework.InterviewTheme.HELP_WITH_NEEDS)
            .build())
        .addInterview(ServiceUserInterview.of(longRef, InterviewOutcome.OFFERED))
        .addForumMeeting(ServiceUserForumMeeting.builder().date(DAY).forum("Second forum").attendees(0).build())
        .addForumMeeting(
            ServiceUserForumMeeting.builder().date(DAY).forum("First forum").notes(longest).build())
        .addForumMeeting(ServiceUserForumMeeting.builder().date(DAY.minusDays(1)).forum("Earlier").build())
        .addEvidenceSubmission(EvidenceSubmission.builder().keyQuestion("1.4.4").build())
        .addEvidenceSubmission(
            EvidenceSubmission.builder()
                .keyQuestion("1.1.1")
                .addItem(EvidenceItem.of("Same title"))
                .addItem(
                    EvidenceItem.builder()
                        .title(cut(longestName, 500))
                        .description(cut(longest, 4_000))
                        .documentRef(cut(longestName, 500))
                        .build())
                .addItem(EvidenceItem.of("Same title"))
                .narrative(longest)
                .build())
        .addUnpaidWorkEvidence(UnpaidWorkEvidence.of(UnpaidWorkMethod.SITE_VISIT, "second given, no date"))
        .addUnpaidWorkEvidence(UnpaidWorkEvidence.of(UnpaidWorkMethod.SITE_VISIT, longest))
        .addUnpaidWorkEvidence(
            UnpaidWorkEvidence.builder().method(UnpaidWorkMethod.SITE_VISIT).date(DAY).summary("dated").build())
        .addJudgement(
            StandardJudgement.builder()
                .standard("1.1")
                .rating(Rating.OUTSTANDING)
                .rationale(longest)
                .addCitedElement("2.1")
                .addCitedElement("2.10.1")
                .addCitedElement("2.9.1.c")
                .addCitedElement("3")
                .addCitedCase(longRef)
                .addCitedCase(plain)
                .addCitedRecommendation(RecommendationId.of(InspectionId.of("p-2018-19"), 12))
                .addCitedRecommendation(RecommendationId.of(InspectionId.of("p-2018-19"), 2))
                .build())
        .addJudgement(
            StandardJudgement.builder().standard("1.2").rating(Rating.INADEQUATE).rationale("x").build())
        .addOverride(RatingOverride.of(StandardCode.parse("2.1"), Rating.INADEQUATE, Rating.OUTSTANDING, longest))
        .addQualitativeAdjustment(
            org.inspectionkit.model.evidence.QualitativeAdjustment.builder()
                .standard(StandardCode.parse("3.1"))
                .caseData(Rating.OUTSTANDING)
                .rating(Rating.GOOD)
                .addCitedMethods(UnpaidWorkMethod.SITE_VISIT, UnpaidWorkMethod.WORKER_INTERVIEW)
                .citesOutcomes(true)
                .inspector("i")
                .reason(longest)
                .build())
        .unpaidWorkOutcomes(
            org.inspectionkit.model.evidence.UnpaidWorkOutcomes.builder()
                .periodStart(LocalDate.of(2018, 7, 1))
                .periodEnd(LocalDate.of(2019, 6, 30))
                .ordersMade(Integer.MAX_VALUE)
                .hoursWorked(0)
                .ordersCompleted(7)
                .completedWithinTwelveMonths(7)
                .build())
        .addRecommendation(
            Recommendation.builder()
                .inspection(id)
                .number(999_999)
                .target("99.99.99.z")
                .text(cut(longest, 4_000))
                .addressedTo(cut(longestName, 200))
                .build())
        .addProgressAssessment(
            ProgressAssessment.builder()
                .recommendation(RecommendationId.of(InspectionId.of("p-2018-19"), 1))
                .assessedIn(id)
                .progress(Progress.INSUFFICIENT)
                .build())
        .addProgressAssessment(
            ProgressAssessment.builder()
                .recommendation(RecommendationId.of(InspectionId.of("p-2018-19"), 2))
                .assessedIn(id)
                .progress(Progress.SUFFICIENT)
                .addEvidenceOfResult("same")
                .addEvidenceOfResult(cut(longest, 4_000))
                .addEvidenceOfResult("same")
                .commentary(cut(longest, 4_000))
                .build())
        .build();
  }

  /** The first {@code length} characters of {@code text}, never ending on half of a surrogate pair. */
  private static String cut(String text, int length) {
    String s = text.substring(0, length);
    return Character.isHighSurrogate(s.charAt(length - 1)) ? s.substring(0, length - 1) + "x" : s;
  }
}
