package org.inspectionkit.examples.cli;

import static org.inspectionkit.examples.cli.CliRun.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sample}'s rules and reserve list: what it prints, and the reserve file it writes beside {@code --out}. */
class SampleReserveTest {

  /** Cells a spreadsheet would run, one per case in turn. */
  private static final List<String> FORMULAS = List.of("=1+2", "+1", "-5", "@SUM(A1)", "plain note");

  private static final Pattern RESERVE_LINE = Pattern.compile("  (P\\d{4}) +(\\d+)  (gender=\\S+, .+)");

  @TempDir Path dir;

  private Path population(String name, int cases) throws Exception {
    StringBuilder csv = new StringBuilder("Reference,Start Date,Gender,Sentence Type,Risk Level,Note\n");
    for (int i = 1; i <= cases; i++) {
      csv.append(String.format("P%04d,2019-%02d-%02d,%s,%s,%s,%s%n", i, 3 + i % 5, 1 + i % 28,
          i % 7 == 0 ? "female" : "male", i % 3 == 0 ? "licence" : "community", i % 4 == 0 ? "low" : "medium",
          FORMULAS.get(i % FORMULAS.size())));
    }
    Path file = dir.resolve(name);
    Files.writeString(file, csv);
    return file;
  }

  private static CliRun sample(Path population, String seed, String... more) {
    List<String> args = new ArrayList<>(List.of("sample", "--population", population.toString(), "--seed", seed,
        "--fieldwork-start", "2019-09-02"));
    args.addAll(List.of(more));
    return run(args.toArray(String[]::new));
  }

  @Test
  void sample_printsEveryRuleWithTheDefaultsMarked() throws Exception {
    CliRun r = sample(population("population.csv", 300), "7");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains(
        "Rules (those marked (default) are this library's defaults, not published rules):\n",
        "  confidence level: 80% (known practice)\n",
        "  margin of error: 5 percentage points (known practice)\n",
        "  strata: gender, sentence-type, risk-of-serious-harm (default)\n",
        "  reserve: 20% of each stratum's sample, rounded up, at least 1 in each stratum with cases left, never more"
            + " than it has left (default)\n",
        "minor changes to domain two sampling");
    CliRun ninety = sample(population("population.csv", 300), "7", "--confidence", "0.9");
    assertThat(ninety.out()).contains("  confidence level: 90%\n");
  }

  @Test
  void sample_printsTheReservesAfterTheSelectedCases_perStratumInOrder_neverASelectedCase() throws Exception {
    CliRun r = sample(population("population.csv", 300), "7");

    assertThat(r.code()).as(r.err()).isZero();
    String out = r.out();
    int selectedAt = out.indexOf("\nSelected (107):\n");
    Matcher header = Pattern.compile("\nReserve \\((\\d+)\\), in order of use within each stratum:\n").matcher(out);
    assertThat(selectedAt).isPositive();
    assertThat(header.find()).isTrue();
    assertThat(header.start()).isGreaterThan(selectedAt);
    int count = Integer.parseInt(header.group(1));
    assertThat(out).contains("Reserve: " + count + " cases drawn from the eligible cases not selected");

    Set<String> selected = new HashSet<>(out.substring(selectedAt, header.start()).lines()
        .filter(l -> l.startsWith("  P")).map(String::strip).toList());
    assertThat(selected).hasSize(107);
    List<String[]> reserves = new ArrayList<>();
    for (String line : out.substring(header.end()).lines().toList()) {
      Matcher m = RESERVE_LINE.matcher(line);
      assertThat(m.matches()).as(line).isTrue();
      reserves.add(new String[] {m.group(1), m.group(2), m.group(3)});
    }
    assertThat(reserves).hasSize(count);
    Set<String> seen = new HashSet<>();
    String stratum = null;
    int expected = 0;
    for (String[] reserve : reserves) {
      assertThat(selected).doesNotContain(reserve[0]);
      assertThat(seen.add(reserve[0])).as("%s twice", reserve[0]).isTrue();
      if (!reserve[2].equals(stratum)) {
        assertThat(stratum == null || stratum.compareTo(reserve[2]) < 0).as("strata in order").isTrue();
        stratum = reserve[2];
        expected = 1;
      }
      assertThat(Integer.parseInt(reserve[1])).as("order of use within " + stratum).isEqualTo(expected++);
    }
  }

  @Test
  void sample_sameSeed_sameReserves_differentSeed_differentReserves() throws Exception {
    Path population = population("population.csv", 300);

    String seven = reserveSection(sample(population, "7").out());
    String again = reserveSection(sample(population, "7").out());
    String eight = reserveSection(sample(population, "8").out());

    assertThat(again).isEqualTo(seven);
    assertThat(eight).isNotEqualTo(seven);
  }

  @Test
  void sampleOut_writesTheReserveListBesideTheChosenCases_inOrder_everyCellNeutralised() throws Exception {
    Path population = population("population.csv", 300);
    Path out = dir.resolve("chosen.csv");

    CliRun written = sample(population, "7", "--out", out.toString());
    CliRun printed = sample(population, "7");

    assertThat(written.code()).as(written.err()).isZero();
    Path reserveFile = dir.resolve("chosen-reserve.csv");
    assertThat(written.out()).contains("Selected cases written to " + out)
        .contains(") written to " + reserveFile).doesNotContain("in order of use within each stratum:");
    List<List<String>> rows = readCsv(reserveFile);
    assertThat(rows.get(0)).containsExactly("ref", "start-date", "gender", "sentence-type", "risk-of-serious-harm",
        "note", "reserve_stratum", "reserve_order");
    List<String> fromFile = new ArrayList<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      fromFile.add(String.format("  %s  %3s  %s", row.get(0), row.get(7), row.get(6)));
      int i = Integer.parseInt(row.get(0).substring(1));
      String note = FORMULAS.get(i % FORMULAS.size());
      assertThat(row.get(5)).as(row.get(0)).isEqualTo(note.equals("plain note") ? note : "'" + note);
      assertThat(row.get(6)).startsWith("gender=").contains("gender=" + row.get(2))
          .contains("sentence-type=" + row.get(3)).contains("risk-of-serious-harm=" + row.get(4));
    }
    assertThat(fromFile).containsExactlyElementsOf(reserveSection(printed.out()).lines().toList());
    Set<String> chosen = new HashSet<>();
    readCsv(out).subList(1, 108).forEach(row -> chosen.add(row.get(0)));
    assertThat(chosen).hasSize(107);
    assertThat(rows.subList(1, rows.size())).noneMatch(row -> chosen.contains(row.get(0)));
  }

  @Test
  void sampleOut_reserveFileThatCannotBeWritten_isRefusedBeforeAnythingIsWritten() throws Exception {
    Path population = population("population.csv", 300);
    Files.createDirectories(dir.resolve("chosen-reserve.csv"));
    Path out = dir.resolve("chosen.csv");

    CliRun r = sample(population, "7", "--out", out.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("--out (reserve list)").contains("chosen-reserve.csv").contains("is a directory");
    assertThat(out).doesNotExist();
  }

  @Test
  void sampleOut_reserveFileNamingThePopulation_isRefusedAndThePopulationKept() throws Exception {
    Path population = population("chosen-reserve.csv", 300);
    byte[] before = Files.readAllBytes(population);
    Path out = dir.resolve("chosen.csv");

    CliRun r = sample(population, "7", "--out", out.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("is an input of this command");
    assertThat(out).doesNotExist();
    assertThat(Files.readAllBytes(population)).isEqualTo(before);
  }

  @Test
  void reserveFile_besideTheChosenFile_beforeItsExtension() {
    assertThat(SampleCommand.reserveFile(Path.of("out", "chosen.csv"))).isEqualTo(Path.of("out", "chosen-reserve.csv"));
    assertThat(SampleCommand.reserveFile(Path.of("chosen.CSV"))).isEqualTo(Path.of("chosen-reserve.CSV"));
    assertThat(SampleCommand.reserveFile(Path.of("chosen"))).isEqualTo(Path.of("chosen-reserve.csv"));
    assertThat(SampleCommand.reserveFile(Path.of(".csv"))).isEqualTo(Path.of(".csv-reserve.csv"));
  }

  @Test
  void sampleHelp_documentsTheReserveFile() {
    CliRun r = run("sample", "--help");

    assertThat(r.code()).isZero();
    assertThat(r.out().replaceAll("\\s+", " ")).contains("FILE-reserve.csv").contains("reserve_order")
        .contains("reserve list");
  }

  @Test
  void readme_sampleOutput_isWhatTheCommandPrints() throws Exception {
    String readme = ReadmeTest.readme();
    String command = "$ java -jar examples/cli/target/inspection-cli.jar sample ";
    int start = readme.indexOf("```text\n" + command);
    assertThat(start).as("the README's sample example").isNotNegative();
    List<String> shown = readme.substring(start, readme.indexOf("\n```", start + 8)).lines().skip(1).toList();
    List<String> args = new ArrayList<>(List.of(shown.get(0).substring(command.length()).split(" ")));
    args.set(args.indexOf("--population") + 1,
        ReadmeTest.ROOT.resolve(args.get(args.indexOf("--population") + 1)).toString());
    args.add(0, "sample");

    CliRun r = run(args.toArray(String[]::new));

    assertThat(r.code()).as(r.err()).isZero();
    // Every line the README shows, in order; "  ..." stands for lines left out.
    List<String> printed = r.out().lines().toList();
    int at = 0;
    for (String line : shown.subList(1, shown.size())) {
      if (line.equals("  ...")) {
        continue;
      }
      while (at < printed.size() && !printed.get(at).equals(line)) {
        at++;
      }
      assertThat(at).as("README line '%s' is printed, in order", line).isLessThan(printed.size());
      at++;
    }
  }

  /** The reserve lines the command printed, without their header. */
  private static String reserveSection(String out) {
    Matcher header = Pattern.compile("\nReserve \\(\\d+\\), in order of use within each stratum:\n").matcher(out);
    assertThat(header.find()).as(out).isTrue();
    return out.substring(header.end());
  }

  private static List<List<String>> readCsv(Path file) throws Exception {
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(file.toFile())) {
      return it.readAll();
    }
  }
}
