package org.inspectionkit.testkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
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
import org.junit.jupiter.api.AfterEach;
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
 * An adapter that can make a save fail part-way overrides {@link #failureInjector()}, which is given the store to
 * fail; otherwise the tests that need it are skipped, saying why. No test measures time; the concurrency tests wait
 * at most a few minutes only so that a deadlocked adapter fails instead of hanging the build.
 *
 * <p><b>Closing.</b> The contract closes every store it opened: the one made before each test and each one made
 * for a generated example. After each test, passed or failed, {@link #closeStores()} hands each of them, the latest
 * first, to {@link #closeStore(InspectionStore)}, which closes a store that is {@link AutoCloseable} and leaves any
 * other as it is; an adapter whose store is released some other way (through the file store or the connection pool
 * it was made from) overrides that hook. Every store is closed even if closing another fails; the first failure is
 * then thrown with the others added to it as suppressed. As JUnit runs a superclass's {@code @AfterEach} methods
 * after the subclass's own, the stores are closed after the adapter's own clean-up methods have run.
 *
 * <p><b>Failure messages.</b> Every assertion says what it checks in the inspectorate's words, naming ids and
 * versions but no case data, such as {@code [inspection crc-p-2019-20 after the refused update at stale version 1
 * is still the version 2 stored before it]}; AssertJ then prints the expected and the actual value.
 *
 * <p>A contract instance is one test's fixture, used by one thread at a time (its tests start their own threads).
 */
public abstract class InspectionStoreContract {

  private static final long SEED = Long.getLong("qt.seed", 20_190_902L);
  private static final int LARGE_INSPECTION_CASES = 3_000;
  private static final int WRITERS = 8;
  private static final LocalDate DAY = LocalDate.of(2019, 9, 2);

  private final List<InspectionStore> opened = new ArrayList<>();
  private InspectionStore store;

  /** For subclasses. */
  protected InspectionStoreContract() {}

  /**
   * A new, empty store. Called before each test and for each generated example; the store may share its storage
   * with earlier ones (a database schema, say) as long as it starts empty. The contract closes it after the test
   * through {@link #closeStore(InspectionStore)}.
   *
   * @return the store
   */
  protected abstract InspectionStore newStore();

  /**
   * The means to make the next save of a store made by {@link #newStore()} fail part-way, if the adapter can
   * simulate that; empty (the default) skips the tests that need it. The contract passes it the store to fail.
   *
   * @return the failure injector, or empty
   */
  protected Optional<FailureInjector<InspectionStore>> failureInjector() {
    return Optional.empty();
  }

  /**
   * Closes one store that {@link #newStore()} made, after the test that used it. The default closes a store that
   * is {@link AutoCloseable} and does nothing to any other; an adapter whose store is released through something
   * else (the file store or the connection pool it was made from) overrides it to release that.
   *
   * @param store a store made by {@link #newStore()}, closed once
   * @throws Exception if the store cannot be closed
   */
  protected void closeStore(InspectionStore store) throws Exception {
    if (store instanceof AutoCloseable) {
      ((AutoCloseable) store).close();
    }
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
    store = openStore();
  }

  /**
   * Closes every store made by {@link #newStore()} since the last call, the latest first, through
   * {@link #closeStore(InspectionStore)}. Runs after every test, whether it passed or failed.
   *
   * @throws Exception the first failure to close a store, with those of the other stores suppressed in it
   */
  @AfterEach
  public final void closeStores() throws Exception {
    List<InspectionStore> toClose = new ArrayList<>(opened);
    opened.clear();
    Collections.reverse(toClose);
    StoreClosing.closeAll(toClose, this::closeStore);
  }

  /** A new store from {@link #newStore()}, recorded to be closed after the test. */
  private InspectionStore openStore() {
    InspectionStore made =
        Objects.requireNonNull(newStore(), () -> getClass().getName() + ".newStore() returned null");
    if (opened.stream().noneMatch(s -> s == made)) {
      opened.add(made);
    }
    return made;
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
              InspectionStore s = openStore();
              InspectionId id = inspection.id();
              Versioned<Inspection> saved = s.insert(inspection);
              assertThat(saved)
                  .as("insert of new inspection %s returns the inspection inserted, at version 1", id)
                  .isEqualTo(Versioned.of(inspection, 1));
              assertThat(s.find(id))
                  .as("inspection %s found after insert is the inspection inserted, at version 1", id)
                  .contains(Versioned.of(inspection, 1));
              assertThat(s.load(id).value())
                  .as("inspection %s loaded after insert is the inspection inserted", id)
                  .isEqualTo(inspection);
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
              InspectionStore s = openStore();
              InspectionId id = inspection.id();
              Inspection bare = headerOf(inspection);
              s.insert(bare);
              assertThat(s.update(inspection, 1))
                  .as("update of inspection %s from no content (version 1) to its full content returns that"
                      + " content at version 2", id)
                  .isEqualTo(Versioned.of(inspection, 2));
              assertThat(s.load(id))
                  .as("inspection %s loaded after the update to its full content is that content, at version 2", id)
                  .isEqualTo(Versioned.of(inspection, 2));
              assertThat(s.update(bare, 2))
                  .as("update of inspection %s back to no content returns it with no content at version 3", id)
                  .isEqualTo(Versioned.of(bare, 3));
              assertThat(s.load(id))
                  .as("inspection %s loaded after the update back to no content has no cases, assessments,"
                      + " evidence, judgements or recommendations left, at version 3", id)
                  .isEqualTo(Versioned.of(bare, 3));
            });
  }

  /** A large inspection (a few thousand cases, twelve answers each) is saved and found whole. */
  @Test
  public void insert_largeInspection_isFoundEqual() {
    Inspection large =
        LargeInspections.withCases(
            InspectionId.of("crc-large-2019-20"), ProviderId.of("crc-large"), LARGE_INSPECTION_CASES);
    InspectionId id = large.id();

    store.insert(large);
    Versioned<Inspection> loaded = store.load(id);

    assertThat(loaded.version()).as("version of large inspection %s loaded after insert", id).isEqualTo(1);
    assertThat(loaded.value().cases())
        .as("cases of large inspection %s loaded after insert", id)
        .hasSize(LARGE_INSPECTION_CASES);
    assertThat(loaded.value().assessments())
        .as("case assessments of large inspection %s loaded after insert", id)
        .hasSize(LARGE_INSPECTION_CASES);
    assertThat(loaded.value())
        .as("large inspection %s loaded after insert is the inspection inserted, every answer included", id)
        .isEqualTo(large);
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

    assertThat(store.load(edge.id()).value())
        .as("inspection %s of edge values (longest free text, quotes, line breaks, characters outside the basic"
            + " plane, entries sharing a sort key, empty lists, zero counts) loaded after insert is the inspection"
            + " inserted", edge.id())
        .isEqualTo(edge);
  }

  // ---------------------------------------------------------------------------------------------------- listing

  /** An empty store lists nothing. */
  @Test
  public void list_emptyStore_isEmpty() {
    assertThat(store.list(InspectionQuery.all())).as("listing of every inspection in an empty store").isEmpty();
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
        .as("listing of every inspection, saved out of order: by cycle, then provider id, then inspection id, in"
            + " code point order, each at version 1")
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
    ProviderId crcP = ProviderId.of("crc-p");
    ProviderId crcQ = ProviderId.of("crc-q");
    ProviderId none = ProviderId.of("crc-none");
    Cycle cycle = Cycle.of(2018);

    assertThat(store.list(InspectionQuery.ofProvider(crcP)))
        .as("listing by provider %s", crcP)
        .containsExactly(summary(p18, 1), summary(p19, 1));
    assertThat(store.list(InspectionQuery.ofCycle(cycle)))
        .as("listing by cycle %s", cycle)
        .containsExactly(summary(p18, 1), summary(q18, 1));
    assertThat(store.list(InspectionQuery.of(crcQ, cycle)))
        .as("listing by provider %s and cycle %s", crcQ, cycle)
        .containsExactly(summary(q18, 1));
    assertThat(store.list(InspectionQuery.builder().status(InspectionStatus.PLANNED).build()))
        .as("listing by status %s", InspectionStatus.PLANNED)
        .containsExactly(summary(p19, 1));
    assertThat(store.list(InspectionQuery.ofProvider(none)))
        .as("listing by provider %s, which has no inspection", none)
        .isEmpty();
  }

  /** After an update, the listing shows the new version and the new status. */
  @Test
  public void list_afterUpdate_showsTheStoredVersionAndStatus() {
    Inspection planned = inspection("crc-p-2019-20", "crc-p", 2019);
    store.insert(planned);
    Inspection fieldwork = planned.withStatus(InspectionStatus.FIELDWORK);

    store.update(fieldwork, 1);

    assertThat(store.list(InspectionQuery.all()))
        .as("listing of every inspection after inspection %s is updated to %s: its summary at version 2, with"
            + " the new status", planned.id(), InspectionStatus.FIELDWORK)
        .containsExactly(summary(fieldwork, 2));
  }

  // ---------------------------------------------------------------------------------------------------- versions

  /** Each update adds one to the version. */
  @Test
  public void update_eachSave_addsOneToTheVersion() {
    Inspection i = inspection("crc-p-2019-20", "crc-p", 2019);
    int updates = InspectionStatus.values().length;
    long version = store.insert(i).version();

    for (InspectionStatus status : InspectionStatus.values()) {
      version = store.update(i.withStatus(status), version).version();
    }

    assertThat(version)
        .as("version of inspection %s after its insert and %d updates", i.id(), updates)
        .isEqualTo(1 + updates);
    assertThat(store.load(i.id()))
        .as("inspection %s loaded after its last update is the content of that update, at the version it"
            + " returned", i.id())
        .isEqualTo(Versioned.of(i.withStatus(InspectionStatus.PUBLISHED), version));
  }

  /**
   * An update based on a stale version fails with a conflict that names the inspection, the expected and the
   * stored version, and changes nothing.
   */
  @Test
  public void update_staleVersion_failsNamingBothVersionsAndChangesNothing() {
    Inspection v1 = inspection("crc-p-2019-20", "crc-p", 2019);
    InspectionId id = v1.id();
    store.insert(v1);
    Inspection v2 = v1.withStatus(InspectionStatus.FIELDWORK);
    store.update(v2, 1);
    Inspection stale = withCase(v1, "LATE-1");

    Throwable thrown = catchThrowable(() -> store.update(stale, 1));

    assertThat(thrown)
        .as("an update of inspection %s at stale version 1, when version 2 is stored, is refused as a version"
            + " conflict", id)
        .isInstanceOf(VersionConflictException.class);
    VersionConflictException conflict = (VersionConflictException) thrown;
    assertThat(conflict.inspectionId()).as("inspection the version conflict names").isEqualTo(id);
    assertThat(conflict.expectedVersion())
        .as("expected version the conflict of inspection %s names: the stale version the update was based on", id)
        .isEqualTo(1);
    assertThat(conflict.actualVersion())
        .as("actual version the conflict of inspection %s names: the version stored", id)
        .isEqualTo(2);
    assertThat(conflict.recordKey())
        .as("record key of the version conflict of inspection %s", id)
        .isEqualTo("inspection crc-p-2019-20");
    assertThat(conflict.getMessage())
        .as("message of the version conflict of inspection %s names the inspection and both versions", id)
        .contains("crc-p-2019-20")
        .contains("version 1")
        .contains("version is 2");
    assertThat(store.load(id))
        .as("inspection %s after the refused update at stale version 1 is still the version 2 stored before it", id)
        .isEqualTo(Versioned.of(v2, 2));
  }

  /** An update based on a version the store never reached fails with a conflict and changes nothing. */
  @Test
  public void update_versionAhead_failsAndChangesNothing() {
    Inspection v1 = inspection("crc-p-2019-20", "crc-p", 2019);
    InspectionId id = v1.id();
    store.insert(v1);

    Throwable thrown = catchThrowable(() -> store.update(withCase(v1, "C-1"), 5));

    assertThat(thrown)
        .as("an update of inspection %s at version 5, which the store never reached (it holds version 1), is"
            + " refused as a version conflict", id)
        .isInstanceOfSatisfying(
            VersionConflictException.class,
            e -> {
              assertThat(e.expectedVersion())
                  .as("expected version the conflict of inspection %s names: the version the update was based on",
                      id)
                  .isEqualTo(5);
              assertThat(e.actualVersion())
                  .as("actual version the conflict of inspection %s names: the version stored", id)
                  .isEqualTo(1);
            });
    assertThat(store.load(id))
        .as("inspection %s after the refused update at version 5 is still version 1 as inserted", id)
        .isEqualTo(Versioned.of(v1, 1));
  }

  /** An update with an expected version below 1 is a programming error, rejected before the store is asked. */
  @Test
  public void update_versionBelowOne_isRejected() {
    Inspection v1 = inspection("crc-p-2019-20", "crc-p", 2019);
    InspectionId id = v1.id();
    store.insert(v1);

    Throwable thrown = catchThrowable(() -> store.update(v1, 0));

    assertThat(thrown)
        .as("an update of inspection %s at version 0 is rejected as an illegal argument (versions start at 1)", id)
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store.load(id))
        .as("inspection %s after the rejected update at version 0 is still version 1 as inserted", id)
        .isEqualTo(Versioned.of(v1, 1));
  }

  /** An update of an inspection that was never saved fails as not found, naming it, and stores nothing. */
  @Test
  public void update_unknownInspection_failsAsNotFound() {
    Inspection i = inspection("crc-p-2019-20", "crc-p", 2019);
    InspectionId id = i.id();

    Throwable thrown = catchThrowable(() -> store.update(i, 1));

    assertThat(thrown)
        .as("an update of inspection %s, which was never saved, fails as not found, naming it", id)
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("crc-p-2019-20");
    assertThat(store.find(id))
        .as("inspection %s found after the failed update: none, nothing was stored", id)
        .isEmpty();
  }

  /**
   * An insert of an id that is already stored fails with a conflict (expected version 0, actual the stored one)
   * and keeps the stored inspection.
   */
  @Test
  public void insert_existingId_failsAsConflictAndKeepsTheStoredInspection() {
    Inspection first = inspection("crc-p-2019-20", "crc-p", 2019);
    InspectionId id = first.id();
    store.insert(first);
    store.update(first.withStatus(InspectionStatus.FIELDWORK), 1);
    Inspection second = withCase(first, "C-1");

    Throwable thrown = catchThrowable(() -> store.insert(second));

    assertThat(thrown)
        .as("an insert of inspection %s, already stored at version 2, is refused as a version conflict", id)
        .isInstanceOfSatisfying(
            VersionConflictException.class,
            e -> {
              assertThat(e.inspectionId()).as("inspection the conflict of the insert names").isEqualTo(id);
              assertThat(e.expectedVersion())
                  .as("expected version the conflict of the insert of %s names: 0, for none stored", id)
                  .isZero();
              assertThat(e.actualVersion())
                  .as("actual version the conflict of the insert of %s names: the version stored", id)
                  .isEqualTo(2);
              assertThat(e.getMessage())
                  .as("message of the conflict of the insert names inspection %s and says it already exists", id)
                  .contains("crc-p-2019-20")
                  .contains("already exists");
            });
    assertThat(store.load(id))
        .as("inspection %s after the refused insert is still the version 2 stored before it", id)
        .isEqualTo(Versioned.of(first.withStatus(InspectionStatus.FIELDWORK), 2));
  }

  // --------------------------------------------------------------------------------------------------- not found

  /** Finding an id that was never saved gives nothing; loading it fails as not found, naming the id. */
  @Test
  public void load_unknownInspection_failsAsNotFoundNamingTheId() {
    InspectionId id = InspectionId.of("crc-none-2019-20");

    assertThat(store.find(id)).as("inspection %s, which was never saved, found: none", id).isEmpty();
    Throwable thrown = catchThrowable(() -> store.load(id));
    assertThat(thrown)
        .as("a load of inspection %s, which was never saved, fails as not found", id)
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.recordKey())
                  .as("record key of the not-found failure of inspection %s", id)
                  .isEqualTo("inspection crc-none-2019-20");
              assertThat(e.getMessage())
                  .as("message of the not-found failure names inspection %s", id)
                  .contains("crc-none-2019-20");
            });
  }

  // ------------------------------------------------------------------------------------------------------ delete

  /**
   * A delete at the stored version removes the inspection with its recommendations and progress assessments; the
   * id can then be inserted again, at version 1.
   */
  @Test
  public void delete_storedVersion_removesTheInspectionWhole() {
    ProviderId provider = ProviderId.of("crc-p");
    Inspection large = LargeInspections.withCases(InspectionId.of("crc-p-2019-20"), provider, 20);
    InspectionId id = large.id();
    store.insert(large);
    RecommendationId made = large.recommendations().get(0).id();
    RecommendationId assessed = large.progressAssessments().get(0).recommendation();

    store.delete(id, 1);

    assertThat(store.find(id)).as("inspection %s found after its delete at version 1: none", id).isEmpty();
    assertThat(store.list(InspectionQuery.all()))
        .as("listing of every inspection after the only one, %s, is deleted", id)
        .isEmpty();
    assertThat(store.recommendation(made))
        .as("recommendation %s, made by deleted inspection %s", made, id)
        .isEmpty();
    assertThat(store.recommendationsFor(provider))
        .as("recommendations made for provider %s after its only inspection, %s, is deleted", provider, id)
        .isEmpty();
    assertThat(store.progressAssessmentsOf(assessed))
        .as("progress assessments of recommendation %s after inspection %s, which held them, is deleted",
            assessed, id)
        .isEmpty();
    assertThat(store.insert(large).version())
        .as("version of inspection %s inserted again after its delete", id)
        .isEqualTo(1);
    assertThat(store.load(id))
        .as("inspection %s loaded after it is inserted again is the inspection inserted, at version 1", id)
        .isEqualTo(Versioned.of(large, 1));
  }

  /** A delete at a stale version fails with a conflict and keeps the inspection; an unknown id is not found. */
  @Test
  public void delete_staleVersionOrUnknownId_failsAndChangesNothing() {
    Inspection v1 = inspection("crc-p-2019-20", "crc-p", 2019);
    InspectionId id = v1.id();
    InspectionId none = InspectionId.of("crc-none");
    store.insert(v1);
    store.update(v1, 1);

    Throwable stale = catchThrowable(() -> store.delete(id, 1));
    Throwable unknown = catchThrowable(() -> store.delete(none, 1));

    assertThat(stale)
        .as("a delete of inspection %s at stale version 1, when version 2 is stored, is refused as a version"
            + " conflict", id)
        .isInstanceOfSatisfying(
            VersionConflictException.class,
            e ->
                assertThat(e.actualVersion())
                    .as("actual version the conflict of the delete of %s names: the version stored", id)
                    .isEqualTo(2));
    assertThat(unknown)
        .as("a delete of inspection %s, which was never saved, fails as not found", none)
        .isInstanceOf(NotFoundException.class);
    assertThat(store.load(id))
        .as("inspection %s after the refused delete at stale version 1 is still the version 2 stored", id)
        .isEqualTo(Versioned.of(v1, 2));
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
    InspectionId id = base.id();
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
                    Versioned<Inspection> current = store.load(id);
                    try {
                      store.update(withCase(current.value(), ref), current.version());
                      return attempt;
                    } catch (VersionConflictException e) {
                      // Another writer got there first: reload and redo the change.
                    }
                  }
                  throw new AssertionError(
                      "writer " + ref + " of inspection " + id + " never got its update in: 10,000 version"
                          + " conflicts in a row");
                }));
      }
      start.countDown();
      for (Future<Integer> w : writers) {
        w.get(5, TimeUnit.MINUTES); // hang guard only: a deadlocked store fails instead of hanging the build
      }
    } finally {
      pool.shutdownNow();
    }

    Versioned<Inspection> last = store.load(id);
    assertThat(last.version())
        .as("version of inspection %s after its insert and one update by each of %d concurrent writers", id, WRITERS)
        .isEqualTo(1 + WRITERS);
    assertThat(last.value().cases().stream().map(c -> c.ref().value()).collect(Collectors.toList()))
        .as("cases of inspection %s after %d concurrent writers each added one: every writer's case, none lost",
            id, WRITERS)
        .containsExactlyInAnyOrderElementsOf(
            IntStream.range(0, WRITERS).mapToObj(w -> "W-" + w).collect(Collectors.toList()));
    assertThat(last.value().assessments())
        .as("case assessments of inspection %s after %d concurrent writers each added one", id, WRITERS)
        .hasSize(WRITERS);
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
    InspectionId id = InspectionId.of("crc-p-2019-20");
    Inspection odd = LargeInspections.withCases(id, ProviderId.of("crc-p"), 40);
    Inspection even =
        Inspection.builder()
            .from(LargeInspections.withCases(id, ProviderId.of("crc-p"), 60))
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
                  Versioned<Inspection> seen = store.load(id);
                  boolean isOdd = seen.version() % 2 == 1;
                  assertThat(seen.value())
                      .as("inspection %s loaded at version %d during concurrent updates is the whole %s content"
                          + " (odd versions hold the first, of 40 cases; even ones the second, of 60)",
                          id, seen.version(), isOdd ? "first" : "second")
                      .isEqualTo(isOdd ? odd : even);
                  loads++;
                } while (!writer.isDone());
                return loads;
              });
      writer.get(5, TimeUnit.MINUTES); // hang guards only
      assertThat(reader.get(5, TimeUnit.MINUTES))
          .as("loads of inspection %s the reader made while the writer updated it", id)
          .isPositive();
    } finally {
      pool.shutdownNow();
    }
    assertThat(store.load(id))
        .as("inspection %s after 60 updates alternating two contents is the first content, at version 61", id)
        .isEqualTo(Versioned.of(odd, 61));
  }

  /**
   * Concurrent inserts of one id store exactly one of them; the others fail with a conflict.
   *
   * @throws Exception if an inserting thread fails otherwise
   */
  @Test
  public void insert_concurrentInsertsOfOneId_storeExactlyOne() throws Exception {
    InspectionId id = InspectionId.of("crc-p-2019-20");
    ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
    List<Inspection> candidates = new ArrayList<>();
    for (int w = 0; w < WRITERS; w++) {
      candidates.add(withCase(inspection(id.value(), "crc-p", 2019), "W-" + w));
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

    assertThat(outcomes)
        .as("outcomes of %d concurrent inserts of inspection %s (true stored, false refused as a version"
            + " conflict): exactly one stored", WRITERS, id)
        .containsOnlyOnce(true);
    Inspection winner = candidates.get(outcomes.indexOf(true));
    assertThat(store.load(id))
        .as("inspection %s loaded after the concurrent inserts is the one insert that succeeded, at version 1", id)
        .isEqualTo(Versioned.of(winner, 1));
  }

  // --------------------------------------------------------------------------------------------- partial failure

  /**
   * An update that fails part-way leaves the previous version intact, and the store accepts the next update of
   * that version. Needs a {@link #failureInjector()}, which is given the store under test.
   */
  @Test
  public void update_failurePartWay_leavesThePreviousVersionIntact() {
    FailureInjector<InspectionStore> injector = requireFailureInjector();
    Inspection v1 = LargeInspections.withCases(InspectionId.of("crc-p-2019-20"), ProviderId.of("crc-p"), 50);
    InspectionId id = v1.id();
    store.insert(v1);
    Inspection changed = withCase(v1, "LATE-1").withStatus(InspectionStatus.PUBLISHED);

    injector.failNextSave(store);
    Throwable thrown = catchThrowable(() -> store.update(changed, 1));

    assertThat(thrown)
        .as("an update of inspection %s that the failure injector made fail part-way surfaces as a store"
            + " failure, not a version conflict", id)
        .isInstanceOf(StoreException.class)
        .isNotInstanceOf(VersionConflictException.class);
    assertThat(store.load(id))
        .as("inspection %s after an update that failed part-way is still version 1 as inserted, whole", id)
        .isEqualTo(Versioned.of(v1, 1));
    assertThat(store.list(InspectionQuery.all()))
        .as("listing of every inspection after an update of %s failed part-way: its summary at version 1", id)
        .containsExactly(summary(v1, 1));
    assertThat(store.update(changed, 1))
        .as("the same update of inspection %s at version 1, tried again after the failure, returns its content"
            + " at version 2", id)
        .isEqualTo(Versioned.of(changed, 2));
    assertThat(store.load(id))
        .as("inspection %s loaded after the update tried again is its content, at version 2", id)
        .isEqualTo(Versioned.of(changed, 2));
  }

  /**
   * An insert that fails part-way stores nothing, and the same insert succeeds afterwards. Needs a
   * {@link #failureInjector()}, which is given the store under test.
   */
  @Test
  public void insert_failurePartWay_storesNothing() {
    FailureInjector<InspectionStore> injector = requireFailureInjector();
    ProviderId provider = ProviderId.of("crc-p");
    Inspection i = LargeInspections.withCases(InspectionId.of("crc-p-2019-20"), provider, 50);
    InspectionId id = i.id();

    injector.failNextSave(store);
    Throwable thrown = catchThrowable(() -> store.insert(i));

    assertThat(thrown)
        .as("an insert of inspection %s that the failure injector made fail part-way surfaces as a store"
            + " failure, not a version conflict", id)
        .isInstanceOf(StoreException.class)
        .isNotInstanceOf(VersionConflictException.class);
    assertThat(store.find(id)).as("inspection %s found after its insert failed part-way: none", id).isEmpty();
    assertThat(store.list(InspectionQuery.all()))
        .as("listing of every inspection after the only insert, of %s, failed part-way", id)
        .isEmpty();
    assertThat(store.recommendationsFor(provider))
        .as("recommendations made for provider %s after the insert of its inspection %s failed part-way",
            provider, id)
        .isEmpty();
    assertThat(store.insert(i))
        .as("the same insert of inspection %s, tried again after the failure, returns it at version 1", id)
        .isEqualTo(Versioned.of(i, 1));
    assertThat(store.load(id))
        .as("inspection %s loaded after the insert tried again is the inspection inserted, at version 1", id)
        .isEqualTo(Versioned.of(i, 1));
  }

  private FailureInjector<InspectionStore> requireFailureInjector() {
    Optional<FailureInjector<InspectionStore>> injector = failureInjector();
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
    InspectionId unknown = InspectionId.of("crc-none");
    ProviderId crcP = ProviderId.of("crc-p");
    ProviderId crcQ = ProviderId.of("crc-q");
    ProviderId none = ProviderId.of("crc-none");
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

    assertThat(store.recommendationsFor(crcP))
        .as("recommendations made for provider %s: those of %s by number, then that of %s", crcP, p18, p19)
        .containsExactly(
            first.recommendations().get(0), first.recommendations().get(1), second.recommendations().get(0));
    assertThat(store.recommendationsFor(crcQ))
        .as("recommendations made for provider %s: those of its one inspection, %s", crcQ, q18)
        .containsExactlyElementsOf(other.recommendations());
    assertThat(store.recommendationsFor(none))
        .as("recommendations made for provider %s, which has no inspection", none)
        .isEmpty();
    assertThat(store.recommendation(RecommendationId.of(p18, 2)))
        .as("recommendation %s, found by id", RecommendationId.of(p18, 2))
        .contains(first.recommendations().get(1));
    assertThat(store.recommendation(RecommendationId.of(p18, 9)))
        .as("recommendation %s, which inspection %s never made", RecommendationId.of(p18, 9), p18)
        .isEmpty();
    assertThat(store.recommendation(RecommendationId.of(unknown, 1)))
        .as("recommendation %s, of inspection %s, which is not stored", RecommendationId.of(unknown, 1), unknown)
        .isEmpty();
    assertThat(store.progressAssessmentsOf(RecommendationId.of(p18, 1)))
        .as("progress assessments of recommendation %s: the one made by %s, then the one made by %s of a"
            + " reorganised provider", RecommendationId.of(p18, 1), p19, region)
        .containsExactly(second.progressAssessments().get(0), reorganised.progressAssessments().get(0));
    assertThat(store.progressAssessmentsOf(RecommendationId.of(p18, 2)))
        .as("progress assessments of recommendation %s: the one made by %s", RecommendationId.of(p18, 2), p19)
        .containsExactly(second.progressAssessments().get(1));
    assertThat(store.progressAssessmentsOf(RecommendationId.of(p19, 1)))
        .as("progress assessments of recommendation %s, which no inspection has assessed yet",
            RecommendationId.of(p19, 1))
        .isEmpty();
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
