package org.inspectionkit.examples.cli;

import static org.inspectionkit.examples.cli.CliRun.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sample}'s CSV files: what it reads from {@code --population} and what it writes with {@code --out}. */
class SampleCsvTest {

  /** Case notes a provider's extract may hold; never to be printed. */
  private static final String MARKER = "CONFIDENTIAL-CASE-NOTE-7f3a";
  private static final String LONG_CELL = MARKER + " " + "x".repeat(5_000 - MARKER.length() - 1);

  /** Cells a spreadsheet would run, one per case in turn. */
  private static final List<String> FORMULAS =
      List.of("=HYPERLINK(\"http://example.org\",\"x\")", "+1+2", "-5", "@SUM(A1)", "\t=1", "\r=1");

  @TempDir Path dir;

  private static String population(int cases) {
    StringBuilder csv = new StringBuilder("Reference,Start Date,Gender,Sentence Type,Risk Level,Note,@cmd\n");
    for (int i = 1; i <= cases; i++) {
      csv.append(String.format("P%04d,2019-%02d-%02d,%s,community,medium,\"%s\",%n", i, 3 + i % 5, 1 + i % 28,
          i % 7 == 0 ? "female" : "male", FORMULAS.get(i % FORMULAS.size()).replace("\"", "\"\"")));
    }
    return csv.toString();
  }

  @Test
  void sampleOut_cellsASpreadsheetWouldRun_areWrittenWithAQuoteInFront() throws Exception {
    Path population = dir.resolve("population.csv");
    Files.writeString(population, population(300));
    Path out = dir.resolve("chosen.csv");

    CliRun r = run("sample", "--population", population.toString(), "--seed", "7", "--fieldwork-start", "2019-09-02",
        "--out", out.toString());

    assertThat(r.code()).as(r.err()).isZero();
    List<List<String>> written = readCsv(out);
    assertThat(written.get(0)).containsExactly("ref", "start-date", "gender", "sentence-type",
        "risk-of-serious-harm", "note", "'@cmd");
    Set<String> notes = new HashSet<>();
    for (List<String> row : written.subList(1, written.size())) {
      int i = Integer.parseInt(row.get(0).substring(1));
      assertThat(row.get(5)).as(row.get(0)).isEqualTo("'" + FORMULAS.get(i % FORMULAS.size()));
      assertThat(row.get(1)).startsWith("2019-");
      notes.add(row.get(5));
    }
    assertThat(notes).hasSize(FORMULAS.size());
    // The carriage return stays inside a quoted cell, so no row is split.
    assertThat(Files.readString(out)).contains("\"'\r=1\"");
  }

  @Test
  void csvCells_neutralise_prefixesOnlyTheSixStartingCharacters() {
    assertThat(CsvCells.neutralise("=1+2")).isEqualTo("'=1+2");
    assertThat(CsvCells.neutralise("+44 20")).isEqualTo("'+44 20");
    assertThat(CsvCells.neutralise("-5")).as("a negative number too").isEqualTo("'-5");
    assertThat(CsvCells.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvCells.neutralise("\tx")).isEqualTo("'\tx");
    assertThat(CsvCells.neutralise("\rx")).isEqualTo("'\rx");
    assertThat(CsvCells.neutralise("D2-0042")).isEqualTo("D2-0042");
    assertThat(CsvCells.neutralise(" =1")).isEqualTo(" =1");
    assertThat(CsvCells.neutralise("'=1")).isEqualTo("'=1");
    assertThat(CsvCells.neutralise("")).isEmpty();
    assertThat(CsvCells.neutralise(null)).isEmpty();
  }

  @Test
  void samplePopulation_byteOrderMark_isSkippedAndTheFirstHeaderRead() throws Exception {
    String csv = "\uFEFF" + population(300);
    Path population = dir.resolve("excel.csv");
    Files.write(population, csv.getBytes(StandardCharsets.UTF_8));
    Path quoted = dir.resolve("excel-quoted.csv");
    Files.write(quoted, ("\uFEFF\"Reference\"" + population(300).substring("Reference".length()))
        .getBytes(StandardCharsets.UTF_8));
    Path out = dir.resolve("chosen.csv");

    CliRun r = run("sample", "--population", population.toString(), "--seed", "7", "--fieldwork-start", "2019-09-02",
        "--out", out.toString());
    CliRun q = run("sample", "--population", quoted.toString(), "--seed", "7", "--fieldwork-start", "2019-09-02");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(Files.readAllLines(out).get(0)).startsWith("ref,start-date,gender,sentence-type,");
    assertThat(readCsv(out).get(0)).containsExactly("ref", "start-date", "gender", "sentence-type",
        "risk-of-serious-harm", "note", "'@cmd");
    assertThat(q.code()).as(q.err()).isZero();
    assertThat(q.out()).contains("Selected (");
  }

  @Test
  void samplePopulation_headerNamingAColumnTwice_isRefusedNamingBothPositions() throws Exception {
    Path population = dir.resolve("twice.csv");
    Files.writeString(population, "Reference,Start Date,Gender,Case Ref\nP1,2019-04-01,male,P2\n");
    Path out = dir.resolve("chosen.csv");

    CliRun r = run("sample", "--population", population.toString(), "--seed", "1", "--out", out.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().lines().toList()).hasSize(1);
    assertThat(r.err()).contains("twice.csv:1: column 'ref' is named twice in the header, as columns 1 and 4")
        .contains("nothing written");
    assertThat(out).doesNotExist();
  }

  @Test
  void samplePopulation_longCellInAnyColumn_isNeverEchoed() throws Exception {
    Path population = dir.resolve("notes.csv");
    String cell = "\"" + LONG_CELL + "\"";
    Files.writeString(population, "reference,start date,gender,sentence type,risk level,notes\n"
        + cell + ",2019-04-01,male,community,low,\n"
        + "P2," + cell + ",male,community,low,\n"
        + "P3,2019-04-01," + cell + ",community,low,\n"
        + "P4,2019-04-01,male," + cell + ",low,\n"
        + "P5,2019-04-01,male,community," + cell + ",\n"
        + "P6,2019-04-01,male,community,low," + cell + "\n");

    CliRun r = run("sample", "--population", population.toString(), "--seed", "1");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).doesNotContain(MARKER).doesNotContain("xxxxxxxxxx");
    assertThat(r.err()).doesNotContain(MARKER).doesNotContain("xxxxxxxxxx")
        .contains("notes.csv: 6 bad rows; nothing written")
        .contains("notes.csv:2: population record: column 'ref': expected a pseudonymous reference")
        .contains("notes.csv:3: population record P2: column 'start-date': expected an ISO date (yyyy-mm-dd)")
        .contains("notes.csv:4: population record P3: column 'gender': expected one of [male, female, other]")
        .contains("notes.csv:5: population record P4: column 'sentence-type': expected one of [community, licence")
        .contains("notes.csv:6: population record P5: column 'risk-of-serious-harm': expected one of [low, medium,"
            + " high, very-high]")
        .contains("notes.csv:7: population record P6: column 'notes': at most 100 characters, was 5000");
    assertThat(r.err().length()).isLessThan(2_000);
  }

  @Test
  void samplePopulation_badCodedValues_listTheAllowedValuesNotTheValue() throws Exception {
    Path population = dir.resolve("coded.csv");
    Files.writeString(population, "reference,start date,gender,sentence type,risk level\n"
        + "P1,yesterday,robot,prison,severe\n");

    CliRun r = run("sample", "--population", population.toString(), "--seed", "1");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains("coded.csv:2: population record P1: column 'start-date': expected an ISO date (yyyy-mm-dd)"
            + " such as 2019-03-14")
        .contains("column 'gender': expected one of [male, female, other]")
        .contains("column 'sentence-type': expected one of [community, licence")
        .contains("column 'risk-of-serious-harm': expected one of [low, medium, high, very-high]")
        .doesNotContain("yesterday").doesNotContain("robot").doesNotContain("prison").doesNotContain("severe");
  }

  @Test
  void samplePopulation_unclosedQuote_namesTheFileAndLineNotTheText() throws Exception {
    Path population = dir.resolve("quotes.csv");
    Files.writeString(population, "reference,start date,notes\nP1,2019-04-01,ok\nP2,2019-04-01,\"" + LONG_CELL
        + "\n");

    CliRun r = run("sample", "--population", population.toString(), "--seed", "1");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("quotes.csv").contains("not a readable CSV file").doesNotContain(MARKER)
        .doesNotContain("Exception");
  }

  private static List<List<String>> readCsv(Path file) throws Exception {
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(file.toFile())) {
      return it.readAll();
    }
  }
}
