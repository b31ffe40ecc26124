package org.inspectionkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.inspectionkit.model.Rating;
import org.inspectionkit.model.casework.Answer;
import org.inspectionkit.model.casework.CaseRef;
import org.inspectionkit.model.framework.KeyQuestionCode;
import org.inspectionkit.model.framework.StandardCode;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.provider.ProviderType;
import org.inspectionkit.model.recommendation.Progress;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The example inspections under {@code src/test/resources/examples/}: valid, fitted to 2019-20, canonical. */
class ExampleDocumentsTest {

  static String example(String name) throws IOException {
    try (InputStream in = ExampleDocumentsTest.class.getResourceAsStream("/examples/" + name + ".json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"crc-bench-2019-20", "nps-wales-2019-20"})
  void example_passesTheFrameworkChecks_andIsCanonical(String name) throws IOException {
    String text = example(name);
    Inspection inspection = InspectionJson.standard().read(text, Inspection.class);
    assertThat(inspection.id().value()).isEqualTo(name);
    assertThat(InspectionJson.standard().write(inspection)).isEqualTo(text);
  }

  @Test
  void crcExample_carriesCasesAssessmentsJudgementsAnOverrideRecommendationsAndProgress() throws IOException {
    Inspection i = InspectionJson.standard().read(example("crc-bench-2019-20"), Inspection.class);
    assertThat(i.provider().type()).isEqualTo(ProviderType.CRC);
    assertThat(i.cases()).hasSize(5);
    assertThat(i.assessments()).hasSize(4);
    assertThat(i.assessment(CaseRef.of("D2-0003"))).isEmpty();
    assertThat(i.assessment(CaseRef.of("D2-0001")).orElseThrow().answer(KeyQuestionCode.parse("2.1.3")))
        .contains(Answer.NO);
    assertThat(i.judgements()).hasSize(4);
    assertThat(i.overrides()).singleElement().satisfies(o -> {
      assertThat(o.standard()).isEqualTo(StandardCode.parse("2.4"));
      assertThat(o.rating()).isEqualTo(Rating.REQUIRES_IMPROVEMENT);
    });
    assertThat(i.recommendations()).hasSize(2);
    assertThat(i.progressAssessments()).extracting(p -> p.progress())
        .containsExactly(Progress.SUFFICIENT, Progress.INSUFFICIENT);
    assertThat(i.evidenceSubmissions().get(0).items()).hasSize(3);
    assertThat(i.unpaidWorkEvidence()).hasSize(2);
  }

  @Test
  void npsExample_hasCourtAndVictimWorkCases() throws IOException {
    Inspection i = InspectionJson.standard().read(example("nps-wales-2019-20"), Inspection.class);
    assertThat(i.provider().type()).isEqualTo(ProviderType.NPS_DIVISION);
    assertThat(i.cases()).extracting(c -> c.sample().code())
        .containsExactly("court-work", "domain-two", "domain-two", "victim-work");
    assertThat(i.overrides()).singleElement().satisfies(o -> assertThat(o.rating()).isEqualTo(Rating.GOOD));
  }
}
