package org.inspectionkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.inspectionkit.model.Rating;
import org.inspectionkit.model.evidence.QualitativeAdjustment;
import org.inspectionkit.model.evidence.UnpaidWorkMethod;
import org.inspectionkit.model.framework.FrameworkId;
import org.inspectionkit.model.framework.StandardCode;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.rules.consistency.ConsistencyReport;
import org.inspectionkit.rules.diff.FrameworkChanges;
import org.inspectionkit.rules.fieldwork.FieldworkPlan;
import org.inspectionkit.rules.followup.FollowUpSummary;
import org.inspectionkit.rules.rating.InspectionRating;
import org.inspectionkit.rules.rating.RatingCalculator;
import org.inspectionkit.rules.rating.RatingPolicy;
import org.inspectionkit.rules.rating.StandardRating;
import org.inspectionkit.rules.sampling.CaseSample;
import org.inspectionkit.rules.sampling.StratumReport;
import org.junit.jupiter.api.Test;

/**
 * The result documents: ratings, findings, follow-up, framework changes, samples and fieldwork plans. Each is
 * versioned and typed, reads back equal, and refuses a document whose derived members disagree with what they are
 * derived from, naming the path and never the value.
 */
class ResultDocumentsTest {

  private static final InspectionJson JSON = InspectionJson.standard();
  private static final ObjectMapper TREES = new ObjectMapper();

  @Test
  void write_everyResult_readsBackEqual_andWritesTheSameBytes() {
    for (Object result : Results.all()) {
      String text = JSON.write(result);
      Object back = JSON.read(text, result.getClass());
      assertThat(back).isEqualTo(result);
      assertThat(JSON.write(back)).isEqualTo(text);
    }
  }

  @Test
  void write_everyResult_startsWithFormatVersionThenItsType() {
    List<String> types =
        List.of("rating", "findings", "follow-up", "framework-changes", "sample", "fieldwork-plan", "portfolio");
    List<Object> results = Results.all();
    for (int i = 0; i < results.size(); i++) {
      assertThat(JSON.write(results.get(i)))
          .startsWith("{\n  \"formatVersion\": \"1.0\",\n  \"type\": \"" + types.get(i) + "\",\n");
    }
  }

  @Test
  void documentTypes_listTheResultTypesAfterTheModels() {
    assertThat(InspectionJson.documentTypes()).endsWith(InspectionRating.class, ConsistencyReport.class,
        FollowUpSummary.class, FrameworkChanges.class, CaseSample.class, FieldworkPlan.class,
        org.inspectionkit.rules.portfolio.Portfolio.class);
  }

  @Test
  void write_rating_carriesThePolicyInFull_andEveryStandardsReason() throws Exception {
    InspectionRating rating = Results.rating();
    JsonNode doc = TREES.readTree(JSON.write(rating));

    assertThat(doc.at("/policy/name").asText()).isEqualTo("probation");
    assertThat(doc.at("/policy/thresholds/GOOD").decimalValue()).isEqualByComparingTo("65");
    assertThat(doc.at("/policy/points/REQUIRES_IMPROVEMENT").asInt()).isEqualTo(1);
    assertThat(doc.at("/policy/overallBands")).hasSize(4);
    assertThat(doc.at("/policy/rounding").asText()).isEqualTo("EXACT");
    assertThat(doc.at("/policy/intervalZ").asDouble()).isEqualTo(RatingPolicy.Z_80);
    assertThat(doc.at("/policy/intervalConfidenceLabel").asText()).isEqualTo("80%");
    assertThat(doc.at("/policy/qualitativeBands/unpaid-work").asInt()).isEqualTo(1);
    assertThat(doc.get("standards")).hasSize(10);
    for (int i = 0; i < 10; i++) {
      assertThat(doc.at("/standards/" + i + "/reason").asText()).isEqualTo(rating.standards().get(i).reason());
    }
    assertThat(doc.at("/overall/reason").asText()).isEqualTo(rating.overall().reason());
  }

  @Test
  void write_thresholds_areExactDecimals_keepingTheirScale() {
    RatingPolicy policy = RatingPolicy.builder().from(RatingPolicy.probation())
        .putThreshold(Rating.GOOD, new java.math.BigDecimal("65.0"))
        .putThreshold(Rating.REQUIRES_IMPROVEMENT, new java.math.BigDecimal("50.125")).build();
    InspectionRating rating = RatingCalculator.of(policy).rateOrThrow(Results.framework(), Results.crc());

    String text = JSON.write(rating);

    assertThat(text).contains("\"GOOD\": 65.0,").contains("\"REQUIRES_IMPROVEMENT\": 50.125\n");
    assertThat(JSON.read(text, InspectionRating.class).policy().thresholds()).isEqualTo(policy.thresholds());
  }

  @Test
  void read_ratingWithAQualitativeAdjustmentAndAnOverride_readsBackEqual() {
    Inspection crc = Results.crc();
    InspectionRating plain = RatingCalculator.probation().rateOrThrow(Results.framework(), crc);
    StandardRating unpaid = plain.standard(StandardCode.parse("3.1")).orElseThrow();
    Rating up = unpaid.computed().better().orElseGet(() -> unpaid.computed().worse().orElseThrow());
    Inspection adjusted = Inspection.builder().from(crc)
        .addQualitativeAdjustment(QualitativeAdjustment.builder().standard(unpaid.code()).caseData(unpaid.computed())
            .rating(up).addCitedMethod(UnpaidWorkMethod.SITE_VISIT).reason("Seen on the site visits.").build())
        .build();
    InspectionRating rating = RatingCalculator.probation().rateOrThrow(Results.framework(), adjusted);

    InspectionRating back = JSON.read(JSON.write(rating), InspectionRating.class);

    assertThat(back).isEqualTo(rating);
    assertThat(back.standard(unpaid.code()).orElseThrow().finalRating()).isEqualTo(up);
  }

  @Test
  void read_resultDocumentOfAnotherType_isAProblemAtItsType() {
    String findings = JSON.write(Results.findings());

    assertThat(problems(findings, InspectionRating.class))
        .contains("$.type: this is a findings document; expected a rating document");
  }

  @Test
  void read_unknownOrMissingType_saysWhichTypeIsExpected_withoutRepeatingTheValue() {
    String plan = JSON.write(Results.plan());

    assertThat(problems(plan.replace("\"type\": \"fieldwork-plan\"", "\"type\": \"my-secret-plan\""),
        FieldworkPlan.class))
        .containsExactly("$.type: unknown document type (the value given is not shown); expected \"fieldwork-plan\"");
    assertThat(problems(plan.replace("  \"type\": \"fieldwork-plan\",\n", ""), FieldworkPlan.class))
        .containsExactly("$: missing required field 'type' (\"fieldwork-plan\" for a fieldwork-plan document)");
  }

  @Test
  void read_inspectionDocumentAsARating_isRefused() throws Exception {
    String inspection = ExampleDocumentsTest.example("crc-bench-2019-20");

    assertThat(problems(inspection, InspectionRating.class)).contains(
        "$: missing required field 'type' (\"rating\" for a rating document)");
  }

  @Test
  void read_reasonThatDisagreesWithTheNumbers_isRefusedAtItsPath() {
    String text = edited(JSON.write(Results.rating()),
        d -> ((ObjectNode) d.at("/standards/4")).put("reason", "Outstanding: trust me."));

    assertThat(problems(text, InspectionRating.class)).containsExactly(
        "$.standards[4].reason: disagrees with the standard's other members, from which it is derived: leave it"
            + " out, or give what this library derives");
  }

  @Test
  void read_finalRatingOverallRatingAndPolicyFigures_areCheckedToo() {
    String text = edited(JSON.write(Results.rating()), d -> {
      ((ObjectNode) d.at("/standards/0")).put("finalRating", "INADEQUATE");
      ((ObjectNode) d.at("/overall")).put("rating", "OUTSTANDING");
      ((ObjectNode) d.at("/policy")).put("maxScore", 40).put("intervalConfidenceLabel", "95%");
    });

    assertThat(problems(text, InspectionRating.class)).containsExactly(
        "$.policy.maxScore: disagrees with standardCount and the points of Outstanding, from which it is derived:"
            + " leave it out, or give what this library derives",
        "$.policy.intervalConfidenceLabel: disagrees with intervalZ, from which it is derived: leave it out, or"
            + " give what this library derives",
        "$.standards[0].finalRating: disagrees with computed, adjustment and override, from which it is derived:"
            + " leave it out, or give what this library derives",
        "$.overall.rating: disagrees with the band and the limiter applied, from which it is derived: leave it"
            + " out, or give what this library derives");
  }

  @Test
  void read_bandsAndScoresThePolicyDoesNotGive_areRefused() {
    String text = edited(JSON.write(Results.rating()), d -> {
      ((ObjectNode) d.at("/standards/4/keyQuestions/0")).put("yes", 0).put("no", 2);
      ((ObjectNode) d.at("/overall")).put("score", 12).remove(List.of("rating", "reason"));
    });

    assertThat(problems(text, InspectionRating.class)).containsExactly(
        "$.standards[4].keyQuestions[0].band: is not the band the policy gives the key question's yes and no"
            + " answers");
    String score = edited(JSON.write(Results.rating()),
        d -> ((ObjectNode) d.at("/overall")).put("score", 12).remove(List.of("rating", "reason")));
    assertThat(problems(score, InspectionRating.class)).containsExactly(
        "$.overall.score: is not the sum of the policy's points for the final standard ratings");
  }

  @Test
  void read_computedRatingAndDrivingKeyQuestions_mustFollowFromTheBands() {
    String text = edited(JSON.write(Results.rating()), d -> {
      ObjectNode s = (ObjectNode) d.at("/standards/4");
      s.put("computed", "GOOD").remove(List.of("finalRating", "reason"));
      ((ObjectNode) d.at("/standards/5/keyQuestions/0")).put("driving", true);
    });

    assertThat(problems(text, InspectionRating.class)).containsExactly(
        "$.standards[4].computed: is not the lowest band of the key questions, which is the computed rating of a"
            + " standard rated from case data",
        "$.standards[5].keyQuestions[0].driving: the key question is not in the standard's lowest band, so it did"
            + " not drive the rating");
  }

  @Test
  void read_ratingWithoutItsDerivedMembers_isTheSameRating() {
    InspectionRating rating = Results.rating();
    String text = edited(JSON.write(rating), d -> {
      ((ObjectNode) d.get("policy")).remove(List.of("maxScore", "intervalConfidenceLabel"));
      d.get("standards").forEach(s -> ((ObjectNode) s).remove(List.of("finalRating", "reason")));
      ((ObjectNode) d.get("overall")).remove(List.of("rating", "reason"));
    });

    assertThat(JSON.read(text, InspectionRating.class)).isEqualTo(rating);
  }

  @Test
  void read_policyThatBreaksItsRules_namesTheRuleButNotThePolicysName() {
    String text = edited(JSON.write(Results.rating()), d -> {
      ((ObjectNode) d.get("policy")).put("name", "Ms Smith's policy").remove("maxScore");
      ((ObjectNode) d.at("/policy/thresholds")).put("GOOD", 85);
    });

    assertThat(problems(text, InspectionRating.class)).singleElement().asString()
        .startsWith("$.policy: the policy thresholds: must decrease from Outstanding to Requires improvement")
        .doesNotContain("Smith");
  }

  @Test
  void read_findingsWithAWrongHasErrors_isRefused() {
    String text = edited(JSON.write(Results.findings()), d -> d.put("hasErrors", true));

    assertThat(problems(text, ConsistencyReport.class)).containsExactly(
        "$.hasErrors: disagrees with the severities of the findings, from which it is derived: leave it out, or"
            + " give what this library derives");
  }

  @Test
  void read_followUpWithWrongCountsOrLevel_isRefused() {
    String text = JSON.write(Results.followUp());

    assertThat(problems(edited(text, d -> ((ObjectNode) d.at("/rows/0")).put("level", "PROMPT")),
        FollowUpSummary.class)).containsExactly(
            "$.rows[0].level: disagrees with target, from which it is derived: leave it out, or give what this"
                + " library derives");
    assertThat(problems(edited(text, d -> ((ObjectNode) d.get("counts")).put("SUFFICIENT", 3)),
        FollowUpSummary.class)).containsExactly(
            "$.counts: disagrees with the progress of the rows, from which it is derived: leave it out, or give"
                + " what this library derives");
  }

  @Test
  void read_frameworkChanges_areFoundAgainFromTheFrameworks() {
    String text = JSON.write(Results.changes());

    assertThat(problems(edited(text, d -> ((ObjectNode) d.at("/changes/3")).put("after", "Something else.")),
        FrameworkChanges.class)).containsExactly(
            "$.changes[3]: disagrees with the two frameworks named, between which the changes are found again,"
                + " from which it is derived: leave it out, or give what this library derives");
    assertThat(problems(edited(text, d -> ((ArrayNode) d.get("changes")).remove(0)), FrameworkChanges.class))
        .containsExactly("$.changes[0]: disagrees with the two frameworks named, between which the changes are"
            + " found again, from which it is derived: leave it out, or give what this library derives");
    assertThat(JSON.read(edited(text, d -> d.remove("changes")), FrameworkChanges.class))
        .isEqualTo(Results.changes());
  }

  @Test
  void read_frameworkChangesOfAFrameworkTheReaderDoesNotHave_isAProblemAtItsId() {
    String text = JSON.write(Results.changes()).replace("\"to\": \"probation-2019-20\"", "\"to\": \"probation-2020-21\"");

    assertThat(problems(text, FrameworkChanges.class)).containsExactly(
        "$.to: no framework with this id is known to the reader: the changes are found again from the frameworks"
            + " (give it with InspectionJson.builder().frameworks(...))");
    InspectionJson own = InspectionJson.builder()
        .frameworks(id -> id.equals(FrameworkId.of("probation-2020-21"))
            ? Optional.of(Results.framework()) : Frameworks.find(id))
        .frameworkChecks(false)
        .build();
    assertThat(own.read(text, FrameworkChanges.class).changes()).isEqualTo(Results.changes().changes());
  }

  @Test
  void read_sample_isDrawnAgain_andItsSelectionAndReservesChecked() {
    CaseSample sample = Results.sample();
    String text = JSON.write(sample);

    assertThat(problems(edited(text, d -> ((ArrayNode) d.get("selected")).set(0, "P0001")), CaseSample.class))
        .containsExactly("$.selected[0]: disagrees with the specification, the eligible cases and the seed, from"
            + " which it is derived: leave it out, or give what this library derives");
    assertThat(problems(edited(text, d -> d.put("seed", 8)), CaseSample.class)).hasSize(2)
        .allMatch(p -> p.startsWith("$.selected[") || p.startsWith("$.reserves["));
    String minimal = edited(text, d -> d.remove(List.of("sampleSize", "allocations", "selected", "reserves")));
    assertThat(JSON.read(minimal, CaseSample.class)).isEqualTo(sample);
  }

  @Test
  void read_sampleWithACaseOutsideTheWindowOrTwice_isRefused() {
    String text = JSON.write(Results.sample());

    assertThat(problems(edited(text, d -> {
      ((ObjectNode) d.at("/eligible/2")).put("startDate", "2018-01-01");
      ((ObjectNode) d.at("/eligible/3")).put("ref", "P0002");
    }), CaseSample.class)).containsExactly(
        "$.eligible[2].startDate: is outside the window, so the case is not eligible",
        "$.eligible[3].ref: duplicate case reference (also at $.eligible[0])");
  }

  @Test
  void read_plan_isDatedAgainFromItsPattern() {
    String text = JSON.write(Results.plan());

    assertThat(problems(edited(text, d -> ((ObjectNode) d.at("/weeks/2/dates")).put("to", "2019-09-21")),
        FieldworkPlan.class)).containsExactly("$.weeks[2]: disagrees with the pattern and the start, from which"
            + " it is derived: leave it out, or give what this library derives");
    assertThat(problems(edited(text, d -> d.put("start", "2019-09-03").remove(List.of("end", "weeks",
        "evidenceDeadline", "interviewWindow"))), FieldworkPlan.class))
        .containsExactly("$.start: must be a MONDAY, the first day of the pattern's weeks");
    FieldworkPlan own = ResultGenerators.tuesdayPlan();
    assertThat(JSON.read(JSON.write(own), FieldworkPlan.class)).isEqualTo(own);
  }

  @Test
  void read_textTheRulesWouldQuote_isNotRepeatedInTheMessage() {
    String text = edited(JSON.write(Results.plan()), d -> ((ObjectNode) d.at("/pattern/weeks/0/activities/0"))
        .put("description", "Visit Ms Smith at home " + "x".repeat(300)));

    assertThat(problems(text, FieldworkPlan.class)).singleElement().asString()
        .startsWith("$.pattern.weeks[0].activities[0]: FieldworkActivity description: must be non-blank and at most"
            + " 300 characters")
        .doesNotContain("Smith");
  }

  @Test
  void errors_ofEveryResultType_nameOnlyPublicTypes() {
    ObjectMapper mapper = new ObjectMapper().registerModule(new InspectionJsonModule());
    for (Object result : Results.all()) {
      Class<?> type = result.getClass();
      InspectionJsonException e = catchThrowableOfType(InspectionJsonException.class,
          () -> JSON.read("{\"formatVersion\": \"1.0\", \"extra\": [1]}", type));
      assertThat(e.getMessage()).doesNotContain("Immutable");
      InspectionJsonMappingException m = catchThrowableOfType(InspectionJsonMappingException.class,
          () -> mapper.readValue("{\"formatVersion\": \"1.0\", \"extra\": [1]}", type));
      assertThat(m.getMessage()).doesNotContain("Immutable");
      assertThat(m.problems()).isEqualTo(e.problems());
    }
    assertThatThrownBy(() -> JSON.write(Results.sample().report().strata().get(0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("type: " + StratumReport.class.getName() + " is not a document type")
        .hasMessageNotContaining("Immutable");
  }

  private static List<String> problems(String text, Class<?> type) {
    InspectionJsonException e = catchThrowableOfType(InspectionJsonException.class, () -> JSON.read(text, type));
    assertThat(e).as("the document must be refused").isNotNull();
    return e.problems().stream().map(JsonProblem::toString).collect(java.util.stream.Collectors.toList());
  }

  private static String edited(String text, Consumer<ObjectNode> edit) {
    try {
      ObjectNode doc = (ObjectNode) TREES.readTree(text);
      edit.accept(doc);
      return TREES.writeValueAsString(doc);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
