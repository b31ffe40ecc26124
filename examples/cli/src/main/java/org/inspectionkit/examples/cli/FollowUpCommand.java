package org.inspectionkit.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.inspectionkit.json.InspectionJson;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.rules.followup.FollowUp;
import org.inspectionkit.rules.followup.FollowUpSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code inspection followup PREVIOUS CURRENT}: how the current inspection followed up the previous one's recommendations. */
@Command(
    name = "followup",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the follow-up of the previous inspection's recommendations: each recommendation's target then and now"
          + " (resolved across framework versions), the progress found, and the targeted standard's rating then and"
          + " now.",
      "PREVIOUS and CURRENT are inspection documents (JSON) or ids of inspections in the store."
    })
final class FollowUpCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PREVIOUS", description = "The earlier inspection: a file or an id.")
  String previous;

  @Parameters(index = "1", paramLabel = "CURRENT", description = "The later inspection: a file or an id.")
  String current;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(names = "--framework", paramLabel = "FILE", description = "A framework document to use instead of a built-in one.")
  List<Path> frameworks = new ArrayList<>();

  @Mixin StoreOptions store;

  @Override
  public Integer call() {
    try (Session session = new Session(store, frameworks)) {
      Inspection before = session.inspection(previous);
      Inspection after = session.inspection(current);
      if (!before.provider().id().equals(after.provider().id())) {
        throw new InputException("PREVIOUS and CURRENT: " + before.id() + " is of provider " + before.provider().id()
            + ", but " + after.id() + " is of provider " + after.provider().id());
      }
      FollowUpSummary summary =
          FollowUp.probation().summarise(session.frameworkOf(before), before, session.frameworkOf(after), after);
      spec.commandLine().getOut().print(
          format == OutputFormat.json ? InspectionJson.standard().write(summary) : FollowUpText.render(summary));
      return 0;
    }
  }
}
