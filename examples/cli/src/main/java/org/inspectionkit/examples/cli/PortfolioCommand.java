package org.inspectionkit.examples.cli;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.inspectionkit.examples.report.PortfolioReport;
import org.inspectionkit.json.ProviderRegistries;
import org.inspectionkit.model.Rating;
import org.inspectionkit.model.framework.Cycle;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.provider.ProviderRegistry;
import org.inspectionkit.model.provider.ProviderType;
import org.inspectionkit.model.store.InspectionQuery;
import org.inspectionkit.model.store.InspectionSummary;
import org.inspectionkit.model.store.StoreListing;
import org.inspectionkit.rules.Problem;
import org.inspectionkit.rules.consistency.CheckSet;
import org.inspectionkit.rules.portfolio.Direction;
import org.inspectionkit.rules.portfolio.FollowUpTally;
import org.inspectionkit.rules.portfolio.KeyQuestionPicture;
import org.inspectionkit.rules.portfolio.Portfolio;
import org.inspectionkit.rules.portfolio.PortfolioCalculator;
import org.inspectionkit.rules.portfolio.ProviderTrend;
import org.inspectionkit.rules.portfolio.RatingDistribution;
import org.inspectionkit.rules.portfolio.RegionRollUp;
import org.inspectionkit.rules.portfolio.StandardChange;
import org.inspectionkit.rules.portfolio.UnratedInspection;
import org.inspectionkit.rules.rating.RatingPolicy;
import org.inspectionkit.rules.validation.InspectionValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code inspection portfolio [DIR|FILE ...]}: the national picture across inspections, from documents or from the
 * store.
 */
@Command(
    name = "portfolio",
    mixinStandardHelpOptions = true,
    description = {
      "The picture across inspections: ratings per cycle and provider type, the weakest key questions, each"
          + " provider's change since its previous inspection, the follow-up of recommendations, and regions rolled"
          + " up from their delivery units. Reads every *.json inspection document of the folders and files given,"
          + " or, with none, every inspection of the store (its latest version).",
      "Inspections that cannot be rated are listed with their problems. Exit code 0; 2 on invalid input (a"
          + " document that cannot be read); 3 if the store fails."
    })
final class PortfolioCommand implements Callable<Integer> {

  /** The weakest key questions the text shows per cycle and provider type. */
  static final int WEAKEST_SHOWN = 5;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR_OR_FILE", arity = "0..*",
      description = "Folders of inspection documents (every *.json file in them) or documents; none: the store.")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--cycle", paramLabel = "CYCLE", description = "Only this cycle, such as 2019-20.")
  String cycle;

  @Option(names = "--provider-type", paramLabel = "TYPE",
      description = "Only this provider type: crc, nps-division, probation-region or youth-offending-service.")
  String providerType;

  @Option(names = "--format", defaultValue = "text",
      description = "text, json, csv, or html (a page with charts; needs --out) (default: ${DEFAULT-VALUE}).")
  PortfolioFormat format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path out;

  @Option(names = "--registry", paramLabel = "FILE",
      description = "A provider registry document extending the built-in one, such as a region's delivery units.")
  Path registry;

  @Option(names = "--framework", paramLabel = "FILE", description = "A framework document to use instead of a built-in one.")
  List<Path> frameworks = new ArrayList<>();

  @Mixin StoreOptions store;

  /** The output formats of this command. */
  enum PortfolioFormat {
    /** Plain text tables. */
    text,
    /** The portfolio document of inspection-json ({@code "type": "portfolio"}). */
    json,
    /** One CSV table in long form: a row per figure. */
    csv,
    /** One self-contained HTML page with charts; needs --out. */
    html
  }

  @Override
  public Integer call() {
    if (format == PortfolioFormat.html && out == null) {
      throw new InputException("--format html: give --out FILE for the page");
    }
    if (out != null) {
      OutputFile.check("--out", out, inputs);
    }
    Optional<Cycle> onlyCycle = Optional.ofNullable(cycle).map(PortfolioCommand::cycleOf);
    Optional<ProviderType> onlyType = Optional.ofNullable(providerType).map(PortfolioCommand::typeOf);
    ProviderRegistry providers = registry == null
        ? ProviderRegistries.builtIn()
        : extendRegistry(registry);
    List<Path> read = new ArrayList<>(inputs);
    try (Session session = new Session(store, frameworks)) {
      List<Inspection> inspections;
      if (inputs.isEmpty()) {
        // A portfolio that silently left out a damaged record would misstate the picture: refuse instead.
        StoreListing listing = session.store().inspections.listing(InspectionQuery.all());
        if (ListCommand.reportDamage(spec.commandLine().getErr(), listing.damaged())) {
          return InspectionCli.STORE_FAILURE;
        }
        inspections = fromStore(session, listing);
      } else {
        inspections = fromDocuments(session, read);
      }
      PortfolioCalculator calculator = PortfolioCalculator.builder()
          .frameworks(id -> session.inputs().framework(id))
          .registry(providers)
          .validation((framework, inspection) -> {
            InspectionValidator.Builder v =
                InspectionValidator.builder().policy(RatingPolicy.builtInFor(framework));
            if (CheckSet.isProbation(inspection.frameworkId())) {
              v.registry(providers);
            }
            return v.build().problems(framework, inspection);
          })
          .build();
      Portfolio portfolio = calculator.summarise(inspections, onlyCycle, onlyType);
      String text = format == PortfolioFormat.json ? org.inspectionkit.json.InspectionJson.standard().write(portfolio)
          : format == PortfolioFormat.csv ? csv(portfolio)
          : format == PortfolioFormat.html ? PortfolioReport.of(portfolio).html()
          : render(portfolio);
      if (out == null) {
        spec.commandLine().getOut().print(text);
      } else {
        OutputFile.write("--out", out, read, text);
        if (format == PortfolioFormat.html) {
          spec.commandLine().getOut().println("Portfolio of " + portfolio.inspections().size()
              + " inspections written to " + Text.path(out) + " (html)");
        }
      }
      return 0;
    }
  }

  private static ProviderRegistry extendRegistry(Path file) {
    try (java.io.InputStream in = Files.newInputStream(file)) {
      return ProviderRegistries.extend(ProviderRegistries.builtIn(), in);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new InputException("--registry " + Text.path(file) + ": no such file");
    } catch (org.inspectionkit.json.InspectionJsonException e) {
      List<String> lines = new ArrayList<>();
      lines.add("--registry " + Text.path(file) + ": not a valid provider registry document");
      e.problems().forEach(p -> lines.add("  " + p));
      throw new InputException(lines);
    } catch (IOException e) {
      throw new InputException("--registry " + Text.path(file) + ": cannot be read (" + e.getClass().getSimpleName()
          + ")");
    }
  }

  private static Cycle cycleOf(String text) {
    try {
      return Cycle.parse(text);
    } catch (IllegalArgumentException e) {
      throw new InputException("--cycle: expected a cycle such as 2019-20");
    }
  }

  private static ProviderType typeOf(String code) {
    for (ProviderType t : List.of(ProviderType.CRC, ProviderType.NPS_DIVISION, ProviderType.PROBATION_REGION,
        ProviderType.YOUTH_OFFENDING_SERVICE)) {
      if (t.code().equals(code)) {
        return t;
      }
    }
    throw new InputException(
        "--provider-type: expected crc, nps-division, probation-region or youth-offending-service");
  }

  /** Every *.json document of the folders, and the files, in name order; every unreadable one is an error. */
  private static List<Inspection> fromDocuments(Session session, List<Path> read) {
    List<Path> files = new ArrayList<>();
    for (Path p : new ArrayList<>(read)) {
      if (Files.isDirectory(p)) {
        List<Path> inFolder = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(p, "*.json")) {
          for (Path f : ds) {
            if (Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
              inFolder.add(f);
            }
          }
        } catch (IOException e) {
          throw new InputException(Text.path(p) + ": cannot be listed (" + e.getClass().getSimpleName() + ")");
        }
        inFolder.sort(null);
        files.addAll(inFolder);
        read.addAll(inFolder);
      } else if (Files.isRegularFile(p)) {
        files.add(p);
      } else {
        throw new InputException(Text.path(p) + ": no such file or folder");
      }
    }
    List<Inspection> out = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    for (Path f : files) {
      try {
        out.add(session.inputs().inspection(f));
      } catch (InputException e) {
        errors.addAll(e.lines());
      }
    }
    if (!errors.isEmpty()) {
      throw new InputException(errors);
    }
    return out;
  }

  /** The latest version of every stored inspection. */
  private static List<Inspection> fromStore(Session session, StoreListing listing) {
    List<Inspection> out = new ArrayList<>();
    for (InspectionSummary s : listing.summaries()) {
      out.add(session.store().inspections.load(s.id()).value());
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------------- text

  static String render(Portfolio p) {
    StringWriter buffer = new StringWriter();
    PrintWriter w = new PrintWriter(buffer);
    w.println("Portfolio of " + p.inspections().size() + (p.inspections().size() == 1 ? " inspection" : " inspections")
        + p.cycle().map(c -> ", cycle " + c).orElse("") + p.providerType().map(t -> ", " + t).orElse("")
        + " (shares pooled across providers; " + p.policy().intervalConfidenceLabel() + " intervals; regions "
        + p.policy().rollUp().name().toLowerCase(Locale.ROOT).replace('_', '-') + ")");
    List<RatingDistribution> overall = p.distributions().stream()
        .filter(d -> d.subject().equals(RatingDistribution.OVERALL)).collect(Collectors.toList());
    if (!overall.isEmpty()) {
      w.println();
      w.println("Overall ratings");
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"Cycle", "Type", "Outstanding", "Good", "Requires improvement", "Inadequate", "All"});
      for (RatingDistribution d : overall) {
        rows.add(new String[] {d.cycle().toString(), d.providerType().toString(),
            Integer.toString(d.count(Rating.OUTSTANDING)), Integer.toString(d.count(Rating.GOOD)),
            Integer.toString(d.count(Rating.REQUIRES_IMPROVEMENT)), Integer.toString(d.count(Rating.INADEQUATE)),
            Integer.toString(d.total())});
      }
      w.print(Table.render(rows));
    }
    for (RatingDistribution d : overall) {
      List<KeyQuestionPicture> weakest = p.weakest(d.cycle(), d.providerType());
      if (weakest.isEmpty()) {
        continue;
      }
      w.println();
      w.println("Weakest key questions, " + d.cycle() + " " + d.providerType());
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"Key question", "Yes of applicable", "Share", "Interval", "Providers", "Lowest",
          "Highest"});
      for (KeyQuestionPicture k : weakest.subList(0, Math.min(WEAKEST_SHOWN, weakest.size()))) {
        rows.add(new String[] {k.keyQuestion().toString(), k.yes() + " of " + k.applicable(), percent(k.share()),
            percent(k.intervalLow()) + "-" + percent(k.intervalHigh()), Integer.toString(k.providers()),
            percent(k.lowestShare()) + " " + k.lowestProvider().map(Object::toString).orElse(""),
            percent(k.highestShare()) + " " + k.highestProvider().map(Object::toString).orElse("")});
      }
      w.print(Table.render(rows));
    }
    if (!p.trends().isEmpty()) {
      w.println();
      w.println("Change since the previous inspection");
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"Provider", "From", "To", "Overall", "Standards up", "Down", "Unchanged"});
      for (ProviderTrend t : p.trends()) {
        rows.add(new String[] {t.provider().id().toString(), t.previousCycle().toString(),
            t.currentCycle().toString(),
            t.overallFrom().label() + " -> " + t.overallTo().label() + " (" + word(t.overall()) + ")",
            moved(t, Direction.UP), moved(t, Direction.DOWN), Integer.toString(t.count(Direction.UNCHANGED))});
      }
      w.print(Table.render(rows));
    }
    if (!p.followUp().isEmpty()) {
      w.println();
      w.println("Follow-up of recommendations");
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"Cycle", "Type", "Sufficient", "Insufficient", "No progress", "Not assessed",
          "Inspections"});
      for (FollowUpTally f : p.followUp()) {
        rows.add(new String[] {f.cycle().toString(), f.providerType().toString(), Integer.toString(f.sufficient()),
            Integer.toString(f.insufficient()), Integer.toString(f.noProgress()), Integer.toString(f.notAssessed()),
            Integer.toString(f.inspections())});
      }
      w.print(Table.render(rows));
    }
    for (RegionRollUp r : p.regions()) {
      w.println();
      w.println("Region " + r.region() + " " + Text.clean(r.name()) + ", " + r.cycle() + ": " + r.units().size()
          + " units, " + r.cases() + " cases");
      List<String[]> rows = new ArrayList<>();
      rows.add(new String[] {"Key question", "Yes of applicable", "Share"});
      for (KeyQuestionPicture k : r.keyQuestions()) {
        rows.add(new String[] {k.keyQuestion().toString(), k.yes() + " of " + k.applicable(), percent(k.share())});
      }
      w.print(Table.render(rows));
    }
    if (!p.unrated().isEmpty()) {
      w.println();
      w.println("Not rated (" + p.unrated().size() + ")");
      for (UnratedInspection u : p.unrated()) {
        w.println("  " + u.inspection() + ": "
            + u.problems().stream().map(Problem::code).distinct().collect(Collectors.joining(", ")));
      }
    }
    w.flush();
    return buffer.toString();
  }

  private static String moved(ProviderTrend t, Direction d) {
    String codes = t.standards().stream().filter(s -> s.direction() == d).map(StandardChange::standard)
        .map(Object::toString).collect(Collectors.joining(" "));
    return t.count(d) + (codes.isEmpty() ? "" : " (" + codes + ")");
  }

  private static String word(Direction d) {
    return d.name().toLowerCase(Locale.ROOT);
  }

  private static String percent(OptionalDouble share) {
    return share.isPresent() ? percent(share.getAsDouble()) : "n/a";
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }

  // ----------------------------------------------------------------------------------------------------- CSV

  /** The long form: section, cycle, provider type, provider, subject, measure, value; every cell neutralised. */
  static String csv(Portfolio p) {
    List<List<String>> rows = new ArrayList<>();
    rows.add(List.of("section", "cycle", "provider_type", "provider", "subject", "measure", "value"));
    for (RatingDistribution d : p.distributions()) {
      for (Rating r : Rating.values()) {
        row(rows, "distribution", d.cycle().toString(), d.providerType().toString(), "", d.subject(),
            r.name().toLowerCase(Locale.ROOT), Integer.toString(d.count(r)));
      }
    }
    for (KeyQuestionPicture k : p.keyQuestions()) {
      picture(rows, "key-question", "", k);
    }
    for (ProviderTrend t : p.trends()) {
      String provider = t.provider().id().toString();
      String c = t.currentCycle().toString();
      String type = t.provider().type().toString();
      row(rows, "trend", c, type, provider, "overall", "previous-inspection", t.previous().toString());
      row(rows, "trend", c, type, provider, "overall", "from", t.overallFrom().name().toLowerCase(Locale.ROOT));
      row(rows, "trend", c, type, provider, "overall", "to", t.overallTo().name().toLowerCase(Locale.ROOT));
      for (StandardChange s : t.standards()) {
        row(rows, "trend", c, type, provider, s.standard().toString(), "from",
            s.from().name().toLowerCase(Locale.ROOT));
        row(rows, "trend", c, type, provider, s.standard().toString(), "to", s.to().name().toLowerCase(Locale.ROOT));
      }
    }
    for (FollowUpTally f : p.followUp()) {
      String c = f.cycle().toString();
      String type = f.providerType().toString();
      row(rows, "follow-up", c, type, "", "recommendations", "sufficient", Integer.toString(f.sufficient()));
      row(rows, "follow-up", c, type, "", "recommendations", "insufficient", Integer.toString(f.insufficient()));
      row(rows, "follow-up", c, type, "", "recommendations", "no-progress", Integer.toString(f.noProgress()));
      row(rows, "follow-up", c, type, "", "recommendations", "not-assessed", Integer.toString(f.notAssessed()));
    }
    for (RegionRollUp r : p.regions()) {
      row(rows, "region", r.cycle().toString(), "", r.region().toString(), "units", "cases",
          Integer.toString(r.cases()));
      for (KeyQuestionPicture k : r.keyQuestions()) {
        picture(rows, "region", r.region().toString(), k);
      }
    }
    for (UnratedInspection u : p.unrated()) {
      for (Problem problem : u.problems()) {
        row(rows, "unrated", u.cycle().map(Object::toString).orElse(""), "",
            u.provider().map(Object::toString).orElse(""), u.inspection().toString(), "problem", problem.code());
      }
    }
    CsvMapper mapper = CsvMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    StringWriter buffer = new StringWriter();
    try (SequenceWriter writer = mapper.writer(CsvSchema.emptySchema()).writeValues(buffer)) {
      writer.writeAll(rows);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write CSV to memory", e);
    }
    return buffer.toString();
  }

  private static void picture(List<List<String>> rows, String section, String provider, KeyQuestionPicture k) {
    String c = k.cycle().toString();
    String type = k.providerType().toString();
    String q = k.keyQuestion().toString();
    row(rows, section, c, type, provider, q, "yes", Integer.toString(k.yes()));
    row(rows, section, c, type, provider, q, "applicable", Integer.toString(k.applicable()));
    row(rows, section, c, type, provider, q, "providers", Integer.toString(k.providers()));
    share(rows, section, c, type, provider, q, "share", k.share());
    share(rows, section, c, type, provider, q, "interval-low", k.intervalLow());
    share(rows, section, c, type, provider, q, "interval-high", k.intervalHigh());
    share(rows, section, c, type, provider, q, "lowest-share", k.lowestShare());
    share(rows, section, c, type, provider, q, "median-share", k.medianShare());
    share(rows, section, c, type, provider, q, "highest-share", k.highestShare());
  }

  private static void share(List<List<String>> rows, String section, String cycle, String type, String provider,
      String subject, String measure, OptionalDouble value) {
    if (value.isPresent()) {
      row(rows, section, cycle, type, provider, subject, measure,
          String.format(Locale.ROOT, "%.6f", value.getAsDouble()));
    }
  }

  private static void row(List<List<String>> rows, String... cells) {
    List<String> row = new ArrayList<>(cells.length);
    for (String c : cells) {
      row.add(CsvCells.neutralise(c));
    }
    rows.add(row);
  }
}
