package org.inspectionkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.inspectionkit.json.Theories.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.List;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.testkit.InvalidInputs;
import org.inspectionkit.testkit.ModelGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Whatever is wrong with a document, reading it gives the object or the module's exception, never anything else. */
class BadInputProperties {

  private static final InspectionJson UNCHECKED = InspectionJson.builder().frameworkChecks(false).build();
  private static final Gen<Character> JSON_CHARACTERS =
      Generate.pick(
          List.of('{', '}', '[', ']', '"', ',', ':', ' ', '0', '9', '-', '.', 'a', 'Z', '\\', '\n', '\u00e9'));

  @Test
  void truncatedDocument_isRefusedWithTheModulesException() {
    qt().forAll(ModelGenerators.inspections(), integers().allPositive()).checkAssert((inspection, at) -> {
      String text = UNCHECKED.write(inspection);
      String truncated = text.substring(0, at % (text.length() - 2));

      InspectionJsonException e =
          catchThrowableOfType(InspectionJsonException.class, () -> UNCHECKED.read(truncated, Inspection.class));

      assertThat(e).isNotNull();
      assertThat(e.problems()).isNotEmpty();
    });
  }

  @Test
  void anyOneCharacterChanged_givesAnObjectOrTheModulesException() {
    oneCharacterChanged(Framework.class, ModelGenerators.frameworks());
    oneCharacterChanged(Inspection.class, ModelGenerators.inspections());
  }

  private static <T> void oneCharacterChanged(Class<T> type, Gen<T> values) {
    qt().forAll(values, integers().allPositive(), JSON_CHARACTERS).checkAssert((x, at, c) -> {
      String text = UNCHECKED.write(x);
      int i = at % text.length();
      String changed = text.substring(0, i) + c + text.substring(i + 1);
      try {
        assertThat(UNCHECKED.read(changed, type)).isNotNull();
      } catch (InspectionJsonException e) {
        assertThat(e.problems()).isNotEmpty();
      }
    });
  }

  @Test
  void nearMissKeyQuestionCode_asAnAnswer_isOneProblemAtItsPath() {
    String template =
        "{\"formatVersion\": \"1.0\", \"id\": \"crc-x-2019-20\", \"frameworkId\": \"probation-2019-20\","
            + " \"cycle\": \"2019-20\", \"provider\": {\"id\": \"crc-x\", \"name\": \"X\", \"type\": \"crc\"},"
            + " \"cases\": [{\"ref\": \"D2-1\", \"sample\": \"domain-two\", \"assessor\": \"insp-1\","
            + " \"assessedOn\": \"2019-09-03\", \"answers\": {\"2.1.1\": \"YES\", \"KEY\": \"NO\"}}]}";
    qt().forAll(InvalidInputs.keyQuestionCodes()).checkAssert(bad -> {
      String text = template.replace("KEY", new String(JsonStringEncoder.getInstance().quoteAsString(bad)));

      InspectionJsonException e =
          catchThrowableOfType(
              InspectionJsonException.class, () -> InspectionJson.standard().read(text, Inspection.class));

      assertThat(e.problems()).hasSize(1);
      assertThat(e.problems().get(0).path()).startsWith("$.cases[0].answers[\"");
      assertThat(e.problems().get(0).message()).startsWith("key question code: expected");
    });
  }
}
