package org.inspectionkit.rules.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.inspectionkit.model.casework.Gender;
import org.inspectionkit.model.casework.InspectedCase;
import org.inspectionkit.model.casework.RiskOfSeriousHarm;
import org.inspectionkit.model.casework.SentenceType;
import org.inspectionkit.model.framework.SampleKind;
import org.inspectionkit.rules.Problem;
import org.inspectionkit.rules.ProblemsException;
import org.junit.jupiter.api.Test;

class CaseSampleTest {

  static final LocalDate FIELDWORK = LocalDate.of(2019, 9, 2);
  static final SampleSpecification BY_GENDER = SampleSpecification.builder()
      .sampleKind(SampleKind.DOMAIN_TWO)
      .addStrata(StratumAttribute.GENDER)
      .build();

  /** 70 men and 30 women who started in the window, and 5 who started the day after it closed. */
  static List<PopulationCase> seventyMenThirtyWomen() {
    List<PopulationCase> out = new ArrayList<>();
    for (int i = 1; i <= 105; i++) {
      out.add(PopulationCase.builder()
          .ref(String.format("D2-%03d", i))
          .startDate(i <= 100 ? LocalDate.of(2019, 6, 1) : FIELDWORK)
          .gender(i <= 70 || i > 100 ? Gender.MALE : Gender.FEMALE)
          .build());
    }
    return out;
  }

  static Stratum gender(Gender g) {
    return Stratum.of(List.of(StratumAttribute.GENDER),
        PopulationCase.builder().ref("X").startDate(FIELDWORK).gender(g).build());
  }

  @Test
  void draw_hundredEligibleByGender_allocatesByLargestRemainder() {
    CaseSample s = CaseSample.drawOrThrow(seventyMenThirtyWomen(), BY_GENDER, FIELDWORK, 7L);

    // N = 100 -> n = 63 (see SampleSizeTest). Shares: 63 * 30 / 100 = 18.9 women, 63 * 70 / 100 = 44.1 men;
    // floors 18 + 44 = 62, the one case left goes to the larger fraction (0.9, women).
    assertThat(s.eligible()).hasSize(100);
    assertThat(s.sampleSize().size()).isEqualTo(63);
    assertThat(s.allocations())
        .extracting(a -> a.stratum().toString(), StratumAllocation::eligible, StratumAllocation::target)
        .containsExactly(
            tuple("gender=female", 30, 19),
            tuple("gender=male", 70, 44));
    assertThat(s.selectedIn(gender(Gender.FEMALE))).hasSize(19);
    assertThat(s.selectedIn(gender(Gender.MALE))).hasSize(44);
  }

  @Test
  void draw_windowEdges_includeBothEndsAndNothingOutside() {
    List<PopulationCase> population = List.of(
        record("A", LocalDate.of(2019, 3, 1)),
        record("B", LocalDate.of(2019, 3, 2)),
        record("C", LocalDate.of(2019, 9, 1)),
        record("D", FIELDWORK));

    CaseSample s = CaseSample.drawOrThrow(population, BY_GENDER, FIELDWORK, 1L);

    assertThat(s.window()).hasToString("2019-03-02 to 2019-09-01");
    assertThat(s.eligible()).extracting(c -> c.ref().value()).containsExactly("B", "C");
    assertThat(s.selected()).hasSize(2);
  }

  @Test
  void draw_duplicateReferences_reportsEachOnceInOrder() {
    List<PopulationCase> population = List.of(
        record("B", FIELDWORK), record("A", FIELDWORK), record("B", FIELDWORK), record("A", FIELDWORK),
        record("B", FIELDWORK), record("C", FIELDWORK));

    Validation<List<Problem>, CaseSample> v = CaseSample.draw(population, BY_GENDER, FIELDWORK, 1L);

    assertThat(v.getError()).extracting(Problem::code, Problem::where).containsExactly(
        tuple("sampling.duplicate-case", "population, case A"),
        tuple("sampling.duplicate-case", "population, case B"));
    assertThat(v.getError().get(1).message()).contains("used by 3 records");
    assertThatThrownBy(() -> CaseSample.drawOrThrow(population, BY_GENDER, FIELDWORK, 1L))
        .isInstanceOf(ProblemsException.class)
        .hasMessageContaining("cannot draw a domain-two sample: 2 problems");
  }

  @Test
  void draw_fixedSeed_givesThePinnedSample() {
    // Pinned once from this implementation: any change to the generator, the allocation or the order of
    // selection would change samples already drawn, and must fail here first. 20 cases (10 men, 10 women) at
    // 80% and 20 points: n0 = 10.26, n = 10.26 / (1 + 9.26 / 20) = 7.01 -> 8, four per stratum.
    List<PopulationCase> population = seventyMenThirtyWomen().subList(60, 80);
    SampleSpecification spec = SampleSpecification.builder()
        .from(BY_GENDER).marginOfError(0.2).build();

    CaseSample s = CaseSample.drawOrThrow(population, spec, FIELDWORK, 20_190_902L);

    assertThat(s.selected().stream().map(c -> c.ref().value()).collect(Collectors.toList()))
        .containsExactly("D2-064", "D2-066", "D2-067", "D2-068", "D2-071", "D2-077", "D2-079", "D2-080");
  }

  @Test
  void draw_differentSeeds_differentSamples() {
    List<PopulationCase> population = seventyMenThirtyWomen();

    assertThat(CaseSample.drawOrThrow(population, BY_GENDER, FIELDWORK, 1L).selected())
        .isNotEqualTo(CaseSample.drawOrThrow(population, BY_GENDER, FIELDWORK, 2L).selected());
  }

  @Test
  void draw_noEligibleCase_givesAnEmptySample() {
    CaseSample s = CaseSample.drawOrThrow(List.of(record("A", FIELDWORK)), BY_GENDER, FIELDWORK, 1L);

    assertThat(s.eligible()).isEmpty();
    assertThat(s.allocations()).isEmpty();
    assertThat(s.selected()).isEmpty();
    assertThat(s.report().achievedMarginOfError()).isEmpty();
  }

  @Test
  void draw_unrecordedAttribute_formsItsOwnStratum() {
    List<PopulationCase> population = List.of(
        record("A", LocalDate.of(2019, 8, 1)),
        PopulationCase.builder().ref("B").startDate(LocalDate.of(2019, 8, 1)).build());

    CaseSample s = CaseSample.drawOrThrow(population, BY_GENDER, FIELDWORK, 1L);

    assertThat(s.allocations()).extracting(a -> a.stratum().toString())
        .containsExactly("gender=male", "gender=not-recorded");
  }

  @Test
  void draw_unstratified_oneStratumOfAllCases() {
    SampleSpecification plain = SampleSpecification.builder().sampleKind(SampleKind.DOMAIN_TWO).build();

    CaseSample s = CaseSample.drawOrThrow(seventyMenThirtyWomen(), plain, FIELDWORK, 3L);

    assertThat(s.allocations()).singleElement().satisfies(a -> {
      assertThat(a.stratum()).isEqualTo(Stratum.ALL);
      assertThat(a.target()).isEqualTo(63);
    });
  }

  @Test
  void inspectedCases_ofTheSpecificationsKind_sortedByReference() {
    CaseSample s = CaseSample.drawOrThrow(seventyMenThirtyWomen(), BY_GENDER, FIELDWORK, 7L);

    List<InspectedCase> cases = s.inspectedCases();

    assertThat(cases).hasSize(63).allMatch(c -> c.sample().equals(SampleKind.DOMAIN_TWO));
    assertThat(cases).extracting(InspectedCase::ref).isSorted();
  }

  @Test
  void toString_countsOnly() {
    CaseSample s = CaseSample.drawOrThrow(seventyMenThirtyWomen(), BY_GENDER, FIELDWORK, 7L);

    assertThat(s).hasToString("CaseSample{kind=domain-two, window=2019-03-02 to 2019-09-01, seed=7, eligible=100,"
        + " selected=63, reserves=13}");
    assertThat(s.reserves().get(0).toString()).matches("ReserveCase\\{ref=D2-\\d{3}, position=1}");
  }

  @Test
  void draw_hundredEligibleByGender_drawsTwentyPercentOfEachStratumAsReserves() {
    CaseSample s = CaseSample.drawOrThrow(seventyMenThirtyWomen(), BY_GENDER, FIELDWORK, 7L);

    // 20% of 19 women = 3.8 -> 4; 20% of 44 men = 8.8 -> 9. Women first (stratum order), each in order of use.
    List<ReserveCase> women = s.reservesIn(gender(Gender.FEMALE));
    List<ReserveCase> men = s.reservesIn(gender(Gender.MALE));
    assertThat(women).hasSize(4).extracting(ReserveCase::position).containsExactly(1, 2, 3, 4);
    assertThat(men).hasSize(9).extracting(ReserveCase::position).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(s.reserves()).containsExactlyElementsOf(concat(women, men));
    assertThat(women).allSatisfy(r -> assertThat(number(r)).isBetween(71, 100));
    assertThat(men).allSatisfy(r -> assertThat(number(r)).isBetween(1, 70));
    assertThat(s.reserves()).extracting(ReserveCase::ref)
        .doesNotHaveDuplicates()
        .doesNotContainAnyElementsOf(s.selected().stream().map(PopulationCase::ref).collect(Collectors.toList()));
    assertThat(s.selectedIn(gender(Gender.FEMALE))).hasSize(19);
  }

  @Test
  void draw_fixedSeed_givesThePinnedReserves() {
    // Pinned once from this implementation, with the sample of draw_fixedSeed_givesThePinnedSample: four cases
    // sampled per stratum, so 20% -> 0.8 -> 1 reserve each, the fifth case of each stratum's shuffle.
    List<PopulationCase> population = seventyMenThirtyWomen().subList(60, 80);
    SampleSpecification spec = SampleSpecification.builder()
        .from(BY_GENDER).marginOfError(0.2).build();

    CaseSample s = CaseSample.drawOrThrow(population, spec, FIELDWORK, 20_190_902L);

    assertThat(s.reserves()).extracting(r -> r.ref().value() + " " + r.stratum() + " " + r.position())
        .containsExactly("D2-074 gender=female 1", "D2-062 gender=male 1");
  }

  @Test
  void draw_sameSeed_sameSampleAndSameReserveList() {
    CaseSample a = CaseSample.drawOrThrow(seventyMenThirtyWomen(), BY_GENDER, FIELDWORK, 11L);
    CaseSample b = CaseSample.drawOrThrow(seventyMenThirtyWomen(), BY_GENDER, FIELDWORK, 11L);

    assertThat(b.selected()).isEqualTo(a.selected());
    assertThat(b.reserves()).isEqualTo(a.reserves());
  }

  @Test
  void draw_differentSeedsOnALargePopulation_differentSamplesAndDifferentReserveLists() {
    List<PopulationCase> population = large(1_200);
    Set<List<PopulationCase>> samples = new HashSet<>();
    Set<List<ReserveCase>> reserves = new HashSet<>();

    for (long seed = 1; seed <= 50; seed++) {
      CaseSample s = CaseSample.drawOrThrow(population, SampleSpecification.builder()
          .sampleKind(SampleKind.DOMAIN_TWO).strata(SampleSpecification.DEFAULT_STRATA).build(), FIELDWORK, seed);
      samples.add(s.selected());
      reserves.add(s.reserves());
    }

    // 145 of 1,200 cases and about 30 reserves: two seeds giving the same list would be a broken generator.
    assertThat(samples).hasSize(50);
    assertThat(reserves).hasSize(50);
  }

  @Test
  void draw_firstReserve_isEveryCaseLeftEquallyOften() {
    // Ten cases, at most three sampled, so one reserve (20% of 3 -> 1) from the seven left. Over 7,000 seeds each
    // case should be the reserve about 700 times (binomial, standard deviation 25): every count within four.
    List<PopulationCase> population = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      population.add(record("R" + i, LocalDate.of(2019, 6, 1)));
    }
    SampleSpecification three = SampleSpecification.builder().sampleKind(SampleKind.DOMAIN_TWO).maximumSize(3).build();
    Map<String, Integer> counts = new TreeMap<>();

    for (long seed = 0; seed < 7_000; seed++) {
      CaseSample s = CaseSample.drawOrThrow(population, three, FIELDWORK, seed);
      assertThat(s.selected()).hasSize(3);
      assertThat(s.reserves()).singleElement().satisfies(r -> counts.merge(r.ref().value(), 1, Integer::sum));
    }

    assertThat(counts).hasSize(10);
    assertThat(counts.values()).allSatisfy(c -> assertThat(c).isBetween(600, 800));
  }

  @Test
  void draw_stratumWithNothingSampled_stillGetsItsMinimumReserve() {
    // 199 men and one woman: n = 91, her share 91 / 200 = 0.455 of a case; the men's remaining fraction (0.545)
    // is larger, so she gets no sampled case, but one reserve, the minimum for a stratum with cases left.
    List<PopulationCase> population = new ArrayList<>();
    for (int i = 1; i <= 199; i++) {
      population.add(record(String.format("M%03d", i), LocalDate.of(2019, 6, 1)));
    }
    population.add(PopulationCase.builder().ref("W001").startDate(LocalDate.of(2019, 6, 1)).gender(Gender.FEMALE)
        .build());

    CaseSample s = CaseSample.drawOrThrow(population, BY_GENDER, FIELDWORK, 5L);

    assertThat(s.selectedIn(gender(Gender.FEMALE))).isEmpty();
    assertThat(s.reservesIn(gender(Gender.FEMALE))).singleElement()
        .satisfies(r -> assertThat(r.ref().value()).isEqualTo("W001"));
  }

  @Test
  void draw_census_hasNoReserves_andReserveRuleNoneHasNone() {
    CaseSample census = CaseSample.drawOrThrow(
        List.of(record("A", LocalDate.of(2019, 6, 1)), record("B", LocalDate.of(2019, 7, 1))), BY_GENDER, FIELDWORK,
        1L);
    CaseSample none = CaseSample.drawOrThrow(seventyMenThirtyWomen(), BY_GENDER.withReserve(ReserveRule.NONE),
        FIELDWORK, 7L);

    assertThat(census.selected()).hasSize(2);
    assertThat(census.reserves()).isEmpty();
    assertThat(none.reserves()).isEmpty();
    assertThat(none.selected())
        .isEqualTo(CaseSample.drawOrThrow(seventyMenThirtyWomen(), BY_GENDER, FIELDWORK, 7L).selected());
  }

  @Test
  void draw_reserveRuleAboveTheCasesLeft_takesEveryCaseLeftOnce() {
    CaseSample s = CaseSample.drawOrThrow(seventyMenThirtyWomen(), BY_GENDER.withReserve(ReserveRule.of(500, 1)),
        FIELDWORK, 7L);

    // 11 women and 26 men are left after the sample; 500% would be 95 and 220.
    assertThat(s.reservesIn(gender(Gender.FEMALE))).hasSize(11);
    assertThat(s.reservesIn(gender(Gender.MALE))).hasSize(26);
    List<String> all = new ArrayList<>();
    s.selected().forEach(c -> all.add(c.ref().value()));
    s.reserves().forEach(r -> all.add(r.ref().value()));
    assertThat(all).doesNotHaveDuplicates().hasSize(100);
  }

  private static List<PopulationCase> large(int eligible) {
    List<PopulationCase> out = new ArrayList<>();
    Gender[] genders = Gender.values();
    SentenceType[] types = {SentenceType.COMMUNITY, SentenceType.LICENCE};
    RiskOfSeriousHarm[] risks = RiskOfSeriousHarm.values();
    for (int i = 0; i < eligible; i++) {
      out.add(PopulationCase.builder()
          .ref(String.format("L%05d", i))
          .startDate(LocalDate.of(2019, 3, 2).plusDays(i % 180))
          .gender(genders[i % 7 == 0 ? 1 : 0])
          .sentenceType(types[i % 3 == 0 ? 1 : 0])
          .riskOfSeriousHarm(risks[i % 4 == 0 ? 0 : 1])
          .build());
    }
    return out;
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }

  private static int number(ReserveCase r) {
    return Integer.parseInt(r.ref().value().substring(3));
  }

  static PopulationCase record(String ref, LocalDate start) {
    return PopulationCase.builder().ref(ref).startDate(start).gender(Gender.MALE).build();
  }
}
