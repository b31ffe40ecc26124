package org.inspectionkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
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

    assertThat(thrown).hasCauseInstanceOf(InspectionJsonException.class);
    assertThat(((InspectionJsonException) thrown.getCause()).problems())
        .extracting(JsonProblem::toString)
        .containsExactly("$.provider.type: provider type: expected lower-case letters, digits and hyphens such as"
            + " crc or nps-division");
  }

  @Test
  void documentAtTheRoot_needsItsFormatVersion_andTheMapperDecidesOnUnknownMembers() throws Exception {
    String withExtra =
        "{\"formatVersion\": \"1.0\", \"id\": \"crc-x\", \"name\": \"X\", \"type\": \"crc\", \"more\": 1}";

    assertThat(catchThrowableOfType(InspectionJsonException.class,
            () -> MAPPER.readValue("{\"id\": \"crc-x\", \"name\": \"X\", \"type\": \"crc\"}", Provider.class))
        .problems())
        .extracting(JsonProblem::toString)
        .containsExactly("$: missing required field 'formatVersion'");
    assertThat(catchThrowableOfType(InspectionJsonException.class, () -> MAPPER.readValue(withExtra, Provider.class))
        .problems())
        .extracting(JsonProblem::path)
        .containsExactly("$");
    ObjectMapper lenient =
        new ObjectMapper()
            .registerModule(new InspectionJsonModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    assertThat(lenient.readValue(withExtra, Provider.class).id()).isEqualTo(ProviderId.of("crc-x"));
  }
}
