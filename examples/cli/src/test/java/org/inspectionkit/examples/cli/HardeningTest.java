package org.inspectionkit.examples.cli;

import static org.inspectionkit.examples.cli.CliRun.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line under hostile and careless input: paths, output files, damaged stores, exit codes. */
class HardeningTest {

  @TempDir Path dir;

  @Test
  void store_pathCarryingDatabaseSettings_isRefusedAndRunsNothing() throws Exception {
    Path hostile = dir.resolve("st;INIT=CALL CSVWRITE('" + dir.resolve("x.csv") + "','SELECT 42')--");

    CliRun r = run("rate", "crc-bench-2019-20", "--store", hostile.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--store: store directory: its path may hold only");
    assertThat(dir.resolve("x.csv")).doesNotExist();
    assertThat(entries(dir)).isEmpty();
  }

  @Test
  void readCommand_onAStoreThatIsNotThere_createsNothing() throws Exception {
    Path store = dir.resolve("inspection-data");

    CliRun rate = run("rate", "no-such-id", "--store", store.toString());
    CliRun list = run("list", "--store", store.toString());
    CliRun files = run("list", "--file-store", store.toString());

    assertThat(rate.code()).isEqualTo(2);
    assertThat(rate.err()).contains("there is no store in").contains("nothing is stored there yet");
    assertThat(list.code()).isEqualTo(2);
    assertThat(files.code()).isEqualTo(2);
    assertThat(store).doesNotExist();
  }

  @Test
  void out_namingADirectoryOrNothingOrAnInput_isRefusedAndLeavesNoTemporaryFile() throws Exception {
    Path example = dir.resolve("example.json");
    Files.writeString(example, run("example").out());
    byte[] original = Files.readAllBytes(example);
    Path sub = Files.createDirectories(dir.resolve("reports"));

    CliRun toDirectory = run("report", example.toString(), "--out", sub.toString());
    CliRun toNothing = run("report", example.toString(), "--out", "");
    CliRun toInput = run("report", example.toString(), "--format", "markdown", "--out", example.toString());
    CliRun toInputAgain = run("report", example.toString(), "--out", dir.resolve(".").resolve("example.json").toString());

    assertThat(toDirectory.code()).isEqualTo(2);
    assertThat(toDirectory.err()).contains("is a directory").doesNotContain("Exception");
    assertThat(toNothing.code()).isEqualTo(2);
    assertThat(toNothing.err()).contains("--out: must name a file");
    assertThat(toInput.code()).isEqualTo(2);
    assertThat(toInput.err()).contains("is an input of this command");
    assertThat(toInputAgain.code()).isEqualTo(2);
    assertThat(Files.readAllBytes(example)).isEqualTo(original);
    assertThat(entries(dir)).containsExactlyInAnyOrder("example.json", "reports");
    assertThat(entries(sub)).isEmpty();
    assertThat(entries(dir.getParent()).filter(n -> n.endsWith(".tmp"))).isEmpty();
  }

  @Test
  void sample_outNamingADirectory_isRefusedWithoutWritingCaseRowsAnywhere() throws Exception {
    Path population = dir.resolve("population.csv");
    StringBuilder csv = new StringBuilder("reference,gender,sentence type,risk level,start date\n");
    for (int i = 1; i <= 60; i++) {
      csv.append("C").append(i).append(",male,community,medium,2019-03-").append(String.format("%02d", 1 + i % 28))
          .append('\n');
    }
    Files.writeString(population, csv);
    Path sub = Files.createDirectories(dir.resolve("out"));

    CliRun r = run("sample", "--population", population.toString(), "--seed", "7", "--out", sub.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("is a directory");
    assertThat(entries(dir)).containsExactlyInAnyOrder("population.csv", "out");
    assertThat(entries(sub)).isEmpty();
  }

  @Test
  void import_identicalToTheLatestVersion_storesNothingNew() throws Exception {
    Path example = dir.resolve("example.json");
    Files.writeString(example, run("example").out());
    String store = dir.resolve("data").toString();

    CliRun first = run("import", example.toString(), "--store", store);
    CliRun second = run("import", example.toString(), "--store", store);

    assertThat(first.code()).as(first.err()).isZero();
    assertThat(first.out()).contains("as version 1");
    assertThat(second.code()).as(second.err()).isZero();
    assertThat(second.out()).contains("is unchanged: version 1").contains("nothing was stored");
  }

  @Test
  void listAndVerify_nameTheDamagedRecordAndStillListTheRest() throws Exception {
    String store = dir.resolve("data").toString();
    assertThat(run("demo", "--store", store).code()).isZero();
    try (Connection c =
            DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("data").resolve("inspections")
                + ";TRACE_LEVEL_FILE=0", "sa", "");
        Statement s = c.createStatement()) {
      s.executeUpdate("DELETE FROM recommendation WHERE inspection_id = 'crc-bench-2018-19'"
          + " AND recommendation_number = 1");
    }

    CliRun list = run("list", "--store", store);
    CliRun verify = run("verify", "--store", store);
    CliRun rate = run("rate", "crc-bench-2018-19", "--store", store);

    assertThat(list.code()).as(list.err()).isZero();
    assertThat(list.out()).contains("crc-bench-2018-19").contains("crc-bench-2019-20");
    assertThat(verify.code()).isEqualTo(InspectionCli.STORE_FAILURE);
    assertThat(verify.out()).contains("1 damaged record:").contains("inspection crc-bench-2018-19 version 1");
    assertThat(rate.code()).isEqualTo(2);
    assertThat(rate.err()).contains("is damaged").doesNotContain("Exception");
  }

  @Test
  void errors_neutraliseTerminalControlCharacters() {
    CliRun r = run("rate", "\u001b[31mred\u0007\u202e");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).doesNotContain("\u001b").doesNotContain("\u0007").doesNotContain("\u202e")
        .contains("<U+001B>[31mred<U+0007><U+202E>");
  }

  @Test
  void rateCheckReportAndImport_shareOneValidation_staleAdjustmentAndImpossibleDatesRefusedByEach() throws Exception {
    String example = run("example").out();
    Path stale = dir.resolve("stale.json");
    Files.writeString(stale, example.replace("\"caseData\": \"OUTSTANDING\"", "\"caseData\": \"INADEQUATE\""));
    Path farFuture = dir.resolve("far-future.json");
    Files.writeString(farFuture, example.replaceFirst("\"assessedOn\": \"2019-09-03\"", "\"assessedOn\": \"9999-09-03\""));
    String store = dir.resolve("data").toString();

    for (Path document : List.of(stale, farFuture)) {
      for (String[] command : List.of(
          new String[] {"rate", document.toString()},
          new String[] {"check", document.toString()},
          new String[] {"report", document.toString(), "--format", "markdown"},
          new String[] {"import", document.toString(), "--store", store})) {
        CliRun r = run(command);
        assertThat(r.code()).as("%s %s", command[0], document.getFileName()).isEqualTo(2);
        assertThat(r.err()).as("%s %s", command[0], document.getFileName()).contains("is not valid (1 problem)");
        assertThat(r.out()).isEmpty();
      }
    }
    assertThat(run("rate", stale.toString()).err()).contains("[rating.stale-adjustment]");
    assertThat(run("check", farFuture.toString()).err()).contains("[dates.outside-cycle]");
    assertThat(dir.resolve("data")).doesNotExist();
  }

  @Test
  void rate_providerNotInTheRegistry_isRefusedNamingTheRule() throws Exception {
    String example = run("example").out();
    assertThat(example).contains("\"id\": \"crc-bench\",");
    Path unknown = dir.resolve("unknown-provider.json");
    Files.writeString(unknown, example.replace("\"id\": \"crc-bench\",", "\"id\": \"crc-nowhere\","));

    CliRun r = run("rate", unknown.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("is not valid (1 problem)").contains("unknown provider id 'crc-nowhere'")
        .contains("[provider.not-in-registry]");
  }

  @Test
  void help_ofEveryCommand_printsNoPicocliWarning() throws Exception {
    java.io.PrintStream original = System.err;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      assertThat(run("--help").code()).isZero();
      for (String command : List.of("demo", "example", "rate", "check", "report", "followup", "diff", "plan",
          "sample", "import", "export", "list", "verify")) {
        CliRun r = run(command, "--help");
        assertThat(r.code()).as(command).isZero();
        assertThat(r.out()).as(command).contains("Usage: inspection " + command);
      }
    } finally {
      System.setErr(original);
    }
    assertThat(captured.toString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("picocli WARN");
  }

  private static Stream<String> entries(Path directory) throws Exception {
    try (Stream<Path> s = Files.list(directory)) {
      return s.map(p -> p.getFileName().toString()).toList().stream();
    }
  }
}
