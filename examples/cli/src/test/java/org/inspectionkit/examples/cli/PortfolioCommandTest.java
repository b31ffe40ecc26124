package org.inspectionkit.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inspectionkit.json.InspectionJson;
import org.inspectionkit.model.inspection.Inspection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code inspection portfolio} over the example inspections: text, CSV, filters, a store, and bad input. */
class PortfolioCommandTest {

  @TempDir static Path examples;

  @BeforeAll
  static void writeExamples() {
    CliRun r = CliRun.run("example", "--portfolio", examples.toString());
    assertThat(r.code()).as("writing the example portfolio: %s", r.err()).isZero();
  }

  @Test
  void portfolio_ofTheExamples_showsRatingsWeakestQuestionsTrendsAndFollowUp() {
    CliRun r = CliRun.run("portfolio", examples.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .startsWith("Portfolio of 18 inspections (shares pooled across providers; 95% intervals; regions"
            + " case-weighted)")
        .contains("2019-20  crc           0            4     2                     0           6")
        .contains("Weakest key questions, 2019-20 crc")
        .contains("crc-thames-valley  2018-19  2019-20  Requires improvement -> Good (up)")
        .contains("nps-midlands       2018-19  2019-20  Good -> Requires improvement (down)")
        .contains("2019-20  crc           7           4             2            1             6")
        .doesNotContain("Not rated");
  }

  @Test
  void portfolio_ofOneCycleAndType_keepsOnlyThoseButStillComparesWithTheCycleBefore() {
    CliRun r = CliRun.run("portfolio", examples.toString(), "--cycle", "2019-20", "--provider-type", "nps-division");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("Portfolio of 3 inspections, cycle 2019-20, nps-division")
        .doesNotContain("2018-19  nps-division  0")
        .contains("Change since the previous inspection")
        .containsPattern("nps-wales +2018-19 +2019-20");
  }

  @Test
  void portfolio_asCsv_isOneRowPerFigureAndParses() throws IOException {
    CliRun r = CliRun.run("portfolio", examples.toString(), "--format", "csv");

    assertThat(r.code()).as(r.err()).isZero();
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    List<List<String>> rows;
    try (MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(r.out())) {
      rows = it.readAll();
    }
    assertThat(rows.get(0)).containsExactly("section", "cycle", "provider_type", "provider", "subject", "measure",
        "value");
    assertThat(rows).contains(List.of("distribution", "2019-20", "crc", "", "overall", "good", "4"));
    assertThat(rows).contains(List.of("follow-up", "2019-20", "crc", "", "recommendations", "sufficient", "7"));
    assertThat(rows).anyMatch(row -> row.get(0).equals("trend") && row.get(3).equals("crc-thames-valley")
        && row.get(4).equals("overall") && row.get(5).equals("to") && row.get(6).equals("good"));
    assertThat(rows).allMatch(row -> row.size() == 7);
    assertThat(rows.stream().flatMap(List::stream))
        .as("no cell a spreadsheet would run as a formula").noneMatch(c -> c.matches("^[=+\\-@].*"));
  }

  @Test
  void portfolio_listsAnInspectionThatCannotBeRated_andRatesTheRest(@TempDir Path dir) throws IOException {
    InspectionJson json = InspectionJson.standard();
    for (String id : List.of("crc-essex-2019-20", "crc-wales-2019-20")) {
      Files.copy(examples.resolve(id + ".json"), dir.resolve(id + ".json"));
    }
    Inspection essex = json.read(Files.readString(dir.resolve("crc-essex-2019-20.json")), Inspection.class);
    Files.writeString(dir.resolve("crc-essex-2019-20.json"),
        json.write(Inspection.builder().from(essex).judgements(List.of()).build()));

    CliRun r = CliRun.run("portfolio", dir.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("Portfolio of 1 inspection")
        .contains("Not rated (1)\n  crc-essex-2019-20: rating.missing-judgement");
  }

  @Test
  void portfolio_ofADocumentThatCannotBeRead_isRefusedNamingIt(@TempDir Path dir) throws IOException {
    Files.copy(examples.resolve("crc-wales-2019-20.json"), dir.resolve("crc-wales-2019-20.json"));
    Files.writeString(dir.resolve("broken.json"), "{\"formatVersion\": \"1.0\", \"id\": ");

    CliRun r = CliRun.run("portfolio", dir.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("broken.json");
  }

  @Test
  void portfolio_withABadFilter_isRefusedSayingWhatIsAllowed() {
    CliRun r = CliRun.run("portfolio", examples.toString(), "--provider-type", "prison");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("--provider-type: expected crc, nps-division, probation-region or"
        + " youth-offending-service").doesNotContain("prison");
  }

  @Test
  void portfolio_ofTheStore_summarisesEveryStoredInspection(@TempDir Path dir) {
    Path store = dir.resolve("store");
    for (String id : List.of("crc-london-2018-19", "crc-london-2019-20")) {
      CliRun imported = CliRun.run("import", examples.resolve(id + ".json").toString(), "--store", store.toString());
      assertThat(imported.code()).as(imported.err()).isZero();
    }

    CliRun r = CliRun.run("portfolio", "--store", store.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("Portfolio of 2 inspections")
        .contains("crc-london  2018-19  2019-20  Requires improvement -> Requires improvement (unchanged)");
  }

  @Test
  void portfolio_toAFile_writesWhatItWouldPrint(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("portfolio.csv");

    CliRun r = CliRun.run("portfolio", examples.toString(), "--format", "csv", "--out", out.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(Files.readString(out)).isEqualTo(CliRun.run("portfolio", examples.toString(), "--format", "csv").out());
  }

  @Test
  void portfolio_asHtml_writesThePageAndNeedsAFile(@TempDir Path dir) throws IOException {
    Path page = dir.resolve("portfolio.html");

    CliRun r = CliRun.run("portfolio", examples.toString(), "--format", "html", "--out", page.toString());
    CliRun noFile = CliRun.run("portfolio", examples.toString(), "--format", "html");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo("Portfolio of 18 inspections written to " + page + " (html)\n");
    assertThat(Files.readString(page)).startsWith("<!DOCTYPE html>")
        .contains("<title>The national picture: every cycle, every provider type</title>");
    assertThat(noFile.code()).isEqualTo(2);
    assertThat(noFile.err()).contains("--format html: give --out FILE for the page");
    assertThat(noFile.out()).isEmpty();
  }

  @Test
  void portfolio_asJson_isTheLibrarysPortfolioDocument() {
    CliRun r = CliRun.run("portfolio", examples.toString(), "--format", "json");

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).startsWith("{\n  \"formatVersion\": \"1.0\",\n  \"type\": \"portfolio\",\n");
    org.inspectionkit.rules.portfolio.Portfolio read =
        InspectionJson.standard().read(r.out(), org.inspectionkit.rules.portfolio.Portfolio.class);
    assertThat(read.inspections()).hasSize(18);
    assertThat(InspectionJson.standard().write(read)).as("the document read and written again").isEqualTo(r.out());
  }
}
