package org.inspectionkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.inspectionkit.examples.data.ExampleInspection;
import org.inspectionkit.json.Frameworks;
import org.inspectionkit.json.InspectionJson;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.rules.consistency.ConsistencyChecker;
import org.inspectionkit.rules.consistency.ConsistencyReport;
import org.inspectionkit.rules.consistency.Severity;
import org.inspectionkit.rules.rating.InspectionRating;
import org.inspectionkit.rules.rating.RatingCalculator;
import org.inspectionkit.rules.rating.StandardRating;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The root README's code: the quick start runs, and the "Use it in your project" snippets are the consumer's. */
class ReadmeTest {

  static final Path ROOT = Path.of("..", "..");
  static final Path SELF = Path.of("src", "test", "java", "org", "inspectionkit", "examples", "cli", "ReadmeTest.java");

  @TempDir Path dir;

  @Test
  void quickStart_runsAsWritten() throws IOException {
    Path file = dir.resolve("inspection.json");
    Files.writeString(file, InspectionJson.standard().write(
        ExampleInspection.crc2019(Frameworks.load("probation-2019-20"))));
    PrintStream console = System.out;
    java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      // README quick start begins
      Framework framework = Frameworks.load("probation-2019-20");
      Inspection inspection = InspectionJson.standard().read(Files.readString(file), Inspection.class);

      InspectionRating rating = RatingCalculator.probation().rateOrThrow(framework, inspection);
      for (StandardRating s : rating.standards()) {
        System.out.println(s.code() + " " + s.finalRating().label() + ": " + s.reason());
      }
      System.out.println(rating.overall().reason());

      ConsistencyReport findings = ConsistencyChecker.builtIn().check(framework, inspection);
      findings.findings(Severity.WARNING).forEach(System.out::println);

      String json = InspectionJson.standard().write(inspection); // the same bytes for the same inspection
      // README quick start ends
      assertThat(json).isEqualTo(Files.readString(file));
    } finally {
      System.setOut(console);
    }
    assertThat(printed.toString(java.nio.charset.StandardCharsets.UTF_8))
        .contains("2.2 Inadequate: Inadequate: the lowest-scoring key question, 2.2.3")
        .contains("Requires improvement: 12 of 30 points, in the band 6 to 15.")
        .contains("WARNING domain-one-disconnect");
    assertThat(readme()).contains(block(Files.readAllLines(SELF), "// README quick start begins",
        "// README quick start ends"));
  }

  @Test
  void useItInYourProject_showsWhatTheConsumerProjectDoes() throws IOException {
    String readme = readme();
    Path consumer = ROOT.resolve("examples/consumer");
    String pom = Files.readString(consumer.resolve("pom.xml"));
    String bom = section(pom, "    <dependencies>\n      <dependency>\n        <groupId>org.inspectionkit</groupId>\n"
        + "        <artifactId>inspection-bom</artifactId>", "      </dependency>\n    </dependencies>");
    assertThat(flat(readme)).contains(flat(bom));
    for (String artifact : List.of("inspection-rules", "inspection-json", "inspection-testkit")) {
      assertThat(readme).contains("<artifactId>" + artifact + "</artifactId>");
      assertThat(pom).contains("<artifactId>" + artifact + "</artifactId>");
    }
    String rate = Files.readString(consumer.resolve("src/main/java/org/example/consumer/RateExample.java"));
    assertThat(readme).contains(section(rate, "  public static InspectionRating run(", "    return rating;\n  }"));
    String test = Files.readString(consumer.resolve("src/test/java/org/example/consumer/MapInspectionStoreTest.java"));
    assertThat(readme).contains(section(test, "class MapInspectionStoreTest", "\n}"));
    String invariants =
        Files.readString(consumer.resolve("src/test/java/org/example/consumer/StrictPolicyInvariantsTest.java"));
    assertThat(readme).contains(section(invariants, "class StrictPolicyInvariantsTest", "\n}"));
    assertThat(pom).contains("<inspectionkit.version>0.1.0-SNAPSHOT</inspectionkit.version>");
    assertThat(readme).contains("<inspectionkit.version>0.1.0-SNAPSHOT</inspectionkit.version>");
  }

  @Test
  void twoCommands_areTheOnesCiAndTheJarUse() throws IOException {
    String readme = readme();
    assertThat(readme).contains("./mvnw -B -q package -DskipTests && java -jar examples/cli/target/inspection-cli.jar demo");
    assertThat(readme).contains("```bash\n# Every test\n./mvnw -B verify\n```");
    assertThat(Files.readString(ROOT.resolve(".ci/run"))).contains("\n./mvnw -B verify\n");
  }

  static String readme() throws IOException {
    return Files.readString(ROOT.resolve("README.md"));
  }

  /** The lines strictly between two marker lines, with their common indentation removed. */
  static String block(List<String> lines, String begin, String end) {
    List<String> out = new ArrayList<>();
    boolean in = false;
    for (String l : lines) {
      if (l.strip().equals(begin)) {
        in = true;
      } else if (l.strip().equals(end)) {
        break;
      } else if (in) {
        out.add(l);
      }
    }
    return dedent(String.join("\n", out));
  }

  /** From the first occurrence of {@code from} to the end of the first {@code to} after it. */
  static String section(String text, String from, String to) {
    int start = text.indexOf(from);
    assertThat(start).as("'%s' in the consumer project", from).isNotNegative();
    int end = text.indexOf(to, start);
    assertThat(end).as("'%s' in the consumer project", to).isNotNegative();
    return text.substring(start, end + to.length());
  }

  /** Every line stripped of its indentation, so snippets compare whatever their nesting in the README. */
  static String flat(String text) {
    StringBuilder out = new StringBuilder();
    for (String l : text.split("\n")) {
      out.append(l.strip()).append('\n');
    }
    return out.toString();
  }

  static String dedent(String text) {
    int indent = Integer.MAX_VALUE;
    for (String l : text.split("\n")) {
      if (!l.isBlank()) {
        indent = Math.min(indent, l.length() - l.stripLeading().length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String l : text.split("\n")) {
      out.append(l.isBlank() ? "" : l.substring(Math.min(indent, l.length()))).append('\n');
    }
    return out.toString().strip();
  }
}
