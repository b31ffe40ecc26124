package org.inspectionkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.provider.ProviderType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The code of {@code inspection-json/README.md}: each snippet is the body between two {@code README} markers below,
 * run here, and must appear in the README exactly (less its indentation).
 */
class ReadmeExampleTest {

  private static final Path README = Path.of("README.md");
  private static final Path SOURCE = Path.of("src/test/java/org/inspectionkit/json/ReadmeExampleTest.java");
  private static final Path EXAMPLE = Path.of("src/test/resources/examples/crc-bench-2019-20.json");

  @TempDir Path dir;

  @Test
  void quickStart_readsAFrameworkAndAnInspection_andWritesTheSameBytes() throws IOException {
    Path frameworkFile = dir.resolve("framework.json");
    Files.writeString(frameworkFile, InspectionJson.standard().write(Frameworks.load("probation-2018-19")));
    Path inspectionFile = EXAMPLE;
    OutputStream out = new ByteArrayOutputStream();
    List<String> reported = new ArrayList<>();

    // README:quick-start
    InspectionJson json = InspectionJson.standard();

    Framework builtIn = Frameworks.load("probation-2019-20");
    Framework fromFile = json.read(Files.readString(frameworkFile), Framework.class);

    try (InputStream in = Files.newInputStream(inspectionFile)) {
      Inspection inspection = json.read(in, Inspection.class); // checked against probation-2019-20
      json.write(inspection, out);                             // the same bytes again
    } catch (InspectionJsonException e) {
      e.problems().forEach(p -> reported.add(p.toString())); // $.cases[3].answers["2.1.4"]: no such key ...
    }
    // README:end

    assertThat(builtIn.standardsFor(ProviderType.CRC)).hasSize(10);
    assertThat(fromFile).isEqualTo(Frameworks.load("probation-2018-19"));
    assertThat(reported).isEmpty();
    assertThat(out.toString()).isEqualTo(Files.readString(EXAMPLE));
  }

  @Test
  void yourOwnFramework_replacesTheBuiltInOneOfTheSameId() throws IOException {
    Framework official =
        Framework.builder().from(Frameworks.load("probation-2019-20")).title("The official wording").build();
    Path inspectionFile = EXAMPLE;

    // README:your-framework
    InspectionJson json =
        InspectionJson.builder()
            .frameworks(id -> id.equals(official.id()) ? Optional.of(official) : Frameworks.find(id))
            .build();
    Inspection inspection = json.read(Files.readString(inspectionFile), Inspection.class);

    InspectionJson unchecked = InspectionJson.builder().frameworkChecks(false).build();
    // README:end

    assertThat(inspection.frameworkId()).isEqualTo(official.id());
    String broken = Files.readString(inspectionFile).replace("\"2.1.3\": \"NO\"", "\"2.1.9\": \"NO\"");
    assertThat(unchecked.read(broken, Inspection.class).id()).isEqualTo(inspection.id());
    assertThat(catchProblems(() -> json.read(broken, Inspection.class)))
        .containsExactly("$.cases[0].answers[\"2.1.9\"]: no such key question in framework probation-2019-20");
  }

  private static List<String> catchProblems(Runnable read) {
    try {
      read.run();
      return List.of();
    } catch (InspectionJsonException e) {
      List<String> out = new ArrayList<>();
      e.problems().forEach(p -> out.add(p.toString()));
      return out;
    }
  }

  @Test
  void readme_showsEachSnippetExactlyAsItRunsHere() throws IOException {
    String readme = Files.readString(README);
    for (String name : List.of("quick-start", "your-framework")) {
      assertThat(readme).as("README snippet %s", name).contains(snippet(name));
    }
  }

  private static String snippet(String name) throws IOException {
    List<String> lines = Files.readAllLines(SOURCE);
    int begin = lines.indexOf("    // README:" + name);
    assertThat(begin).as("marker of %s", name).isPositive();
    StringBuilder sb = new StringBuilder();
    for (String line : lines.subList(begin + 1, lines.size())) {
      if (line.equals("    // README:end")) {
        return sb.toString();
      }
      sb.append(line.isEmpty() ? "" : line.substring(4)).append('\n');
    }
    throw new AssertionError("no end marker after " + name);
  }
}
