package org.inspectionkit.examples.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.inspectionkit.json.Frameworks;
import org.inspectionkit.model.Rating;
import org.inspectionkit.model.casework.Answer;
import org.inspectionkit.model.casework.CaseAssessment;
import org.inspectionkit.model.framework.DomainCode;
import org.inspectionkit.model.framework.ElementCode;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.FrameworkLevel;
import org.inspectionkit.model.framework.KeyQuestionCode;
import org.inspectionkit.model.framework.StandardCode;
import org.inspectionkit.model.framework.WordingSource;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.provider.ProviderType;
import org.inspectionkit.rules.consistency.CheckContext;
import org.inspectionkit.rules.consistency.ConsistencyChecker;
import org.inspectionkit.rules.consistency.ConsistencyPolicy;
import org.inspectionkit.rules.consistency.Finding;
import org.inspectionkit.rules.consistency.Severity;
import org.inspectionkit.rules.diff.Change;
import org.inspectionkit.rules.diff.FrameworkChanges;
import org.inspectionkit.rules.diff.FrameworkDiff;
import org.inspectionkit.rules.followup.FollowUp;
import org.inspectionkit.rules.followup.FollowUpSummary;
import org.inspectionkit.rules.rating.InspectionRating;
import org.inspectionkit.rules.rating.RatingCalculator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules over the built-in frameworks and the example inspections: what the seed notice says must hold. */
class BuiltInFrameworksTest {

  static final Framework F2018 = Frameworks.load("probation-2018-19");
  static final Framework F2019 = Frameworks.load("probation-2019-20");

  @Test
  void diff_listsTheSeedNoticesQuestionAndPromptChangesAndNothingElse() {
    FrameworkChanges changes = FrameworkDiff.between(F2018, F2019);
    // Every change, by kind, level, code and provider types, in the order the diff lists them: the notice's 14 prompt
    // changes and 7 modelled key question rewordings; no standard, applicability or rating changes.
    assertThat(changes.changes()).extracting(c -> c.kind() + " " + c.level() + " " + c.code() + " " + c.providerTypes())
        .containsExactly(
            "REWORDED KEY_QUESTION 1.1.1 [crc, nps-division]",
            "ADDED PROMPT 1.2.2.c [crc, nps-division]",
            "REWORDED KEY_QUESTION 1.2.3 [crc, nps-division]",
            "ADDED PROMPT 1.2.5.c [crc, nps-division]",
            "ADDED PROMPT 1.3.1.c [crc, nps-division]",
            "REWORDED KEY_QUESTION 1.3.2 [crc, nps-division]",
            "REWORDED KEY_QUESTION 1.4.4 [crc, nps-division]",
            "REWORDED PROMPT 1.4.4.b [crc, nps-division]",
            "REWORDED KEY_QUESTION 3.1.1 [crc]",
            "REWORDED PROMPT 3.1.1.c [nps-division]",
            "ADDED PROMPT 3.1.1.d [crc]",
            "ADDED PROMPT 3.1.2.c [crc]",
            "ADDED PROMPT 3.1.2.d [crc]",
            "ADDED PROMPT 3.1.2.e [crc]",
            "ADDED PROMPT 3.1.2.f [crc]",
            "REWORDED KEY_QUESTION 3.2.1 [nps-division]",
            "ADDED PROMPT 3.2.1.c [nps-division]",
            "REWORDED KEY_QUESTION 3.2.2 [nps-division]",
            "ADDED PROMPT 3.2.2.c [nps-division]",
            "ADDED PROMPT 3.2.2.d [nps-division]",
            "ADDED PROMPT 3.2.2.e [nps-division]");
    assertThat(changes.changes()).hasSize(21);
    assertThat(changes.changes().stream().filter(c -> c.level() == FrameworkLevel.PROMPT)).hasSize(14);
    List<String> text = changes.changes().stream().map(Change::describe).collect(Collectors.toList());

    // Domain one: three new prompts, learning from Serious Further Offence reviews, and key questions that link
    // management inputs to delivery outputs and use the domain two and three case data.
    assertThat(text).anyMatch(t -> t.contains("Diversity") && t.contains("workforce"));
    assertThat(text).anyMatch(t -> t.contains("promotion") && t.contains("reward and recognition"));
    assertThat(text).anyMatch(t -> t.contains("disproportionality"));
    assertThat(text).anyMatch(t -> t.startsWith("REWORDED prompt 1.4.4") && t.contains("Serious Further Offence"));
    assertReworded(text, "1.1.1", "informed by the quality of case supervision");
    assertReworded(text, "1.2.3", "as shown in the quality of casework");
    assertReworded(text, "1.3.2", "supports effective case supervision");
    assertReworded(text, "1.4.4", "drawing on data about the quality of casework");
    // NPS court work: safeguarding and domestic abuse checks, at prompt level only.
    assertThat(text).anyMatch(t -> t.contains("[nps-division]") && t.contains("safeguarding and domestic abuse"));
    assertThat(F2019.standard(ProviderType.NPS_DIVISION, StandardCode.of(3, 1)).orElseThrow().keyQuestions())
        .extracting(k -> k.text())
        .containsExactlyElementsOf(
            F2018.standard(ProviderType.NPS_DIVISION, StandardCode.of(3, 1)).orElseThrow().keyQuestions().stream()
                .map(k -> k.text()).collect(Collectors.toList()));
    // NPS victim work: four new prompts, and both key questions take in the notice's four themes.
    for (String victims : List.of("Procedural justice", "Information sharing and ongoing communication",
        "Multi-agency working", "professionalisation of victims' services")) {
      assertThat(text).anyMatch(t -> t.contains("[nps-division]") && t.contains(victims));
    }
    assertReworded(text, "3.2.1", "procedurally just");
    assertReworded(text, "3.2.2", "ongoing communication, supported by information sharing, multi-agency working"
        + " and a professional victims' service");
    // CRC unpaid work: assessment linked to delivery, rehabilitation, supervision, modelling, opportunities.
    for (String unpaid : List.of("assessment of the individual", "desistance", "probation supervision",
        "Pro-social modelling", "types of opportunities")) {
      assertThat(text).anyMatch(t -> t.contains("[crc]") && t.contains(unpaid));
    }
    assertReworded(text, "3.1.1", "in line with the assessment of the individual");

    // Every reworded key question is modelled wording, a paraphrase of the notice's description.
    for (Change c : changes.changes()) {
      if (c.level() == FrameworkLevel.KEY_QUESTION) {
        ProviderType type = c.providerTypes().get(0);
        KeyQuestionCode code = KeyQuestionCode.parse(c.code().toString());
        assertThat(F2019.keyQuestion(type, code).orElseThrow().wordingSource()).as("%s", code)
            .isEqualTo(WordingSource.MODELLED);
      }
    }
    // Domain two and Through the Gate: no change at any level.
    assertThat(changes.within(DomainCode.of(2))).as("domain two is unchanged").isEmpty();
    assertThat(F2019.domain(DomainCode.of(2))).isEqualTo(F2018.domain(DomainCode.of(2)));
    assertThat(changes.changes())
        .noneMatch(c -> c.providerTypes().contains(ProviderType.CRC) && c.code().toString().startsWith("3.2"));
    assertThat(F2019.standard(ProviderType.CRC, StandardCode.of(3, 2)))
        .isEqualTo(F2018.standard(ProviderType.CRC, StandardCode.of(3, 2)));
  }

  private static void assertReworded(List<String> text, String keyQuestion, String newWording) {
    assertThat(text).as("key question %s", keyQuestion)
        .filteredOn(t -> t.startsWith("REWORDED key question " + keyQuestion + " "))
        .singleElement()
        .satisfies(t -> assertThat(t.substring(t.indexOf("\" -> \""))).contains(newWording));
  }

  /** The seed notice's example: a CRC with leadership Good and casework Inadequate. */
  static Inspection leadershipGoodCaseworkInadequate(Framework framework) {
    Inspection example =
        framework == F2019 ? ExampleInspection.crc2019(framework) : ExampleInspection.crc2018(framework);
    Inspection.Builder b = Inspection.builder().from(example).assessments(List.of()).overrides(List.of());
    int n = 0;
    for (CaseAssessment a : example.assessments()) {
      CaseAssessment.Builder c = CaseAssessment.builder().from(a);
      boolean yes = n++ % 3 == 0; // about a third of cases answered yes: Inadequate
      for (KeyQuestionCode k : a.answers().keySet()) {
        if (k.standard().domain().number() == 2) {
          c.putAnswer(k, yes ? Answer.YES : Answer.NO);
        }
      }
      b.addAssessment(c.build());
    }
    return b.build();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"probation-2018-19", "probation-2019-20"})
  void disconnect_isFoundUnderBothFrameworks_asTheConfiguredSeverityIn2019_andRetrospectivelyIn2018(String id) {
    Framework framework = Frameworks.load(id);
    Inspection inspection = leadershipGoodCaseworkInadequate(framework);
    InspectionRating rating = RatingCalculator.probation().rateOrThrow(framework, inspection);
    assertThat(rating.standard(StandardCode.of(1, 1)).orElseThrow().finalRating()).isEqualTo(Rating.GOOD);
    assertThat(rating.standard(StandardCode.of(2, 1)).orElseThrow().finalRating()).isEqualTo(Rating.INADEQUATE);
    for (Severity severity : List.of(Severity.WARNING, Severity.ERROR)) {
      CheckContext context =
          CheckContext.builder()
              .framework(framework)
              .inspection(inspection)
              .policy(ConsistencyPolicy.builder().disconnectSeverity(severity).build())
              .build();
      if (id.equals("probation-2018-19")) {
        // The 2018-19 method treated the domains separately: a retrospective finding, whatever the severity set.
        List<Finding> found =
            ConsistencyChecker.builtIn().check(context).withCode("domain-one-disconnect.retrospective");
        assertThat(found).isNotEmpty().allMatch(f -> f.severity() == Severity.INFO);
        assertThat(found.get(0).message()).contains("retrospective").contains("2.1 Assessment (Inadequate");
        continue;
      }
      List<Finding> found = ConsistencyChecker.builtIn().check(context).withCode("domain-one-disconnect");
      assertThat(found).isNotEmpty().allMatch(f -> f.severity() == severity);
      assertThat(found.get(0).message())
          .startsWith("1.1 Leadership is rated Good by judgement")
          .contains("2.1 Assessment (Inadequate");
    }
  }

  @Test
  void exampleInspection2019_ratesRequiresImprovementWithTheDisconnectItWasBuiltFor() {
    Inspection i = ExampleInspection.crc2019(F2019);
    InspectionRating r = RatingCalculator.probation().rateOrThrow(F2019, i);
    assertThat(r.overall().score()).isEqualTo(12);
    assertThat(r.overall().rating()).isEqualTo(Rating.REQUIRES_IMPROVEMENT);
    assertThat(r.standard(StandardCode.of(2, 2)).orElseThrow().finalRating()).isEqualTo(Rating.INADEQUATE);
    // Unpaid work: Outstanding from the cases, moved one band on the observations and outcomes as the method
    // provides, not overridden.
    assertThat(r.standard(StandardCode.of(3, 1)).orElseThrow().isOverridden()).isFalse();
    assertThat(r.standard(StandardCode.of(3, 1)).orElseThrow().adjustment()).isPresent();
    assertThat(r.standard(StandardCode.of(3, 1)).orElseThrow().computed()).isEqualTo(Rating.OUTSTANDING);
    assertThat(r.standard(StandardCode.of(3, 1)).orElseThrow().finalRating()).isEqualTo(Rating.GOOD);
    CheckContext context =
        CheckContext.builder()
            .framework(F2019)
            .inspection(i)
            .previousInspection(ExampleInspection.crc2018(F2018))
            .build();
    List<String> codes =
        ConsistencyChecker.builtIn().check(context).findings().stream().map(Finding::code)
            .collect(Collectors.toList());
    assertThat(codes)
        .contains("domain-one-disconnect", "judgement-without-case-evidence", "evidence-submissions.too-few-items",
            "service-user-voice.no-interview-record")
        .doesNotContain("recommendation-follow-up.previous-not-supplied", "recommendation-follow-up.not-assessed",
            "case-rated-not-from-case-data.override");
  }

  @Test
  void exampleInspection2018_isRatable() {
    InspectionRating r = RatingCalculator.probation().rateOrThrow(F2018, ExampleInspection.crc2018(F2018));
    assertThat(r.standards()).hasSize(10);
  }

  @Test
  void followUp_a2018DomainOnePromptRecommendationIsAssessedIn2019() {
    FollowUpSummary s =
        FollowUp.probation()
            .summarise(F2018, ExampleInspection.crc2018(F2018), F2019, ExampleInspection.crc2019(F2019));
    assertThat(s.rows()).hasSize(4);
    assertThat(s.rows().get(3).target()).hasToString("1.2.3.a");
    assertThat(s.rows().get(3).level()).isEqualTo(FrameworkLevel.PROMPT);
    assertThat(s.rows().get(3).currentTarget()).contains(ElementCode.parse("1.2.3.a"));
    assertThat(s.rows().get(3).progress()).isPresent();
    assertThat(s.problems()).isEmpty();
    assertThat(s.rows().get(0).ratingThen()).isPresent();
    assertThat(s.rows().get(0).ratingNow()).isPresent();
  }

  @Test
  void examples_areDeterministic() {
    assertThat(ExampleInspection.crc2019(F2019)).isEqualTo(ExampleInspection.crc2019(F2019));
  }
}
