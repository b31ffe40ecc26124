package org.inspectionkit.testkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.inspectionkit.model.framework.Domain;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.FrameworkId;
import org.inspectionkit.model.framework.KeyQuestion;
import org.inspectionkit.model.framework.Prompt;
import org.inspectionkit.model.framework.RatingBasis;
import org.inspectionkit.model.framework.SampleKind;
import org.inspectionkit.model.framework.Standard;
import org.inspectionkit.model.framework.WordingSource;
import org.inspectionkit.model.provider.ProviderType;
import org.inspectionkit.model.store.FrameworkStore;
import org.inspectionkit.model.store.NotFoundException;
import org.inspectionkit.model.store.StoreException;
import org.inspectionkit.testkit.ModelGenerators;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/**
 * The contract every {@link FrameworkStore} must pass. An adapter's test extends this class and implements
 * {@link #newStore()}; JUnit runs every test below against it.
 *
 * <p>Generated examples come from {@link ModelGenerators#frameworks()} with a fixed seed (override with the system
 * property {@code qt.seed}); each gets a new store. An adapter that can make a save fail part-way overrides
 * {@link #failureInjector()}, which is given the store to fail; otherwise the test that needs it is skipped, saying
 * why.
 *
 * <p><b>Closing.</b> The contract closes every store it opened: the one made before each test and each one made
 * for a generated example. After each test, passed or failed, {@link #closeStores()} hands each of them, the latest
 * first, to {@link #closeStore(FrameworkStore)}, which closes a store that is {@link AutoCloseable} and leaves any
 * other as it is; an adapter whose store is released some other way (through the file store or the connection pool
 * it was made from) overrides that hook. Every store is closed even if closing another fails; the first failure is
 * then thrown with the others added to it as suppressed. As JUnit runs a superclass's {@code @AfterEach} methods
 * after the subclass's own, the stores are closed after the adapter's own clean-up methods have run.
 *
 * <p><b>Failure messages.</b> Every assertion says what it checks in the inspectorate's words, naming framework ids
 * but no framework text, such as {@code [framework probation-2019-20 loaded after it was saved again is the
 * framework saved last]}; AssertJ then prints the expected and the actual value.
 *
 * <p>A contract instance is one test's fixture, used by one thread at a time.
 */
public abstract class FrameworkStoreContract {

  private static final long SEED = Long.getLong("qt.seed", 20_190_902L);

  private final List<FrameworkStore> opened = new ArrayList<>();
  private FrameworkStore store;

  /** For subclasses. */
  protected FrameworkStoreContract() {}

  /**
   * A new, empty store. Called before each test and for each generated example; the store may share its storage
   * with earlier ones as long as it starts empty. The contract closes it after the test through
   * {@link #closeStore(FrameworkStore)}.
   *
   * @return the store
   */
  protected abstract FrameworkStore newStore();

  /**
   * The means to make the next save of a store made by {@link #newStore()} fail part-way, if the adapter can
   * simulate that; empty (the default) skips the test that needs it. The contract passes it the store to fail.
   *
   * @return the failure injector, or empty
   */
  protected Optional<FailureInjector<FrameworkStore>> failureInjector() {
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
  protected void closeStore(FrameworkStore store) throws Exception {
    if (store instanceof AutoCloseable) {
      ((AutoCloseable) store).close();
    }
  }

  /**
   * The store under test in the current test, made by {@link #newStore()} before it.
   *
   * @return the store
   */
  protected final FrameworkStore store() {
    return store;
  }

  /** Makes the store for the next test. */
  @BeforeEach
  public final void createStore() {
    store = openStore();
  }

  /**
   * Closes every store made by {@link #newStore()} since the last call, the latest first, through
   * {@link #closeStore(FrameworkStore)}. Runs after every test, whether it passed or failed.
   *
   * @throws Exception the first failure to close a store, with those of the other stores suppressed in it
   */
  @AfterEach
  public final void closeStores() throws Exception {
    List<FrameworkStore> toClose = new ArrayList<>(opened);
    opened.clear();
    Collections.reverse(toClose);
    StoreClosing.closeAll(toClose, this::closeStore);
  }

  /** A new store from {@link #newStore()}, recorded to be closed after the test. */
  private FrameworkStore openStore() {
    FrameworkStore made =
        Objects.requireNonNull(newStore(), () -> getClass().getName() + ".newStore() returned null");
    if (opened.stream().noneMatch(s -> s == made)) {
      opened.add(made);
    }
    return made;
  }

  /** A generated framework, saved, is found equal: domains, standards, key questions and prompts in order. */
  @Test
  public void save_generatedFrameworks_areFoundEqual() {
    QuickTheory.qt()
        .withFixedSeed(SEED)
        .withExamples(30)
        .forAll(ModelGenerators.frameworks())
        .checkAssert(
            framework -> {
              FrameworkStore s = openStore();
              FrameworkId id = framework.id();
              s.save(framework);
              assertThat(s.find(id))
                  .as("framework %s found after save is the framework saved, every domain, standard, key question"
                      + " and prompt in order", id)
                  .contains(framework);
              assertThat(s.load(id))
                  .as("framework %s loaded after save is the framework saved", id)
                  .isEqualTo(framework);
              assertThat(s.ids()).as("ids of the stored frameworks after %s alone is saved", id).containsExactly(id);
            });
  }

  /**
   * Two standards that share a code for different provider types (3.1 unpaid work for a CRC, 3.1 court work for
   * an NPS division) keep the order they were given in, whichever it is.
   */
  @Test
  public void save_standardsSharingACode_keepTheirOrder() {
    Framework crcFirst = domainThree("crc-first", ProviderType.CRC, ProviderType.NPS_DIVISION);
    Framework npsFirst = domainThree("nps-first", ProviderType.NPS_DIVISION, ProviderType.CRC);

    store.save(crcFirst);
    store.save(npsFirst);

    assertThat(store.load(crcFirst.id()))
        .as("framework %s loaded after save: the two standards 3.1 in their order, the CRC's first", crcFirst.id())
        .isEqualTo(crcFirst);
    assertThat(store.load(npsFirst.id()))
        .as("framework %s loaded after save: the two standards 3.1 in their order, the NPS division's first",
            npsFirst.id())
        .isEqualTo(npsFirst);
    assertThat(store.load(npsFirst.id()))
        .as("framework %s loaded after save is not its standards 3.1 in the other order", npsFirst.id())
        .isNotEqualTo(Framework.builder().from(crcFirst).id(npsFirst.id().value()).build());
  }

  /** Saving a framework whose id is stored replaces it whole. */
  @Test
  public void save_existingId_replacesTheFramework() {
    Framework before = domainThree("probation-2019-20", ProviderType.CRC, ProviderType.NPS_DIVISION);
    Framework after = smallFramework("probation-2019-20", "Corrected wording");
    FrameworkId id = after.id();

    store.save(before);
    store.save(after);

    assertThat(store.load(id))
        .as("framework %s loaded after it was saved again is the framework saved last", id)
        .isEqualTo(after);
    assertThat(store.ids())
        .as("ids of the stored frameworks after %s is saved twice: once", id)
        .containsExactly(id);
  }

  /** The ids of stored frameworks come in natural order. */
  @Test
  public void ids_manyFrameworks_areInNaturalOrder() {
    for (String id : List.of("youth-2019-20", "probation-2019-20", "probation-2018-19", "probation-b")) {
      store.save(smallFramework(id, "Framework " + id));
    }

    assertThat(store.ids())
        .as("ids of the stored frameworks, saved out of order: in natural order")
        .containsExactly(
            FrameworkId.of("probation-2018-19"),
            FrameworkId.of("probation-2019-20"),
            FrameworkId.of("probation-b"),
            FrameworkId.of("youth-2019-20"));
  }

  /** Finding an id that was never saved gives nothing; loading it fails as not found, naming the id. */
  @Test
  public void load_unknownFramework_failsAsNotFoundNamingTheId() {
    FrameworkId id = FrameworkId.of("probation-2030-31");

    assertThat(store.find(id)).as("framework %s, which was never saved, found: none", id).isEmpty();
    assertThat(store.ids()).as("ids of the stored frameworks in an empty store").isEmpty();
    Throwable thrown = catchThrowable(() -> store.load(id));
    assertThat(thrown)
        .as("a load of framework %s, which was never saved, fails as not found", id)
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e ->
                assertThat(e.recordKey())
                    .as("record key of the not-found failure of framework %s", id)
                    .isEqualTo("framework probation-2030-31"));
  }

  /**
   * A save that fails part-way leaves the previously stored framework intact. Needs a {@link #failureInjector()},
   * which is given the store under test.
   */
  @Test
  public void save_failurePartWay_leavesThePreviousFrameworkIntact() {
    Optional<FailureInjector<FrameworkStore>> injector = failureInjector();
    Assumptions.assumeTrue(
        injector.isPresent(),
        getClass().getSimpleName() + " supplies no FailureInjector: this store cannot simulate a failure part-way"
            + " through a save, so the partial-failure contract is not checked for it");
    Framework before = domainThree("probation-2019-20", ProviderType.CRC, ProviderType.NPS_DIVISION);
    Framework after = smallFramework("probation-2019-20", "Corrected wording");
    Framework fresh = smallFramework("youth-2019-20", "Youth");
    FrameworkId id = before.id();
    store.save(before);

    injector.get().failNextSave(store);
    Throwable replacing = catchThrowable(() -> store.save(after));
    injector.get().failNextSave(store);
    Throwable adding = catchThrowable(() -> store.save(fresh));

    assertThat(replacing)
        .as("a save replacing framework %s that the failure injector made fail part-way surfaces as a store"
            + " failure", id)
        .isInstanceOf(StoreException.class);
    assertThat(adding)
        .as("a save of new framework %s that the failure injector made fail part-way surfaces as a store failure",
            fresh.id())
        .isInstanceOf(StoreException.class);
    assertThat(store.load(id))
        .as("framework %s after a save replacing it failed part-way is still the framework saved before, whole", id)
        .isEqualTo(before);
    assertThat(store.find(fresh.id()))
        .as("framework %s found after its first save failed part-way: none", fresh.id())
        .isEmpty();
    store.save(after);
    assertThat(store.load(id))
        .as("framework %s loaded after the replacing save is tried again is the framework saved last", id)
        .isEqualTo(after);
  }

  private static Framework domainThree(String id, ProviderType first, ProviderType second) {
    return Framework.builder()
        .id(id)
        .title("Domain three " + id)
        .cycle("2019-20")
        .addProviderTypes(ProviderType.CRC, ProviderType.NPS_DIVISION)
        .addDomain(
            Domain.builder()
                .code("3")
                .title("Provider-specific work")
                .addStandard(standardThreeOne(first))
                .addStandard(standardThreeOne(second))
                .build())
        .build();
  }

  private static Standard standardThreeOne(ProviderType type) {
    boolean crc = type.equals(ProviderType.CRC);
    return Standard.builder()
        .code("3.1")
        .title(crc ? "Unpaid work" : "Court work and case allocation")
        .description(crc ? "The unpaid work sentence is delivered." : "Advice to court is well informed.")
        .ratingBasis(RatingBasis.CASE_DATA)
        .sampleKind(crc ? SampleKind.UNPAID_WORK : SampleKind.COURT_WORK)
        .addAppliesTo(type)
        .wordingSource(WordingSource.MODELLED)
        .addKeyQuestion(
            KeyQuestion.builder()
                .code("3.1.1")
                .text(crc ? "Is the individual assessed for unpaid work?" : "Is advice to court analytical?")
                .wordingSource(WordingSource.MODELLED)
                .addPrompt(Prompt.builder().code("3.1.1.a").text("First prompt").build())
                .addPrompt(
                    Prompt.builder().code("3.1.1.b").text("Second prompt").wordingSource(WordingSource.NOTICE).build())
                .build())
        .addKeyQuestion(KeyQuestion.builder().code("3.1.2").text("Second question").build())
        .build();
  }

  private static Framework smallFramework(String id, String title) {
    return Framework.builder()
        .id(id)
        .title(title)
        .cycle("2019-20")
        .addProviderTypes(ProviderType.CRC)
        .addDomain(
            Domain.builder()
                .code("1")
                .title("Organisational delivery")
                .wordingSource(WordingSource.PUBLISHED)
                .addStandard(
                    Standard.builder()
                        .code("1.1")
                        .title("Leadership")
                        .ratingBasis(RatingBasis.JUDGEMENT)
                        .addKeyQuestion(
                            KeyQuestion.builder().code("1.1.1").text("Is there a vision and strategy?").build())
                        .build())
                .build())
        .build();
  }
}
