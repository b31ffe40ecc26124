package org.inspectionkit.examples.cli;

import io.vavr.control.Validation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.inspectionkit.json.InspectionJson;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.rules.Problem;
import org.inspectionkit.rules.rating.InspectionRating;
import org.inspectionkit.rules.rating.RatingCalculator;
import org.inspectionkit.rules.rating.RatingPolicy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code inspection rate FILE}: the ratings table of an inspection, or the same as JSON. */
@Command(
    name = "rate",
    mixinStandardHelpOptions = true,
    description = {
      "Rates an inspection: every standard, the key question that drove it with its share and sampling interval (80%% confidence unless the policy says otherwise),"
          + " overrides, and the overall rating with its score.",
      "Exit code 0 on success, 2 on invalid input (errors on standard error, nothing on standard output)."
    })
final class RateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE_OR_ID", description = "An inspection document (JSON), or the id of a stored inspection.")
  String file;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(names = "--policy", paramLabel = "FILE",
      description = "A rating policy (JSON) replacing the framework's own (probation; youth for a youth framework).")
  Path policy;

  @Option(names = "--framework", paramLabel = "FILE", description = "A framework document to use instead of a built-in one.")
  List<Path> frameworks = new ArrayList<>();

  @Mixin StoreOptions store;

  @Override
  public Integer call() {
    RatingPolicy given = policy == null ? null : PolicyFile.read(policy);
    try (Session session = new Session(store, frameworks)) {
      Inspection read = session.inspection(file);
      RatingPolicy p = given != null ? given : session.defaultPolicy(read);
      Inspection inspection = session.requireValid(read, p);
      Framework framework = session.frameworkOf(inspection);
      InspectionRating rating = rate(framework, inspection, p);
      spec.commandLine().getOut().print(
          format == OutputFormat.json ? InspectionJson.standard().write(rating) : RatingText.render(inspection, rating));
      return 0;
    }
  }

  static InspectionRating rate(Framework framework, Inspection inspection, RatingPolicy policy) {
    Validation<List<Problem>, InspectionRating> v = RatingCalculator.of(policy).rate(framework, inspection);
    if (v.isInvalid()) {
      List<String> lines = new ArrayList<>();
      lines.add("inspection " + inspection.id() + " cannot be rated (" + v.getError().size()
          + (v.getError().size() == 1 ? " problem)" : " problems)"));
      v.getError().forEach(pr -> lines.add("  " + pr));
      throw new InputException(lines);
    }
    return v.get();
  }
}
