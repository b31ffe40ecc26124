package org.inspectionkit.rules.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.inspectionkit.rules.sampling.CaseSampleTest.BY_GENDER;
import static org.inspectionkit.rules.sampling.CaseSampleTest.FIELDWORK;

import java.util.ArrayList;
import java.util.List;
import org.inspectionkit.model.casework.CaseRef;
import org.inspectionkit.model.casework.Gender;
import org.inspectionkit.model.framework.SampleKind;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.provider.Provider;
import org.inspectionkit.model.provider.ProviderId;
import org.inspectionkit.model.provider.ProviderType;
import org.inspectionkit.rules.Problem;
import org.inspectionkit.rules.ProblemsException;
import org.junit.jupiter.api.Test;

class SampleReportTest {

  private final CaseSample sample =
      CaseSample.drawOrThrow(CaseSampleTest.seventyMenThirtyWomen(), BY_GENDER, FIELDWORK, 7L);

  private List<CaseRef> firstOf(Gender g, int n) {
    List<CaseRef> out = new ArrayList<>();
    for (PopulationCase c : sample.selectedIn(CaseSampleTest.gender(g)).subList(0, n)) {
      out.add(c.ref());
    }
    return out;
  }

  @Test
  void report_asDrawn_onTargetWithTheMarginTheSizeGives() {
    SampleReport r = sample.report();

    // 63 of 100 at 80%: 1.28155 * sqrt(0.25 / 63 * 37 / 99) = 0.049354.
    assertThat(r.isOnTarget()).isTrue();
    assertThat(r.achieved()).isEqualTo(63);
    assertThat(r.achievedMarginOfError().getAsDouble()).isCloseTo(0.049354, within(0.000001));
    assertThat(r.achievedMarginOfError().getAsDouble()).isLessThanOrEqualTo(r.targetMarginOfError());
  }

  @Test
  void of_shortfallAmongMen_showsPerStratumAchievedAndMargins() {
    List<CaseRef> achieved = new ArrayList<>(firstOf(Gender.MALE, 40));
    achieved.addAll(firstOf(Gender.FEMALE, 19));

    SampleReport r = SampleReport.ofOrThrow(sample, achieved);

    // Hand computed, z = 1.28155: men 40 of 70 -> 1.28155 * sqrt(0.25 / 40 * 30 / 69) = 0.066805;
    // women 19 of 30 -> 1.28155 * sqrt(0.25 / 19 * 11 / 29) = 0.090537; overall 59 of 100 -> 0.053685.
    assertThat(r.isOnTarget()).isFalse();
    assertThat(r.target()).isEqualTo(63);
    assertThat(r.achieved()).isEqualTo(59);
    assertThat(r.achievedMarginOfError().getAsDouble()).isCloseTo(0.053685, within(0.000001));
    StratumReport women = r.strata().get(0);
    StratumReport men = r.strata().get(1);
    assertThat(women.difference()).isZero();
    assertThat(women.achievedMarginOfError().getAsDouble()).isCloseTo(0.090537, within(0.000001));
    assertThat(men.target()).isEqualTo(44);
    assertThat(men.difference()).isEqualTo(-4);
    assertThat(men.achievedMarginOfError().getAsDouble()).isCloseTo(0.066805, within(0.000001));
  }

  @Test
  void of_nothingAchievedInAStratum_hasNoMarginThere() {
    SampleReport r = SampleReport.ofOrThrow(sample, firstOf(Gender.MALE, 44));

    assertThat(r.strata().get(0).achieved()).isZero();
    assertThat(r.strata().get(0).achievedMarginOfError()).isEmpty();
  }

  @Test
  void of_unknownAndRepeatedCases_reportsEveryProblem() {
    List<CaseRef> achieved = new ArrayList<>(firstOf(Gender.MALE, 2));
    achieved.add(achieved.get(0));
    achieved.add(CaseRef.of("D2-104"));
    achieved.add(CaseRef.of("ZZ-1"));

    assertThat(SampleReport.of(sample, achieved).getError())
        .extracting(Problem::code)
        .containsExactlyInAnyOrder("sampling.duplicate-case", "sampling.case-not-eligible",
            "sampling.case-not-eligible");
    assertThatThrownBy(() -> SampleReport.ofOrThrow(sample, achieved))
        .isInstanceOf(ProblemsException.class)
        .hasMessageContaining("D2-104: not in the sample's eligible population (start dates 2019-03-02 to 2019-09-01)");
  }

  @Test
  void of_inspection_countsItsCasesOfTheSamplesKind() {
    Inspection inspection = Inspection.builder()
        .id("crc-bench-2019-20")
        .provider(Provider.of(ProviderId.of("crc-bench"), "BeNCH CRC", ProviderType.CRC))
        .frameworkId("probation-2019-20")
        .cycle("2019-20")
        .addAllCases(sample.inspectedCases().subList(0, 10))
        .build();

    assertThat(SampleReport.of(sample, inspection).get().achieved()).isEqualTo(10);
  }

  @Test
  void toText_listsTheSizeAndEveryStratum() {
    String text = sample.report().toText();

    assertThat(text).contains(
        "Sample: domain-two, seed 7\n",
        "Eligible: 100 cases that started 2019-03-02 to 2019-09-01\n",
        "Target: 63 cases for 80% confidence, margin of error 5 points (N = 100,",
        "Achieved: 63 cases, margin of error 4.9 points\n");
    assertThat(text).containsPattern("gender=female +30 +19 +19 +\\d+\\.\\d\n");
    assertThat(text).doesNotContain("\r");
  }

  @Test
  void toText_builtInSpecification_listsEveryRule_markingTheDefaults() {
    SampleSpecification d2 = SamplingPolicy.PROBATION_2019_20.specification(SampleKind.DOMAIN_TWO).orElseThrow();
    CaseSample s = CaseSample.drawOrThrow(CaseSampleTest.seventyMenThirtyWomen(), d2, FIELDWORK, 7L);

    String text = s.report().toText();

    assertThat(text).contains(
        "Rules (those marked (default) are this library's defaults, not published rules):\n"
            + "  confidence level: 80% (known practice)\n"
            + "  margin of error: 5 percentage points (known practice)\n"
            + "  assumed proportion: 0.5 (default)\n"
            + "  eligible cases: community sentences and licences (default)\n"
            + "  eligibility window: cases that started in the 6 months before fieldwork (default)\n"
            + "  strata: gender, sentence-type, risk-of-serious-harm (default)\n"
            + "  allocation: in proportion to each stratum's eligible cases, whole cases by largest remainder"
            + " (default)\n"
            + "  size limits: none (default)\n"
            + "  reserve: 20% of each stratum's sample, rounded up, at least 1 in each stratum with cases left, never"
            + " more than it has left (default)\n"
            + "Note: Sized by the inspectorate's known practice for 2019-20");
    assertThat(text).contains("minor changes to domain two sampling");
    assertThat(text).doesNotContain("Specification:");
  }

  @Test
  void toText_usersOwnRules_areNotMarked() {
    SampleSpecification d2 = SamplingPolicy.PROBATION_2019_20.specification(SampleKind.DOMAIN_TWO).orElseThrow()
        .withConfidence(0.9).withReserve(ReserveRule.of(10, 0));
    CaseSample s = CaseSample.drawOrThrow(CaseSampleTest.seventyMenThirtyWomen(), d2, FIELDWORK, 7L);

    String text = s.report().toText();

    assertThat(text).contains("  confidence level: 90%\n",
        "  reserve: 10% of each stratum's sample, rounded up, never more than it has left\n",
        "  strata: gender, sentence-type, risk-of-serious-harm (default)\n");
  }

  @Test
  void toText_andReserves_sayHowManyReservesWereDrawn() {
    SampleReport r = sample.report();

    // 4 women (20% of 19, rounded up) and 9 men (20% of 44).
    assertThat(r.reserves()).isEqualTo(13);
    assertThat(r.toText()).contains(
        "Achieved: 63 cases, margin of error 4.9 points\n"
            + "Reserve: 13 cases drawn from the eligible cases not selected, in order of use within each stratum\n");
    assertThat(r).hasToString("SampleReport{kind=domain-two, eligible=100, target=63, achieved=63, reserves=13}");
  }
}
