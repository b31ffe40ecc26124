package org.inspectionkit.examples.cli;

import static org.inspectionkit.examples.cli.CliRun.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.QuickTheory;

/**
 * The standing fuzz test of the command line's readers: random edits of valid inputs (a policy file, a population
 * CSV, an inspection document, a framework document) never give a stack trace, an internal error or a store
 * failure; a refusal is exit code 2 with its reasons on standard error naming a path or line, nothing on standard
 * output, and nothing written beside the inputs. (The JSON reader's own fuzz test is in inspection-json.)
 */
class ReaderFuzzTest {

  private static final QuickTheory QT =
      QuickTheory.qt().withFixedSeed(Long.getLong("qt.seed", 20_191_203L)).withExamples(60);

  @TempDir Path dir;

  @Test
  void policyFile_anyEdits_isReadOrRefusedClearly() throws IOException {
    Path example = write("example.json", run("example").out());
    String policy = "{\"name\": \"mine\", \"thresholds\": {\"OUTSTANDING\": 80, \"GOOD\": 65,"
        + " \"REQUIRES_IMPROVEMENT\": 50}, \"points\": {\"OUTSTANDING\": 3, \"GOOD\": 2, \"REQUIRES_IMPROVEMENT\": 1,"
        + " \"INADEQUATE\": 0}, \"standardCount\": 10, \"rounding\": \"EXACT\", \"limiters\": [{\"whenAnyStandard\":"
        + " \"INADEQUATE\", \"minimumCount\": 1, \"capAt\": \"GOOD\"}], \"intervalZ\": 1.2815515655446004}";
    fuzz(policy, "policy.json", p -> run("rate", example.toString(), "--policy", p.toString()));
  }

  @Test
  void populationCsv_anyEdits_isReadOrRefusedClearly() throws IOException {
    String csv = Files.readString(Path.of("..", "data", "population-2019.csv"), StandardCharsets.UTF_8);
    String head = csv.lines().limit(80).reduce((a, b) -> a + "\n" + b).orElseThrow() + "\n";
    fuzz(head, "population.csv", p -> run("sample", "--population", p.toString(), "--seed", "7"));
  }

  @Test
  void inspectionDocument_anyEdits_isRatedCheckedOrRefusedClearly() throws IOException {
    String example = run("example").out();
    fuzz(example, "inspection.json", p -> run("check", p.toString()));
  }

  @Test
  void frameworkDocument_anyEdits_isUsedOrRefusedClearly() throws IOException {
    Path example = write("example.json", run("example").out());
    String framework = Files.readString(Path.of("..", "..", "inspection-json", "src", "main", "resources", "org",
        "inspectionkit", "json", "frameworks", "probation-2019-20.json"), StandardCharsets.UTF_8);
    fuzz(framework, "framework.json", p -> run("rate", example.toString(), "--framework", p.toString()));
  }

  private void fuzz(String valid, String name, java.util.function.Function<Path, CliRun> command) {
    QT.forAll(integers().between(1, 6), longs().all()).checkAssert((edits, seed) -> {
      Path input = write(name, mutate(valid, edits, new Random(seed)));
      List<String> before = entries();
      CliRun r = command.apply(input);
      assertThat(r.code()).as("exit code; stderr: %s", r.err()).isIn(0, 1, 2);
      assertThat(r.err())
          .doesNotContain("Exception")
          .doesNotContain("\tat ")
          .doesNotContain("internal error")
          .doesNotContain("org.inspectionkit.json.internal")
          .doesNotContain("Immutable");
      if (r.code() == 2) {
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isNotBlank();
      }
      assertThat(entries()).as("files beside the input").isEqualTo(before);
    });
  }

  private Path write(String name, String content) {
    try {
      return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<String> entries() {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code text} after {@code edits} random edits: characters inserted, deleted, replaced; spans cut or repeated. */
  static String mutate(String text, int edits, Random random) {
    StringBuilder sb = new StringBuilder(text);
    String alphabet = "{}[]\",:;0123456789-.eE+ =@\t\r\naZ\\\u00e9\ufeff\u0000";
    for (int k = 0; k < edits && sb.length() > 2; k++) {
      int i = random.nextInt(sb.length());
      int span = Math.min(sb.length() - i, 1 + random.nextInt(30));
      switch (random.nextInt(5)) {
        case 0 -> sb.insert(i, alphabet.charAt(random.nextInt(alphabet.length())));
        case 1 -> sb.deleteCharAt(i);
        case 2 -> sb.setCharAt(i, alphabet.charAt(random.nextInt(alphabet.length())));
        case 3 -> sb.delete(i, i + span);
        default -> sb.insert(i, sb.substring(i, i + span));
      }
    }
    return sb.toString();
  }
}
