package org.inspectionkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inspectionkit.json.Theories.qt;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.inspectionkit.model.casework.CaseAssessment;
import org.inspectionkit.model.casework.InspectedCase;
import org.inspectionkit.model.casework.ServiceUserForumMeeting;
import org.inspectionkit.model.casework.ServiceUserInterview;
import org.inspectionkit.model.evidence.EvidenceItem;
import org.inspectionkit.model.evidence.EvidenceSubmission;
import org.inspectionkit.model.evidence.RatingOverride;
import org.inspectionkit.model.evidence.StandardJudgement;
import org.inspectionkit.model.evidence.UnpaidWorkEvidence;
import org.inspectionkit.model.framework.Domain;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.KeyQuestion;
import org.inspectionkit.model.framework.Prompt;
import org.inspectionkit.model.framework.Standard;
import org.inspectionkit.model.inspection.FieldworkPeriod;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.provider.Provider;
import org.inspectionkit.model.provider.ProviderType;
import org.inspectionkit.model.recommendation.ProgressAssessment;
import org.inspectionkit.model.recommendation.Recommendation;
import org.inspectionkit.testkit.ModelGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * For generated objects of every model type, reading what was written gives the object back, and writing what was
 * read gives the same bytes: through the facade and through the Jackson module.
 */
class RoundTripProperties {

  /** {@code ModelGenerators.inspections()} fit no framework: they are read without framework checks. */
  private static final InspectionJson UNCHECKED = InspectionJson.builder().frameworkChecks(false).build();

  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new InspectionJsonModule());

  private static <T> void roundTrips(Class<T> type, Gen<? extends T> values) {
    roundTrips(UNCHECKED, type, values);
  }

  private static <T> void roundTrips(InspectionJson json, Class<T> type, Gen<? extends T> values) {
    qt().forAll(values).checkAssert(x -> {
      String text = json.write(x);
      T back = json.read(text, type);
      assertThat(back).isEqualTo(x);
      assertThat(json.write(back)).isEqualTo(text);
    });
  }

  @Test
  void framework_readWhatIsWritten_givesItBack() {
    roundTrips(Framework.class, ModelGenerators.frameworks());
    roundTrips(Domain.class, ModelGenerators.frameworks().map(f -> f.domains().get(0)));
    roundTrips(Standard.class, ModelGenerators.standards());
    roundTrips(KeyQuestion.class, ModelGenerators.keyQuestions());
    roundTrips(Prompt.class, ModelGenerators.prompts());
  }

  @Test
  void inspectionNotFittedToAFramework_readWithoutFrameworkChecks_givesItBack() {
    roundTrips(Inspection.class, ModelGenerators.inspections());
  }

  record Fitted(Framework framework, Inspection inspection) {}

  @Test
  void inspectionFittedToAGeneratedFramework_passesTheFrameworkChecks_andGivesItBack() {
    Gen<Fitted> fitted =
        ModelGenerators.frameworks()
            .flatMap(f -> Generate.pick(f.providerTypes())
                .flatMap(t -> ModelGenerators.inspectionsFor(f, t, 3).map(i -> new Fitted(f, i))));
    qt().forAll(fitted).checkAssert(x -> {
      InspectionJson json =
          InspectionJson.builder()
              .frameworks(id -> id.equals(x.framework().id()) ? Optional.of(x.framework()) : Optional.empty())
              .build();
      String text = json.write(x.inspection());
      Inspection back = json.read(text, Inspection.class);
      assertThat(back).isEqualTo(x.inspection());
      assertThat(json.write(back)).isEqualTo(text);
    });
  }

  @Test
  void inspectionFittedToTheBuiltInFrameworks_passesTheDefaultChecks_andGivesItBack() {
    for (String id : new String[] {"probation-2018-19", "probation-2019-20"}) {
      Framework framework = Frameworks.load(id);
      roundTrips(
          InspectionJson.standard(), Inspection.class, ModelGenerators.inspectionsFor(framework, ProviderType.CRC, 4));
      roundTrips(
          InspectionJson.standard(),
          Inspection.class,
          ModelGenerators.inspectionsFor(framework, ProviderType.NPS_DIVISION, 4));
    }
  }

  @Test
  void everyOtherDocumentType_readWhatIsWritten_givesItBack() {
    roundTrips(Provider.class, ModelGenerators.providers());
    roundTrips(FieldworkPeriod.class, ModelGenerators.fieldworkPeriods());
    roundTrips(InspectedCase.class, ModelGenerators.inspectedCases());
    roundTrips(CaseAssessment.class, ModelGenerators.caseAssessments());
    roundTrips(ServiceUserInterview.class, ModelGenerators.serviceUserInterviews());
    roundTrips(ServiceUserForumMeeting.class, ModelGenerators.forumMeetings());
    roundTrips(EvidenceItem.class, ModelGenerators.evidenceItems());
    roundTrips(EvidenceSubmission.class, ModelGenerators.evidenceSubmissions());
    roundTrips(UnpaidWorkEvidence.class, ModelGenerators.unpaidWorkEvidence());
    roundTrips(StandardJudgement.class, ModelGenerators.standardJudgements());
    roundTrips(RatingOverride.class, ModelGenerators.ratingOverrides());
    roundTrips(Recommendation.class, ModelGenerators.recommendations());
    roundTrips(ProgressAssessment.class, ModelGenerators.progressAssessments());
  }

  @Test
  void writingToAStream_givesTheUtf8BytesOfTheString_andReadsBackFromAStream() {
    qt().forAll(ModelGenerators.inspections()).checkAssert(x -> {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try {
        UNCHECKED.write(x, out);
        assertThat(out.toByteArray()).isEqualTo(UNCHECKED.write(x).getBytes(StandardCharsets.UTF_8));
        assertThat(UNCHECKED.read(new ByteArrayInputStream(out.toByteArray()), Inspection.class)).isEqualTo(x);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void jacksonModule_writesTheSameDocuments_andReadsThemBack() {
    moduleRoundTrips(Framework.class, ModelGenerators.frameworks());
    moduleRoundTrips(Inspection.class, ModelGenerators.inspections());
    moduleRoundTrips(Provider.class, ModelGenerators.providers());
    moduleRoundTrips(CaseAssessment.class, ModelGenerators.caseAssessments());
    moduleRoundTrips(StandardJudgement.class, ModelGenerators.standardJudgements());
    moduleRoundTrips(Recommendation.class, ModelGenerators.recommendations());
    moduleRoundTrips(ProgressAssessment.class, ModelGenerators.progressAssessments());
  }

  private static <T> void moduleRoundTrips(Class<T> type, Gen<? extends T> values) {
    qt(100).forAll(values).checkAssert(x -> {
      try {
        String text = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(x);
        assertThat(MAPPER.readValue(text, type)).isEqualTo(x);
        assertThat(MAPPER.readTree(text)).isEqualTo(MAPPER.readTree(UNCHECKED.write(x)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
