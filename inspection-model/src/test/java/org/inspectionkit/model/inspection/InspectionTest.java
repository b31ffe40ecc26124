package org.inspectionkit.model.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.inspectionkit.model.Rating;
import org.inspectionkit.model.casework.Answer;
import org.inspectionkit.model.casework.CaseAssessment;
import org.inspectionkit.model.casework.CaseRef;
import org.inspectionkit.model.casework.InspectedCase;
import org.inspectionkit.model.casework.InterviewOutcome;
import org.inspectionkit.model.casework.ServiceUserInterview;
import org.inspectionkit.model.evidence.RatingOverride;
import org.inspectionkit.model.evidence.StandardJudgement;
import org.inspectionkit.model.framework.SampleKind;
import org.inspectionkit.model.framework.StandardCode;
import org.inspectionkit.model.provider.Provider;
import org.inspectionkit.model.provider.ProviderId;
import org.inspectionkit.model.provider.ProviderType;
import org.inspectionkit.model.recommendation.Progress;
import org.inspectionkit.model.recommendation.ProgressAssessment;
import org.inspectionkit.model.recommendation.Recommendation;
import org.inspectionkit.model.recommendation.RecommendationId;
import org.junit.jupiter.api.Test;

class InspectionTest {

  static final Provider BENCH = Provider.of(ProviderId.of("crc-bench"), "BeNCH CRC", ProviderType.CRC);

  static InspectedCase domainTwoCase(String ref) {
    return InspectedCase.of(CaseRef.of(ref), SampleKind.DOMAIN_TWO);
  }

  static CaseAssessment assessment(String ref, Answer answer) {
    return CaseAssessment.builder()
        .caseRef(ref)
        .assessor("insp-01")
        .assessedOn(LocalDate.of(2019, 9, 3))
        .putAnswer("2.1.1", answer)
        .build();
  }

  static Inspection.Builder base() {
    return Inspection.builder()
        .id("crc-bench-2019-20")
        .provider(BENCH)
        .frameworkId("probation-2019-20")
        .cycle("2019-20");
  }

  @Test
  void build_keepsCollectionsSortedSoOrderOfInputDoesNotMatter() {
    Inspection a =
        base()
            .addCases(domainTwoCase("C2"), domainTwoCase("C1"))
            .addAssessments(assessment("C2", Answer.NO), assessment("C1", Answer.YES))
            .build();
    Inspection b =
        base()
            .addCases(domainTwoCase("C1"), domainTwoCase("C2"))
            .addAssessments(assessment("C1", Answer.YES), assessment("C2", Answer.NO))
            .build();
    assertThat(a).isEqualTo(b);
    assertThat(a.cases()).extracting(c -> c.ref().value()).containsExactly("C1", "C2");
    assertThat(a.assessment(CaseRef.of("C2")).flatMap(x -> x.answer(org.inspectionkit.model.framework.KeyQuestionCode.of(2, 1, 1))))
        .contains(Answer.NO);
    assertThat(a.inspectedCase(CaseRef.of("C3"))).isEmpty();
  }

  @Test
  void build_rejectsDuplicateCaseReferences() {
    assertThatThrownBy(() -> base().addCases(domainTwoCase("C1"), domainTwoCase("C1")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Inspection crc-bench-2019-20 cases: duplicate case reference 'C1'");
  }

  @Test
  void build_rejectsAnAssessmentOfAnUnknownCase() {
    assertThatThrownBy(() -> base().addCase(domainTwoCase("C1")).addAssessment(assessment("C9", Answer.YES)).build())
        .hasMessage("Inspection crc-bench-2019-20 assessments: assessment of unknown case 'C9'");
  }

  @Test
  void build_rejectsTwoAssessmentsOfOneCase() {
    assertThatThrownBy(
            () ->
                base()
                    .addCase(domainTwoCase("C1"))
                    .addAssessments(assessment("C1", Answer.YES), assessment("C1", Answer.NO))
                    .build())
        .hasMessage("Inspection crc-bench-2019-20 assessments: duplicate assessment of case 'C1'");
  }

  @Test
  void build_rejectsAnInterviewForAnUnknownCase() {
    assertThatThrownBy(
            () -> base().addInterview(ServiceUserInterview.of(CaseRef.of("C1"), InterviewOutcome.DONE)).build())
        .hasMessage("Inspection crc-bench-2019-20 interviews: interview for unknown case 'C1'");
  }

  @Test
  void build_rejectsAJudgementCitingAnUnknownCase() {
    StandardJudgement j =
        StandardJudgement.builder()
            .standard("1.1")
            .rating(Rating.GOOD)
            .rationale("Leaders know the casework")
            .addCitedCase(CaseRef.of("C7"))
            .build();
    assertThatThrownBy(() -> base().addJudgement(j).build())
        .hasMessage("Inspection crc-bench-2019-20 judgement 1.1: cites unknown case 'C7'");
  }

  @Test
  void build_rejectsTwoOverridesOfOneStandard() {
    RatingOverride o = RatingOverride.of(StandardCode.of(2, 1), Rating.GOOD, Rating.REQUIRES_IMPROVEMENT, "r");
    assertThatThrownBy(() -> base().addOverrides(o, o).build())
        .hasMessage("Inspection crc-bench-2019-20 overrides: duplicate override of standard '2.1'");
  }

  @Test
  void build_rejectsARecommendationOfAnotherInspection() {
    Recommendation r =
        Recommendation.builder()
            .inspection(InspectionId.of("crc-bench-2018-19"))
            .number(1)
            .target("1.2")
            .text("Improve staffing")
            .addressedTo("BeNCH CRC")
            .build();
    assertThatThrownBy(() -> base().addRecommendation(r).build())
        .hasMessageContaining("recommendation crc-bench-2018-19/1 was made by another inspection");
  }

  @Test
  void build_rejectsProgressAssessedBySomeoneElseOrOnItsOwnRecommendations() {
    ProgressAssessment other =
        ProgressAssessment.builder()
            .recommendation(RecommendationId.parse("crc-bench-2018-19/1"))
            .assessedIn(InspectionId.of("crc-bench-2020-21"))
            .progress(Progress.SUFFICIENT)
            .build();
    assertThatThrownBy(() -> base().addProgressAssessment(other).build())
        .hasMessageContaining("was made by inspection crc-bench-2020-21, not this one");
    ProgressAssessment own =
        ProgressAssessment.builder()
            .recommendation(RecommendationId.parse("crc-bench-2019-20/1"))
            .assessedIn(InspectionId.of("crc-bench-2019-20"))
            .progress(Progress.SUFFICIENT)
            .build();
    assertThatThrownBy(() -> base().addProgressAssessment(own).build())
        .hasMessageContaining("follows up earlier recommendations, not its own");
  }

  @Test
  void build_rejectsItselfAsPreviousInspection() {
    assertThatThrownBy(() -> base().previousInspection(InspectionId.of("crc-bench-2019-20")).build())
        .hasMessage("Inspection crc-bench-2019-20 previousInspection: cannot be itself");
  }

  @Test
  void defaults_andDerivations() {
    Inspection i = base().fieldwork(FieldworkPeriod.of(LocalDate.of(2019, 9, 2), 4)).build();
    assertThat(i.status()).isEqualTo(InspectionStatus.PLANNED);
    assertThat(i.withStatus(InspectionStatus.PUBLISHED).status()).isEqualTo(InspectionStatus.PUBLISHED);
    assertThat(i.fieldwork().orElseThrow().end()).isEqualTo(LocalDate.of(2019, 9, 27));
    assertThatThrownBy(() -> FieldworkPeriod.of(LocalDate.of(2019, 9, 2), 0))
        .hasMessage("FieldworkPeriod weeks: must be 1 to 12, was 0");
  }

  @Test
  void toString_printsIdsAndCountsOnly() {
    Inspection i = base().addCase(domainTwoCase("C1")).addAssessment(assessment("C1", Answer.YES)).build();
    assertThat(i.toString())
        .isEqualTo(
            "Inspection{id=crc-bench-2019-20, provider=crc-bench, framework=probation-2019-20, cycle=2019-20,"
                + " status=PLANNED, cases=1, assessments=1}");
  }

  @Test
  void collections_areUnmodifiable() {
    Inspection i = base().addCase(domainTwoCase("C1")).build();
    List<InspectedCase> cases = i.cases();
    assertThatThrownBy(() -> cases.add(domainTwoCase("C2"))).isInstanceOf(UnsupportedOperationException.class);
  }
}
