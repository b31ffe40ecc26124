package org.inspectionkit.testkit.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.inspectionkit.testkit.rating.Theories.qt;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.inspectionkit.model.casework.Answer;
import org.inspectionkit.model.casework.CaseAssessment;
import org.inspectionkit.model.casework.InspectedCase;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.KeyQuestion;
import org.inspectionkit.model.framework.KeyQuestionCode;
import org.inspectionkit.model.framework.SampleKind;
import org.inspectionkit.model.framework.Standard;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.provider.ProviderType;
import org.inspectionkit.testkit.ModelGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class RateableInspectionsTest {

  /** A generated framework, one of the provider types it covers, and an inspection from the generator. */
  record Example(Framework framework, ProviderType type, Inspection inspection) {}

  static Gen<Example> examples() {
    return ModelGenerators.frameworks()
        .flatMap(
            f -> Generate.pick(List.of(ProviderType.CRC, ProviderType.NPS_DIVISION))
                .flatMap(t -> RateableInspections.of(f, t, 5).map(i -> new Example(f, t, i))));
  }

  @Test
  void of_anyFrameworkAndType_givesWhatRatingNeeds() {
    qt(300)
        .forAll(examples())
        .checkAssert(
            e -> {
              Inspection i = e.inspection();
              assertThat(i.frameworkId()).isEqualTo(e.framework().id());
              assertThat(i.cycle()).isEqualTo(e.framework().cycle());
              assertThat(i.provider().type()).isEqualTo(e.type());
              assertThat(i.overrides()).isEmpty();
              assertThat(i.qualitativeAdjustments()).isEmpty();
              for (Standard s : e.framework().standardsFor(e.type())) {
                boolean judged = i.judgements().stream().anyMatch(j -> j.standard().equals(s.code()));
                assertThat(judged).as("judgement of %s", s.code()).isEqualTo(!s.isCaseRated());
                if (!s.isCaseRated()) {
                  continue;
                }
                SampleKind sample = s.sampleKind().orElseThrow();
                List<InspectedCase> cases = new ArrayList<>();
                i.cases().stream().filter(c -> c.sample().equals(sample)).forEach(cases::add);
                assertThat(cases).as("cases of %s", sample).hasSizeBetween(1, 5);
                boolean applicable = false;
                for (InspectedCase c : cases) {
                  for (KeyQuestion k : s.keyQuestions()) {
                    Answer a = i.assessment(c.ref()).flatMap(x -> x.answer(k.code())).orElse(null);
                    applicable |= a == Answer.YES || a == Answer.NO;
                  }
                }
                assertThat(applicable).as("an applicable answer for %s", s.code()).isTrue();
              }
              for (CaseAssessment a : i.assessments()) {
                SampleKind sample = i.inspectedCase(a.caseRef()).orElseThrow().sample();
                Set<KeyQuestionCode> asked = new HashSet<>();
                for (Standard s : e.framework().standardsRatedFrom(e.type(), sample)) {
                  s.keyQuestions().forEach(k -> asked.add(k.code()));
                }
                assertThat(asked).as("key questions of the %s sample", sample).containsAll(a.answers().keySet());
                assertThat(a.promptAnswers().keySet()).allMatch(p -> a.answers().containsKey(p.keyQuestion()));
              }
            });
  }

  @Test
  void of_probationShapedFramework_givesEveryKindOfAnswerAndUnassessedCases() {
    Framework f = ProbationShapedFramework.of();
    Set<Answer> answers = EnumSet.noneOf(Answer.class);
    boolean[] seen = new boolean[2];
    qt(200)
        .forAll(RateableInspections.of(f, ProviderType.CRC))
        .checkAssert(
            i -> {
              for (CaseAssessment a : i.assessments()) {
                answers.addAll(a.answers().values());
                seen[0] |= a.answers().size() < 12 && i.inspectedCase(a.caseRef()).orElseThrow().sample()
                    .equals(SampleKind.DOMAIN_TWO);
              }
              seen[1] |= i.assessments().size() < i.cases().size();
            });
    assertThat(answers).containsExactlyInAnyOrder(Answer.values());
    assertThat(seen).as("some key question unanswered, some case unassessed").containsExactly(true, true);
  }

  @Test
  void of_typeTheFrameworkDoesNotCover_isRefusedNamingIt() {
    assertThatThrownBy(() -> RateableInspections.of(ProbationShapedFramework.of(), ProviderType.PROBATION_REGION))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not cover provider type probation-region");
  }

  @Test
  void of_noCasesPerSample_isRefused() {
    assertThatThrownBy(() -> RateableInspections.of(ProbationShapedFramework.of(), ProviderType.CRC, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxCasesPerSample: must be at least 1, was 0");
  }
}
