package org.inspectionkit.examples.cli;

import static org.inspectionkit.examples.cli.CliRun.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

  /** The outcome of one run: exit code, standard output, standard error. */
  @TempDir static Path dir;
  static Path example;

  @BeforeAll
  static void writeExample() throws IOException {
    example = dir.resolve("example.json");
    Files.writeString(example, run("example").out());
  }

  @Test
  void example_printsAnInspectionDocumentThatRateAccepts() {
    CliRun r = run("example");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("{\n  \"formatVersion\": \"1.0\",").contains("\"id\": \"crc-bench-2019-20\"");
    assertThat(run("example").out()).as("deterministic").isEqualTo(r.out());
  }

  @Test
  void example_isTheDocumentTheConsumerProjectRates() throws IOException {
    // examples/consumer keeps a copy, since it uses only published artifacts; it must not drift.
    Path copy = Path.of("..", "consumer", "src", "main", "resources", "crc-bench-2019-20.json");
    assertThat(Files.readString(copy)).isEqualTo(run("example").out());
  }

  @Test
  void rate_printsTheRatingsTableAndOverall() {
    CliRun r = run("rate", example.toString());
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .contains("2.2 Planning                     Inadequate            2.2.3                 44.4%  36.1%-53.1%")
        .contains("3.1 Unpaid work                  Good                  3.1.1, 3.1.2          85.0%  72.2%-92.5%"
            + "   qualitative, from Outstanding")
        .contains("Overall: Requires improvement (12 of 30 points)")
        .contains("2.2 Inadequate, but within sampling error of Requires improvement");
  }

  @Test
  void rate_jsonFormat() throws IOException {
    CliRun r = run("rate", example.toString(), "--format", "json");
    assertThat(r.code()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("type").asText()).isEqualTo("rating");
    assertThat(json.at("/overall/score").asInt()).isEqualTo(12);
    assertThat(json.at("/overall/rating").asText()).isEqualTo("REQUIRES_IMPROVEMENT");
    assertThat(json.get("standards")).hasSize(10);
    assertThat(json.at("/standards/5/keyQuestions/2/yes").asInt()).isEqualTo(24);
    // The library's rating document: it reads back with InspectionJson as the rating the command computed.
    org.inspectionkit.json.InspectionJson lib = org.inspectionkit.json.InspectionJson.standard();
    org.inspectionkit.rules.rating.InspectionRating read =
        lib.read(r.out(), org.inspectionkit.rules.rating.InspectionRating.class);
    assertThat(lib.write(read)).isEqualTo(r.out());
    assertThat(json.at("/policy/thresholds/GOOD").decimalValue()).isEqualByComparingTo("65");
  }

  @Test
  void rate_invalidDocument_exits2WithPathsOnStderrAndNothingOnStdout() throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, Files.readString(example).replaceFirst("\"2\\.1\\.1\": ", "\"2.1.9\": "));
    CliRun r = run("rate", bad.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("not a valid inspection document").contains("answers[\"2.1.9\"]");
  }

  @Test
  void rate_missingFile_exits2() {
    CliRun r = run("rate", dir.resolve("nowhere.json").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("nowhere.json: no such file");
  }

  @Test
  void rate_unratableInspection_exits2WithEveryProblem() throws IOException {
    Path partial = dir.resolve("partial.json");
    String json = Files.readString(example);
    int start = json.indexOf("  \"judgements\": [");
    int end = json.indexOf("\n  ],\n", start) + "\n  ],\n".length();
    Files.writeString(partial, json.substring(0, start) + json.substring(end));
    CliRun r = run("rate", partial.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .contains("inspection crc-bench-2019-20 cannot be rated (4 problems)")
        .contains("standard 1.1: rated by judgement, but the inspection records no judgement for it");
  }

  @Test
  void rate_policyFileReplacesThePolicy() throws IOException {
    Path policy = dir.resolve("policy.json");
    Files.writeString(policy, "{\"name\": \"capped\", \"limiters\": [{\"atOrBelow\": \"INADEQUATE\", \"capAt\": \"INADEQUATE\"}]}");
    CliRun r = run("rate", example.toString(), "--policy", policy.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("policy capped").contains("Overall: Inadequate (12 of 30 points)");
    Path youth = dir.resolve("youth.json");
    Files.writeString(youth, "{\"standardCount\": 12, \"overallBands\": [{\"rating\": \"INADEQUATE\", \"min\": 0,"
        + " \"max\": 6}, {\"rating\": \"REQUIRES_IMPROVEMENT\", \"min\": 7, \"max\": 18}, {\"rating\": \"GOOD\","
        + " \"min\": 19, \"max\": 30}, {\"rating\": \"OUTSTANDING\", \"min\": 31, \"max\": 36}]}");
    CliRun y = run("rate", example.toString(), "--policy", youth.toString());
    assertThat(y.code()).isEqualTo(2);
    assertThat(y.err()).contains("the policy scores 12 standards, but provider type crc has 10");
  }

  @Test
  void rate_badPolicyFile_namesEveryProblem() throws IOException {
    Path policy = dir.resolve("bad-policy.json");
    Files.writeString(policy, "{\"rounding\": \"UP\", \"points\": {\"GREAT\": 4}, \"colour\": 1}");
    CliRun r = run("rate", example.toString(), "--policy", policy.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .contains("not a valid rating policy (3 problems)")
        .contains("$.colour: unknown field")
        .contains("$.points.GREAT: expected OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT or INADEQUATE")
        .contains("$.rounding: expected EXACT or HALF_UP_WHOLE_PERCENT")
        .doesNotContain("'UP'");
  }

  @Test
  void check_warningsOnlyExit0_errorsExit1_json() throws IOException {
    CliRun ok = run("check", example.toString());
    assertThat(ok.code()).isZero();
    assertThat(ok.out()).contains("Warnings (5)").contains("[domain-one-disconnect] 1.1 Leadership is rated Good");
    // Sufficient progress with no evidence of a result is an error-level finding: exit 1.
    org.inspectionkit.json.InspectionJson json = org.inspectionkit.json.InspectionJson.standard();
    org.inspectionkit.model.inspection.Inspection i =
        json.read(Files.readString(example), org.inspectionkit.model.inspection.Inspection.class);
    java.util.List<org.inspectionkit.model.recommendation.ProgressAssessment> progress = new java.util.ArrayList<>();
    for (org.inspectionkit.model.recommendation.ProgressAssessment p : i.progressAssessments()) {
      progress.add(org.inspectionkit.model.recommendation.ProgressAssessment.builder().from(p)
          .evidenceOfResult(java.util.List.of()).build());
    }
    Path effort = dir.resolve("effort.json");
    Files.writeString(effort,
        json.write(org.inspectionkit.model.inspection.Inspection.builder().from(i).progressAssessments(progress).build()));
    CliRun bad = run("check", effort.toString());
    assertThat(bad.code()).as(bad.err()).isEqualTo(1);
    assertThat(bad.out()).contains("Errors (2)").contains("[recommendation-follow-up.sufficient-without-result]");
    CliRun asJson = run("check", example.toString(), "--format", "json");
    JsonNode n = new ObjectMapper().readTree(asJson.out());
    assertThat(n.get("hasErrors").asBoolean()).isFalse();
    assertThat(n.get("findings").size()).isEqualTo(6);
  }

  @Test
  void diff_builtInFrameworks() throws IOException {
    CliRun r = run("diff", "probation-2018-19", "probation-2019-20");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("Changes from probation-2018-19 to probation-2019-20: 21\n")
        .contains("ADDED prompt 1.2.2.c [crc, nps-division]").doesNotContain(" 2.");
    JsonNode n = new ObjectMapper().readTree(run("diff", "probation-2018-19", "probation-2019-20", "--format", "json").out());
    assertThat(n.get("changes").size()).isEqualTo(21);
    CliRun none = run("diff", "probation-2019-20", "nonsense");
    assertThat(none.code()).isEqualTo(2);
    assertThat(none.err()).contains("nonsense: no such file, and no built-in framework with that id");
  }

  @Test
  void plan_printsTheDatedPlan() {
    CliRun r = run("plan", "--cycle", "2019-20", "--start", "2019-09-02");
    assertThat(r.code()).isZero();
    CliRun json = run("plan", "--cycle", "2019-20", "--start", "2019-09-02", "--format", "json");
    assertThat(json.out()).startsWith("{\n  \"formatVersion\": \"1.0\",\n  \"type\": \"fieldwork-plan\",\n");
    org.inspectionkit.json.InspectionJson lib = org.inspectionkit.json.InspectionJson.standard();
    assertThat(lib.write(lib.read(json.out(), org.inspectionkit.rules.fieldwork.FieldworkPlan.class)))
        .isEqualTo(json.out());
    assertThat(r.out()).contains("Week 3  Mon 2019-09-16 to Fri 2019-09-20  off site")
        .contains("Service user interviews: Mon 2019-09-02 to Fri 2019-09-13");
    CliRun tuesday = run("plan", "--cycle", "2019-20", "--start", "2019-09-03");
    assertThat(tuesday.code()).isEqualTo(2);
    assertThat(tuesday.out()).isEmpty();
    assertThat(tuesday.err()).contains("Monday");
  }

  @Test
  void sample_drawsFromACsvAndReportsBadRowsWithLineNumbers() throws IOException {
    StringBuilder csv = new StringBuilder("Reference,Start Date,Gender,Sentence Type,Risk Level\n");
    for (int i = 1; i <= 300; i++) {
      csv.append(String.format("P%04d,2019-%02d-%02d,%s,%s,%s%n", i, 3 + i % 5, 1 + i % 28, i % 7 == 0 ? "female" : "male",
          i % 3 == 0 ? "licence" : "community", i % 4 == 0 ? "low" : "medium"));
    }
    Path population = dir.resolve("population.csv");
    Files.writeString(population, csv);
    CliRun r = run("sample", "--population", population.toString(), "--seed", "7", "--fieldwork-start", "2019-09-02");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Eligible: 298 cases that started 2019-03-02 to 2019-09-01").contains("Selected (107):");
    assertThat(run("sample", "--population", population.toString(), "--seed", "7", "--fieldwork-start",
        "2019-09-02").out()).isEqualTo(r.out());
    Path out = dir.resolve("chosen.csv");
    CliRun written = run("sample", "--population", population.toString(), "--seed", "7", "--fieldwork-start",
        "2019-09-02", "--out", out.toString());
    assertThat(written.code()).isZero();
    assertThat(Files.readAllLines(out).get(0)).isEqualTo("ref,start-date,gender,sentence-type,risk-of-serious-harm");

    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "reference,start date,gender\nP1,2019-04-01,male\nP2,yesterday,male\nP3,2019-04-01,robot\n");
    Path notWritten = dir.resolve("not-written.csv");
    CliRun b = run("sample", "--population", bad.toString(), "--seed", "1", "--out", notWritten.toString());
    assertThat(b.code()).isEqualTo(2);
    assertThat(b.out()).isEmpty();
    assertThat(b.err()).contains("2 bad rows; nothing written").contains("bad.csv:3: ").contains("bad.csv:4: ");
    assertThat(notWritten).doesNotExist();
  }
}
