package org.inspectionkit.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.jdbcx.JdbcDataSource;
import org.inspectionkit.model.framework.Cycle;
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
import org.inspectionkit.testkit.store.InspectionStoreContract;
import org.inspectionkit.testkit.store.LargeInspections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The snippets of README.md ("Plugging in storage"), verbatim, so that they keep compiling and working. */
class PluggingInStorageTest {

  @TempDir Path dataDirectory;

  /** README: opening the database at start. */
  static JdbcConnectionPool openDatabase(Path dataDirectory) {
    // An embedded H2 database in the application's data folder; for PostgreSQL, pass your pooled DataSource.
    // A pool keeps the database open between calls; dispose of it when the application stops.
    JdbcConnectionPool database =
        JdbcConnectionPool.create("jdbc:h2:file:" + dataDirectory.resolve("inspections").toAbsolutePath(), "sa", "");
    DatabaseSchema.migrate(database); // creates or upgrades the tables; does nothing when they are current
    return database;
  }

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

  /**
   * README: an adapter's contract test. (Nested and not static here, so JUnit does not run the whole contract a
   * second time; {@link #readmeSnippet_contractTestRunsAgainstTheAdapter} runs two of its tests.)
   */
  class MyInspectionStoreTest extends InspectionStoreContract {
    @Override
    protected InspectionStore newStore() {
      JdbcDataSource h2 = new JdbcDataSource(); // a new, empty database for every store
      h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
      DatabaseSchema.migrate(h2);
      return JdbcInspectionStore.of(h2);
    }
  }

  @Test
  void readmeSnippet_savesAnInspectionThatOutlivesTheStore() {
    Inspection inspection =
        LargeInspections.withCases(InspectionId.of("crc-bench-2019-20"), ProviderId.of("crc-bench"), 30);
    JdbcConnectionPool database = openDatabase(dataDirectory);
    InspectionStore inspections = JdbcInspectionStore.of(database);
    inspections.insert(inspection);
    Versioned<Inspection> started = startFieldwork(inspections, inspection.id());
    database.dispose(); // the application stops

    JdbcConnectionPool reopened = openDatabase(dataDirectory); // and starts again
    try {
      InspectionStore after = JdbcInspectionStore.of(reopened);
      FrameworkStore frameworks = JdbcFrameworkStore.of(reopened);
      List<InspectionSummary> thisCycle = after.list(InspectionQuery.ofCycle(Cycle.parse("2019-20")));

      assertThat(started.version()).isEqualTo(2);
      assertThat(after.load(inspection.id())).isEqualTo(started);
      assertThat(thisCycle).containsExactly(InspectionSummary.from(started));
      assertThat(frameworks.ids()).isEmpty();
    } finally {
      reopened.dispose();
    }
  }

  @Test
  void readme_showsOnlyCodeThatThisTestRuns() throws IOException {
    Path source = Path.of("src/test/java/org/inspectionkit/examples/jdbc/PluggingInStorageTest.java");
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
          assertThat(lines).as("README line not in PluggingInStorageTest").contains(line.strip());
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(30);
  }

  @Test
  void readmeSnippet_contractTestRunsAgainstTheAdapter() throws Exception {
    MyInspectionStoreTest contract = new MyInspectionStoreTest();

    try {
      contract.createStore();
      contract.insert_edgeValues_areFoundEqual();
      contract.closeStores();
      contract.createStore();
      contract.update_staleVersion_failsNamingBothVersionsAndChangesNothing();
    } finally {
      contract.closeStores(); // as JUnit does after each test
    }
  }
}
