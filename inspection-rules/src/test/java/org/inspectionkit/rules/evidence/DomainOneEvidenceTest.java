package org.inspectionkit.rules.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.inspectionkit.model.evidence.EvidenceItem;
import org.inspectionkit.model.evidence.EvidenceSubmission;
import org.inspectionkit.model.framework.Cycle;
import org.inspectionkit.model.framework.Domain;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.KeyQuestion;
import org.inspectionkit.model.framework.KeyQuestionCode;
import org.inspectionkit.model.framework.RatingBasis;
import org.inspectionkit.model.framework.SampleKind;
import org.inspectionkit.model.framework.Standard;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.provider.Provider;
import org.inspectionkit.model.provider.ProviderId;
import org.inspectionkit.model.provider.ProviderType;
import org.inspectionkit.rules.Problem;
import org.junit.jupiter.api.Test;

class DomainOneEvidenceTest {

  /** Domain one: 1.1 (1.1.1, 1.1.2) and 1.2 (1.2.1), by judgement; domain two: 2.1 (2.1.1), from cases. */
  static final Framework FRAMEWORK = Framework.builder()
      .id("small-2019-20")
      .title("Small framework")
      .cycle("2019-20")
      .addProviderTypes(ProviderType.CRC, ProviderType.NPS_DIVISION)
      .addDomain(Domain.builder()
          .code("1")
          .title("Organisational delivery")
          .addStandard(judged("1.1", "1.1.1", "1.1.2"))
          .addStandard(judged("1.2", "1.2.1"))
          .build())
      .addDomain(Domain.builder()
          .code("2")
          .title("Case supervision")
          .addStandard(Standard.builder()
              .code("2.1")
              .title("Assessment")
              .ratingBasis(RatingBasis.CASE_DATA)
              .sampleKind(SampleKind.DOMAIN_TWO)
              .addKeyQuestion(question("2.1.1"))
              .build())
          .build())
      .build();

  private static Standard judged(String code, String... questions) {
    Standard.Builder b = Standard.builder().code(code).title("Standard " + code).ratingBasis(RatingBasis.JUDGEMENT);
    for (String q : questions) {
      b.addKeyQuestion(question(q));
    }
    return b.build();
  }

  private static KeyQuestion question(String code) {
    return KeyQuestion.builder().code(code).text("Question " + code + "?").build();
  }

  static EvidenceSubmission submission(String keyQuestion, int items, String narrative) {
    EvidenceSubmission.Builder b = EvidenceSubmission.builder().keyQuestion(keyQuestion);
    for (int i = 1; i <= items; i++) {
      b.addItem(EvidenceItem.of("Evidence " + i));
    }
    if (narrative != null) {
      b.narrative(narrative);
    }
    return b.build();
  }

  private static List<Problem> check(EvidenceSubmission... submissions) {
    return DomainOneEvidence.check(FRAMEWORK, ProviderType.CRC, List.of(submissions), EvidencePolicy.PROBATION_2019_20);
  }

  @Test
  void keyQuestions_judgementRatedStandardsOnly() {
    assertThat(DomainOneEvidence.keyQuestions(FRAMEWORK, ProviderType.CRC))
        .extracting(KeyQuestionCode::toString)
        .containsExactly("1.1.1", "1.1.2", "1.2.1");
    assertThat(DomainOneEvidence.keyQuestions(FRAMEWORK, ProviderType.YOUTH_OFFENDING_SERVICE)).isEmpty();
  }

  @Test
  void check_threeToFiveItemsEachNarrativeWithinLimit_noProblem() {
    assertThat(check(
            submission("1.1.1", 3, null),
            submission("1.1.2", 5, "We have well-led teams. ".repeat(75)),
            submission("1.2.1", 4, "Short.")))
        .isEmpty();
  }

  @Test
  void check_everyKindOfViolation_reportedTogetherInKeyQuestionOrder() {
    List<Problem> problems = check(
        submission("1.1.1", 2, null),
        submission("1.2.1", 6, "word ".repeat(301)),
        submission("2.1.1", 3, null),
        submission("1.3.1", 3, null));

    assertThat(problems).extracting(Problem::code, Problem::where).containsExactly(
        tuple("evidence.too-few-items", "key question 1.1.1"),
        tuple("evidence.missing-submission", "key question 1.1.2"),
        tuple("evidence.too-many-items", "key question 1.2.1"),
        tuple("evidence.narrative-too-long", "key question 1.2.1"),
        tuple("evidence.unknown-key-question", "key question 1.3.1"),
        tuple("evidence.unknown-key-question", "key question 2.1.1"));
    assertThat(problems.get(0).message()).isEqualTo("2 pieces of evidence; 3 to 5 expected");
    assertThat(problems.get(3).message()).isEqualTo("narrative of 301 words; at most 300");
    assertThat(problems.get(4).message()).contains("not a key question of framework small-2019-20");
    assertThat(problems.get(5).message()).contains("rated from case data");
  }

  @Test
  void check_twoSubmissionsForOneQuestion_duplicateReported() {
    assertThat(check(
            submission("1.1.1", 3, null), submission("1.1.1", 3, null),
            submission("1.1.2", 3, null), submission("1.2.1", 3, null)))
        .extracting(Problem::code)
        .containsExactly("evidence.duplicate-submission");
  }

  @Test
  void check_policyRequiringNarrative_missingNarrativeReported() {
    EvidencePolicy strict = EvidencePolicy.builder().minimumItems(1).maximumItems(1).narrativeRequired(true).build();

    List<Problem> problems = DomainOneEvidence.check(FRAMEWORK, ProviderType.CRC, List.of(
        submission("1.1.1", 1, "Our position."), submission("1.1.2", 1, null), submission("1.2.1", 2, null)),
        strict);

    assertThat(problems).extracting(Problem::code, Problem::where).containsExactly(
        tuple("evidence.narrative-missing", "key question 1.1.2"),
        tuple("evidence.too-many-items", "key question 1.2.1"),
        tuple("evidence.narrative-missing", "key question 1.2.1"));
    assertThat(problems.get(1).message()).startsWith("2 pieces of evidence; 1 expected");
  }

  @Test
  void check_inspection_usesItsProviderTypeAndFramework() {
    Inspection inspection = Inspection.builder()
        .id("crc-bench-2019-20")
        .provider(Provider.of(ProviderId.of("crc-bench"), "BeNCH CRC", ProviderType.CRC))
        .frameworkId("probation-2019-20")
        .cycle("2019-20")
        .addEvidenceSubmission(submission("1.1.1", 3, null))
        .build();

    assertThat(DomainOneEvidence.check(FRAMEWORK, inspection, EvidencePolicy.PROBATION_2019_20))
        .extracting(Problem::code)
        .containsExactly("evidence.framework-mismatch", "evidence.missing-submission", "evidence.missing-submission");
  }

  @Test
  void check_providerTypeNotCovered_reportedAlone() {
    assertThat(DomainOneEvidence.check(FRAMEWORK, ProviderType.PROBATION_REGION, List.of(),
            EvidencePolicy.PROBATION_2019_20))
        .extracting(Problem::code)
        .containsExactly("evidence.provider-type-not-covered");
  }

  @Test
  void validate_goodSubmissions_valid_badOnes_invalidWithEveryProblem() {
    List<EvidenceSubmission> good =
        List.of(submission("1.1.1", 3, null), submission("1.1.2", 3, null), submission("1.2.1", 3, null));

    assertThat(DomainOneEvidence.validate(FRAMEWORK, ProviderType.CRC, good, EvidencePolicy.PROBATION_2019_20)
        .get()).isEqualTo(good);
    assertThat(DomainOneEvidence.validate(FRAMEWORK, ProviderType.CRC, good.subList(0, 1),
            EvidencePolicy.PROBATION_2019_20).getError())
        .hasSize(2);
  }

  @Test
  void policy_builtInFor2019_20Only_andChecksItsLimits() {
    assertThat(EvidencePolicy.builtIn(Cycle.parse("2019-20"))).contains(EvidencePolicy.PROBATION_2019_20);
    assertThat(EvidencePolicy.builtIn(Cycle.parse("2018-19"))).isEmpty();
    assertThat(EvidencePolicy.PROBATION_2019_20.maximumNarrativeWords()).hasValue(300);
    assertThatThrownBy(() -> EvidencePolicy.builder().minimumItems(5).maximumItems(3).narrativeRequired(false).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("below minimumItems 5");
  }
}
