package org.inspectionkit.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.inspectionkit.examples.report.InspectionReport;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.rules.ProblemsException;
import org.inspectionkit.rules.rating.RatingPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code inspection report FILE --out report.html}: the inspection as one self-contained HTML page with charts, or
 * as Markdown.
 */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the report of an inspection: one self-contained HTML page (ratings table, a chart of the key"
          + " questions of each case-rated standard, overrides, findings, evidence, service user voice, unpaid work,"
          + " follow-up and diversity; no script, nothing fetched, printable to A4), or the same as Markdown.",
      "Exit code 0 on success, 2 on invalid input (errors on standard error, nothing on standard output, nothing"
          + " written)."
    })
final class ReportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE_OR_ID", description = "An inspection document (JSON), or the id of a stored inspection.")
  String file;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Where to write the report; required for html. Written to a temporary file beside it, then"
          + " renamed into place, so a reader never sees half a report.")
  Path out;

  @Option(names = "--format", defaultValue = "html",
      description = "html or markdown (default: ${DEFAULT-VALUE}). Markdown goes to standard output without --out.")
  ReportFormat format;

  @Option(names = "--previous", paramLabel = "FILE_OR_ID",
      description = "The previous inspection of the provider (a JSON file or a stored id), to follow up its"
          + " recommendations.")
  String previous;

  @Option(names = "--framework", paramLabel = "FILE", description = "A framework document to use instead of a built-in one.")
  List<Path> frameworks = new ArrayList<>();

  @Option(names = "--policy", paramLabel = "FILE",
      description = "A rating policy (JSON) replacing the framework's own (probation; youth for a youth framework).")
  Path policy;

  @Mixin StoreOptions store;

  @Override
  public Integer call() {
    if (out != null) {
      OutputFile.check("--out", out, inputs());
    }
    if (format == ReportFormat.html && out == null) {
      throw new InputException("--out FILE is required for --format html (the page is a file to open in a browser);"
          + " use --format markdown to print to standard output");
    }
    try (Session session = new Session(store, frameworks)) {
      return report(session);
    }
  }

  private int report(Session session) {
    RatingPolicy given = policy == null ? null : PolicyFile.read(policy);
    Inspection read = session.inspection(file);
    RatingPolicy ratingPolicy = given != null ? given : session.defaultPolicy(read);
    Inspection inspection = session.requireValid(read, ratingPolicy);
    Framework framework = session.frameworkOf(inspection);
    InspectionReport.Builder builder =
        InspectionReport.builder().framework(framework).inspection(inspection).policy(ratingPolicy);
    if (previous != null) {
      Inspection before = session.inspection(previous);
      checkFollows(inspection, before);
      builder.previous(session.frameworkOf(before), before);
    }
    InspectionReport report;
    try {
      report = builder.build();
    } catch (ProblemsException e) {
      List<String> lines = new ArrayList<>();
      lines.add("inspection " + inspection.id() + " cannot be reported (" + e.problems().size()
          + (e.problems().size() == 1 ? " problem)" : " problems)"));
      e.problems().forEach(p -> lines.add("  " + p));
      throw new InputException(lines);
    }
    String text = format == ReportFormat.html ? report.html() : report.markdown();
    if (out == null) {
      spec.commandLine().getOut().print(text);
    } else {
      write(out, text, inputs());
      spec.commandLine().getOut().println("Report of " + inspection.id() + " written to " + out + " (" + format + ")");
    }
    return 0;
  }

  /** The previous inspection must be of the same provider and, where the inspection names it, the one it names. */
  private static void checkFollows(Inspection inspection, Inspection before) {
    List<String> problems = new ArrayList<>();
    if (!before.provider().id().equals(inspection.provider().id())) {
      problems.add("--previous: inspection " + before.id() + " is of provider " + before.provider().id() + ", but "
          + inspection.id() + " is of provider " + inspection.provider().id());
    }
    inspection.previousInspection().filter(id -> !id.equals(before.id())).ifPresent(id -> problems.add(
        "--previous: inspection " + inspection.id() + " follows " + id + ", but the file given is " + before.id()));
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
  }

  /**
   * Writes {@code text} to {@code target} through a temporary file in the same directory and a rename, atomic where
   * the file system allows it; an existing file keeps its permissions, a new one is readable by all and writable by
   * its owner.
   */
  /** The files this command reads, which --out must not name. */
  private List<Path> inputs() {
    List<Path> in = new ArrayList<>(frameworks);
    if (policy != null) {
      in.add(policy);
    }
    for (String f : new String[] {file, previous}) {
      if (f != null && !f.isEmpty()) {
        in.add(Path.of(f));
      }
    }
    return in;
  }

  static void write(Path target, String text, List<Path> inputs) {
    OutputFile.write("--out", target, inputs, text);
  }

}
