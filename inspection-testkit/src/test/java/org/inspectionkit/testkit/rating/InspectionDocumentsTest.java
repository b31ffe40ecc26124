package org.inspectionkit.testkit.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.inspectionkit.model.Rating;
import org.inspectionkit.model.casework.Answer;
import org.inspectionkit.model.casework.CaseAssessment;
import org.inspectionkit.model.casework.CaseRef;
import org.inspectionkit.model.casework.Gender;
import org.inspectionkit.model.casework.InspectedCase;
import org.inspectionkit.model.evidence.QualitativeAdjustment;
import org.inspectionkit.model.evidence.RatingOverride;
import org.inspectionkit.model.evidence.StandardJudgement;
import org.inspectionkit.model.evidence.UnpaidWorkEvidence;
import org.inspectionkit.model.evidence.UnpaidWorkMethod;
import org.inspectionkit.model.evidence.UnpaidWorkOutcomes;
import org.inspectionkit.model.framework.SampleKind;
import org.inspectionkit.model.framework.StandardCode;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.provider.Provider;
import org.inspectionkit.model.provider.ProviderId;
import org.inspectionkit.model.provider.ProviderType;
import org.junit.jupiter.api.Test;

class InspectionDocumentsTest {

  static Inspection example() {
    return Inspection.builder()
        .id("crc-test-2019-20")
        .provider(Provider.of(ProviderId.of("crc-test"), "The \"Test\" CRC \\ North", ProviderType.CRC))
        .frameworkId("probation-shaped")
        .cycle("2019-20")
        .addJudgement(
            StandardJudgement.builder()
                .standard("1.1")
                .rating(Rating.GOOD)
                .rationale("Private narrative about the service.")
                .addCitedElement(StandardCode.of(2, 1))
                .inspector("insp-09")
                .build())
        .addOverride(RatingOverride.of(StandardCode.of(2, 1), Rating.GOOD, Rating.REQUIRES_IMPROVEMENT,
            "Private reason."))
        .addQualitativeAdjustment(
            QualitativeAdjustment.builder()
                .standard(StandardCode.of(3, 1))
                .caseData(Rating.OUTSTANDING)
                .rating(Rating.GOOD)
                .addCitedMethods(UnpaidWorkMethod.SITE_VISIT)
                .citesOutcomes(true)
                .reason("Private reason.")
                .build())
        .addUnpaidWorkEvidence(
            UnpaidWorkEvidence.builder()
                .method(UnpaidWorkMethod.SITE_VISIT)
                .date(LocalDate.of(2019, 9, 3))
                .summary("Private summary.")
                .build())
        .unpaidWorkOutcomes(
            UnpaidWorkOutcomes.builder()
                .periodStart(LocalDate.of(2018, 4, 1))
                .periodEnd(LocalDate.of(2019, 3, 31))
                .ordersMade(100)
                .build())
        .addCase(InspectedCase.of(CaseRef.of("C1"), SampleKind.DOMAIN_TWO))
        .addCase(InspectedCase.builder().ref("C2").sample(SampleKind.UNPAID_WORK).gender(Gender.FEMALE).build())
        .addAssessment(
            CaseAssessment.builder()
                .caseRef("C1")
                .assessor("insp-01")
                .assessedOn(LocalDate.of(2019, 9, 3))
                .putAnswer("2.1.2", Answer.NO)
                .putAnswer("2.1.1", Answer.YES)
                .putAnswer("2.1.3", Answer.NOT_APPLICABLE)
                .putPromptAnswer(org.inspectionkit.model.framework.PromptCode.parse("2.1.1.a"), Answer.YES)
                .build())
        .build();
  }

  @Test
  void compact_printsWhatRatingReadsAsAnInspectionDocument() {
    assertThat(InspectionDocuments.compact(example()))
        .isEqualTo(
            String.join(
                "\n",
                "{",
                "  \"formatVersion\": \"1.0\",",
                "  \"id\": \"crc-test-2019-20\",",
                "  \"frameworkId\": \"probation-shaped\",",
                "  \"cycle\": \"2019-20\",",
                "  \"provider\": {\"id\": \"crc-test\", \"name\": \"The \\\"Test\\\" CRC \\\\ North\","
                    + " \"type\": \"crc\"},",
                "  \"judgements\": [",
                "    {\"standard\": \"1.1\", \"rating\": \"GOOD\", \"rationale\": \"(text omitted)\"}",
                "  ],",
                "  \"overrides\": [",
                "    {\"standard\": \"2.1\", \"computed\": \"GOOD\", \"rating\": \"REQUIRES_IMPROVEMENT\","
                    + " \"reason\": \"(text omitted)\"}",
                "  ],",
                "  \"qualitativeAdjustments\": [",
                "    {\"standard\": \"3.1\", \"caseData\": \"OUTSTANDING\", \"rating\": \"GOOD\","
                    + " \"citedMethods\": [\"SITE_VISIT\"], \"citesOutcomes\": true, \"reason\": \"(text omitted)\"}",
                "  ],",
                "  \"unpaidWorkEvidence\": [",
                "    {\"method\": \"SITE_VISIT\", \"date\": \"2019-09-03\", \"summary\": \"(text omitted)\"}",
                "  ],",
                "  \"unpaidWorkOutcomes\": {\"periodStart\": \"2018-04-01\", \"periodEnd\": \"2019-03-31\","
                    + " \"ordersMade\": 100},",
                "  \"cases\": [",
                "    {\"ref\": \"C1\", \"sample\": \"domain-two\", \"assessor\": \"insp-01\", \"assessedOn\":"
                    + " \"2019-09-03\", \"answers\": {\"2.1.1\": \"YES\", \"2.1.2\": \"NO\", \"2.1.3\":"
                    + " \"NOT_APPLICABLE\"}, \"promptAnswers\": {\"2.1.1.a\": \"YES\"}},",
                "    {\"ref\": \"C2\", \"sample\": \"unpaid-work\"}",
                "  ]",
                "}"));
  }

  @Test
  void compact_neverPrintsFreeTextOrCaseDetails() {
    String document = InspectionDocuments.compact(example());

    assertThat(document).doesNotContain("Private", "insp-09", "FEMALE", "gender");
  }

  @Test
  void compact_inspectionWithoutCases_printsAnEmptyList() {
    Inspection empty =
        Inspection.builder()
            .id("empty")
            .provider(Provider.of(ProviderId.of("crc-test"), "Test CRC", ProviderType.CRC))
            .frameworkId("probation-shaped")
            .cycle("2019-20")
            .build();

    assertThat(InspectionDocuments.compact(empty)).endsWith("\"type\": \"crc\"},\n  \"cases\": []\n}");
  }

  @Test
  void string_controlCharactersAreEscaped() {
    assertThat(InspectionDocuments.string("a\tb\nc\u0001\"\\")).isEqualTo("\"a\\tb\\nc\\u0001\\\"\\\\\"");
  }
}
