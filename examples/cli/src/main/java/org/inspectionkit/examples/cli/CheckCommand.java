package org.inspectionkit.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.inspectionkit.json.InspectionJson;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.rules.consistency.CheckContext;
import org.inspectionkit.rules.consistency.ConsistencyChecker;
import org.inspectionkit.rules.consistency.ConsistencyReport;
import org.inspectionkit.rules.consistency.Finding;
import org.inspectionkit.rules.consistency.Severity;
import org.inspectionkit.rules.rating.RatingCalculator;
import org.inspectionkit.rules.rating.RatingPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code inspection check FILE}: the consistency findings of an inspection, grouped by severity. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Checks an inspection for cross-domain inconsistencies with the built-in checks of its framework.",
      "Exit code 0 when there is no error-level finding, 1 when there is, 2 on invalid input."
    })
final class CheckCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE_OR_ID", description = "An inspection document (JSON), or the id of a stored inspection.")
  String file;

  @Option(names = "--previous", paramLabel = "FILE_OR_ID",
      description = "The previous inspection, to check the follow-up of its recommendations.")
  String previous;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(names = "--framework", paramLabel = "FILE", description = "A framework document to use instead of a built-in one.")
  List<Path> frameworks = new ArrayList<>();

  @Mixin StoreOptions store;

  @Override
  public Integer call() {
    try (Session session = new Session(store, frameworks)) {
      Inspection read = session.inspection(file);
      RatingPolicy policy = session.defaultPolicy(read);
      Inspection inspection = session.requireValid(read, policy);
      Framework framework = session.frameworkOf(inspection);
      CheckContext.Builder context =
          CheckContext.builder().framework(framework).inspection(inspection).calculator(RatingCalculator.of(policy));
      if (previous != null) {
        context.previousInspection(session.inspection(previous));
      }
      ConsistencyReport report = ConsistencyChecker.builtIn().check(context.build());
      spec.commandLine().getOut().print(
          format == OutputFormat.json ? InspectionJson.standard().write(report) : render(report));
      return report.hasErrors() ? 1 : 0;
    }
  }

  static String render(ConsistencyReport report) {
    StringBuilder out = new StringBuilder();
    out.append("Consistency of ").append(report.inspection()).append(" (checks ").append(report.checkSet())
        .append(")\n");
    if (report.findings().isEmpty()) {
      return out.append("\nNo findings.\n").toString();
    }
    for (Severity s : Severity.values()) {
      List<Finding> found = report.findings(s);
      if (found.isEmpty()) {
        continue;
      }
      out.append('\n').append(s.name().charAt(0)).append(s.name().substring(1).toLowerCase(java.util.Locale.ROOT))
          .append(found.size() == 1 ? "" : "s").append(" (").append(found.size()).append(")\n");
      for (Finding f : found) {
        out.append("  [").append(f.code()).append("] ").append(f.message()).append('\n');
        if (!f.cases().isEmpty()) {
          out.append("      cases: ").append(f.cases()).append('\n');
        }
      }
    }
    return out.toString();
  }
}
