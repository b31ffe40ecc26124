package org.inspectionkit.examples.cli;

import static org.inspectionkit.examples.cli.CliRun.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.inspectionkit.json.Frameworks;
import org.inspectionkit.json.InspectionJson;
import org.inspectionkit.model.Rating;
import org.inspectionkit.model.casework.Answer;
import org.inspectionkit.model.casework.CaseAssessment;
import org.inspectionkit.model.casework.CaseRef;
import org.inspectionkit.model.casework.InspectedCase;
import org.inspectionkit.model.evidence.StandardJudgement;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.KeyQuestion;
import org.inspectionkit.model.framework.SampleKind;
import org.inspectionkit.model.framework.Standard;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.provider.Provider;
import org.inspectionkit.model.provider.ProviderId;
import org.inspectionkit.model.provider.ProviderType;
import org.inspectionkit.rules.rating.RatingPolicy;
import org.inspectionkit.rules.rating.ScoreBand;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A youth inspection under the built-in {@code youth-2018} framework, end to end through the CLI: {@code rate}
 * uses the youth policy (12 standards, 0 to 36 points, the youth bands) unless {@code --policy} names another,
 * {@code check} runs only the checks that apply to a youth framework, and {@code report} writes HTML and Markdown.
 */
class YouthInspectionTest {

  /** The outcome of one run: exit code, standard output, standard error. */
  private static final ProviderType YOS = ProviderType.YOUTH_OFFENDING_SERVICE;
  private static final SampleKind COURT = SampleKind.of("court-disposals");
  private static final SampleKind OUT_OF_COURT = SampleKind.of("out-of-court-disposals");

  /** The checks of the probation method, none of which may speak about a youth inspection. */
  private static final List<String> PROBATION_ONLY =
      List.of("domain-one-disconnect", "judgement-without-case-evidence", "evidence-submissions",
          "service-user-voice", "unpaid-work-qualitative-evidence", "recommendation-follow-up", "timetable");

  @TempDir static Path dir;
  static Path youth;

  /**
   * A youth inspection: domain one judged Good, Good, Requires improvement, Requires improvement (6 points); every
   * court disposal case answered yes (domain two Outstanding, 12 points); every out-of-court case answered no
   * (domain three Inadequate, 0 points): 18 of 36, Requires improvement in the youth bands (7-18), where the
   * probation bands would give Good (16-25). Leadership Good beside Inadequate casework is what the probation
   * method's disconnect check looks for; no such check applies here. No evidence submissions, interviews, forum
   * meetings or fieldwork dates, which the probation method's checks would ask for.
   */
  static Inspection youthInspection() {
    Framework f = Frameworks.load("youth-2018");
    Inspection.Builder b =
        Inspection.builder()
            .id("yos-test-2018-19")
            .provider(Provider.of(ProviderId.of("yos-test"), "Test youth offending service", YOS))
            .frameworkId(f.id())
            .cycle(f.cycle());
    int serial = 0;
    for (SampleKind sample : List.of(COURT, OUT_OF_COURT)) {
      for (int i = 0; i < 4; i++) {
        String ref = (sample.equals(COURT) ? "CD-" : "OOC-") + (++serial);
        b.addCase(InspectedCase.of(CaseRef.of(ref), sample));
        CaseAssessment.Builder a =
            CaseAssessment.builder().caseRef(ref).assessor("insp-01").assessedOn(LocalDate.of(2018, 11, 14));
        for (Standard s : f.standardsRatedFrom(YOS, sample)) {
          for (KeyQuestion k : s.keyQuestions()) {
            a.putAnswer(k.code(), sample.equals(COURT) ? Answer.YES : Answer.NO);
          }
        }
        b.addAssessment(a.build());
      }
    }
    Map<String, Rating> judged = new TreeMap<>(Map.of("1.1", Rating.GOOD, "1.2", Rating.GOOD,
        "1.3", Rating.REQUIRES_IMPROVEMENT, "1.4", Rating.REQUIRES_IMPROVEMENT));
    judged.forEach((code, rating) -> b.addJudgement(
        StandardJudgement.builder().standard(code).rating(rating).rationale("Judged on the evidence").build()));
    return b.build();
  }

  @BeforeAll
  static void writeInspection() throws IOException {
    youth = dir.resolve("youth.json");
    Files.writeString(youth, InspectionJson.standard().write(youthInspection()));
  }

  @Test
  void youthPolicy_hasTheYouthScoreBandsAsData() {
    RatingPolicy p = RatingPolicy.youth();
    assertThat(p.name()).isEqualTo("youth");
    assertThat(p.standardCount()).isEqualTo(12);
    assertThat(p.maxScore()).isEqualTo(36);
    assertThat(p.thresholds()).isEqualTo(RatingPolicy.probation().thresholds());
    assertThat(p.points()).isEqualTo(RatingPolicy.probation().points());
    assertThat(p.overallBands())
        .containsExactly(
            ScoreBand.of(Rating.INADEQUATE, 0, 6),
            ScoreBand.of(Rating.REQUIRES_IMPROVEMENT, 7, 18),
            ScoreBand.of(Rating.GOOD, 19, 30),
            ScoreBand.of(Rating.OUTSTANDING, 31, 36));
    assertThat(p.limiters()).isEmpty();
  }

  @Test
  void rate_usesTheYouthPolicy_scoreOutOf36() {
    CliRun r = run("rate", youth.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out())
        .contains("1.1 Governance and leadership")
        .contains("3.4 Joint working")
        .contains("Overall: Requires improvement (18 of 36 points)");
  }

  @Test
  void rate_json_carriesTheYouthPolicyAndTwelveStandards() throws IOException {
    CliRun r = run("rate", youth.toString(), "--format", "json");
    assertThat(r.code()).as(r.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertThat(json.get("standards")).hasSize(12);
    assertThat(json.at("/overall/score").asInt()).isEqualTo(18);
    assertThat(json.at("/overall/maxScore").asInt()).isEqualTo(36);
    assertThat(json.at("/overall/rating").asText()).isEqualTo("REQUIRES_IMPROVEMENT");
    assertThat(r.out()).contains("\"youth\"");
  }

  @Test
  void rate_policyOptionStillOverridesTheFrameworksDefault() throws IOException {
    Path lenient = dir.resolve("lenient-youth.json");
    Files.writeString(lenient, "{\"name\": \"lenient-youth\", \"standardCount\": 12, \"overallBands\": ["
        + "{\"rating\": \"INADEQUATE\", \"min\": 0, \"max\": 5},"
        + " {\"rating\": \"REQUIRES_IMPROVEMENT\", \"min\": 6, \"max\": 15},"
        + " {\"rating\": \"GOOD\", \"min\": 16, \"max\": 30},"
        + " {\"rating\": \"OUTSTANDING\", \"min\": 31, \"max\": 36}]}");
    CliRun r = run("rate", youth.toString(), "--policy", lenient.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Overall: Good (18 of 36 points)");

    Path probation = dir.resolve("probation.json");
    Files.writeString(probation, "{\"name\": \"probation\"}");
    CliRun wrong = run("rate", youth.toString(), "--policy", probation.toString());
    assertThat(wrong.code()).isEqualTo(2);
    assertThat(wrong.out()).isEmpty();
    assertThat(wrong.err()).contains("cannot be rated").contains("12");
  }

  @Test
  void check_runsOnlyTheChecksThatApplyToAYouthFramework() throws IOException {
    CliRun r = run("check", youth.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("Consistency of yos-test-2018-19 (checks generic v1)");
    for (String code : PROBATION_ONLY) {
      assertThat(r.out()).doesNotContain("[" + code);
    }
    CliRun json = run("check", youth.toString(), "--format", "json");
    assertThat(json.code()).isZero();
    for (String code : PROBATION_ONLY) {
      assertThat(json.out()).doesNotContain("\"" + code);
    }
  }

  @Test
  void check_aCaseOfASampleTheYouthFrameworkDoesNotRate_isRefusedAsForProbation() throws IOException {
    Inspection stray =
        Inspection.builder().from(youthInspection()).addCase(InspectedCase.of(CaseRef.of("D2-1"), SampleKind.DOMAIN_TWO))
            .build();
    Path file = dir.resolve("youth-stray.json");
    Files.writeString(file, InspectionJson.standard().write(stray));
    CliRun r = run("check", file.toString());
    // A case in a sample the framework has no standard for is refused before any check runs, as for probation.
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("domain-two");
  }

  @Test
  void report_html_ratesWithTheYouthPolicy() throws IOException {
    Path out = dir.resolve("youth.html");
    CliRun r = run("report", youth.toString(), "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Report of yos-test-2018-19 written to");
    String html = Files.readString(out);
    assertThat(html)
        .contains("youth offending service")
        .contains("Governance and leadership")
        .contains("Joint working")
        .contains("18 of 36 points, in the band 7 to 18")
        .contains("generic v1");
    for (String code : PROBATION_ONLY) {
      assertThat(html).doesNotContain(">" + code);
    }
  }

  @Test
  void report_markdown_ratesWithTheYouthPolicy() {
    CliRun r = run("report", youth.toString(), "--format", "markdown");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains("- **Rating policy:** youth")
        .contains("| 1.1 Governance and leadership | Good | Judgement |")
        .contains("| 3.4 Joint working | Inadequate | Case data |")
        .contains("| **Overall** | **Requires improvement** | | | 18 of 36 points | |")
        .contains("Requires improvement: 18 of 36 points, in the band 7 to 18.")
        .contains("No findings, from the checks generic v1.");
    for (String code : PROBATION_ONLY) {
      assertThat(r.out()).doesNotContain("`" + code);
    }
  }

  @Test
  void import_acceptsAYouthInspection() {
    String store = dir.resolve("store").toString();
    CliRun r = run("import", youth.toString(), "--store", store);
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("Stored inspection yos-test-2018-19 as version 1");
    CliRun rated = run("rate", "yos-test-2018-19", "--store", store);
    assertThat(rated.code()).as(rated.err()).isZero();
    assertThat(rated.out()).contains("Overall: Requires improvement (18 of 36 points)");
  }
}
