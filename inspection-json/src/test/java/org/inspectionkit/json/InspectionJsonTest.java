package org.inspectionkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.inspectionkit.model.casework.Answer;
import org.inspectionkit.model.casework.CaseAssessment;
import org.inspectionkit.model.casework.CaseRef;
import org.inspectionkit.model.casework.InspectedCase;
import org.inspectionkit.model.framework.Domain;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.KeyQuestion;
import org.inspectionkit.model.framework.RatingBasis;
import org.inspectionkit.model.framework.SampleKind;
import org.inspectionkit.model.framework.Standard;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.provider.Provider;
import org.inspectionkit.model.provider.ProviderId;
import org.inspectionkit.model.provider.ProviderType;
import org.junit.jupiter.api.Test;

class InspectionJsonTest {

  private static final InspectionJson JSON = InspectionJson.standard();

  static Inspection inspection(String frameworkId, ProviderType type, InspectedCase c, CaseAssessment a) {
    return Inspection.builder()
        .id("test-2019-20")
        .provider(Provider.of(ProviderId.of("test"), "Test provider", type))
        .frameworkId(frameworkId)
        .cycle("2019-20")
        .addCase(c)
        .addAssessment(a)
        .build();
  }

  static CaseAssessment assessment(String ref, String... keyQuestions) {
    CaseAssessment.Builder b =
        CaseAssessment.builder().caseRef(ref).assessor("insp-01").assessedOn(LocalDate.of(2019, 9, 3));
    for (String k : keyQuestions) {
      b.putAnswer(k, Answer.YES);
    }
    return b.build();
  }

  @Test
  void write_layout_isTwoSpaceIndentedWithNewlinesAndATrailingNewline() {
    Provider p =
        Provider.builder().id(ProviderId.of("crc-bench")).name("BeNCH CRC").type(ProviderType.CRC).build();

    assertThat(JSON.write(p))
        .isEqualTo(
            "{\n"
                + "  \"formatVersion\": \"1.0\",\n"
                + "  \"id\": \"crc-bench\",\n"
                + "  \"name\": \"BeNCH CRC\",\n"
                + "  \"type\": \"crc\"\n"
                + "}\n");
  }

  @Test
  void write_arraysAndNonAsciiText_areWrittenOnePerLineAndUnescaped() {
    Standard s =
        Standard.builder()
            .code("3.1")
            .title("Travail non rémunéré")
            .ratingBasis(RatingBasis.CASE_DATA)
            .sampleKind(SampleKind.UNPAID_WORK)
            .addAppliesTo(ProviderType.CRC)
            .addKeyQuestion(KeyQuestion.builder().code("3.1.1").text("Is it \"delivered\"?").build())
            .build();

    assertThat(JSON.write(s))
        .contains("\"title\": \"Travail non rémunéré\",\n")
        .contains("  \"appliesTo\": [\n    \"crc\"\n  ],\n")
        .contains("\"text\": \"Is it \\\"delivered\\\"?\",\n")
        .contains("\"wordingSource\": \"OFFICIAL\"")
        .doesNotContain("\r")
        .doesNotContain("\"prompts\"");
  }

  @Test
  void write_sameContentBuiltInAnotherOrder_givesTheSameBytes() {
    InspectedCase c1 = InspectedCase.of(CaseRef.of("D2-0001"), SampleKind.DOMAIN_TWO);
    InspectedCase c2 = InspectedCase.of(CaseRef.of("D2-0002"), SampleKind.DOMAIN_TWO);
    Inspection one =
        Inspection.builder()
            .from(inspection(
                "probation-2019-20", ProviderType.CRC, c1, assessment("D2-0001", "2.1.1", "2.1.2", "2.2.1")))
            .addCase(c2)
            .addAssessment(assessment("D2-0002", "2.1.1"))
            .build();
    Inspection other =
        Inspection.builder()
            .from(one)
            .cases(List.of(c2, c1))
            .assessments(List.of(assessment("D2-0002", "2.1.1"), assessment("D2-0001", "2.2.1", "2.1.2", "2.1.1")))
            .build();

    assertThat(JSON.write(other)).isEqualTo(JSON.write(one));
    assertThat(JSON.write(one).indexOf("\"2.1.2\"")).isLessThan(JSON.write(one).indexOf("\"2.2.1\""));
  }

  @Test
  void write_caseWithItsAssessment_isOneObject_andACaseWithoutOneHasNoAssessmentMembers() {
    Inspection i =
        Inspection.builder()
            .from(inspection("probation-2019-20", ProviderType.CRC,
                InspectedCase.of(CaseRef.of("D2-0001"), SampleKind.DOMAIN_TWO), assessment("D2-0001", "2.1.1")))
            .addCase(InspectedCase.of(CaseRef.of("D2-0002"), SampleKind.DOMAIN_TWO))
            .build();

    assertThat(JSON.write(i))
        .contains(
            "  \"cases\": [\n"
                + "    {\n"
                + "      \"ref\": \"D2-0001\",\n"
                + "      \"sample\": \"domain-two\",\n"
                + "      \"assessor\": \"insp-01\",\n"
                + "      \"assessedOn\": \"2019-09-03\",\n"
                + "      \"answers\": {\n"
                + "        \"2.1.1\": \"YES\"\n"
                + "      }\n"
                + "    },\n"
                + "    {\n"
                + "      \"ref\": \"D2-0002\",\n"
                + "      \"sample\": \"domain-two\"\n"
                + "    }\n"
                + "  ]\n");
  }

  @Test
  void read_keyQuestionOfAStandardForAnotherProviderType_isNotInTheCasesView() {
    Framework f =
        Framework.builder()
            .id("custom-2019-20")
            .title("Custom")
            .cycle("2019-20")
            .addProviderTypes(ProviderType.CRC, ProviderType.NPS_DIVISION)
            .addDomain(Domain.builder().code("3").title("Provider-specific work")
                .addStandard(caseRated("3.1", SampleKind.UNPAID_WORK, ProviderType.CRC, "3.1.1"))
                .addStandard(caseRated("3.1", SampleKind.COURT_WORK, ProviderType.NPS_DIVISION, "3.1.1", "3.1.2"))
                .build())
            .build();
    InspectionJson json =
        InspectionJson.builder().frameworks(id -> id.equals(f.id()) ? Optional.of(f) : Optional.empty()).build();
    String text =
        JSON.write(inspection("custom-2019-20", ProviderType.CRC,
            InspectedCase.of(CaseRef.of("UPW-1"), SampleKind.UNPAID_WORK), assessment("UPW-1", "3.1.1", "3.1.2")));

    InspectionJsonException e =
        catchThrowableOfType(InspectionJsonException.class, () -> json.read(text, Inspection.class));

    assertThat(e.problems())
        .extracting(JsonProblem::toString)
        .containsExactly(
            "$.cases[0].answers[\"3.1.2\"]: no such key question for provider type crc in framework custom-2019-20");
  }

  private static Standard caseRated(String code, SampleKind sample, ProviderType type, String... questions) {
    Standard.Builder b =
        Standard.builder().code(code).title("Standard " + code).ratingBasis(RatingBasis.CASE_DATA).sampleKind(sample)
            .addAppliesTo(type);
    for (String q : questions) {
      b.addKeyQuestion(KeyQuestion.builder().code(q).text("Question " + q + "?").build());
    }
    return b.build();
  }

  @Test
  void read_withoutFrameworkChecks_readsAnInspectionOfAnUnknownFramework_butStillChecksItsStructure() {
    InspectionJson unchecked = InspectionJson.builder().frameworkChecks(false).build();
    Inspection i =
        inspection("youth-2019-20", ProviderType.YOUTH_OFFENDING_SERVICE,
            InspectedCase.of(CaseRef.of("Y-1"), SampleKind.of("youth-cases")), assessment("Y-1", "5.1.1"));
    String text = JSON.write(i);

    assertThat(unchecked.read(text, Inspection.class)).isEqualTo(i);
    assertThat(catchThrowableOfType(InspectionJsonException.class, () -> JSON.read(text, Inspection.class)).problems())
        .extracting(JsonProblem::toString)
        .containsExactly("$.frameworkId: unknown framework 'youth-2019-20'");
    assertThatThrownBy(() -> unchecked.read(text.replace("\"Y-1\"", "\"Y 1\""), Inspection.class))
        .isInstanceOf(InspectionJsonException.class)
        .hasMessageContaining("$.cases[0].ref: case reference");
  }

  @Test
  void read_unknownFields_areRejectedByDefault_andSkippedWhenAsked() {
    String text = JSON.write(Frameworks.load("probation-2018-19"))
        .replace("\"cycle\": \"2018-19\",", "\"cycle\": \"2018-19\",\n  \"publishedOn\": {\"year\": 2018},");
    InspectionJson lenient = InspectionJson.builder().ignoreUnknownFields(true).build();

    assertThat(lenient.read(text, Framework.class)).isEqualTo(Frameworks.load("probation-2018-19"));
    assertThatThrownBy(() -> JSON.read(text, Framework.class))
        .isInstanceOf(InspectionJsonException.class)
        .hasMessageContaining("$: unknown field, member 5 (framework has")
        .hasMessageNotContaining("publishedOn");
  }

  @Test
  void read_laterMinorFormatVersion_isReadOnlyWhenUnknownFieldsAreIgnored() {
    String text = JSON.write(Frameworks.load("probation-2018-19")).replace("\"1.0\"", "\"1.3\"");

    assertThat(InspectionJson.builder().ignoreUnknownFields(true).build().read(text, Framework.class))
        .isEqualTo(Frameworks.load("probation-2018-19"));
    assertThatThrownBy(() -> JSON.read(text, Framework.class)).hasMessageContaining("newer than this reader's 1.0");
    assertThatThrownBy(() -> InspectionJson.builder().ignoreUnknownFields(true).build()
            .read(text.replace("\"1.3\"", "\"2.0\""), Framework.class))
        .hasMessageContaining("$.formatVersion: unknown format version '2.0'");
  }

  @Test
  void read_aDocumentOfAnotherType_failsOnItsMembers() {
    String provider = JSON.write(Provider.of(ProviderId.of("crc-bench"), "BeNCH CRC", ProviderType.CRC));

    InspectionJsonException e =
        catchThrowableOfType(InspectionJsonException.class, () -> JSON.read(provider, Framework.class));

    assertThat(e.documentKind()).isEqualTo("framework");
    // Unknown members are reported at their object, by position, never by name (which could be anything).
    assertThat(e.problems()).extracting(JsonProblem::path).contains("$").doesNotContain("$.name", "$.type");
  }

  @Test
  void readAndWrite_aTypeThatIsNotADocument_isRefused() {
    assertThatThrownBy(() -> JSON.read("{}", String.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("java.lang.String is not a document type")
        .hasMessageContaining("Framework, Domain");
    assertThatThrownBy(() -> JSON.write(CaseRef.of("D2-1"))).isInstanceOf(IllegalArgumentException.class);
    assertThat(InspectionJson.documentTypes()).hasSize(29).contains(Inspection.class, Framework.class,
        org.inspectionkit.model.evidence.QualitativeAdjustment.class,
        org.inspectionkit.model.evidence.UnpaidWorkOutcomes.class,
        org.inspectionkit.rules.rating.InspectionRating.class,
        org.inspectionkit.rules.consistency.ConsistencyReport.class);
  }

  @Test
  void maxProblems_stopsReadingAndSaysSo() {
    String text = "{\"formatVersion\": \"1.0\", \"a\": 1, \"b\": 2, \"c\": 3, \"d\": 4}";

    InspectionJsonException e =
        catchThrowableOfType(
            InspectionJsonException.class,
            () -> InspectionJson.builder().maxProblems(2).build().read(text, Provider.class));

    assertThat(e.problems())
        .extracting(JsonProblem::toString)
        .containsExactly(
            "$: unknown field, member 2 (provider has formatVersion, id, name, type, area)",
            "$: unknown field, member 3 (provider has formatVersion, id, name, type, area)",
            "$: stopped reading after 2 problems (limit maxProblems)");
  }

  @Test
  void exceptionMessage_countsTheProblems_andListsThem() {
    InspectionJsonException e =
        catchThrowableOfType(InspectionJsonException.class, () -> JSON.read("{\"id\": 7}", Provider.class));

    assertThat(e.getMessage())
        .startsWith(
            "cannot read the provider document: 4 problems\n"
                + "  $.id: expected a string (provider id), was a whole number\n")
        .contains("\n  $: missing required field 'formatVersion'");
  }

  @Test
  void problems_neverRepeatFreeTextOrLongValues() {
    String secret = "Mr Example lives at 1 Example Street and his offence was ...";
    String caseRef = "REF-" + "x".repeat(100);
    String text = JSON.write(Frameworks.load("probation-2018-19"))
        .replace("\"title\": \"Probation inspection standards 2018-19\"", "\"title\": [\"" + secret + "\"]")
        .replace("\"cycle\": \"2018-19\"", "\"cycle\": \"" + caseRef + "\"");

    InspectionJsonException e =
        catchThrowableOfType(InspectionJsonException.class, () -> JSON.read(text, Framework.class));

    assertThat(e.getMessage())
        .doesNotContain("Example")
        .doesNotContain("REF-xxx")
        .contains("$.cycle: cycle: expected <year>-<next year's last two digits> such as 2019-20");
  }

  @Test
  void streams_areLeftOpen() throws IOException {
    CloseRecordingInput in = new CloseRecordingInput(JSON.write(Frameworks.load("probation-2019-20")));
    CloseRecordingOutput out = new CloseRecordingOutput();

    JSON.write(JSON.read(in, Framework.class), out);

    assertThat(in.closed).isFalse();
    assertThat(out.closed).isFalse();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(JSON.write(Frameworks.load("probation-2019-20")));
  }

  @Test
  void builder_refusesLimitsBelowOne() {
    assertThatThrownBy(() -> InspectionJson.builder().maxNestingDepth(0)).hasMessageContaining("maxNestingDepth");
    assertThatThrownBy(() -> InspectionJson.builder().maxStringLength(-1)).hasMessageContaining("maxStringLength");
    assertThatThrownBy(() -> InspectionJson.builder().maxDocumentLength(0)).hasMessageContaining("maxDocumentLength");
    assertThatThrownBy(() -> InspectionJson.builder().maxProblems(0)).hasMessageContaining("maxProblems");
  }

  static final class CloseRecordingInput extends ByteArrayInputStream {
    boolean closed;

    CloseRecordingInput(String text) {
      super(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  static final class CloseRecordingOutput extends ByteArrayOutputStream {
    boolean closed;

    @Override
    public void close() {
      closed = true;
    }
  }
}
