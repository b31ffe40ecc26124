package org.inspectionkit.rules.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inspectionkit.rules.TestFrameworks.CRC;
import static org.inspectionkit.rules.TestFrameworks.uniform;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.inspectionkit.model.Rating;
import org.inspectionkit.model.casework.Answer;
import org.inspectionkit.model.evidence.StandardJudgement;
import org.inspectionkit.model.framework.Domain;
import org.inspectionkit.model.framework.ElementCode;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.FrameworkLevel;
import org.inspectionkit.model.framework.KeyQuestion;
import org.inspectionkit.model.framework.Prompt;
import org.inspectionkit.model.framework.PromptCode;
import org.inspectionkit.model.framework.Standard;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.inspection.InspectionId;
import org.inspectionkit.model.recommendation.Progress;
import org.inspectionkit.model.recommendation.ProgressAssessment;
import org.inspectionkit.model.recommendation.Recommendation;
import org.inspectionkit.model.recommendation.RecommendationId;
import org.inspectionkit.rules.Problem;
import org.inspectionkit.rules.TestFrameworks;
import org.junit.jupiter.api.Test;

class FollowUpTest {

  static final InspectionId THEN = InspectionId.of("crc-test-2018-19");
  static final InspectionId NOW = InspectionId.of("test-inspection");

  /**
   * The test framework with prompts under 1.2.3; in 2019-20 a new prompt is inserted first (so the old 1.2.3.a
   * "oversight of work" becomes 1.2.3.b) and key question 1.3.3 is removed.
   */
  static Framework version(String id, String cycle, boolean later) {
    Framework base = TestFrameworks.probationLike();
    List<Domain> domains = new ArrayList<>(base.domains());
    Domain one = domains.get(0);
    List<Standard> standards = new ArrayList<>();
    for (Standard s : one.standards()) {
      List<KeyQuestion> questions = new ArrayList<>();
      for (KeyQuestion k : s.keyQuestions()) {
        if (later && k.code().toString().equals("1.3.3")) {
          continue;
        }
        if (k.code().toString().equals("1.2.3")) {
          KeyQuestion.Builder kb = KeyQuestion.builder().from(k);
          char letter = 'a';
          if (later) {
            kb.addPrompt(Prompt.of(PromptCode.of(k.code(), letter++), "Learning from serious further offence reviews"));
          }
          kb.addPrompt(Prompt.of(PromptCode.of(k.code(), letter++), "Managers oversee casework effectively"));
          kb.addPrompt(Prompt.of(PromptCode.of(k.code(), letter), "Supervision records are kept"));
          questions.add(kb.build());
        } else {
          questions.add(k);
        }
      }
      standards.add(Standard.builder().from(s).keyQuestions(questions).build());
    }
    domains.set(0, Domain.builder().from(one).standards(standards).build());
    return Framework.builder().from(base).id(id).cycle(cycle).domains(domains).build();
  }

  static final Framework OLD = version("test-2018-19", "2018-19", false);
  static final Framework NEW = version("test-2019-20", "2019-20", true);

  static Recommendation recommendation(int n, String target) {
    return Recommendation.builder().inspection(THEN).number(n).target(target).text("Improve " + target)
        .addressedTo("Test CRC").build();
  }

  static ProgressAssessment progress(int n, Progress p, String... evidence) {
    return ProgressAssessment.builder()
        .recommendation(RecommendationId.of(THEN, n))
        .assessedIn(NOW)
        .progress(p)
        .addEvidenceOfResult(evidence)
        .build();
  }

  static Inspection previous() {
    return Inspection.builder()
        .from(uniform(CRC, 10, Answer.NO, Rating.REQUIRES_IMPROVEMENT).build())
        .id(THEN)
        .frameworkId(OLD.id())
        .cycle(OLD.cycle())
        .addRecommendation(recommendation(1, "1.2.3.a"))
        .addRecommendation(recommendation(2, "2.1.3"))
        .addRecommendation(recommendation(3, "1.3.3"))
        .addRecommendation(recommendation(4, "1.2"))
        .build();
  }

  static Inspection current(ProgressAssessment... assessments) {
    return Inspection.builder()
        .from(uniform(CRC, 10, Answer.YES, Rating.GOOD).build())
        .frameworkId(NEW.id())
        .cycle(NEW.cycle())
        .previousInspection(THEN)
        .addProgressAssessments(assessments)
        .build();
  }

  @Test
  void summarise_resolvesA2018DomainOnePromptRecommendationIn2019() {
    FollowUpSummary s =
        FollowUp.probation()
            .summarise(OLD, previous(), NEW, current(progress(1, Progress.SUFFICIENT, "Audit: oversight in 80% of cases")));
    FollowUpRow row = s.rows().get(0);
    assertThat(row.recommendation()).hasToString("crc-test-2018-19/1");
    assertThat(row.level()).isEqualTo(FrameworkLevel.PROMPT);
    assertThat(row.target()).hasToString("1.2.3.a");
    assertThat(row.currentTarget()).contains(ElementCode.parse("1.2.3.b"));
    assertThat(row.progress()).contains(Progress.SUFFICIENT);
    assertThat(row.evidenceOfResult()).isEqualTo(1);
    assertThat(row.standardThen()).hasToString("1.2");
    assertThat(row.ratingThen()).contains(Rating.REQUIRES_IMPROVEMENT);
    assertThat(row.ratingNow()).contains(Rating.GOOD);
  }

  @Test
  void summarise_reportsATargetThatNoLongerExistsWithoutDroppingIt() {
    FollowUpSummary s = FollowUp.probation().summarise(OLD, previous(), NEW, current());
    FollowUpRow removed = s.rows().get(2);
    assertThat(removed.target()).hasToString("1.3.3");
    assertThat(removed.currentTarget()).isEmpty();
    assertThat(removed.isResolved()).isFalse();
    assertThat(s.problems())
        .extracting(Problem::toString)
        .containsExactly(
            "recommendation crc-test-2018-19/3: targets 1.3.3 of test-2018-19, which no longer exists in"
                + " test-2019-20; assess it against the nearest current element and say which"
                + " [followup.target-removed]");
  }

  @Test
  void summarise_rejectsSufficientProgressWithoutEvidenceOfResult() {
    FollowUpSummary s = FollowUp.probation().summarise(OLD, previous(), NEW, current(progress(2, Progress.SUFFICIENT)));
    assertThat(s.problems()).extracting(Problem::code).contains("followup.sufficient-without-result");
    assertThat(FollowUp.validate(progress(2, Progress.SUFFICIENT)).isInvalid()).isTrue();
    assertThat(FollowUp.validate(progress(2, Progress.SUFFICIENT, "result")).isValid()).isTrue();
    assertThat(FollowUp.validate(progress(2, Progress.NO_PROGRESS)).isValid()).isTrue();
  }

  @Test
  void summarise_reportsAnAssessmentOfARecommendationNeverMade() {
    FollowUpSummary s = FollowUp.probation().summarise(OLD, previous(), NEW, current(progress(9, Progress.INSUFFICIENT)));
    assertThat(s.problems()).extracting(Problem::code).contains("followup.unknown-recommendation");
  }

  @Test
  void counts_addUpAndLevelsAreCounted() {
    FollowUpSummary s =
        FollowUp.probation()
            .summarise(OLD, previous(), NEW,
                current(progress(1, Progress.SUFFICIENT, "r"), progress(2, Progress.INSUFFICIENT),
                    progress(4, Progress.NO_PROGRESS)));
    assertThat(s.count(Progress.SUFFICIENT)).isEqualTo(1);
    assertThat(s.count(Progress.INSUFFICIENT)).isEqualTo(1);
    assertThat(s.count(Progress.NO_PROGRESS)).isEqualTo(1);
    assertThat(s.notAssessed()).isEqualTo(1);
    assertThat(s.counts()).containsEntry(Optional.empty(), 1);
    assertThat(s.levels())
        .containsEntry(FrameworkLevel.PROMPT, 1)
        .containsEntry(FrameworkLevel.KEY_QUESTION, 2)
        .containsEntry(FrameworkLevel.STANDARD, 1);
    assertThat(FollowUpSummary.NOTE).contains("does not by itself change a rating");
  }

  @Test
  void citedBy_addsTheAssessedRecommendationsToTheJudgementOf1_4() {
    FollowUpSummary s =
        FollowUp.probation().summarise(OLD, previous(), NEW, current(progress(1, Progress.SUFFICIENT, "r"),
            progress(4, Progress.NO_PROGRESS)));
    StandardJudgement j =
        StandardJudgement.builder().standard("1.4").rating(Rating.GOOD).rationale("Responds to inspection").build();
    assertThat(s.citedBy(j).citedRecommendations())
        .containsExactly(RecommendationId.of(THEN, 1), RecommendationId.of(THEN, 4));
  }

  @Test
  void providerFollowUp_totalsOverInspections() {
    FollowUpSummary s = FollowUp.probation().summarise(OLD, previous(), NEW, current(progress(1, Progress.SUFFICIENT, "r")));
    ProviderFollowUp history = ProviderFollowUp.of(List.of(s, s));
    assertThat(history.total(Progress.SUFFICIENT)).isEqualTo(2);
    assertThat(history.totalNotAssessed()).isEqualTo(6);
    assertThat(history.totalRecommendations()).isEqualTo(8);
  }
}
