package org.inspectionkit.examples.cli;

import static org.inspectionkit.examples.cli.CliRun.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands that use a store: demo, import, export, and files-or-ids for rate, check, report and followup. */
class StoreCommandsTest {

  @TempDir Path dir;

  @Test
  void demo_storesTheExampleThenFindsItTheSecondTime() {
    String store = dir.resolve("data").toString();
    CliRun first = run("demo", "--store", store);
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.out())
        .contains("Stored inspection crc-bench-2019-20 as version 1")
        .contains("Reloaded crc-bench-2019-20: 95 cases, 95 assessed")
        .contains("Overall: Requires improvement (12 of 30 points)")
        .contains("[domain-one-disconnect] 1.1 Leadership is rated Good")
        .contains("crc-bench-2018-19/4  prompt 1.2.3.a");
    CliRun second = run("demo", "--store", store);
    assertThat(second.code()).isZero();
    assertThat(second.out())
        .contains("Found inspection crc-bench-2019-20 in the store, version 1")
        .doesNotContain("Stored inspection");
    assertThat(second.out().substring(second.out().indexOf("Reloaded")))
        .isEqualTo(first.out().substring(first.out().indexOf("Reloaded")));
  }

  @Test
  void idsInTheStore_workForRateCheckReportAndFollowup() throws Exception {
    String store = dir.resolve("data").toString();
    assertThat(run("demo", "--store", store).code()).isZero();
    assertThat(run("rate", "crc-bench-2019-20", "--store", store).out())
        .contains("Overall: Requires improvement (12 of 30 points)");
    CliRun check = run("check", "crc-bench-2019-20", "--previous", "crc-bench-2018-19", "--store", store);
    assertThat(check.code()).isZero();
    assertThat(check.out()).doesNotContain("previous-not-supplied");
    CliRun followup = run("followup", "crc-bench-2018-19", "crc-bench-2019-20", "--store", store);
    assertThat(followup.code()).isZero();
    assertThat(followup.out()).contains("Sufficient progress: 2").contains("Note: Progress on a recommendation");
    Path html = dir.resolve("report.html");
    CliRun report = run("report", "crc-bench-2019-20", "--previous", "crc-bench-2018-19", "--out", html.toString(),
        "--store", store);
    assertThat(report.code()).as(report.err()).isZero();
    assertThat(Files.readString(html)).contains("<html").contains("Follow-up");
    CliRun missing = run("rate", "crc-bench-2020-21", "--store", store);
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.out()).isEmpty();
    assertThat(missing.err()).contains("crc-bench-2020-21: no such file, and no inspection with that id");
  }

  @Test
  void exportAndImport_moveInspectionsBetweenJsonAndTheStore() throws Exception {
    String store = dir.resolve("data").toString();
    Path example = dir.resolve("example.json");
    Files.writeString(example, run("example").out());
    CliRun imported = run("import", example.toString(), "--store", store);
    assertThat(imported.code()).as(imported.err()).isZero();
    assertThat(imported.out()).startsWith("Stored inspection crc-bench-2019-20 as version 1");
    assertThat(run("import", example.toString(), "--store", store).out()).contains("is unchanged: version 1");
    CliRun exported = run("export", "crc-bench-2019-20", "--store", store);
    assertThat(exported.code()).isZero();
    assertThat(exported.out()).isEqualTo(Files.readString(example));
    CliRun missing = run("export", "nope", "--store", store);
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.out()).isEmpty();
  }

  @Test
  void demo_onPostgreSql_whenTheEnvironmentSaysSo() throws SQLException {
    String url = System.getenv("INSPECTIONKIT_PG_URL");
    Assumptions.assumeTrue(url != null && !url.isBlank(),
        "INSPECTIONKIT_PG_URL is not set: skipping the PostgreSQL demo (set it, e.g."
            + " jdbc:postgresql://127.0.0.1:5432/test?user=postgres, to run it)");
    String schema = "cli_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    try {
      String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
      CliRun first = run("demo", "--jdbc-url", schemaUrl);
      assertThat(first.code()).as(first.err()).isZero();
      assertThat(first.out()).contains("Store: database jdbc:postgresql:").contains("Overall: Requires improvement");
      assertThat(run("demo", "--jdbc-url", schemaUrl).out()).contains("Found inspection crc-bench-2019-20");
    } finally {
      try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
        s.execute("DROP SCHEMA " + schema + " CASCADE");
      }
    }
  }

  @Test
  void storeOptions_areExclusive() {
    CliRun r = run("demo", "--store", dir.toString(), "--jdbc-url", "jdbc:h2:mem:x");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("give one or the other");
  }

  @Test
  void demo_onTheJsonFileStore() throws Exception {
    String store = dir.resolve("files").toString();
    CliRun first = run("demo", "--file-store", store);
    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.out()).contains("Store: JSON-file store in").contains("Overall: Requires improvement");
    assertThat(Files.exists(dir.resolve("files/inspections/crc-bench-2019-20.v1.json"))).isTrue();
    CliRun second = run("demo", "--file-store", store);
    assertThat(second.out()).contains("Found inspection crc-bench-2019-20 in the store, version 1");
    assertThat(run("rate", "crc-bench-2018-19", "--file-store", store).code()).isZero();
  }
}
