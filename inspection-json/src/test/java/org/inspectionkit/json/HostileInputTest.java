package org.inspectionkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.provider.Provider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Hostile input fails with the module's exception, naming the limit it broke, rather than exhausting memory or the
 * stack: each limit of the builder, with a small value and with its default.
 */
class HostileInputTest {

  private static final InspectionJson JSON = InspectionJson.standard();
  private static final String PROVIDER =
      "{\"formatVersion\": \"1.0\", \"id\": \"crc-x\", \"type\": \"crc\", \"name\": ";

  static List<JsonProblem> problems(Executable read) {
    return catchThrowableOfType(InspectionJsonException.class, read::execute).problems();
  }

  static JsonProblem last(List<JsonProblem> problems) {
    return problems.get(problems.size() - 1);
  }

  @Test
  void defaults_areDocumented() {
    assertThat(InspectionJson.DEFAULT_MAX_NESTING_DEPTH).isEqualTo(32);
    assertThat(InspectionJson.DEFAULT_MAX_STRING_LENGTH).isEqualTo(100_000);
    assertThat(InspectionJson.DEFAULT_MAX_NAME_LENGTH).isEqualTo(1_000);
    assertThat(InspectionJson.DEFAULT_MAX_NUMBER_LENGTH).isEqualTo(20);
    assertThat(InspectionJson.DEFAULT_MAX_DOCUMENT_LENGTH).isEqualTo(256L * 1024 * 1024);
    assertThat(InspectionJson.DEFAULT_MAX_PROBLEMS).isEqualTo(1_000);
  }

  @Test
  void maxNestingDepth_aFrameworkDeeperThanTheLimit_isRefusedNamingIt() {
    String framework = JSON.write(Frameworks.load("probation-2019-20"));

    InspectionJson shallow = InspectionJson.builder().maxNestingDepth(6).build();

    List<JsonProblem> p = problems(() -> shallow.read(framework, Framework.class));

    assertThat(last(p).toString())
        .isEqualTo("$.domains[0].standards[0].keyQuestions[0]: nesting depth exceeds the limit maxNestingDepth"
            + " (6 levels); the document was not read further");
  }

  @Test
  void maxNestingDepth_default_stopsAHundredThousandNestedArraysWithoutExhaustingTheStack() {
    String deep = PROVIDER + "\"x\", \"x\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";

    assertThat(last(problems(() -> JSON.read(deep, Provider.class))).message())
        .startsWith("nesting depth exceeds the limit maxNestingDepth (32 levels)");
  }

  @Test
  void maxStringLength_aLongerStringIsRefusedNamingTheLimit_withoutEchoingIt() {
    String json = PROVIDER + "\"" + "n".repeat(60) + "\"}";

    InspectionJson shortStrings = InspectionJson.builder().maxStringLength(50).build();

    List<JsonProblem> p = problems(() -> shortStrings.read(json, Provider.class));

    assertThat(p).extracting(JsonProblem::toString).containsExactly(
        "$.name: string length exceeds the limit maxStringLength (50 characters); the document was not read further");
    assertThat(JSON.read(json, Provider.class).name()).hasSize(60);
  }

  @Test
  void maxStringLength_default_stopsAnEndlessString() {
    InputStream endless = endless(PROVIDER + "\"", 'a');

    assertThat(last(problems(() -> JSON.read(endless, Provider.class))).toString())
        .isEqualTo("$.name: string length exceeds the limit maxStringLength (100000 characters);"
            + " the document was not read further");
  }

  @Test
  void maxNameLength_aLongMemberNameIsRefusedNamingTheLimit() {
    String json = PROVIDER + "\"x\", \"" + "k".repeat(2_000) + "\": 1}";

    assertThat(last(problems(() -> JSON.read(json, Provider.class))).message())
        .isEqualTo("member name length exceeds the limit maxNameLength (1000 characters); the document was not read"
            + " further");
  }

  @Test
  void maxNumberLength_aLongNumberIsRefusedNamingTheLimit() {
    String json = PROVIDER + "\"x\", \"area\": " + "9".repeat(25) + "}";

    assertThat(last(problems(() -> JSON.read(json, Provider.class))).toString())
        .isEqualTo("$.area: number length exceeds the limit maxNumberLength (20 characters); the document was not"
            + " read further");
    assertThat(last(problems(() -> InspectionJson.builder().maxNumberLength(3).build()
            .read(PROVIDER + "\"x\", \"area\": 12345}", Provider.class))).message())
        .startsWith("number length exceeds the limit maxNumberLength (3 characters)");
  }

  @Test
  void maxDocumentLength_aLongerDocumentIsRefused_asAStreamAndAsAString() {
    String framework = JSON.write(Frameworks.load("probation-2019-20"));
    InspectionJson small = InspectionJson.builder().maxDocumentLength(10_000).build();
    String expected = "document length exceeds the limit maxDocumentLength (10000 bytes); the document was not read"
        + " further";

    assertThat(last(problems(() -> small.read(bytes(framework), Framework.class))).message()).isEqualTo(expected);
    assertThat(problems(() -> small.read(framework, Framework.class)))
        .extracting(JsonProblem::toString)
        .containsExactly("$: " + expected);
  }

  @Test
  void maxDocumentLength_stopsAnEndlessStreamOfWhitespace() {
    InspectionJson json = InspectionJson.builder().maxDocumentLength(1_000_000).build();

    assertThat(last(problems(() -> json.read(endless(PROVIDER, ' '), Provider.class))).message())
        .startsWith("document length exceeds the limit maxDocumentLength (1000000 bytes)");
  }

  @Test
  void maxProblems_default_stopsADocumentOfEndlessMistakes() {
    StringBuilder json = new StringBuilder("{\"formatVersion\": \"1.0\"");
    for (int i = 0; i < 5_000; i++) {
      json.append(", \"f").append(i).append("\": 0");
    }

    List<JsonProblem> p = problems(() -> JSON.read(json.append('}').toString(), Provider.class));

    assertThat(p).hasSize(1_001);
    assertThat(last(p).toString()).isEqualTo("$: stopped reading after 1000 problems (limit maxProblems)");
  }

  @Test
  void typeIdsInTheDocument_areData_neverClassesToInstantiate() {
    String json =
        "{\"formatVersion\": \"1.0\", \"id\": [\"java.lang.ProcessBuilder\", {\"command\": [\"true\"]}],"
            + " \"name\": {\"@class\": \"java.net.URL\", \"val\": \"http://localhost/\"}, \"type\": \"crc\"}";

    assertThat(problems(() -> JSON.read(json, Provider.class)))
        .extracting(JsonProblem::toString)
        .containsExactly(
            "$.id: expected a string (provider id), was an array",
            "$.name: expected a string, was an object");
  }

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  /** {@code prefix}, then {@code filler} for ever. */
  private static InputStream endless(String prefix, char filler) {
    InputStream forever =
        new InputStream() {
          @Override
          public int read() {
            return filler;
          }

          @Override
          public int read(byte[] b, int off, int len) {
            java.util.Arrays.fill(b, off, off + len, (byte) filler);
            return len;
          }
        };
    return new SequenceInputStream(bytes(prefix), forever);
  }

  @Test
  void text_withALoneSurrogate_isRefusedAtItsPath() {
    String provider = PROVIDER + "\"Broken \\ud800 name\"}";

    List<JsonProblem> p = problems(() -> JSON.read(provider, org.inspectionkit.model.provider.Provider.class));

    assertThat(p).extracting(JsonProblem::toString)
        .containsExactly("$.name: expected well-formed Unicode text, holds a lone surrogate at position 8");
  }

  @Test
  void name_withATerminalEscapeOrABidirectionalOverride_isRefusedWithoutEchoingIt() {
    for (String hostile : List.of("Evil \\u001b[2J CRC", "Evil \\u202e CRC", "Zero\\u200bwidth", "Tab\\tin name")) {
      String provider = PROVIDER + "\"" + hostile + "\"}";

      List<JsonProblem> p = problems(() -> JSON.read(provider, org.inspectionkit.model.provider.Provider.class));

      assertThat(p).hasSize(1);
      // The model's check reports at the provider object, naming the field.
      assertThat(p.get(0).path()).isEqualTo("$");
      assertThat(p.get(0).message()).contains("Provider.name: must be well-formed")
          .doesNotContain("Evil");
    }
  }

  @Test
  void codedValue_unknown_namesTheFieldAndTheAllowedValuesButNotTheValue() {
    String provider = "{\"formatVersion\": \"1.0\", \"id\": \"crc-x\", \"type\": \"Jane Doe (DOB 1970)\","
        + " \"name\": \"A CRC\"}";

    List<JsonProblem> p = problems(() -> JSON.read(provider, org.inspectionkit.model.provider.Provider.class));

    assertThat(p).extracting(JsonProblem::toString).singleElement().asString()
        .startsWith("$.type: provider type: expected lower-case letters")
        .doesNotContain("Jane");
  }

  @Test
  void maxArrayLength_moreCasesThanTheLimit_isRefusedAtTheArrayWithoutReadingThem() {
    StringBuilder doc = new StringBuilder(JSON.write(org.inspectionkit.testkit.store.LargeInspections.withCases(
        org.inspectionkit.model.inspection.InspectionId.of("many-cases"),
        org.inspectionkit.model.provider.ProviderId.of("crc-m"), 12)));
    InspectionJson limited = InspectionJson.builder().maxArrayLength(10).build();

    List<JsonProblem> p =
        problems(() -> limited.read(doc.toString(), org.inspectionkit.model.inspection.Inspection.class));

    assertThat(p).extracting(JsonProblem::toString).contains(
        "$.cases: has more than 10 elements, the reader's limit (maxArrayLength); raise it with"
            + " InspectionJson.builder().maxArrayLength(n) where the heap allows (about 1.1 KB per fully answered"
            + " case)");
    assertThat(InspectionJson.DEFAULT_MAX_ARRAY_LENGTH).isEqualTo(500_000);
  }

  @Test
  void unknownMember_isReportedAtItsObjectByPosition_neverByItsName() {
    String provider = "{\"formatVersion\": \"1.0\", \"id\": \"crc-x\", \"type\": \"crc\", \"name\": \"A CRC\","
        + " \"Jane Doe 1970-01-01\": \"x\"}";

    List<JsonProblem> p = problems(() -> JSON.read(provider, org.inspectionkit.model.provider.Provider.class));

    assertThat(p).extracting(JsonProblem::toString)
        .containsExactly("$: unknown field, member 5 (provider has formatVersion, id, name, type, area)");
  }
}
