package org.inspectionkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inspectionkit.examples.cli.CliRun.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code inspection report}: the page or Markdown written, and every invalid input refused with nothing written. */
class ReportCommandTest {

  @TempDir static Path dir;
  static Path example;
  static Path previous;

  @BeforeAll
  static void writeExamples() throws IOException {
    example = dir.resolve("example.json");
    Files.writeString(example, run("example").out());
    previous = dir.resolve("previous.json");
    Files.writeString(previous, run("example", "--cycle", "2018-19").out());
  }

  @Test
  void report_html_writesTheSelfContainedPage() throws IOException {
    Path out = dir.resolve("report.html");
    CliRun r = run("report", example.toString(), "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEqualTo("Report of crc-bench-2019-20 written to " + out + " (html)\n");
    String html = Files.readString(out);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<title>BeNCH CRC: inspection report, 2019-20</title>")
        .contains("<svg class=\"chart\"").doesNotContain("<script").doesNotContain("D2-001");
    assertThat(html).contains("This inspection follows crc-bench-2018-19, which was not given");
    assertThat(Files.getPosixFilePermissions(out)).isEqualTo(PosixFilePermissions.fromString("rw-r--r--"));
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void report_previous_addsTheFollowUpTable() throws IOException {
    Path out = dir.resolve("follow-up.html");
    CliRun r = run("report", example.toString(), "--previous", previous.toString(), "--out", out.toString());
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(out)).contains("<table class=\"follow-up\">")
        .contains("Progress on a recommendation does not by itself change a rating");
  }

  @Test
  void report_markdown_goesToStandardOutputWithoutOut_orToTheFile() throws IOException {
    CliRun r = run("report", example.toString(), "--format", "markdown");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("# BeNCH CRC: inspection report, 2019-20\n")
        .contains("| **Overall** | **Requires improvement** | | | 12 of 30 points | |");
    Path out = dir.resolve("report.md");
    CliRun written = run("report", example.toString(), "--format", "markdown", "--out", out.toString());
    assertThat(written.code()).isZero();
    assertThat(Files.readString(out)).isEqualTo(r.out());
  }

  @Test
  void report_htmlWithoutOut_exits2AndPrintsNothing() {
    CliRun r = run("report", example.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("--out FILE is required for --format html");
  }

  @Test
  void report_invalidDocument_exits2AndLeavesAnExistingReportAlone() throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, Files.readString(example).replaceFirst("\"2\\.1\\.1\": ", "\"2.1.9\": "));
    Path out = dir.resolve("kept.html");
    Files.writeString(out, "the report of last week");
    CliRun r = run("report", bad.toString(), "--out", out.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("not a valid inspection document").contains("answers[\"2.1.9\"]");
    assertThat(Files.readString(out)).isEqualTo("the report of last week");
  }

  @Test
  void report_unratableInspection_exits2WithEveryProblem() throws IOException {
    String json = Files.readString(example);
    int start = json.indexOf("  \"judgements\": [");
    int end = json.indexOf("\n  ],\n", start) + "\n  ],\n".length();
    Path partial = dir.resolve("partial.json");
    Files.writeString(partial, json.substring(0, start) + json.substring(end));
    Path out = dir.resolve("partial.html");
    CliRun r = run("report", partial.toString(), "--out", out.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("inspection crc-bench-2019-20 cannot be reported (4 problems)")
        .contains("standard 1.1: rated by judgement, but the inspection records no judgement for it");
    assertThat(out).doesNotExist();
  }

  @Test
  void report_previousThatItDoesNotFollow_exits2() {
    Path out = dir.resolve("wrong-previous.html");
    CliRun r = run("report", example.toString(), "--previous", example.toString(), "--out", out.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("--previous: inspection crc-bench-2019-20 follows crc-bench-2018-19, but the file"
        + " given is crc-bench-2019-20");
    assertThat(out).doesNotExist();
  }

  @Test
  void report_outInAMissingDirectory_orMissingFile_exits2() {
    CliRun r = run("report", example.toString(), "--out", dir.resolve("no/such/dir/report.html").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("cannot be written: no such directory");
    CliRun missing = run("report", dir.resolve("nowhere.json").toString(), "--format", "markdown");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.out()).isEmpty();
    assertThat(missing.err()).contains("nowhere.json: no such file");
  }

  @Test
  void report_badFormat_exits2() {
    CliRun r = run("report", example.toString(), "--format", "pdf");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("--format");
  }
}
