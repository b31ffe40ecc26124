package org.inspectionkit.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.inspectionkit.testkit.Theories.qt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.inspectionkit.model.casework.CaseAssessment;
import org.inspectionkit.model.casework.InspectedCase;
import org.inspectionkit.model.casework.ServiceUserForumMeeting;
import org.inspectionkit.model.casework.ServiceUserInterview;
import org.inspectionkit.model.evidence.EvidenceItem;
import org.inspectionkit.model.evidence.EvidenceSubmission;
import org.inspectionkit.model.evidence.RatingOverride;
import org.inspectionkit.model.evidence.StandardJudgement;
import org.inspectionkit.model.evidence.UnpaidWorkEvidence;
import org.inspectionkit.model.framework.Cycle;
import org.inspectionkit.model.framework.Domain;
import org.inspectionkit.model.framework.ElementCode;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.FrameworkId;
import org.inspectionkit.model.framework.KeyQuestion;
import org.inspectionkit.model.framework.KeyQuestionCode;
import org.inspectionkit.model.framework.Prompt;
import org.inspectionkit.model.framework.PromptCode;
import org.inspectionkit.model.framework.Standard;
import org.inspectionkit.model.framework.StandardCode;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.inspection.InspectionId;
import org.inspectionkit.model.provider.Provider;
import org.inspectionkit.model.provider.ProviderId;
import org.inspectionkit.model.provider.ProviderType;
import org.inspectionkit.model.recommendation.ProgressAssessment;
import org.inspectionkit.model.recommendation.Recommendation;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Invariants of the model, checked over generated objects. */
class ModelProperties {

  private static <T> void copySurvives(Gen<T> values, Function<T, T> copy) {
    qt().forAll(values).checkAssert(x -> {
      T y = copy.apply(x);
      assertThat(y).isEqualTo(x).hasSameHashCodeAs(x).hasToString(x.toString());
    });
  }

  @Test
  void everyGeneratedObject_survivesItsBuildersFromCopyUnchanged() {
    copySurvives(ModelGenerators.providers(), x -> Provider.builder().from(x).build());
    copySurvives(ModelGenerators.prompts(), x -> Prompt.builder().from(x).build());
    copySurvives(ModelGenerators.keyQuestions(), x -> KeyQuestion.builder().from(x).build());
    copySurvives(ModelGenerators.standards(), x -> Standard.builder().from(x).build());
    copySurvives(ModelGenerators.frameworks(), x -> Framework.builder().from(x).build());
    copySurvives(
        ModelGenerators.frameworks().map(f -> f.domains().get(0)), x -> Domain.builder().from(x).build());
    copySurvives(ModelGenerators.inspectedCases(), x -> InspectedCase.builder().from(x).build());
    copySurvives(ModelGenerators.caseAssessments(), x -> CaseAssessment.builder().from(x).build());
    copySurvives(ModelGenerators.serviceUserInterviews(), x -> ServiceUserInterview.builder().from(x).build());
    copySurvives(ModelGenerators.forumMeetings(), x -> ServiceUserForumMeeting.builder().from(x).build());
    copySurvives(ModelGenerators.evidenceItems(), x -> EvidenceItem.builder().from(x).build());
    copySurvives(ModelGenerators.evidenceSubmissions(), x -> EvidenceSubmission.builder().from(x).build());
    copySurvives(ModelGenerators.unpaidWorkEvidence(), x -> UnpaidWorkEvidence.builder().from(x).build());
    copySurvives(ModelGenerators.standardJudgements(), x -> StandardJudgement.builder().from(x).build());
    copySurvives(ModelGenerators.ratingOverrides(), x -> RatingOverride.builder().from(x).build());
    copySurvives(ModelGenerators.recommendations(), x -> Recommendation.builder().from(x).build());
    copySurvives(ModelGenerators.progressAssessments(), x -> ProgressAssessment.builder().from(x).build());
    copySurvives(ModelGenerators.inspections(), x -> Inspection.builder().from(x).build());
  }

  record Fitted(Framework framework, Inspection inspection) {}

  @Test
  void generatedInspectionsForAFramework_fitIt() {
    Gen<Fitted> fitted =
        ModelGenerators.frameworks()
            .flatMap(f -> ModelGenerators.inspectionsFor(f, ProviderType.CRC, 5).map(i -> new Fitted(f, i)));
    qt().forAll(fitted)
        .checkAssert(
            x -> {
              assertThat(x.inspection().frameworkId()).isEqualTo(x.framework().id());
              assertThat(x.inspection().provider().type()).isEqualTo(ProviderType.CRC);
              for (CaseAssessment a : x.inspection().assessments()) {
                InspectedCase c = x.inspection().inspectedCase(a.caseRef()).orElseThrow();
                for (KeyQuestionCode k : a.answers().keySet()) {
                  Standard s = x.framework().standard(ProviderType.CRC, k.standard()).orElseThrow();
                  assertThat(s.sampleKind()).as("sample of %s", k).contains(c.sample());
                }
              }
            });
  }

  @Test
  void codes_printInTheFormTheyParseFrom() {
    qt().forAll(ModelGenerators.elementCodes())
        .checkAssert(c -> assertThat(ElementCode.parse(c.toString())).isEqualTo(c));
    qt().forAll(ModelGenerators.cycles()).checkAssert(c -> assertThat(Cycle.parse(c.toString())).isEqualTo(c));
  }

  @Test
  void codeOrder_isConsistentWithEquals() {
    qt().forAll(ModelGenerators.elementCodes(), ModelGenerators.elementCodes())
        .checkAssert((a, b) -> assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b)));
  }

  @Test
  void invalidCodes_areRejectedNamingTheField() {
    qt().forAll(InvalidInputs.standardCodes())
        .checkAssert(
            s ->
                assertThatThrownBy(() -> Standard.builder().code(s))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("Standard.code: "));
    qt().forAll(InvalidInputs.keyQuestionCodes())
        .checkAssert(
            s ->
                assertThatThrownBy(() -> KeyQuestion.builder().code(s))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("KeyQuestion.code: "));
    qt().forAll(InvalidInputs.promptCodes())
        .checkAssert(
            s ->
                assertThatThrownBy(() -> Prompt.builder().code(s))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("Prompt.code: "));
    qt().forAll(InvalidInputs.keyQuestionCodes())
        .checkAssert(
            s ->
                assertThatThrownBy(() -> CaseAssessment.builder().putAnswer(s, org.inspectionkit.model.casework.Answer.YES))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("CaseAssessment.answers: "));
    qt().forAll(InvalidInputs.cycles())
        .checkAssert(
            s ->
                assertThatThrownBy(() -> Framework.builder().cycle(s))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("Framework.cycle: "));
  }

  @Test
  void invalidCodes_areRejectedByParseQuotingTheText() {
    qt().forAll(InvalidInputs.standardCodes())
        .checkAssert(s -> assertThatThrownBy(() -> StandardCode.parse(s)).isInstanceOf(IllegalArgumentException.class));
    qt().forAll(InvalidInputs.keyQuestionCodes())
        .checkAssert(
            s -> assertThatThrownBy(() -> KeyQuestionCode.parse(s)).isInstanceOf(IllegalArgumentException.class));
    qt().forAll(InvalidInputs.promptCodes())
        .checkAssert(s -> assertThatThrownBy(() -> PromptCode.parse(s)).isInstanceOf(IllegalArgumentException.class));
  }

  @Test
  void invalidIdentifiers_areRejectedNamingTheField() {
    qt().forAll(InvalidInputs.identifiers())
        .checkAssert(
            s -> {
              assertThatThrownBy(() -> Inspection.builder().id(s))
                  .isInstanceOf(IllegalArgumentException.class)
                  .hasMessageStartingWith("Inspection.id: inspection id: ");
              assertThatThrownBy(() -> Framework.builder().id(s))
                  .hasMessageStartingWith("Framework.id: framework id: ");
              assertThatThrownBy(() -> ProviderId.of(s)).hasMessageStartingWith("provider id: ");
              assertThatThrownBy(() -> FrameworkId.of(s)).isInstanceOf(IllegalArgumentException.class);
              assertThatThrownBy(() -> InspectionId.of(s)).isInstanceOf(IllegalArgumentException.class);
            });
    qt().forAll(InvalidInputs.caseRefs())
        .checkAssert(
            s ->
                assertThatThrownBy(() -> InspectedCase.builder().ref(s))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("InspectedCase.ref: case reference: "));
  }

  @Test
  void inspections_areEqualWhateverTheOrderTheirContentWasGivenIn() {
    qt().forAll(ModelGenerators.inspections(), org.quicktheories.generators.SourceDSL.longs().all())
        .checkAssert(
            (i, seed) -> {
              Random random = new Random(seed);
              Inspection shuffled =
                  Inspection.builder()
                      .from(i)
                      .cases(shuffle(i.cases(), random))
                      .assessments(shuffle(i.assessments(), random))
                      .judgements(shuffle(i.judgements(), random))
                      .overrides(shuffle(i.overrides(), random))
                      .recommendations(shuffle(i.recommendations(), random))
                      .progressAssessments(shuffle(i.progressAssessments(), random))
                      .build();
              assertThat(shuffled).isEqualTo(i);
            });
  }

  @Test
  void toString_neverPrintsCaseDataOrFreeText() {
    qt().forAll(ModelGenerators.inspections())
        .checkAssert(
            i -> {
              String s = i.toString();
              for (InspectedCase c : i.cases()) {
                assertThat(s).doesNotContain(c.ref().value());
                for (String v : c.diversity().values()) {
                  assertThat(c.toString()).doesNotContain(v);
                }
              }
              for (StandardJudgement j : i.judgements()) {
                assertThat(j.toString()).doesNotContain(j.rationale());
              }
              for (RatingOverride o : i.overrides()) {
                assertThat(o.toString()).doesNotContain(o.reason());
              }
            });
  }

  private static <T> List<T> shuffle(List<T> items, Random random) {
    List<T> copy = new ArrayList<>(items);
    Collections.shuffle(copy, random);
    return copy;
  }

}
