package org.inspectionkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
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
import org.inspectionkit.model.framework.FrameworkId;
import org.inspectionkit.model.framework.KeyQuestion;
import org.inspectionkit.model.framework.Prompt;
import org.inspectionkit.model.framework.Standard;
import org.inspectionkit.model.inspection.FieldworkPeriod;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.provider.Provider;
import org.inspectionkit.model.provider.ProviderType;
import org.inspectionkit.model.recommendation.ProgressAssessment;
import org.inspectionkit.model.recommendation.Recommendation;
import org.inspectionkit.rules.consistency.ConsistencyReport;
import org.inspectionkit.rules.fieldwork.FieldworkPlan;
import org.inspectionkit.rules.rating.InspectionRating;
import org.inspectionkit.rules.sampling.CaseSample;
import org.inspectionkit.testkit.ModelGenerators;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

/**
 * The JSON Schemas in the jar (draft 2020-12) describe what the writer writes and the reader reads: the built-in
 * frameworks, the example inspections and generated documents of every type validate, and structurally bad
 * documents fail.
 */
class SchemaTest {

  static final String BASE =
      "https://raw.githubusercontent.com/inspectionkit/inspectionkit/main/inspection-json/src/main/resources/"
          + "org/inspectionkit/json/schema/1.0/";

  private static final SchemaRegistry SCHEMAS =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          b -> b.schemaIdResolvers(r -> r.mapPrefix(BASE, "classpath:org/inspectionkit/json/schema/1.0/")));

  private static final InspectionJson UNCHECKED = InspectionJson.builder().frameworkChecks(false).build();

  static List<String> violations(String kind, String json) {
    Schema schema = SCHEMAS.getSchema(SchemaLocation.of(BASE + kind + ".schema.json"));
    return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).collect(Collectors.toList());
  }

  @Test
  void everyDocumentType_hasASchemaInTheJar_withItsId() throws IOException {
    for (Class<?> type : InspectionJson.documentTypes()) {
      String name = "schema/1.0/" + Theories.kind(type) + ".schema.json";
      try (var in = InspectionJson.class.getResourceAsStream(name)) {
        assertThat(in).as(name).isNotNull();
        assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
            .contains("\"$id\": \"" + BASE + Theories.kind(type) + ".schema.json\"")
            .contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"");
      }
    }
  }

  @Test
  void builtInFrameworks_validate() throws IOException {
    for (FrameworkId id : Frameworks.ids()) {
      assertThat(violations("framework", FrameworksTest.resource(id.value()))).as(id.value()).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"crc-bench-2019-20", "nps-wales-2019-20"})
  void exampleInspections_validate(String name) throws IOException {
    assertThat(violations("inspection", ExampleDocumentsTest.example(name))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "framework--unknown-field",
        "framework--missing-format-version",
        "framework--unknown-format-version",
        "framework--bad-standard-code",
        "framework--null-title",
        "framework--blank-title",
        "inspection--unknown-answer",
        "inspection--answer-key-not-a-key-question-code",
        "inspection--assessment-without-assessor",
        "inspection--prompt-answers-without-answers",
        "inspection--unknown-field-in-case",
        "inspection--bad-case-reference",
        "inspection--fieldwork-too-long",
        "provider--missing-name"
      })
  void structurallyBadDocuments_failTheSchemaToo(String name) throws IOException {
    String json = Files.readString(Path.of("src/test/resources/bad/" + name + ".json"));
    assertThat(violations(name.substring(0, name.indexOf("--")), json)).isNotEmpty();
  }

  @Test
  void generatedDocumentsOfEveryType_validate() {
    Framework framework = Frameworks.load("probation-2019-20");
    validates(Framework.class, ModelGenerators.frameworks());
    validates(Provider.class, ModelGenerators.providers());
    validates(Inspection.class, ModelGenerators.inspections());
    validates(Inspection.class, ModelGenerators.inspectionsFor(framework, ProviderType.NPS_DIVISION, 3));
    validates(InspectedCase.class, ModelGenerators.inspectedCases());
    validates(CaseAssessment.class, ModelGenerators.caseAssessments());
    validates(ServiceUserInterview.class, ModelGenerators.serviceUserInterviews());
    validates(ServiceUserForumMeeting.class, ModelGenerators.forumMeetings());
    validates(EvidenceItem.class, ModelGenerators.evidenceItems());
    validates(EvidenceSubmission.class, ModelGenerators.evidenceSubmissions());
    validates(UnpaidWorkEvidence.class, ModelGenerators.unpaidWorkEvidence());
    validates(StandardJudgement.class, ModelGenerators.standardJudgements());
    validates(RatingOverride.class, ModelGenerators.ratingOverrides());
    validates(Recommendation.class, ModelGenerators.recommendations());
    validates(ProgressAssessment.class, ModelGenerators.progressAssessments());
    validates(FieldworkPeriod.class, ModelGenerators.fieldworkPeriods());
    validates(Standard.class, ModelGenerators.standards());
    validates(KeyQuestion.class, ModelGenerators.keyQuestions());
    validates(Prompt.class, ModelGenerators.prompts());
    validates(Domain.class, ModelGenerators.frameworks().map(f -> f.domains().get(0)));
  }

  @Test
  void resultDocumentsOfEveryType_validateAgainstTheirSchema() {
    for (Object result : Results.all()) {
      assertThat(violations(Theories.kind(result.getClass()), UNCHECKED.write(result)))
          .as(Theories.kind(result.getClass())).isEmpty();
    }
    FieldworkPlan own = ResultGenerators.tuesdayPlan();
    assertThat(violations("fieldwork-plan", UNCHECKED.write(own))).isEmpty();
  }

  @Test
  void generatedResults_validateAgainstTheirSchema() {
    validates(InspectionRating.class, ResultGenerators.ratings());
    validates(ConsistencyReport.class, ResultGenerators.findings());
    validates(CaseSample.class, ResultGenerators.samples());
    validates(FieldworkPlan.class, ResultGenerators.plans());
    validates(org.inspectionkit.rules.portfolio.Portfolio.class, ResultGenerators.portfolios());
  }

  @Test
  void resultDocumentOfAnotherType_failsTheSchema() {
    String findings = UNCHECKED.write(Results.findings());

    assertThat(violations("rating", findings)).isNotEmpty();
    assertThat(violations("findings", findings.replace("\"type\": \"findings\"", "\"type\": \"rating\"")))
        .isNotEmpty();
  }

  private static <T> void validates(Class<T> type, Gen<? extends T> values) {
    Theories.qt(40)
        .forAll(values)
        .checkAssert(x -> assertThat(violations(Theories.kind(type), UNCHECKED.write(x))).isEmpty());
  }
}
