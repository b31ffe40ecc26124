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
  void builtIn_2018_19And2019_20_holdTheSameRules_andThe2019_20NotesSayTheChangesAreNotModelled() {
    for (SampleKind kind : SamplingPolicy.PROBATION_2018_19.sampleKinds()) {
      SampleSpecification old = SamplingPolicy.PROBATION_2018_19.specification(kind).orElseThrow();
      SampleSpecification now = SamplingPolicy.PROBATION_2019_20.specification(kind).orElseThrow();
      assertThat(SampleSpecification.builder().from(now).note(old.note().orElseThrow()).build()).as(kind.code())
          .isEqualTo(old);
    }
    assertThat(note(SamplingPolicy.PROBATION_2019_20, SampleKind.DOMAIN_TWO))
        .contains("minor changes to domain two sampling").contains("not available").contains("defaults");
    assertThat(note(SamplingPolicy.PROBATION_2019_20, SampleKind.UNPAID_WORK))
        .contains("minor changes to unpaid work sampling").contains("not available");
    assertThat(note(SamplingPolicy.PROBATION_2019_20, SampleKind.THROUGH_THE_GATE))
        .contains("major changes to Through the Gate sampling").contains("not available");
    assertThat(note(SamplingPolicy.PROBATION_2018_19, SampleKind.THROUGH_THE_GATE)).doesNotContain("changes");
  }

  @Test
  void throughTheGate_bothVersions_placeholderOfSixMonthsByGenderAndRisk() {
    for (SamplingPolicy p : SamplingPolicy.builtIn()) {
      SampleSpecification ttg = p.specification(SampleKind.THROUGH_THE_GATE).orElseThrow();

      assertThat(ttg.eligibilityWindow()).isEqualTo(Period.ofMonths(6));
      assertThat(ttg.strata()).containsExactly(StratumAttribute.GENDER, StratumAttribute.RISK_OF_SERIOUS_HARM);
      assertThat(ttg.basis()).isEqualTo(SpecificationBasis.PLACEHOLDER);
      assertThat(ttg.eligibleCases()).hasValueSatisfying(e -> assertThat(e).contains("released"));
      assertThat(ttg.defaults()).containsExactly(SamplingRule.values());
    }
  }

  @Test
  void builtIn_everyRuleStatesItsBasis_onlyDomainTwoAndUnpaidWorkSizingIsKnownPractice() {
    for (SamplingPolicy p : SamplingPolicy.builtIn()) {
      for (SampleSpecification s : p.specifications()) {
        assertThat(s.ruleBases().keySet()).as(s.sampleKind().code()).containsExactlyInAnyOrder(SamplingRule.values());
        boolean known = s.sampleKind().equals(SampleKind.DOMAIN_TWO) || s.sampleKind().equals(SampleKind.UNPAID_WORK);
        for (SamplingRule r : SamplingRule.values()) {
          boolean sizing = r == SamplingRule.CONFIDENCE || r == SamplingRule.MARGIN_OF_ERROR;
          assertThat(s.basisOf(r)).as(s.sampleKind() + " " + r)
              .isEqualTo(known && sizing ? SpecificationBasis.KNOWN_PRACTICE : SpecificationBasis.PLACEHOLDER);
        }
        assertThat(s.reserve()).isEqualTo(ReserveRule.DEFAULT);
        assertThat(s.allocation()).isEqualTo(AllocationMethod.PROPORTIONAL_LARGEST_REMAINDER);
        assertThat(s.minimumSize()).isEmpty();
        assertThat(s.maximumSize()).isEmpty();
        assertThat(s.eligibleCases()).isPresent();
      }
    }
  }

  @Test
  void basisOf_userBuiltSpecification_aDefaultValueIsTheDefaultsBasis_anotherIsUserSupplied() {
    SampleSpecification plain = SampleSpecification.builder().sampleKind(SampleKind.DOMAIN_TWO).build();
    SampleSpecification own = SampleSpecification.builder()
        .sampleKind(SampleKind.DOMAIN_TWO)
        .confidence(0.9)
        .assumedProportion(0.3)
        .strata(SampleSpecification.DEFAULT_STRATA)
        .eligibilityWindow(Period.ofMonths(4))
        .minimumSize(30)
        .reserve(ReserveRule.of(10, 1))
        .eligibleCases("licences only")
        .build();

    assertThat(plain.basisOf(SamplingRule.CONFIDENCE)).isEqualTo(SpecificationBasis.KNOWN_PRACTICE);
    assertThat(plain.basisOf(SamplingRule.MARGIN_OF_ERROR)).isEqualTo(SpecificationBasis.KNOWN_PRACTICE);
    assertThat(plain.defaults()).containsExactly(SamplingRule.ASSUMED_PROPORTION, SamplingRule.ELIGIBILITY_WINDOW,
        SamplingRule.ALLOCATION, SamplingRule.SIZE_LIMITS, SamplingRule.RESERVE);
    assertThat(plain.basisOf(SamplingRule.STRATA)).as("unstratified is the user's choice")
        .isEqualTo(SpecificationBasis.USER_SUPPLIED);
    assertThat(plain.basisOf(SamplingRule.ELIGIBLE_CASES)).isEqualTo(SpecificationBasis.USER_SUPPLIED);
    assertThat(own.defaults()).containsExactly(SamplingRule.STRATA, SamplingRule.ALLOCATION);
    assertThat(own.basisOf(SamplingRule.CONFIDENCE)).isEqualTo(SpecificationBasis.USER_SUPPLIED);
    assertThat(own.basisOf(SamplingRule.MARGIN_OF_ERROR)).isEqualTo(SpecificationBasis.KNOWN_PRACTICE);
  }

  @Test
  void basisOf_statedBasis_winsExceptKnownPracticeForAnotherValue() {
    SampleSpecification d2 = SamplingPolicy.PROBATION_2019_20.specification(SampleKind.DOMAIN_TWO).orElseThrow();

    SampleSpecification copied = SampleSpecification.builder().from(d2).confidence(0.95)
        .basis(SamplingRule.STRATA, SpecificationBasis.USER_SUPPLIED).build();

    assertThat(copied.basisOf(SamplingRule.CONFIDENCE)).as("95% is not the known practice")
        .isEqualTo(SpecificationBasis.USER_SUPPLIED);
    assertThat(copied.basisOf(SamplingRule.STRATA)).isEqualTo(SpecificationBasis.USER_SUPPLIED);
    assertThat(copied.basisOf(SamplingRule.ASSUMED_PROPORTION)).isEqualTo(SpecificationBasis.PLACEHOLDER);
  }

  @Test
  void describe_everyRuleOfTheBuiltInDomainTwoSample() {
    SampleSpecification d2 = SamplingPolicy.PROBATION_2019_20.specification(SampleKind.DOMAIN_TWO).orElseThrow();

    assertThat(d2.describe(SamplingRule.CONFIDENCE)).isEqualTo("80%");
    assertThat(d2.describe(SamplingRule.MARGIN_OF_ERROR)).isEqualTo("5 percentage points");
    assertThat(d2.describe(SamplingRule.ASSUMED_PROPORTION)).isEqualTo("0.5");
    assertThat(d2.describe(SamplingRule.ELIGIBLE_CASES)).isEqualTo("community sentences and licences");
    assertThat(d2.describe(SamplingRule.ELIGIBILITY_WINDOW))
        .isEqualTo("cases that started in the 6 months before fieldwork");
    assertThat(d2.describe(SamplingRule.STRATA)).isEqualTo("gender, sentence-type, risk-of-serious-harm");
    assertThat(d2.describe(SamplingRule.ALLOCATION))
        .isEqualTo("in proportion to each stratum's eligible cases, whole cases by largest remainder");
    assertThat(d2.describe(SamplingRule.SIZE_LIMITS)).isEqualTo("none");
    assertThat(d2.describe(SamplingRule.RESERVE)).isEqualTo(ReserveRule.DEFAULT.describe());
    SampleSpecification other = SampleSpecification.builder().sampleKind(SampleKind.DOMAIN_TWO)
        .eligibilityWindow(Period.ofYears(1)).eligibilityGap(Period.ofDays(14)).minimumSize(20).maximumSize(60)
        .build();
    assertThat(other.describe(SamplingRule.ELIGIBILITY_WINDOW))
        .isEqualTo("cases that started in the 1 year ending 14 days before fieldwork");
    assertThat(other.describe(SamplingRule.SIZE_LIMITS)).isEqualTo("at least 20 cases, at most 60 cases");
    assertThat(other.describe(SamplingRule.STRATA)).isEqualTo("none (one stratum of all cases)");
    assertThat(other.describe(SamplingRule.ELIGIBLE_CASES)).isEqualTo("the records supplied");
  }

  private static String note(SamplingPolicy policy, SampleKind kind) {
    return policy.specification(kind).orElseThrow().note().orElseThrow();
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
    assertThatThrownBy(() -> SampleSpecification.builder()
            .sampleKind(SampleKind.DOMAIN_TWO).eligibleCases(" ").build())
        .hasMessageContaining("eligibleCases: must be non-blank");
  }

  @Test
  void withConfidence_derivesAUserSuppliedCopy() {
    SampleSpecification d2 = SamplingPolicy.PROBATION_2019_20.specification(SampleKind.DOMAIN_TWO).orElseThrow();

    SampleSpecification ninety = d2.withConfidence(0.9).withMarginOfError(0.1);

    assertThat(ninety.confidence()).isEqualTo(0.9);
    assertThat(ninety.marginOfError()).isEqualTo(0.1);
    assertThat(ninety.basis()).isEqualTo(SpecificationBasis.USER_SUPPLIED);
    assertThat(ninety.strata()).isEqualTo(d2.strata());
    assertThat(ninety.basisOf(SamplingRule.CONFIDENCE)).isEqualTo(SpecificationBasis.USER_SUPPLIED);
    assertThat(ninety.basisOf(SamplingRule.MARGIN_OF_ERROR)).isEqualTo(SpecificationBasis.USER_SUPPLIED);
    assertThat(ninety.defaults()).isEqualTo(d2.defaults());
    assertThat(d2.withConfidence(0.8).basisOf(SamplingRule.CONFIDENCE)).as("the user's, even at the known value")
        .isEqualTo(SpecificationBasis.USER_SUPPLIED);
  }

  @Test
  void withReserve_derivesACopyWithTheUsersReserveRule() {
    SampleSpecification d2 = SamplingPolicy.PROBATION_2019_20.specification(SampleKind.DOMAIN_TWO).orElseThrow();

    SampleSpecification tenPercent = d2.withReserve(ReserveRule.of(10, 0));

    assertThat(tenPercent.reserve()).isEqualTo(ReserveRule.of(10, 0));
    assertThat(tenPercent.basisOf(SamplingRule.RESERVE)).isEqualTo(SpecificationBasis.USER_SUPPLIED);
    assertThat(tenPercent.defaults()).doesNotContain(SamplingRule.RESERVE).contains(SamplingRule.STRATA);
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
