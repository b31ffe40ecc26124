package org.inspectionkit.rules.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import org.inspectionkit.model.framework.FrameworkId;
import org.inspectionkit.model.framework.SampleKind;
import org.inspectionkit.rules.fieldwork.DateSpan;
import org.junit.jupiter.api.Test;

class SamplingPolicyTest {

  private static final LocalDate FIELDWORK = LocalDate.of(2019, 9, 2);

  @Test
  void builtIn_bothProbationVersions_specifyEveryProbationSampleKind() {
    for (SamplingPolicy p : SamplingPolicy.builtIn()) {
      assertThat(p.sampleKinds()).containsExactly(
          SampleKind.COURT_WORK, SampleKind.DOMAIN_TWO, SampleKind.THROUGH_THE_GATE, SampleKind.UNPAID_WORK,
          SampleKind.VICTIM_WORK);
      assertThat(p.specifications()).allSatisfy(s -> {
        assertThat(s.confidence()).isEqualTo(0.80);
        assertThat(s.marginOfError()).isEqualTo(0.05);
        assertThat(s.basis()).isNotEqualTo(SpecificationBasis.USER_SUPPLIED);
        assertThat(s.note()).isPresent();
      });
    }
    assertThat(SamplingPolicy.builtIn(FrameworkId.of("probation-2019-20"))).contains(SamplingPolicy.PROBATION_2019_20);
    assertThat(SamplingPolicy.builtIn(FrameworkId.of("youth-2019-20"))).isEmpty();
  }

  @Test
  void domainTwo_bothVersions_knownPracticeStratifiedByGenderSentenceAndRisk() {
    SampleSpecification s = SamplingPolicy.PROBATION_2019_20.specification(SampleKind.DOMAIN_TWO).orElseThrow();

    assertThat(s.basis()).isEqualTo(SpecificationBasis.KNOWN_PRACTICE);
    assertThat(s.strata()).containsExactlyElementsOf(SampleSpecification.DEFAULT_STRATA);
    assertThat(s.eligibilityWindowBefore(FIELDWORK))
        .isEqualTo(DateSpan.of(LocalDate.of(2019, 3, 2), LocalDate.of(2019, 9, 1)));
    assertThat(SamplingPolicy.PROBATION_2018_19.specification(SampleKind.DOMAIN_TWO).orElseThrow().strata())
        .isEqualTo(s.strata());
  }

  @Test
  void throughTheGate_2019_20_placeholderWithAShorterWindowThan2018_19() {
    SampleSpecification old = SamplingPolicy.PROBATION_2018_19.specification(SampleKind.THROUGH_THE_GATE).orElseThrow();
    SampleSpecification now = SamplingPolicy.PROBATION_2019_20.specification(SampleKind.THROUGH_THE_GATE).orElseThrow();

    assertThat(old.eligibilityWindow()).isEqualTo(Period.ofMonths(6));
    assertThat(now.eligibilityWindow()).isEqualTo(Period.ofMonths(3));
    assertThat(now.basis()).isEqualTo(SpecificationBasis.PLACEHOLDER);
    assertThat(now.note().orElseThrow()).contains("Placeholder").contains("three months");
    assertThat(now.eligibilityWindowBefore(FIELDWORK).from()).isEqualTo(LocalDate.of(2019, 6, 2));
  }

  @Test
  void builder_sameKindTwice_rejected_andSpecificationsKeptInKindOrder() {
    SampleSpecification upw = SampleSpecification.builder().sampleKind(SampleKind.UNPAID_WORK).build();
    SampleSpecification d2 = SampleSpecification.builder().sampleKind(SampleKind.DOMAIN_TWO).build();

    assertThatThrownBy(() -> SamplingPolicy.builder()
            .frameworkId("mine-2019-20").cycle("2019-20").addSpecifications(upw, upw).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'unpaid-work' is specified twice");
    assertThat(SamplingPolicy.builder()
            .frameworkId("mine-2019-20").cycle("2019-20").addSpecifications(upw, d2).build().sampleKinds())
        .containsExactly(SampleKind.DOMAIN_TWO, SampleKind.UNPAID_WORK);
  }

  @Test
  void specification_badValues_rejectedNamingEach() {
    assertThatThrownBy(() -> SampleSpecification.builder()
            .sampleKind(SampleKind.DOMAIN_TWO).confidence(80).marginOfError(5).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("confidence must be strictly between 0 and 1")
        .hasMessageContaining("margin of error must be strictly between 0 and 1");
    assertThatThrownBy(() -> SampleSpecification.builder()
            .sampleKind(SampleKind.DOMAIN_TWO).minimumSize(50).maximumSize(40).build())
        .hasMessageContaining("below minimumSize 50");
    assertThatThrownBy(() -> SampleSpecification.builder()
            .sampleKind(SampleKind.DOMAIN_TWO).eligibilityWindow(Period.ZERO).build())
        .hasMessageContaining("eligibilityWindow: must be positive");
    assertThatThrownBy(() -> SampleSpecification.builder()
            .sampleKind(SampleKind.DOMAIN_TWO)
            .addStrata(StratumAttribute.GENDER, StratumAttribute.of("gender"))
            .build())
        .hasMessageContaining("'gender' is named twice");
  }

  @Test
  void withConfidence_derivesAUserSuppliedCopy() {
    SampleSpecification d2 = SamplingPolicy.PROBATION_2019_20.specification(SampleKind.DOMAIN_TWO).orElseThrow();

    SampleSpecification ninety = d2.withConfidence(0.9).withMarginOfError(0.1);

    assertThat(ninety.confidence()).isEqualTo(0.9);
    assertThat(ninety.marginOfError()).isEqualTo(0.1);
    assertThat(ninety.basis()).isEqualTo(SpecificationBasis.USER_SUPPLIED);
    assertThat(ninety.strata()).isEqualTo(d2.strata());
  }

  @Test
  void eligibilityGap_shiftsTheWindowBack() {
    SampleSpecification s = SampleSpecification.builder()
        .sampleKind(SampleKind.DOMAIN_TWO)
        .eligibilityWindow(Period.ofMonths(1))
        .eligibilityGap(Period.ofMonths(6))
        .build();

    assertThat(s.eligibilityWindowBefore(FIELDWORK))
        .hasToString("2019-02-02 to 2019-03-01");
  }
}
