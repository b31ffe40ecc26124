package org.inspectionkit.examples.cli;

import java.util.concurrent.Callable;
import org.inspectionkit.json.InspectionJson;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.rules.diff.FrameworkChanges;
import org.inspectionkit.rules.diff.FrameworkDiff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code inspection diff OLD NEW}: what changed between two framework versions. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = "Lists every added, removed, moved and reworded element between two framework versions.")
final class DiffCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "A built-in framework id or a framework document.")
  String oldFramework;

  @Parameters(index = "1", paramLabel = "NEW", description = "A built-in framework id or a framework document.")
  String newFramework;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Override
  public Integer call() {
    Inputs inputs = new Inputs();
    Framework a = inputs.framework(oldFramework);
    Framework b = inputs.framework(newFramework);
    FrameworkChanges changes = FrameworkDiff.between(a, b);
    if (format == OutputFormat.json) {
      spec.commandLine().getOut().print(InspectionJson.standard().write(changes));
    } else {
      spec.commandLine().getOut().println("Changes from " + changes.from() + " to " + changes.to() + ": "
          + changes.changes().size());
      spec.commandLine().getOut().println(changes.isEmpty() ? "" : changes.describe());
    }
    return 0;
  }
}
