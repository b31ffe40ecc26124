package org.inspectionkit.rules.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inspectionkit.rules.TestFrameworks.CRC;
import static org.inspectionkit.rules.TestFrameworks.NPS;
import static org.inspectionkit.rules.TestFrameworks.assessment;
import static org.inspectionkit.rules.TestFrameworks.judgement;
import static org.inspectionkit.rules.TestFrameworks.probationLike;
import static org.inspectionkit.rules.TestFrameworks.uniform;
import static org.inspectionkit.rules.TestFrameworks.withCounts;

import java.util.List;
import java.util.Map;
import org.inspectionkit.model.Rating;
import org.inspectionkit.model.casework.Answer;
import org.inspectionkit.model.casework.CaseRef;
import org.inspectionkit.model.casework.Gender;
import org.inspectionkit.model.casework.InspectedCase;
import org.inspectionkit.model.evidence.RatingOverride;
import org.inspectionkit.model.evidence.StandardJudgement;
import org.inspectionkit.model.evidence.UnpaidWorkEvidence;
import org.inspectionkit.model.evidence.UnpaidWorkMethod;
import org.inspectionkit.model.framework.ElementCode;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.KeyQuestionCode;
import org.inspectionkit.model.framework.SampleKind;
import org.inspectionkit.model.framework.StandardCode;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.inspection.InspectionId;
import org.inspectionkit.model.recommendation.Progress;
import org.inspectionkit.model.recommendation.ProgressAssessment;
import org.inspectionkit.model.recommendation.Recommendation;
import org.inspectionkit.model.recommendation.RecommendationId;
import org.inspectionkit.rules.TestFrameworks;
import org.junit.jupiter.api.Test;

class ConsistencyCheckerTest {

  private static final Framework FRAMEWORK = probationLike();
  private static final ConsistencyChecker CHECKER = ConsistencyChecker.of(CheckSet.probation2019());

  private static List<String> codes(ConsistencyReport r) {
    return r.findings().stream().map(Finding::code).collect(java.util.stream.Collectors.toList());
  }

  /** An inspection with the 2019-20 evidence recorded, so only the check under test speaks. */
  private static Inspection complete(Inspection i) {
    return TestFrameworks.with2019Evidence(i);
  }

  /** Leadership and all of domain one judged Good; 2.1.3 answered yes in 16 of 40 cases (40%): 2.1 Inadequate. */
  static Inspection disconnected() {
    return withCounts(CRC, KeyQuestionCode.of(2, 1, 3), 16, 24, 0);
  }

  @Test
  void disconnect_leadershipGoodWhileCaseworkInadequate_namesTheCaseData() {
    ConsistencyReport r = CHECKER.check(FRAMEWORK, disconnected());
    List<Finding> found = r.withCode("domain-one-disconnect");
    assertThat(found).hasSize(4); // one per domain-one standard judged Good
    Finding leadership = found.get(0);
    assertThat(leadership.severity()).isEqualTo(Severity.WARNING);
    assertThat(leadership.elements()).extracting(Object::toString).containsExactly("1.1", "2.1");
    assertThat(leadership.message())
        .isEqualTo(
            "1.1 Standard 1.1 is rated Good by judgement, while the case data rate this standard Inadequate: 2.1"
                + " Standard 2.1 (Inadequate; 2.1.3: 16 of 40 applicable cases, 40.0%). Check that the judgement"
                + " reflects the quality of casework it oversees.");
    assertThat(leadership.figures()).containsEntry("2.1.3.share", "40.0%").containsEntry("1.1.rating", "Good");
  }

  @Test
  void disconnect_isAnErrorWhenThePolicySaysSo() {
    CheckContext context =
        CheckContext.builder()
            .framework(FRAMEWORK)
            .inspection(disconnected())
            .policy(ConsistencyPolicy.builder().disconnectSeverity(Severity.ERROR).build())
            .build();
    ConsistencyReport r = CHECKER.check(context);
    assertThat(r.withCode("domain-one-disconnect")).allMatch(f -> f.severity() == Severity.ERROR);
    assertThat(r.hasErrors()).isTrue();
  }

  @Test
  void disconnect_notFoundWhenCaseworkIsNotInadequateOrDomainOneIsNotRatedWell() {
    assertThat(CHECKER.check(FRAMEWORK, withCounts(CRC, KeyQuestionCode.of(2, 1, 3), 20, 20, 0))
            .withCode("domain-one-disconnect"))
        .isEmpty();
    Inspection poorLeadership = uniform(CRC, 40, Answer.NO, Rating.REQUIRES_IMPROVEMENT).build();
    assertThat(CHECKER.check(FRAMEWORK, poorLeadership).withCode("domain-one-disconnect")).isEmpty();
  }

  @Test
  void disconnect_thresholdOfTwoStandardsIsConfigurable() {
    CheckContext context =
        CheckContext.builder()
            .framework(FRAMEWORK)
            .inspection(disconnected())
            .policy(ConsistencyPolicy.builder().disconnectMinimumCount(2).build())
            .build();
    assertThat(CHECKER.check(context).withCode("domain-one-disconnect")).isEmpty();
  }

  @Test
  void disconnect_usesTheOverriddenRating() {
    Inspection base = disconnected();
    Inspection moderated =
        Inspection.builder()
            .from(base)
            .addOverride(RatingOverride.of(StandardCode.of(2, 1), Rating.INADEQUATE, Rating.REQUIRES_IMPROVEMENT, "r"))
            .build();
    assertThat(CHECKER.check(FRAMEWORK, moderated).withCode("domain-one-disconnect")).isEmpty();
  }

  @Test
  void judgementCitations_judgementCitingNoCaseDataIsAWarning() {
    Inspection base = complete(uniform(CRC, 5, Answer.YES, Rating.GOOD).build());
    Inspection i =
        Inspection.builder()
            .from(base)
            .judgements(
                List.of(
                    StandardJudgement.builder().standard("1.1").rating(Rating.GOOD).rationale("r").build(),
                    StandardJudgement.builder()
                        .standard("1.2")
                        .rating(Rating.GOOD)
                        .rationale("r")
                        .addCitedElement("1.3")
                        .addCitedElement("2.1.2")
                        .build(),
                    judgement(StandardCode.of(1, 3), Rating.GOOD),
                    judgement(StandardCode.of(1, 4), Rating.GOOD)))
            .build();
    ConsistencyReport r = CHECKER.check(FRAMEWORK, i);
    assertThat(codes(r))
        .containsExactly("judgement-without-case-evidence", "judgement-without-case-evidence.not-case-data");
    assertThat(r.findings().get(0).message()).startsWith("the judgement of 1.1 Standard 1.1 (Good) cites no domain two");
    assertThat(r.findings().get(1).message()).isEqualTo(
        "the judgement of 1.2 cites 1.3, which is not a case-rated standard or key question of provider type crc");
    assertThat(CheckSet.probation2018().checks()).extracting(ConsistencyCheck::code)
        .doesNotContain("judgement-without-case-evidence");
  }

  @Test
  void caseData_aCaseRatedStandardWithNoCaseIsAnError() {
    Inspection i = uniform(CRC, 0, Answer.YES, Rating.GOOD).build();
    ConsistencyReport r = CHECKER.check(FRAMEWORK, i);
    assertThat(r.withCode("case-rated-not-from-case-data.no-cases")).hasSize(6);
    assertThat(r.hasErrors()).isTrue();
  }

  @Test
  void caseData_overridesAreWarningsIn2019AndInformationIn2018_andStaleOnesErrors() {
    Inspection base = uniform(CRC, 5, Answer.YES, Rating.GOOD).build();
    Inspection i =
        Inspection.builder()
            .from(base)
            .addOverride(RatingOverride.of(StandardCode.of(2, 1), Rating.OUTSTANDING, Rating.GOOD, "r"))
            .addOverride(RatingOverride.of(StandardCode.of(2, 2), Rating.GOOD, Rating.INADEQUATE, "r"))
            .addJudgement(judgement(StandardCode.of(2, 3), Rating.GOOD))
            .build();
    ConsistencyReport r2019 = CHECKER.check(FRAMEWORK, i);
    assertThat(r2019.withCode("case-rated-not-from-case-data.override")).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    assertThat(r2019.withCode("case-rated-not-from-case-data.stale-override")).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    assertThat(r2019.withCode("case-rated-not-from-case-data.judgement")).hasSize(1);
    ConsistencyReport r2018 = ConsistencyChecker.of(CheckSet.probation2018()).check(FRAMEWORK, i);
    assertThat(r2018.withCode("case-rated-not-from-case-data.override")).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.INFO));
  }

  @Test
  void caseData_cleanInspectionHasNoFinding() {
    assertThat(CHECKER.check(FRAMEWORK, complete(uniform(CRC, 5, Answer.YES, Rating.GOOD).build())).findings())
        .isEmpty();
  }

  @Test
  void providerMismatch_unpaidWorkInAnNpsInspectionIsAnError() {
    Inspection base = complete(uniform(NPS, 3, Answer.YES, Rating.GOOD).build());
    Inspection i =
        Inspection.builder()
            .from(base)
            .addCase(InspectedCase.of(CaseRef.of("UW-1"), SampleKind.UNPAID_WORK))
            .addCase(InspectedCase.of(CaseRef.of("TG-1"), SampleKind.THROUGH_THE_GATE))
            .addUnpaidWorkEvidence(UnpaidWorkEvidence.of(UnpaidWorkMethod.SITE_VISIT, "visit"))
            .build();
    ConsistencyReport r = CHECKER.check(FRAMEWORK, i);
    assertThat(codes(r))
        .containsExactly(
            "domain-three-provider-mismatch.sample",
            "domain-three-provider-mismatch.sample",
            "domain-three-provider-mismatch.unpaid-work-evidence");
    assertThat(r.findings().get(0).message())
        .isEqualTo("1 case is in the through-the-gate sample, which no standard of provider type nps-division is"
            + " rated from in framework probation-like-2019-20");
    assertThat(r.findings().get(1).cases()).containsExactly(CaseRef.of("UW-1"));
  }

  @Test
  void providerMismatch_courtWorkInACrcInspectionIsAnError() {
    Inspection base = complete(uniform(CRC, 3, Answer.YES, Rating.GOOD).build());
    Inspection i =
        Inspection.builder().from(base).addCase(InspectedCase.of(CaseRef.of("CW-1"), SampleKind.COURT_WORK)).build();
    assertThat(codes(CHECKER.check(FRAMEWORK, i))).containsExactly("domain-three-provider-mismatch.sample");
    assertThat(codes(CHECKER.check(FRAMEWORK, base))).isEmpty();
  }

  static Inspection previousWithRecommendations() {
    return Inspection.builder()
        .from(uniform(CRC, 2, Answer.YES, Rating.GOOD).build())
        .id("crc-test-2018-19")
        .frameworkId("probation-like-2018-19")
        .cycle("2018-19")
        .addRecommendation(recommendation(1, "1.2"))
        .addRecommendation(recommendation(2, "2.1.3"))
        .build();
  }

  static Recommendation recommendation(int n, String target) {
    return Recommendation.builder()
        .inspection(InspectionId.of("crc-test-2018-19"))
        .number(n)
        .target(target)
        .text("Improve " + target)
        .addressedTo("Test CRC")
        .build();
  }

  static ProgressAssessment progress(String id, Progress p, String... evidence) {
    return ProgressAssessment.builder()
        .recommendation(RecommendationId.parse(id))
        .assessedIn(InspectionId.of("test-inspection"))
        .progress(p)
        .addEvidenceOfResult(evidence)
        .build();
  }

  @Test
  void followUp_findsUnassessedRecommendationsAndSufficiencyWithoutResult() {
    Inspection current =
        Inspection.builder()
            .from(complete(uniform(CRC, 5, Answer.YES, Rating.GOOD).build()))
            .previousInspection(InspectionId.of("crc-test-2018-19"))
            .addProgressAssessment(progress("crc-test-2018-19/2", Progress.SUFFICIENT))
            .addProgressAssessment(progress("crc-test-2018-19/7", Progress.NO_PROGRESS))
            .build();
    CheckContext context =
        CheckContext.builder()
            .framework(FRAMEWORK)
            .inspection(current)
            .previousInspection(previousWithRecommendations())
            .build();
    ConsistencyReport r = CHECKER.check(context);
    assertThat(r.findings())
        .extracting(Finding::toString)
        .containsExactly(
            "ERROR recommendation-follow-up.sufficient-without-result: recommendation crc-test-2018-19/2 is judged"
                + " sufficient progress with no evidence of a result; progress is judged on the result of the"
                + " action, not the action itself",
            "WARNING recommendation-follow-up.not-assessed: recommendation crc-test-2018-19/1 (standard 1.2) of the"
                + " previous inspection has no progress assessment",
            "WARNING recommendation-follow-up.unknown-recommendation: progress is assessed on recommendation"
                + " crc-test-2018-19/7, which the previous inspection crc-test-2018-19 did not make");
    assertThat(r.findings().get(1).elements()).containsExactly(ElementCode.parse("1.2"));
  }

  @Test
  void followUp_completeAndEvidencedFollowUpHasNoFinding() {
    Inspection current =
        Inspection.builder()
            .from(complete(uniform(CRC, 5, Answer.YES, Rating.GOOD).build()))
            .previousInspection(InspectionId.of("crc-test-2018-19"))
            .addProgressAssessment(progress("crc-test-2018-19/1", Progress.SUFFICIENT, "Vacancy rate down to 4%"))
            .addProgressAssessment(progress("crc-test-2018-19/2", Progress.INSUFFICIENT))
            .build();
    CheckContext context =
        CheckContext.builder().framework(FRAMEWORK).inspection(current).previousInspection(previousWithRecommendations())
            .build();
    assertThat(CHECKER.check(context).findings()).isEmpty();
    assertThat(CHECKER.check(FRAMEWORK, current).findings())
        .extracting(Finding::code)
        .containsExactly("recommendation-follow-up.previous-not-supplied");
  }

  @Test
  void sampleComposition_flagsACategoryOutsideTheMargin() {
    Inspection base = uniform(CRC, 0, Answer.YES, Rating.GOOD).build();
    Inspection.Builder b = Inspection.builder().from(base);
    for (int i = 0; i < 10; i++) {
      String ref = "D-" + i;
      b.addCase(InspectedCase.builder().ref(ref).sample(SampleKind.DOMAIN_TWO).gender(i < 1 ? Gender.FEMALE : Gender.MALE).build());
      b.addAssessment(assessment(ref).putAnswer("2.1.1", Answer.YES).build());
    }
    PopulationProfile population =
        PopulationProfile.builder().putCount("gender", Map.of("MALE", 700, "FEMALE", 300)).build();
    CheckContext context = CheckContext.builder().framework(FRAMEWORK).inspection(b.build()).population(population).build();
    List<Finding> found = CHECKER.check(context).withCode("sample-composition");
    assertThat(found).extracting(Finding::message)
        .containsExactly(
            "gender FEMALE is 10.0% of the domain-two sample (1 of 10 cases) but 30.0% of the eligible population, a"
                + " difference of more than 10.0 percentage points",
            "gender MALE is 90.0% of the domain-two sample (9 of 10 cases) but 70.0% of the eligible population, a"
                + " difference of more than 10.0 percentage points");
    PopulationProfile close =
        PopulationProfile.builder().putCount("gender", Map.of("MALE", 850, "FEMALE", 150)).build();
    CheckContext ok = CheckContext.builder().framework(FRAMEWORK).inspection(b.build()).population(close).build();
    assertThat(CHECKER.check(ok).withCode("sample-composition")).isEmpty();
  }

  @Test
  void checkSets_areNamedVersionedAndPerFramework() {
    assertThat(CheckSet.forFramework(org.inspectionkit.model.framework.FrameworkId.of("probation-2018-19")).name())
        .isEqualTo("probation-2018-19");
    assertThat(CheckSet.probation2019().checks().size()).isGreaterThan(CheckSet.probation2018().checks().size());
    assertThat(CheckSet.probation2019().checks()).extracting(ConsistencyCheck::code)
        .containsAll(CheckSet.probation2018().checks().stream().map(ConsistencyCheck::code).toList());
  }

  @Test
  void customCheck_canBeAddedByImplementingOneInterface() {
    ConsistencyCheck mine =
        new ConsistencyCheck() {
          @Override
          public String code() {
            return "local.too-few-cases";
          }

          @Override
          public String description() {
            return "fewer than 10 cases";
          }

          @Override
          public List<Finding> check(CheckContext c) {
            return c.inspection().cases().size() >= 10
                ? List.of()
                : List.of(Finding.builder().code(code()).severity(Severity.INFO).message("only "
                    + c.inspection().cases().size() + " cases").build());
          }
        };
    CheckSet set = CheckSet.builder().from(CheckSet.probation2019()).name("local").addCheck(mine).build();
    ConsistencyReport r =
        ConsistencyChecker.of(set).check(FRAMEWORK, complete(uniform(CRC, 2, Answer.YES, Rating.GOOD).build()));
    assertThat(r.checkSet()).isEqualTo("local v1");
    assertThat(codes(r)).containsExactly("local.too-few-cases");
  }

  @Test
  void evidence_tooFewPiecesAndAMissingKeyQuestionAreWarnings() {
    Inspection base = complete(uniform(CRC, 5, Answer.YES, Rating.GOOD).build());
    List<org.inspectionkit.model.evidence.EvidenceSubmission> submissions = new java.util.ArrayList<>(base.evidenceSubmissions());
    submissions.remove(0); // 1.1.1 missing
    submissions.set(0,
        org.inspectionkit.model.evidence.EvidenceSubmission.builder().from(submissions.get(0))
            .items(List.of(org.inspectionkit.model.evidence.EvidenceItem.of("only one"))).build()); // 1.1.2
    Inspection i = Inspection.builder().from(base).evidenceSubmissions(submissions).build();
    ConsistencyReport r = CHECKER.check(FRAMEWORK, i);
    assertThat(r.findings())
        .extracting(Finding::toString)
        .containsExactly(
            "WARNING evidence-submissions.missing-submission: key question 1.1.1: no evidence submitted for this"
                + " domain-one key question",
            "WARNING evidence-submissions.too-few-items: key question 1.1.2: 1 piece of evidence; 3 to 5 expected");
    assertThat(r.findings().get(1).elements()).containsExactly(ElementCode.parse("1.1.2"));
    assertThat(ConsistencyChecker.of(CheckSet.probation2018()).check(FRAMEWORK, i).findings()).isEmpty();
  }

  @Test
  void voice_domainTwoCasesWithoutAnInterviewRecordAndNoForumAreWarnings() {
    Inspection base = complete(uniform(CRC, 5, Answer.YES, Rating.GOOD).build());
    Inspection i =
        Inspection.builder().from(base).interviews(base.interviews().subList(2, 5)).forumMeetings(List.of()).build();
    ConsistencyReport r = CHECKER.check(FRAMEWORK, i);
    assertThat(codes(r))
        .containsExactly("service-user-voice.no-interview-record", "service-user-voice.no-forum-meeting");
    assertThat(r.findings().get(0).cases()).hasSize(2);
    assertThat(r.findings().get(0).message()).startsWith("2 of 5 domain-two cases have no record of an interview");
    CheckContext lenient =
        CheckContext.builder().framework(FRAMEWORK).inspection(i)
            .policy(ConsistencyPolicy.builder().voiceMaximumCasesWithoutInterviewRecord(2).voiceMinimumForumMeetings(0)
                .build())
            .build();
    assertThat(CHECKER.check(lenient).findings()).isEmpty();
  }

  @Test
  void voice_noForumMeetingButARecordThatNoneExists_isNotWarnedAbout() {
    Inspection base = complete(uniform(CRC, 5, Answer.YES, Rating.GOOD).build());
    Inspection none = Inspection.builder().from(base).forumMeetings(List.of())
        .noServiceUserForum(org.inspectionkit.model.casework.NoServiceUserForum.of(
            org.inspectionkit.model.casework.ForumEnquiry.LOCAL_PARTNERS_ASKED))
        .build();

    assertThat(codes(CHECKER.check(FRAMEWORK, none))).doesNotContain("service-user-voice.no-forum-meeting");
    assertThat(org.inspectionkit.rules.voice.ServiceUserVoice.of(none).forumAccountedFor()).isTrue();
  }

  @Test
  void unpaidWork_ratedWithoutSiteVisitsIsAWarning() {
    Inspection base = complete(uniform(CRC, 5, Answer.YES, Rating.GOOD).build());
    Inspection i =
        Inspection.builder()
            .from(base)
            .unpaidWorkEvidence(List.of(UnpaidWorkEvidence.of(UnpaidWorkMethod.WORKER_INTERVIEW, "spoke to two")))
            .build();
    ConsistencyReport r = CHECKER.check(FRAMEWORK, i);
    assertThat(r.findings())
        .extracting(Finding::toString)
        .containsExactly(
            "WARNING unpaid-work-qualitative-evidence: 3.1 Standard 3.1 is rated without the 2019-20 qualitative"
                + " evidence: no supervisor interview, no site visit, no induction observation is recorded");
    Inspection nps = complete(uniform(NPS, 5, Answer.YES, Rating.GOOD).build());
    assertThat(CHECKER.check(FRAMEWORK, nps).findings()).isEmpty();
  }

  @Test
  void check_isDeterministic() {
    Inspection i = disconnected();
    assertThat(CHECKER.check(FRAMEWORK, i)).isEqualTo(CHECKER.check(FRAMEWORK, i));
  }
}
