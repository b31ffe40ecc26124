package org.inspectionkit.rules.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.inspectionkit.rules.TestFrameworks.CRC;
import static org.inspectionkit.rules.TestFrameworks.NPS;
import static org.inspectionkit.rules.TestFrameworks.assessment;
import static org.inspectionkit.rules.TestFrameworks.judgement;
import static org.inspectionkit.rules.TestFrameworks.probationLike;
import static org.inspectionkit.rules.TestFrameworks.uniform;
import static org.inspectionkit.rules.TestFrameworks.withCounts;

import io.vavr.control.Validation;
import java.util.List;
import java.util.stream.Collectors;
import org.inspectionkit.model.Rating;
import org.inspectionkit.model.casework.Answer;
import org.inspectionkit.model.casework.CaseRef;
import org.inspectionkit.model.casework.InspectedCase;
import org.inspectionkit.model.evidence.RatingOverride;
import org.inspectionkit.model.evidence.StandardJudgement;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.KeyQuestionCode;
import org.inspectionkit.model.framework.SampleKind;
import org.inspectionkit.model.framework.StandardCode;
import org.inspectionkit.model.casework.CaseAssessment;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.provider.ProviderType;
import org.inspectionkit.rules.Problem;
import org.inspectionkit.rules.TestFrameworks;
import org.inspectionkit.rules.ProblemsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RatingCalculatorTest {

  private static final Framework FRAMEWORK = probationLike();
  private static final RatingCalculator CALCULATOR = RatingCalculator.probation();
  private static final StandardCode S21 = StandardCode.of(2, 1);
  private static final KeyQuestionCode K213 = KeyQuestionCode.of(2, 1, 3);

  private static List<String> codes(Validation<List<Problem>, ?> v) {
    return v.getError().stream().map(Problem::code).collect(Collectors.toList());
  }

  @Test
  void rate_allYesAndGoodJudgements_isOutstandingOverallWith26Points() {
    InspectionRating r = CALCULATOR.rateOrThrow(FRAMEWORK, uniform(CRC, 10, Answer.YES, Rating.GOOD).build());
    assertThat(r.standards()).extracting(s -> s.code().toString())
        .containsExactly("1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "2.3", "2.4", "3.1", "3.2");
    assertThat(r.standard(S21).orElseThrow().computed()).isEqualTo(Rating.OUTSTANDING);
    assertThat(r.overall().score()).isEqualTo(26);
    assertThat(r.overall().rating()).isEqualTo(Rating.OUTSTANDING);
    assertThat(r.overall().reason()).isEqualTo("Outstanding: 26 of 30 points, in the band 26 to 30.");
    assertThat(r.providerType()).isEqualTo(CRC);
  }

  @Test
  void rate_lowestKeyQuestionDrivesTheStandard_withCountsShareIntervalAndDistances() {
    // 2.1.3: 31 yes, 9 no, 5 not applicable -> 31 of 40 = 77.5%, Good; the other key questions are all yes.
    // Intervals at 95% here (a policy may say so); the default's 80% is below.
    RatingCalculator at95 =
        RatingCalculator.of(RatingPolicy.builder().from(RatingPolicy.probation()).intervalZ(RatingPolicy.Z_95).build());
    InspectionRating r = at95.rateOrThrow(FRAMEWORK, withCounts(CRC, K213, 31, 9, 5));
    StandardRating s = r.standard(S21).orElseThrow();
    assertThat(s.computed()).isEqualTo(Rating.GOOD);
    assertThat(s.drivingKeyQuestions()).containsExactly(K213);
    KeyQuestionResult k = s.keyQuestions().get(2);
    assertThat(k.code()).isEqualTo(K213);
    assertThat(k.yes()).isEqualTo(31);
    assertThat(k.no()).isEqualTo(9);
    assertThat(k.notApplicable()).isEqualTo(5);
    assertThat(k.applicable()).isEqualTo(40);
    assertThat(k.shareText()).isEqualTo("77.5%");
    assertThat(k.band()).contains(Rating.GOOD);
    // One more yes (32 of 40 = 80%) lifts it; six fewer (25 of 40 = 62.5%) drop it.
    assertThat(k.casesToBandUp()).hasValue(1);
    assertThat(k.casesToBandDown()).hasValue(6);
    assertThat(k.intervalText()).isEqualTo("62.5%-87.7%");
    // The interval 62.5%-87.7% spans Requires improvement to Outstanding.
    assertThat(s.worstWithinSamplingError()).isEqualTo(Rating.REQUIRES_IMPROVEMENT);
    assertThat(s.bestWithinSamplingError()).isEqualTo(Rating.OUTSTANDING);
    assertThat(s.isWithinSamplingErrorOfAnotherRating()).isTrue();
    assertThat(s.reason())
        .isEqualTo(
            "Good: the lowest-scoring key question, 2.1.3 (31 of 40 applicable cases, 77.5%), is Good. 1 more case"
                + " answered yes instead of no would make it Outstanding. Within sampling error it could be"
                + " Outstanding to Requires improvement.");
    // Other key questions of 2.1 are all yes: Outstanding, not driving.
    assertThat(s.keyQuestions().get(0).band()).contains(Rating.OUTSTANDING);
    assertThat(s.keyQuestions().get(0).driving()).isFalse();
    assertThat(s.keyQuestions().get(0).casesToBandUp()).isEmpty();
  }

  @Test
  void reason_oneAnswerThatJumpsTwoBands_namesTheRatingItReaches() {
    // 2.1.3: 1 yes, 1 no -> 50%, Requires improvement. One more yes gives 2 of 2 = 100%: Outstanding, not Good,
    // which the reason said before the rise was worked out from the band reached.
    InspectionRating r = CALCULATOR.rateOrThrow(FRAMEWORK, withCounts(CRC, K213, 1, 1, 0));
    StandardRating s = r.standard(S21).orElseThrow();
    assertThat(s.computed()).isEqualTo(Rating.REQUIRES_IMPROVEMENT);
    assertThat(s.keyQuestions().get(2).bandWithCasesUp()).contains(Rating.OUTSTANDING);
    assertThat(s.answersToRise()).hasValue(1);
    assertThat(s.ratingAfterRise()).contains(Rating.OUTSTANDING);
    assertThat(s.reason()).contains("1 more case answered yes instead of no would make it Outstanding.");
  }

  @Test
  void reason_twoDrivingKeyQuestions_addsTheirAnswersAndNamesEach() {
    // 2.1.1 and 2.1.3 both 31 of 40 (77.5%, Good, one yes short of Outstanding); 2.1.2 all yes.
    Inspection one = withCounts(CRC, K213, 31, 9, 0);
    KeyQuestionCode k211 = KeyQuestionCode.of(2, 1, 1);
    Inspection two = withCounts(CRC, k211, 31, 9, 0);
    java.util.List<CaseAssessment> merged = new java.util.ArrayList<>();
    for (int i = 0; i < one.assessments().size(); i++) {
      CaseAssessment a = one.assessments().get(i);
      CaseAssessment b = two.assessments().get(i);
      Answer other = b.answers().get(k211); // domain-two cases only
      merged.add(other == null ? a : CaseAssessment.builder().from(a).putAnswer(k211, other).build());
    }
    InspectionRating r =
        CALCULATOR.rateOrThrow(FRAMEWORK, Inspection.builder().from(one).assessments(merged).build());
    StandardRating s = r.standard(S21).orElseThrow();
    assertThat(s.drivingKeyQuestions()).containsExactly(k211, K213);
    assertThat(s.answersToRise()).hasValue(2);
    assertThat(s.reason())
        .contains("2 more answers of yes instead of no (2.1.1: 1, 2.1.3: 1) would make it Outstanding.");
  }

  @Test
  void rate_keyQuestionWithNoApplicableCase_isReportedAndDoesNotDrive() {
    InspectionRating r = CALCULATOR.rateOrThrow(FRAMEWORK, withCounts(CRC, K213, 0, 0, 12));
    StandardRating s = r.standard(S21).orElseThrow();
    assertThat(s.computed()).isEqualTo(Rating.OUTSTANDING);
    assertThat(s.keyQuestionsWithoutApplicableCases()).containsExactly(K213);
    assertThat(s.drivingKeyQuestions()).doesNotContain(K213);
    assertThat(s.keyQuestions().get(2).band()).isEmpty();
    assertThat(s.reason()).contains("No applicable case for 2.1.3, which cannot drive the rating.");
  }

  @Test
  void rate_standardWhoseEveryAnswerIsNotApplicable_cannotBeRated() {
    Inspection i = uniform(CRC, 3, Answer.NOT_APPLICABLE, Rating.GOOD).build();
    Validation<List<Problem>, InspectionRating> v = CALCULATOR.rate(FRAMEWORK, i);
    assertThat(codes(v)).containsOnly("rating.no-applicable-cases").hasSize(6);
  }

  @Test
  void rate_reportsEveryProblemAtOnce() {
    Inspection base = uniform(CRC, 2, Answer.YES, Rating.GOOD).build();
    Inspection bad =
        Inspection.builder()
            .from(base)
            .judgements(base.judgements().subList(1, 4)) // no judgement of 1.1
            .addCase(InspectedCase.of(CaseRef.of("CW-1"), SampleKind.COURT_WORK))
            .addCase(InspectedCase.of(CaseRef.of("X-1"), SampleKind.DOMAIN_TWO))
            .addAssessment(
                assessment("X-1")
                    .putAnswer("2.1.9", Answer.YES)
                    .putAnswer("3.1.1", Answer.NO)
                    .putAnswer("1.1.1", Answer.YES)
                    .build())
            .build();
    Validation<List<Problem>, InspectionRating> v = CALCULATOR.rate(FRAMEWORK, bad);
    assertThat(v.isInvalid()).isTrue();
    assertThat(v.getError())
        .extracting(Problem::toString)
        .containsExactly(
            "case CW-1: in the court-work sample, which no standard of provider type crc is rated from"
                + " [rating.unknown-sample]",
            "case X-1, key question 1.1.1: answered, but it belongs to another provider type's standards or to a"
                + " judgement-rated standard, not to a case-rated standard of provider type crc in framework"
                + " probation-like-2019-20 [rating.unknown-key-question]",
            "case X-1, key question 2.1.9: answered, but there is no such key question in framework"
                + " probation-like-2019-20 [rating.unknown-key-question]",
            "case X-1, 3.1.1: answered by a case of the domain-two sample, but its standard is rated from the"
                + " unpaid-work sample [rating.wrong-sample]",
            "standard 1.1: rated by judgement, but the inspection records no judgement for it"
                + " [rating.missing-judgement]");
  }

  @Test
  void rate_caseRatedStandardWithNoCase_isAProblemNotADefault() {
    Inspection i = uniform(CRC, 0, Answer.YES, Rating.GOOD).build();
    assertThat(CALCULATOR.rate(FRAMEWORK, i).getError())
        .extracting(Problem::where)
        .containsExactly("standard 2.1", "standard 2.2", "standard 2.3", "standard 2.4", "standard 3.1", "standard 3.2");
    assertThat(CALCULATOR.rate(FRAMEWORK, i).getError().get(0).message())
        .isEqualTo("rated from case data, but no case of the domain-two sample has been assessed");
  }

  @Test
  void rate_overrideReplacesTheComputedRatingAndTheOverallUsesIt() {
    Inspection base = uniform(CRC, 10, Answer.YES, Rating.GOOD).build();
    Inspection overridden =
        Inspection.builder()
            .from(base)
            .addOverride(
                RatingOverride.of(S21, Rating.OUTSTANDING, Rating.REQUIRES_IMPROVEMENT, "Case notes contradict answers"))
            .build();
    InspectionRating r = CALCULATOR.rateOrThrow(FRAMEWORK, overridden);
    StandardRating s = r.standard(S21).orElseThrow();
    assertThat(s.computed()).isEqualTo(Rating.OUTSTANDING);
    assertThat(s.finalRating()).isEqualTo(Rating.REQUIRES_IMPROVEMENT);
    assertThat(s.reason()).endsWith("Overridden by the inspector to Requires improvement (reason recorded).");
    assertThat(r.overall().score()).isEqualTo(24);
    assertThat(r.overall().rating()).isEqualTo(Rating.GOOD);
  }

  @Test
  void rate_defaultIntervals_haveTheSamplingDesignsEightyPercentConfidence() {
    // 31 of 40 at 80% (z = 1.2816): Wilson interval 68.05% to 84.78%, within Good to Outstanding only.
    StandardRating s =
        CALCULATOR.rateOrThrow(FRAMEWORK, withCounts(CRC, K213, 31, 9, 5)).standard(S21).orElseThrow();

    assertThat(RatingPolicy.probation().intervalZ()).isEqualTo(RatingPolicy.Z_80);
    assertThat(RatingPolicy.probation().intervalConfidenceLabel()).isEqualTo("80%");
    assertThat(s.keyQuestions().get(2).intervalText()).isEqualTo("68.1%-84.8%");
    assertThat(s.worstWithinSamplingError()).isEqualTo(Rating.GOOD);
    assertThat(s.bestWithinSamplingError()).isEqualTo(Rating.OUTSTANDING);
    assertThat(RatingPolicy.builder().from(RatingPolicy.probation()).intervalZ(RatingPolicy.Z_95).build()
        .intervalConfidenceLabel()).isEqualTo("95%");
    assertThat(RatingPolicy.builder().from(RatingPolicy.probation()).intervalZ(1.5).build()
        .intervalConfidenceLabel()).isEqualTo("z = 1.50");
  }

  @Test
  void rate_overrideThatNoLongerMatchesTheData_isAProblem() {
    Inspection i =
        Inspection.builder()
            .from(uniform(CRC, 10, Answer.YES, Rating.GOOD).build())
            .addOverride(RatingOverride.of(S21, Rating.GOOD, Rating.REQUIRES_IMPROVEMENT, "r"))
            .build();
    assertThat(CALCULATOR.rate(FRAMEWORK, i).getError())
        .extracting(Problem::toString)
        .containsExactly(
            "standard 2.1: the override departs from Good, but the rating computed now is Outstanding; review the"
                + " override against the current data [rating.stale-override]");
  }

  @Test
  void rate_overrideOfAJudgementRatedStandard_departsFromTheJudgement() {
    Inspection i =
        Inspection.builder()
            .from(uniform(CRC, 4, Answer.YES, Rating.GOOD).build())
            .addOverride(RatingOverride.of(StandardCode.of(1, 1), Rating.GOOD, Rating.INADEQUATE, "moderation"))
            .build();
    assertThat(CALCULATOR.rateOrThrow(FRAMEWORK, i).standard(StandardCode.of(1, 1)).orElseThrow().finalRating())
        .isEqualTo(Rating.INADEQUATE);
  }

  @Test
  void rate_judgementOfACaseRatedStandard_isAProblem() {
    Inspection i =
        Inspection.builder()
            .from(uniform(CRC, 4, Answer.YES, Rating.GOOD).build())
            .addJudgement(judgement(S21, Rating.GOOD))
            .build();
    assertThat(codes(CALCULATOR.rate(FRAMEWORK, i))).containsExactly("rating.judgement-of-case-rated-standard");
  }

  @Test
  void rate_npsDivision_isRatedOnCourtAndVictimWork() {
    InspectionRating r = CALCULATOR.rateOrThrow(FRAMEWORK, withCounts(NPS, KeyQuestionCode.of(3, 1, 2), 19, 21, 0));
    StandardRating courtWork = r.standard(StandardCode.of(3, 1)).orElseThrow();
    assertThat(courtWork.keyQuestions()).hasSize(3);
    assertThat(courtWork.computed()).isEqualTo(Rating.INADEQUATE);
    assertThat(courtWork.keyQuestions().get(1).casesToBandUp()).hasValue(1);
    assertThat(courtWork.keyQuestions().get(1).casesToBandDown()).isEmpty();
  }

  @Test
  void rate_unpaidWorkCaseInAnNpsInspection_isAProblem() {
    Inspection base = uniform(NPS, 2, Answer.YES, Rating.GOOD).build();
    Inspection i =
        Inspection.builder()
            .from(base)
            .addCase(InspectedCase.of(CaseRef.of("UW-9"), SampleKind.UNPAID_WORK))
            .addAssessment(assessment("UW-9").putAnswer("3.1.1", Answer.YES).build())
            .build();
    assertThat(codes(CALCULATOR.rate(FRAMEWORK, i))).containsExactly("rating.unknown-sample");
  }

  @Test
  void rate_inspectionUnderAnotherFrameworkOrCycleOrType_isRejectedUpFront() {
    Inspection i = uniform(CRC, 2, Answer.YES, Rating.GOOD).build();
    Inspection other =
        Inspection.builder()
            .from(i)
            .frameworkId("probation-2018-19")
            .cycle("2018-19")
            .provider(TestFrameworks.provider(ProviderType.YOUTH_OFFENDING_SERVICE))
            .build();
    assertThat(codes(CALCULATOR.rate(FRAMEWORK, other)))
        .containsExactly("rating.framework-mismatch", "rating.cycle-mismatch", "rating.provider-type-not-covered");
  }

  @Test
  void rate_withAPolicyForAnotherNumberOfStandards_isAProblem() {
    Inspection i = uniform(CRC, 2, Answer.YES, Rating.GOOD).build();
    assertThat(RatingCalculator.of(RatingPolicyTest.youth()).rate(FRAMEWORK, i).getError())
        .extracting(Problem::toString)
        .containsExactly(
            "policy youth: the policy scores 12 standards, but provider type crc has 10 in framework"
                + " probation-like-2019-20 [rating.policy-mismatch]");
  }

  @Test
  void rate_limiterCapsTheOverallRating() {
    RatingPolicy capped =
        RatingPolicy.builder()
            .from(RatingPolicy.probation())
            .name("capped")
            .addLimiter(Limiter.of(Rating.INADEQUATE, 1, Rating.REQUIRES_IMPROVEMENT))
            .build();
    // All case data yes (6 x 3 = 18) and judgements Outstanding, Outstanding, Outstanding, Inadequate (9): 27.
    Inspection base = uniform(CRC, 5, Answer.YES, Rating.OUTSTANDING).build();
    Inspection i =
        Inspection.builder()
            .from(base)
            .judgements(
                List.of(
                    judgement(StandardCode.of(1, 1), Rating.OUTSTANDING),
                    judgement(StandardCode.of(1, 2), Rating.OUTSTANDING),
                    judgement(StandardCode.of(1, 3), Rating.OUTSTANDING),
                    judgement(StandardCode.of(1, 4), Rating.INADEQUATE)))
            .build();
    OverallRating probation = CALCULATOR.rateOrThrow(FRAMEWORK, i).overall();
    assertThat(probation.rating()).isEqualTo(Rating.OUTSTANDING);
    assertThat(probation.limiterApplied()).isEmpty();
    OverallRating limited = RatingCalculator.of(capped).rateOrThrow(FRAMEWORK, i).overall();
    assertThat(limited.score()).isEqualTo(27);
    assertThat(limited.band().rating()).isEqualTo(Rating.OUTSTANDING);
    assertThat(limited.rating()).isEqualTo(Rating.REQUIRES_IMPROVEMENT);
    assertThat(limited.reason())
        .isEqualTo(
            "Outstanding: 27 of 30 points, in the band 26 to 30. Capped at Requires improvement by the limiter:"
                + " overall no better than Requires improvement when at least 1 standard is Inadequate.");
  }

  /**
   * Overall band edges, worked by hand: case-rated standards all answered {@code cases} (6 standards), judgements
   * as given (4 standards).
   */
  @ParameterizedTest(name = "{0} cases and judgements {1} {2} {3} {4} score {5}: {6}")
  @CsvSource({
    "NO, OUTSTANDING, GOOD, INADEQUATE, INADEQUATE, 5, INADEQUATE",
    "NO, OUTSTANDING, OUTSTANDING, INADEQUATE, INADEQUATE, 6, REQUIRES_IMPROVEMENT",
    "YES, GOOD, GOOD, GOOD, INADEQUATE, 24, GOOD",
    "YES, OUTSTANDING, OUTSTANDING, REQUIRES_IMPROVEMENT, INADEQUATE, 25, GOOD",
    "YES, OUTSTANDING, OUTSTANDING, GOOD, INADEQUATE, 26, OUTSTANDING",
    "NO, OUTSTANDING, OUTSTANDING, OUTSTANDING, OUTSTANDING, 12, REQUIRES_IMPROVEMENT"
  })
  void rate_overallBandEdges(
      Answer cases, Rating j1, Rating j2, Rating j3, Rating j4, int score, Rating overall) {
    Inspection i =
        Inspection.builder()
            .from(uniform(CRC, 3, cases, Rating.GOOD).build())
            .judgements(
                List.of(
                    judgement(StandardCode.of(1, 1), j1),
                    judgement(StandardCode.of(1, 2), j2),
                    judgement(StandardCode.of(1, 3), j3),
                    judgement(StandardCode.of(1, 4), j4)))
            .build();
    OverallRating r = CALCULATOR.rateOrThrow(FRAMEWORK, i).overall();
    assertThat(r.score()).isEqualTo(score);
    assertThat(r.rating()).isEqualTo(overall);
  }

  /** Scores 15 and 16 need case-rated standards at Good: 2.1.x answered 7 of 10 yes (70%), the rest all yes. */
  @ParameterizedTest(name = "score {0}: {1}")
  @CsvSource({"15, REQUIRES_IMPROVEMENT", "16, GOOD"})
  void rate_overallBandEdge15and16(int score, Rating overall) {
    // Case-rated: 2.1 Good (2) + five Outstanding (15) = 17; judgements add score - 17... too many, so override
    // down: 2.2 to 2.4 and 3.1, 3.2 overridden to Good (2 each) -> 6 x 2 = 12, and judgements 3 or 4 points.
    Inspection base = uniform(CRC, 10, Answer.YES, Rating.INADEQUATE).build();
    Inspection.Builder b = Inspection.builder().from(base);
    for (String s : List.of("2.1", "2.2", "2.3", "2.4", "3.1", "3.2")) {
      b.addOverride(RatingOverride.of(StandardCode.parse(s), Rating.OUTSTANDING, Rating.GOOD, "moderated"));
    }
    b.judgements(
        List.of(
            judgement(StandardCode.of(1, 1), score == 15 ? Rating.OUTSTANDING : Rating.OUTSTANDING),
            judgement(StandardCode.of(1, 2), score == 15 ? Rating.INADEQUATE : Rating.REQUIRES_IMPROVEMENT),
            judgement(StandardCode.of(1, 3), Rating.INADEQUATE),
            judgement(StandardCode.of(1, 4), Rating.INADEQUATE)));
    OverallRating r = CALCULATOR.rateOrThrow(FRAMEWORK, b.build()).overall();
    assertThat(r.score()).isEqualTo(score);
    assertThat(r.rating()).isEqualTo(overall);
  }

  @Test
  void rateStandard_ratesOneStandardOfAnIncompleteInspection() {
    Inspection i =
        Inspection.builder()
            .from(uniform(CRC, 4, Answer.YES, Rating.GOOD).build())
            .judgements(List.of())
            .build();
    assertThat(CALCULATOR.rate(FRAMEWORK, i).isInvalid()).isTrue();
    assertThat(CALCULATOR.rateStandard(FRAMEWORK, i, S21).get().computed()).isEqualTo(Rating.OUTSTANDING);
    assertThat(CALCULATOR.rateStandard(FRAMEWORK, i, StandardCode.of(1, 1)).getError())
        .extracting(Problem::code)
        .containsExactly("rating.missing-judgement");
    assertThat(CALCULATOR.rateStandard(FRAMEWORK, i, StandardCode.of(4, 1)).getError())
        .extracting(Problem::code)
        .containsExactly("rating.unknown-standard");
  }

  @Test
  void rateOrThrow_listsEveryProblem() {
    Inspection i = uniform(CRC, 0, Answer.YES, Rating.GOOD).judgements(List.<StandardJudgement>of()).build();
    assertThatThrownBy(() -> CALCULATOR.rateOrThrow(FRAMEWORK, i))
        .isInstanceOf(ProblemsException.class)
        .hasMessageStartingWith("cannot rate inspection test-inspection: 10 problems")
        .hasMessageContaining("standard 1.4: rated by judgement");
  }

  @Test
  void unassessedCases_areCountedButNotAnswered() {
    Inspection base = uniform(CRC, 4, Answer.YES, Rating.GOOD).build();
    Inspection i =
        Inspection.builder().from(base).addCase(InspectedCase.of(CaseRef.of("ZZ-1"), SampleKind.DOMAIN_TWO)).build();
    StandardRating s = CALCULATOR.rateOrThrow(FRAMEWORK, i).standard(S21).orElseThrow();
    assertThat(s.unassessedCases()).isEqualTo(1);
    assertThat(s.keyQuestions().get(0).applicable()).isEqualTo(4);
  }
}
