package org.inspectionkit.rules.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.inspectionkit.model.casework.Gender;
import org.inspectionkit.model.casework.InspectedCase;
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

    assertThat(s).hasToString(
        "CaseSample{kind=domain-two, window=2019-03-02 to 2019-09-01, seed=7, eligible=100, selected=63}");
  }

  static PopulationCase record(String ref, LocalDate start) {
    return PopulationCase.builder().ref(ref).startDate(start).gender(Gender.MALE).build();
  }
}
