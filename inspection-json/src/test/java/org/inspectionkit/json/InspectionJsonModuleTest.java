package org.inspectionkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.inspectionkit.model.Rating;
import org.inspectionkit.model.casework.CaseRef;
import org.inspectionkit.model.framework.ElementCode;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.KeyQuestionCode;
import org.inspectionkit.model.framework.StandardCode;
import org.inspectionkit.model.provider.Provider;
import org.inspectionkit.model.provider.ProviderId;
import org.inspectionkit.model.provider.ProviderType;
import org.inspectionkit.rules.fieldwork.FieldworkPlan;
import org.inspectionkit.rules.rating.InspectionRating;
import org.inspectionkit.rules.rating.RatingPolicy;
import org.inspectionkit.rules.rating.StandardRating;
import org.junit.jupiter.api.Test;

class InspectionJsonModuleTest {

  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new InspectionJsonModule());

  /** An application's own type that holds model values. */
  public static final class Summary {
    public Provider provider;
    public StandardCode standard;
    public Rating rating;
    public Map<KeyQuestionCode, Rating> byKeyQuestion;
  }

  @Test
  void module_isFoundThroughMetaInfServices() {
    assertThat(ObjectMapper.findModules()).extracting(Module::getClass).contains(InspectionJsonModule.class);
  }

  @Test
  void modelObjectAtTheRoot_isADocument_likeTheFacadesOutput() throws Exception {
    Framework framework = Frameworks.load("probation-2019-20");

    String text = MAPPER.writeValueAsString(framework);

    assertThat(MAPPER.readTree(text)).isEqualTo(MAPPER.readTree(InspectionJson.standard().write(framework)));
    assertThat(MAPPER.readValue(text, Framework.class)).isEqualTo(framework);
  }

  @Test
  void modelValuesInsideAnApplicationsObject_arePlainValues_withoutFormatVersion() throws Exception {
    Summary s = new Summary();
    s.provider = Provider.of(ProviderId.of("nps-wales"), "NPS Wales", ProviderType.NPS_DIVISION);
    s.standard = StandardCode.parse("3.2");
    s.rating = Rating.REQUIRES_IMPROVEMENT;
    s.byKeyQuestion = new TreeMap<>(Map.of(KeyQuestionCode.parse("3.2.1"), Rating.GOOD));

    String text = MAPPER.writeValueAsString(s);

    assertThat(text)
        .isEqualTo("{\"provider\":{\"id\":\"nps-wales\",\"name\":\"NPS Wales\",\"type\":\"nps-division\"},"
            + "\"standard\":\"3.2\",\"rating\":\"REQUIRES_IMPROVEMENT\",\"byKeyQuestion\":{\"3.2.1\":\"GOOD\"}}");
    Summary back = MAPPER.readValue(text, Summary.class);
    assertThat(back.provider).isEqualTo(s.provider);
    assertThat(back.standard).isEqualTo(s.standard);
    assertThat(back.rating).isEqualTo(s.rating);
    assertThat(back.byKeyQuestion).isEqualTo(s.byKeyQuestion);
  }

  @Test
  void codesAndReferences_readAsValuesAndAsMapKeys() throws Exception {
    Map<ElementCode, CaseRef> m =
        MAPPER.readValue("{\"2\": \"D2-1\", \"2.1.3.b\": \"D2-2\"}", new TypeReference<Map<ElementCode, CaseRef>>() {});

    assertThat(m).containsEntry(ElementCode.parse("2.1.3.b"), CaseRef.of("D2-2")).hasSize(2);
    assertThat(MAPPER.writeValueAsString(m)).isEqualTo("{\"2\":\"D2-1\",\"2.1.3.b\":\"D2-2\"}");
  }

  @Test
  void badInputInsideAnApplicationsObject_failsWithTheModulesExceptionAsCause_atItsPathInTheWholeDocument() {
    String text =
        "{\"provider\": {\"id\": \"nps-wales\", \"name\": \"NPS Wales\", \"type\": \"NPS\"}, \"rating\": \"GOOD\"}";

    JsonMappingException thrown =
        catchThrowableOfType(JsonMappingException.class, () -> MAPPER.readValue(text, Summary.class));

    assertThat(thrown).isInstanceOf(InspectionJsonMappingException.class).hasCauseInstanceOf(InspectionJsonException.class);
    assertThat(((InspectionJsonMappingException) thrown).problems())
        .isEqualTo(((InspectionJsonException) thrown.getCause()).problems());
    assertThat(((InspectionJsonException) thrown.getCause()).problems())
        .extracting(JsonProblem::toString)
        .containsExactly("$.provider.type: provider type: expected lower-case letters, digits and hyphens such as"
            + " crc or nps-division");
  }

  @Test
  void documentAtTheRoot_needsItsFormatVersion_andTheMapperDecidesOnUnknownMembers() throws Exception {
    String withExtra =
        "{\"formatVersion\": \"1.0\", \"id\": \"crc-x\", \"name\": \"X\", \"type\": \"crc\", \"more\": 1}";

    assertThat(catchThrowableOfType(InspectionJsonMappingException.class,
            () -> MAPPER.readValue("{\"id\": \"crc-x\", \"name\": \"X\", \"type\": \"crc\"}", Provider.class))
        .problems())
        .extracting(JsonProblem::toString)
        .containsExactly("$: missing required field 'formatVersion'");
    assertThat(catchThrowableOfType(InspectionJsonMappingException.class,
            () -> MAPPER.readValue(withExtra, Provider.class))
        .problems())
        .extracting(JsonProblem::path)
        .containsExactly("$");
    ObjectMapper lenient =
        new ObjectMapper()
            .registerModule(new InspectionJsonModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    assertThat(lenient.readValue(withExtra, Provider.class).id()).isEqualTo(ProviderId.of("crc-x"));
  }

  /** An application's own type that holds results. */
  public static final class Report {
    public InspectionRating rating;
    public List<StandardRating> highlights;
    public RatingPolicy policy;
  }

  @Test
  void resultAtTheRoot_isTheFacadesDocument_andReadsBackEqual() throws Exception {
    for (Object result : Results.all()) {
      String text = MAPPER.writeValueAsString(result);

      assertThat(MAPPER.readTree(text)).isEqualTo(MAPPER.readTree(InspectionJson.standard().write(result)));
      assertThat(MAPPER.readValue(text, result.getClass())).isEqualTo(result);
    }
    InspectionRating rating = Results.rating();
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(rating), InspectionRating.class)).isEqualTo(rating);
  }

  @Test
  void resultsInsideAnApplicationsObject_arePlainValues_andPartsOfResultsToo() throws Exception {
    Report r = new Report();
    r.rating = Results.rating();
    r.highlights = r.rating.standards().subList(4, 6);
    r.policy = RatingPolicy.youth();

    String text = MAPPER.writeValueAsString(r);
    Report back = MAPPER.readValue(text, Report.class);

    assertThat(MAPPER.readTree(text).get("rating").has("formatVersion")).isFalse();
    assertThat(MAPPER.readTree(text).get("rating").has("type")).isFalse();
    assertThat(back.rating).isEqualTo(r.rating);
    assertThat(back.highlights).isEqualTo(r.highlights);
    assertThat(back.policy).isEqualTo(r.policy);
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(r.highlights.get(0)), StandardRating.class))
        .isEqualTo(r.highlights.get(0));
  }

  @Test
  void badResultDocument_failsWithAJsonMappingException_carryingEveryProblemWithItsPath() throws Exception {
    ObjectNode doc = (ObjectNode) MAPPER.readTree(InspectionJson.standard().write(Results.rating()));
    doc.put("type", "findings");
    ((ObjectNode) doc.at("/standards/4")).put("reason", "Good, honestly.").put("unassessedCases", -1);

    JsonMappingException thrown = catchThrowableOfType(JsonMappingException.class,
        () -> MAPPER.readValue(MAPPER.writeValueAsString(doc), InspectionRating.class));

    assertThat(thrown).isInstanceOf(InspectionJsonMappingException.class);
    InspectionJsonMappingException e = (InspectionJsonMappingException) thrown;
    assertThat(e.documentKind()).isEqualTo("rating");
    assertThat(e.problems()).extracting(JsonProblem::toString).containsExactly(
        "$.type: this is a findings document; expected a rating document",
        "$.standards[4].unassessedCases: expected a count, a whole number from 0, was a negative number");
    assertThat(e.getOriginalMessage()).startsWith("cannot read the rating document: 2 problems")
        .doesNotContain("Immutable").doesNotContain("honestly");
  }

  @Test
  void badResultInsideAnApplicationsObject_failsWithTheProblemAtItsPathInTheWholeDocument() throws Exception {
    ObjectNode doc = (ObjectNode) MAPPER.readTree(MAPPER.writeValueAsString(new Report()));
    ObjectNode policy = (ObjectNode) MAPPER.readTree(MAPPER.writeValueAsString(RatingPolicy.youth()));
    policy.put("intervalConfidenceLabel", "99%");
    doc.set("policy", policy);

    InspectionJsonMappingException e = catchThrowableOfType(InspectionJsonMappingException.class,
        () -> MAPPER.readValue(MAPPER.writeValueAsString(doc), Report.class));

    assertThat(e.problems()).extracting(JsonProblem::toString).containsExactly(
        "$.policy.intervalConfidenceLabel: disagrees with intervalZ, from which it is derived: leave it out, or"
            + " give what this library derives");
    assertThat(e.getMessage()).contains("Report[\"policy\"]").doesNotContain("Immutable");
  }

  @Test
  void malformedJsonInsideAResult_isItsLastProblem_stillAJsonMappingException() {
    String text = "{\"formatVersion\": \"1.0\", \"type\": \"fieldwork-plan\", \"start\": \"2019-09-32\", \"pattern\": {";

    InspectionJsonMappingException e = catchThrowableOfType(InspectionJsonMappingException.class,
        () -> MAPPER.readValue(text, FieldworkPlan.class));

    assertThat(e.problems()).extracting(JsonProblem::toString).first().asString()
        .isEqualTo("$.start: date: no such day in the calendar");
    assertThat(e.problems()).extracting(JsonProblem::message).last().asString().startsWith("malformed JSON");
  }

  @Test
  void version_isTheLibrarysOwn_fromTheBuild() {
    Version v = new InspectionJsonModule().version();

    assertThat(v.isUnknownVersion()).isFalse();
    assertThat(v.toString()).isEqualTo(System.getProperty("inspectionkit.expectedVersion"));
    assertThat(v.getGroupId()).isEqualTo("org.inspectionkit");
    assertThat(v.getArtifactId()).isEqualTo("inspection-json");
    assertThat(MAPPER.getRegisteredModuleIds()).contains(new InspectionJsonModule().getTypeId());
  }
}
