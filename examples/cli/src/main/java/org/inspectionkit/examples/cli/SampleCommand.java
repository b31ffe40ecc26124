package org.inspectionkit.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.vavr.control.Validation;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.inspectionkit.model.framework.FrameworkId;
import org.inspectionkit.model.framework.SampleKind;
import org.inspectionkit.rules.Problem;
import org.inspectionkit.rules.sampling.CaseSample;
import org.inspectionkit.rules.sampling.PopulationCase;
import org.inspectionkit.rules.sampling.ReserveCase;
import org.inspectionkit.rules.sampling.SampleSize;
import org.inspectionkit.rules.sampling.SampleSpecification;
import org.inspectionkit.rules.sampling.SamplingPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code inspection sample --population FILE.csv --seed N}: draws a stratified case sample and its reserve list from
 * the eligible population and prints its report, the rules it was drawn by (defaults marked), the selected cases and
 * the reserves in order of use. With {@code --out FILE.csv} the selected rows go to that file and the reserve rows to
 * {@code FILE-reserve.csv} beside it, both written whole or not at all by {@link OutputFile}.
 */
@Command(
    name = "sample",
    mixinStandardHelpOptions = true,
    description = {
      "Draws a case sample from a CSV of eligible cases (a header row, then one case per row: reference, start date,"
          + " gender, sentence type, risk of serious harm, and any further columns to stratify by or keep).",
      "Prints the rules the sample is drawn by, each of this library's defaults marked (default), then the selected"
          + " cases and a reserve list: replacement cases drawn from the eligible cases not selected, with the same"
          + " seed, per stratum in the order they are used (a sampled case found unusable is replaced by the first"
          + " unused reserve of its stratum).",
      "Bad rows are reported with their line numbers, and nothing is written."
    })
final class SampleCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--population", required = true, paramLabel = "FILE.csv", description = "The eligible cases.")
  Path population;

  @Option(names = "--seed", required = true, description = "The seed: the same seed gives the same sample.")
  long seed;

  @Option(names = "--confidence", description = "Confidence level, default from the sample specification (0.8).")
  Double confidence;

  @Option(names = "--margin", description = "Margin of error, default from the sample specification (0.05).")
  Double margin;

  @Option(names = "--kind", defaultValue = "domain-two", description = "The sample kind (default: ${DEFAULT-VALUE}).")
  String kind;

  @Option(names = "--framework", defaultValue = "probation-2019-20",
      description = "The framework whose sample specification applies (default: ${DEFAULT-VALUE}).")
  String framework;

  @Option(names = "--fieldwork-start", description = "First day of fieldwork (yyyy-mm-dd); the eligibility window"
      + " ends before it. Default: the day after the latest start date in the file.")
  String fieldworkStart;

  @Option(names = "--out", paramLabel = "FILE.csv", description = "Write the chosen cases (same columns) here, and"
      + " the reserve list to FILE-reserve.csv beside it (same columns plus reserve_stratum and reserve_order, the"
      + " place in its stratum's order of use, rows in stratum order then order of use). A cell a spreadsheet would"
      + " run as a formula (one starting with =, +, -, @, a tab or a carriage return, so -5 too) is written with ' in"
      + " front.")
  Path out;

  /** The column of the reserve file naming a reserve's stratum; no input column has an underscore. */
  static final String RESERVE_STRATUM = "reserve_stratum";
  /** The column of the reserve file giving a reserve's place in its stratum's order of use, from 1. */
  static final String RESERVE_ORDER = "reserve_order";

  @Override
  public Integer call() throws IOException {
    Path reserveOut = null;
    if (out != null) {
      OutputFile.check("--out", out, List.of(population));
      reserveOut = reserveFile(out);
      OutputFile.check("--out (reserve list)", reserveOut, List.of(population));
    }
    SampleSpecification specification = specification();
    List<Map<String, String>> rows = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    List<String> header = readCsv(population, rows, lines);
    List<String> problems = new ArrayList<>();
    List<PopulationCase> records = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      try {
        records.add(PopulationCase.fromRecord(rows.get(i)));
      } catch (IllegalArgumentException e) {
        problems.add(population + ":" + lines.get(i) + ": " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      problems.add(0, population + ": " + problems.size() + (problems.size() == 1 ? " bad row" : " bad rows")
          + "; nothing written");
      throw new InputException(problems);
    }
    if (records.isEmpty()) {
      throw new InputException(population + ": no cases after the header row");
    }
    LocalDate start = fieldworkStart(records);
    Validation<List<Problem>, CaseSample> drawn = CaseSample.draw(records, specification, start, seed);
    if (drawn.isInvalid()) {
      List<String> out = new ArrayList<>();
      out.add(population + ": cannot draw a sample; nothing written");
      drawn.getError().forEach(p -> out.add("  " + p.where() + ": " + p.message()));
      throw new InputException(out);
    }
    CaseSample sample = drawn.get();
    if (out != null) {
      writeCsv(out, header, sample, rows);
      writeReserveCsv(out, reserveOut, header, sample, rows);
    }
    StringBuilder text = new StringBuilder(sample.report().toText());
    if (out == null) {
      text.append("\nSelected (").append(sample.selected().size()).append("):\n");
      sample.selected().forEach(c -> text.append("  ").append(c.ref()).append('\n'));
      text.append("\nReserve (").append(sample.reserves().size())
          .append("), in order of use within each stratum:\n");
      int width = sample.reserves().stream().mapToInt(r -> r.ref().value().length()).max().orElse(0);
      for (ReserveCase r : sample.reserves()) {
        text.append(String.format(Locale.ROOT, "  %-" + width + "s  %3d  %s\n", r.ref(), r.position(),
            Text.clean(r.stratum().toString())));
      }
    } else {
      text.append("\nSelected cases written to ").append(Text.path(out)).append('\n');
      text.append("Reserve (").append(sample.reserves().size()).append(") written to ").append(Text.path(reserveOut))
          .append('\n');
    }
    spec.commandLine().getOut().print(text);
    return 0;
  }

  /** {@code chosen.csv} gives {@code chosen-reserve.csv}; a name without an extension gets {@code -reserve.csv}. */
  static Path reserveFile(Path out) {
    Path name = out.getFileName();
    if (name == null) {
      return out;
    }
    String n = name.toString();
    int dot = n.lastIndexOf('.');
    String reserve = dot > 0 ? n.substring(0, dot) + "-reserve" + n.substring(dot) : n + "-reserve.csv";
    return out.resolveSibling(reserve);
  }

  private SampleSpecification specification() {
    List<String> problems = new ArrayList<>();
    if (!framework.matches("[a-z][a-z0-9-]{0,63}")) {
      throw new InputException("--framework: expected a framework id such as probation-2019-20, was '" + framework + "'");
    }
    SamplingPolicy policy =
        SamplingPolicy.builtIn(FrameworkId.of(framework))
            .orElseThrow(() -> new InputException("--framework: no built-in sampling policy for " + framework
                + " (built in: probation-2018-19, probation-2019-20)"));
    if (!kind.matches("[a-z][a-z0-9-]{0,63}")) {
      throw new InputException("--kind: expected a sample kind such as domain-two, was '" + kind + "'");
    }
    SampleSpecification s =
        policy.specification(SampleKind.of(kind))
            .orElseThrow(() -> new InputException("--kind: framework " + framework + " has no " + kind + " sample"));
    // Check the numbers as problems first, so every bad option is reported together.
    Validation<List<Problem>, SampleSize> check =
        SampleSize.calculate(1000, confidence == null ? s.confidence() : confidence,
            margin == null ? s.marginOfError() : margin, s.assumedProportion());
    if (check.isInvalid()) {
      check.getError().forEach(p -> problems.add("--" + (p.code().contains("confidence") ? "confidence" : "margin")
          + ": " + p.message()));
      throw new InputException(problems);
    }
    if (confidence != null) {
      s = s.withConfidence(confidence);
    }
    if (margin != null) {
      s = s.withMarginOfError(margin);
    }
    return s;
  }

  private LocalDate fieldworkStart(List<PopulationCase> records) {
    if (fieldworkStart == null) {
      return records.stream().map(PopulationCase::startDate).max(LocalDate::compareTo).orElseThrow().plusDays(1);
    }
    try {
      return LocalDate.parse(fieldworkStart);
    } catch (DateTimeParseException e) {
      throw new InputException("--fieldwork-start: expected a date such as 2019-09-02, was '" + fieldworkStart + "'");
    }
  }

  /**
   * Reads the CSV with its header; column names are normalised to lower-case words joined by hyphens. A UTF-8
   * byte-order mark before the header is skipped. A header naming one column twice is refused, since one of the
   * two would be lost. Messages name the file, the line and the column, never a cell's content (which can be case
   * notes).
   */
  static List<String> readCsv(Path file, List<Map<String, String>> rows, List<Integer> lines) {
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    List<String> header = new ArrayList<>();
    try (Reader raw = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        Reader reader = withoutByteOrderMark(raw);
        MappingIterator<List<String>> it = mapper.readerForListOf(String.class).readValues(reader)) {
      if (!it.hasNextValue()) {
        throw new InputException(file + ": empty file; expected a header row");
      }
      int headerLine = it.getCurrentLocation().getLineNr();
      for (String h : it.nextValue()) {
        header.add(normalise(h));
      }
      checkHeader(file, headerLine, header);
      while (it.hasNextValue()) {
        int line = it.getCurrentLocation().getLineNr();
        List<String> cells = it.nextValue();
        if (cells.size() == 1 && cells.get(0).isBlank()) {
          continue;
        }
        if (cells.size() > header.size()) {
          throw new InputException(file + ":" + line + ": " + cells.size() + " cells but the header has "
              + header.size() + " columns; nothing written");
        }
        Map<String, String> row = new LinkedHashMap<>();
        for (int c = 0; c < cells.size(); c++) {
          row.put(header.get(c), cells.get(c));
        }
        rows.add(row);
        lines.add(line);
      }
    } catch (NoSuchFileException e) {
      throw new InputException(file + ": no such file");
    } catch (CharacterCodingException e) {
      throw new InputException(file + ": not UTF-8 text; save it as CSV in UTF-8; nothing written");
    } catch (JsonProcessingException e) {
      // Jackson's message quotes the text around the fault, which may be case data: say only where and what.
      int at = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
      String line = at < 1 ? "" : ":" + at;
      throw new InputException(file + line + ": not a readable CSV file; reading stopped at this line (check the"
          + " quotes before it: a quoted cell ends with a quote, and a quote inside it is written twice); nothing"
          + " written");
    } catch (IOException e) {
      throw new InputException(file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
    } catch (InputException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new InputException(file + ": not a readable CSV file (" + e.getClass().getSimpleName() + ")");
    }
    return header;
  }

  /** The reader past a UTF-8 byte-order mark, which spreadsheets write at the start of "CSV UTF-8" files. */
  private static Reader withoutByteOrderMark(Reader in) throws IOException {
    PushbackReader reader = new PushbackReader(in, 1);
    int first = reader.read();
    if (first != -1 && first != '\uFEFF') {
      reader.unread(first);
    }
    return reader;
  }

  /** Refuses a header that names a column twice (after {@link #normalise(String)}), naming both positions. */
  private static void checkHeader(Path file, int line, List<String> header) {
    List<String> problems = new ArrayList<>();
    Map<String, Integer> first = new HashMap<>();
    for (int c = 0; c < header.size(); c++) {
      Integer earlier = first.putIfAbsent(header.get(c), c);
      if (earlier != null) {
        problems.add(file + ":" + line + ": column '" + header.get(c) + "' is named twice in the header, as columns "
            + (earlier + 1) + " and " + (c + 1) + " (names are compared in lower case, with hyphens for spaces and"
            + " underscores); name each column once; nothing written");
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
  }

  /** {@code Start Date} becomes {@code start-date}; {@code reference} and {@code risk level} take their usual names. */
  static String normalise(String column) {
    String c = column.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
    switch (c) {
      case "reference":
      case "case-reference":
      case "case-ref":
        return PopulationCase.COLUMN_REF;
      case "start":
        return PopulationCase.COLUMN_START_DATE;
      case "risk":
      case "risk-level":
      case "rosh":
        return PopulationCase.COLUMN_RISK_OF_SERIOUS_HARM;
      default:
        return c;
    }
  }

  /**
   * Writes the chosen rows, header first, sorted by reference, every cell through {@link CsvCells#neutralise}.
   * Rows are written as lists rather than maps, so a neutralised header name can never collide with another.
   */
  private void writeCsv(Path out, List<String> header, CaseSample sample, List<Map<String, String>> rows) {
    Set<String> chosen = new HashSet<>();
    sample.selected().forEach(c -> chosen.add(c.ref().value()));
    List<Map<String, String>> selected = new ArrayList<>();
    for (Map<String, String> r : rows) {
      if (chosen.contains(r.getOrDefault(PopulationCase.COLUMN_REF, "").strip())) {
        selected.add(r);
      }
    }
    selected.sort(Comparator.comparing(r -> r.get(PopulationCase.COLUMN_REF).strip()));
    List<List<String>> table = new ArrayList<>();
    table.add(header.stream().map(CsvCells::neutralise).collect(Collectors.toList()));
    for (Map<String, String> r : selected) {
      table.add(header.stream().map(h -> CsvCells.neutralise(r.get(h))).collect(Collectors.toList()));
    }
    write("--out", out, table);
  }

  /**
   * Writes the reserve rows beside the chosen ones, in the reserve list's order (stratum order, then order of use),
   * with the input's columns followed by {@value #RESERVE_STRATUM} and {@value #RESERVE_ORDER}; every cell through
   * {@link CsvCells#neutralise}. The file is written even when the list is empty, so an older reserve list is never
   * left beside a new sample.
   */
  private void writeReserveCsv(
      Path out, Path reserveOut, List<String> header, CaseSample sample, List<Map<String, String>> rows) {
    Map<String, Map<String, String>> byRef = new HashMap<>();
    for (Map<String, String> r : rows) {
      byRef.put(r.getOrDefault(PopulationCase.COLUMN_REF, "").strip(), r);
    }
    List<List<String>> table = new ArrayList<>();
    List<String> head = new ArrayList<>(header);
    head.add(RESERVE_STRATUM);
    head.add(RESERVE_ORDER);
    table.add(head.stream().map(CsvCells::neutralise).collect(Collectors.toList()));
    for (ReserveCase reserve : sample.reserves()) {
      Map<String, String> r = byRef.get(reserve.ref().value());
      List<String> row = header.stream().map(h -> CsvCells.neutralise(r.get(h))).collect(Collectors.toList());
      row.add(CsvCells.neutralise(reserve.stratum().toString()));
      row.add(CsvCells.neutralise(Integer.toString(reserve.position())));
      table.add(row);
    }
    try {
      write("--out (reserve list)", reserveOut, table);
    } catch (InputException e) {
      List<String> lines = new ArrayList<>();
      lines.add("--out " + Text.path(out) + " was written, but its reserve list was not:");
      lines.addAll(e.lines());
      throw new InputException(lines);
    }
  }

  /** Writes rows as lists rather than maps, so a neutralised header name can never collide with another. */
  private void write(String option, Path file, List<List<String>> table) {
    CsvMapper mapper = CsvMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    OutputFile.write(option, file, List.of(population), w -> {
      try (SequenceWriter writer = mapper.writer(CsvSchema.emptySchema()).writeValues(w)) {
        writer.writeAll(table);
      }
    });
  }
}
