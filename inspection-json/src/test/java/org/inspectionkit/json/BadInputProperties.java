package org.inspectionkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.inspectionkit.json.Theories.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

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

  /**
   * The standing fuzz test of the document reader: up to eight random edits (a character inserted, deleted or
   * replaced, a span deleted or repeated, two spans swapped) of a valid document. Reading gives the object, or
   * the module's exception whose every problem has a JSON path and a message that names no internal type.
   */
  @Test
  void mutatedDocument_givesAnObjectOrProblemsWithPathsAndNoInternals() {
    mutated(Framework.class, ModelGenerators.frameworks());
    mutated(Inspection.class, ModelGenerators.inspections());
  }

  private static <T> void mutated(Class<T> type, Gen<T> values) {
    qt().forAll(values, integers().between(1, 8), longs().all()).checkAssert((x, edits, seed) -> {
      String changed = mutate(UNCHECKED.write(x), edits, new java.util.Random(seed));
      try {
        assertThat(InspectionJson.standard().read(changed, type)).isNotNull();
      } catch (InspectionJsonException e) {
        assertThat(e.problems()).isNotEmpty();
        for (JsonProblem p : e.problems()) {
          assertThat(p.path()).startsWith("$");
          assertThat(p.message())
              .doesNotContain("Exception")
              .doesNotContain("org.inspectionkit")
              .doesNotContain("Immutable")
              .doesNotContain("\tat ");
        }
      }
    });
  }

  /** {@code text} after {@code edits} random edits. */
  static String mutate(String text, int edits, java.util.Random random) {
    StringBuilder sb = new StringBuilder(text);
    String alphabet = "{}[]\",:0123456789-.eE+ aZtrufnl\\\n\u00e9\ud83d\ude42";
    for (int k = 0; k < edits && sb.length() > 2; k++) {
      int i = random.nextInt(sb.length());
      int span = Math.min(sb.length() - i, 1 + random.nextInt(40));
      switch (random.nextInt(6)) {
        case 0:
          sb.insert(i, alphabet.charAt(random.nextInt(alphabet.length())));
          break;
        case 1:
          sb.deleteCharAt(i);
          break;
        case 2:
          sb.setCharAt(i, alphabet.charAt(random.nextInt(alphabet.length())));
          break;
        case 3:
          sb.delete(i, i + span);
          break;
        case 4:
          sb.insert(i, sb.substring(i, i + span));
          break;
        default:
          int j = random.nextInt(sb.length());
          int other = Math.min(sb.length() - j, span);
          if (j >= i + span || j + other <= i) {
            String a = sb.substring(i, i + span);
            String b = sb.substring(j, j + other);
            if (i < j) {
              sb.replace(j, j + other, a).replace(i, i + span, b);
            } else {
              sb.replace(i, i + span, b).replace(j, j + other, a);
            }
          }
      }
    }
    return sb.toString();
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
