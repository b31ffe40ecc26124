package org.inspectionkit.benchmarks.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report is computed from the results it is given: ratios, targets, growth and the history table. */
class BenchmarksReportTest {

  private static String result(String benchmark, String params, double score, String unit) {
    return "{\"benchmark\":\"org.inspectionkit.benchmarks." + benchmark + "\",\"mode\":\"avgt\",\"params\":{"
        + params + "},\"primaryMetric\":{\"score\":" + score + ",\"scoreError\":1.0,\"scoreUnit\":\"" + unit
        + "\"},\"secondaryMetrics\":{}}";
  }

  @Test
  void computesEachRatioFromTheResults_andSaysWhetherTheTargetIsMet(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("jmh-1.json"),
        "["
            + result("RatingBenchmark.library", "\"cases\":\"10000\"", 300.0, "us/op") + ","
            + result("RatingBenchmark.baseline", "\"cases\":\"10000\"", 100.0, "us/op") + ","
            + result("RatingBenchmark.library", "\"cases\":\"100000\"", 4000.0, "us/op") + ","
            + result("RatingBenchmark.baseline", "\"cases\":\"100000\"", 1000.0, "us/op") + ","
            + result("JsonBenchmark.libraryWrite", "", 30.0, "ms/op") + ","
            + result("JsonBenchmark.baselineWrite", "", 40.0, "ms/op")
            + "]");
    Files.writeString(dir.resolve("memory.tsv"), "name\tlibrary\tbaseline\tratio\nassessments\t380.0\t1000.0\t0.38\n");
    Files.writeString(dir.resolve("machine.txt"), "CPU: test");
    Files.writeString(dir.resolve("command.txt"), "run.sh test");
    Path history = Files.createDirectory(dir.resolve("history"));
    Files.writeString(history.resolve("01-abc1234.txt"), "abc1234\tBefore\n");
    Files.writeString(
        history.resolve("01-abc1234.rating.json"),
        "[" + result("RatingBenchmark.library", "\"cases\":\"10000\"", 900.0, "us/op") + ","
            + result("RatingBenchmark.baseline", "\"cases\":\"10000\"", 100.0, "us/op") + "]");
    Files.writeString(history.resolve("01-abc1234.memory.tsv"), "name\tl\tb\tr\nassessments\t980.0\t1000.0\t0.98\n");
    Path out = dir.resolve("BENCHMARKS.md");

    BenchmarksReport.main(new String[] {dir.toString(), out.toString()});

    String md = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(md).contains("| 1 | Rating | 10000 cases | 300 ± 1.00 us/op | 100 ± 1.00 us/op | 3.00x | 2.0x | **no** |");
    assertThat(md).contains("| 3 | JSON write | 10000 cases | 30.0 ± 1.00 ms/op | 40.0 ± 1.00 ms/op | 0.75x | 1.5x | yes |");
    assertThat(md).contains("| 3 | JSON read | 10000 cases | not run | not run |");
    assertThat(md).contains("| 5 | Portfolio (vs SQL GROUP BY) | 1000 x 230 cases | not run | not run |");
    assertThat(md).contains("| 6 | Memory: assessments | 10000 cases | 380.0 bytes/case | 1000.0 bytes/case | 0.38x");
    // Growth: 40 ns per case at 100,000 against 30 at 10,000.
    assertThat(md).contains("| 100000 | 40.0 ns | 10.0 ns | 1.33 |");
    assertThat(md).contains("| abc1234 | Before |  | 9.00x |  |  | 980.0 (records: 1000.0) |");
    assertThat(md).contains("CPU: test").contains("run.sh test");
  }
}
