package org.inspectionkit.testkit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
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
 * {@link #failureInjector()}; otherwise the test that needs it is skipped, saying why.
 */
public abstract class FrameworkStoreContract {

  private static final long SEED = Long.getLong("qt.seed", 20_190_902L);

  private FrameworkStore store;

  /** For subclasses. */
  protected FrameworkStoreContract() {}

  /**
   * A new, empty store. Called before each test and for each generated example; the store may share its storage
   * with earlier ones as long as it starts empty.
   *
   * @return the store
   */
  protected abstract FrameworkStore newStore();

  /**
   * The means to make the next save of the store last returned by {@link #newStore()} fail part-way, if the
   * adapter can simulate that; empty (the default) skips the test that needs it.
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
  protected final FrameworkStore store() {
    return store;
  }

  /** Makes the store for the next test. */
  @BeforeEach
  public final void createStore() {
    store = newStore();
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
              FrameworkStore s = newStore();
              s.save(framework);
              assertThat(s.find(framework.id())).contains(framework);
              assertThat(s.load(framework.id())).isEqualTo(framework);
              assertThat(s.ids()).containsExactly(framework.id());
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

    assertThat(store.load(crcFirst.id())).isEqualTo(crcFirst);
    assertThat(store.load(npsFirst.id())).isEqualTo(npsFirst);
    assertThat(store.load(npsFirst.id())).isNotEqualTo(Framework.builder().from(crcFirst).id("nps-first").build());
  }

  /** Saving a framework whose id is stored replaces it whole. */
  @Test
  public void save_existingId_replacesTheFramework() {
    Framework before = domainThree("probation-2019-20", ProviderType.CRC, ProviderType.NPS_DIVISION);
    Framework after = smallFramework("probation-2019-20", "Corrected wording");

    store.save(before);
    store.save(after);

    assertThat(store.load(after.id())).isEqualTo(after);
    assertThat(store.ids()).containsExactly(after.id());
  }

  /** The ids of stored frameworks come in natural order. */
  @Test
  public void ids_manyFrameworks_areInNaturalOrder() {
    for (String id : List.of("youth-2019-20", "probation-2019-20", "probation-2018-19", "probation-b")) {
      store.save(smallFramework(id, "Framework " + id));
    }

    assertThat(store.ids())
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

    assertThat(store.find(id)).isEmpty();
    assertThat(store.ids()).isEmpty();
    assertThatThrownBy(() -> store.load(id))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> assertThat(e.recordKey()).isEqualTo("framework probation-2030-31"));
  }

  /**
   * A save that fails part-way leaves the previously stored framework intact. Needs a {@link #failureInjector()}.
   */
  @Test
  public void save_failurePartWay_leavesThePreviousFrameworkIntact() {
    Optional<FailureInjector> injector = failureInjector();
    Assumptions.assumeTrue(
        injector.isPresent(),
        getClass().getSimpleName() + " supplies no FailureInjector: this store cannot simulate a failure part-way"
            + " through a save, so the partial-failure contract is not checked for it");
    Framework before = domainThree("probation-2019-20", ProviderType.CRC, ProviderType.NPS_DIVISION);
    Framework after = smallFramework("probation-2019-20", "Corrected wording");
    Framework fresh = smallFramework("youth-2019-20", "Youth");
    store.save(before);

    injector.get().failNextSave();
    Throwable replacing = catchThrowable(() -> store.save(after));
    injector.get().failNextSave();
    Throwable adding = catchThrowable(() -> store.save(fresh));

    assertThat(replacing).isInstanceOf(StoreException.class);
    assertThat(adding).isInstanceOf(StoreException.class);
    assertThat(store.load(before.id())).isEqualTo(before);
    assertThat(store.find(fresh.id())).isEmpty();
    store.save(after);
    assertThat(store.load(after.id())).isEqualTo(after);
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
