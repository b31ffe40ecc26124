package org.inspectionkit.examples.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.inspectionkit.json.Frameworks;
import org.inspectionkit.model.framework.Cycle;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.inspection.InspectionId;
import org.inspectionkit.model.inspection.InspectionStatus;
import org.inspectionkit.model.provider.ProviderId;
import org.inspectionkit.model.store.FrameworkStore;
import org.inspectionkit.model.store.InspectionQuery;
import org.inspectionkit.model.store.InspectionStore;
import org.inspectionkit.model.store.InspectionSummary;
import org.inspectionkit.model.store.VersionConflictException;
import org.inspectionkit.model.store.Versioned;
import org.inspectionkit.testkit.store.LargeInspections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The snippets of README.md, verbatim, so that they keep compiling and working, and the layout it shows. */
class UsingTheFileStoreTest {

  @TempDir Path dataDirectory;

  /** Load, change, save with the version loaded; on a conflict, load again and redo the change. */
  static Versioned<Inspection> startFieldwork(InspectionStore store, InspectionId id) {
    while (true) {
      Versioned<Inspection> current = store.load(id);
      try {
        return store.update(current.value().withStatus(InspectionStatus.FIELDWORK), current.version());
      } catch (VersionConflictException e) {
        // Someone saved a newer version first: go round again with theirs.
      }
    }
  }

  @Test
  void readmeSnippet_savesAnInspectionThatOutlivesTheStore() throws IOException {
    Inspection inspection =
        LargeInspections.withCases(InspectionId.of("crc-bench-2019-20"), ProviderId.of("crc-bench"), 30);
    Framework framework = Frameworks.load("probation-2019-20");
    Versioned<Inspection> kept;
    List<InspectionSummary> listed;

    try (JsonFileStore store = JsonFileStore.open(dataDirectory.resolve("store"))) {
      InspectionStore inspections = store.inspections();
      FrameworkStore frameworks = store.frameworks();
      frameworks.save(framework);
      inspections.insert(inspection);
      Versioned<Inspection> started = startFieldwork(inspections, inspection.id());
      List<InspectionSummary> thisCycle = inspections.list(InspectionQuery.ofCycle(Cycle.parse("2019-20")));
      kept = started;
      listed = thisCycle;
    } // closing the store releases the directory for another process

    assertThat(kept.version()).isEqualTo(2);
    assertThat(listed).containsExactly(InspectionSummary.from(kept));
    try (JsonFileStore reopened = JsonFileStore.open(dataDirectory.resolve("store"))) {
      assertThat(reopened.inspections().load(inspection.id())).isEqualTo(kept);
      assertThat(reopened.frameworks().load(framework.id())).isEqualTo(framework);
    }
    assertThat(filesUnder(dataDirectory.resolve("store")))
        .containsExactly(
            ".lock",
            "frameworks/probation-2019-20.json",
            "inspections/crc-bench-2019-20.v1.json",
            "inspections/crc-bench-2019-20.v2.json");
  }

  @Test
  void readme_showsTheDirectoryAsItIs() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    Matcher layout = Pattern.compile("```text\n(store/\n.*?)```", Pattern.DOTALL).matcher(readme);
    assertThat(layout.find()).as("README has the layout block").isTrue();
    List<String> names =
        layout.group(1).lines().skip(1).map(l -> l.strip().split(" +")[0]).collect(Collectors.toList());

    assertThat(names)
        .containsExactly(
            ".lock",
            "inspections/",
            "crc-bench-2019-20.v1.json",
            "crc-bench-2019-20.v2.json",
            "frameworks/",
            "probation-2019-20.json");
  }

  @Test
  void readme_showsOnlyCodeThatThisTestRuns() throws IOException {
    Path source = Path.of("src/test/java/org/inspectionkit/examples/files/UsingTheFileStoreTest.java");
    Set<String> lines = new HashSet<>();
    for (String line : Files.readAllLines(source)) {
      lines.add(line.strip());
    }
    String readme = Files.readString(Path.of("README.md"));
    Matcher blocks = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme);
    int checked = 0;
    while (blocks.find()) {
      for (String line : blocks.group(1).split("\n")) {
        if (!line.isBlank()) {
          assertThat(lines).as("README line not in UsingTheFileStoreTest").contains(line.strip());
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(15);
  }

  private static List<String> filesUnder(Path directory) throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      return files
          .filter(Files::isRegularFile)
          .map(p -> directory.relativize(p).toString().replace('\\', '/'))
          .sorted()
          .collect(Collectors.toList());
    }
  }
}
