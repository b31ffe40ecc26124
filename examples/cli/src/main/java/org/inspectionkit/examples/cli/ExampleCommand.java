package org.inspectionkit.examples.cli;

import java.util.concurrent.Callable;
import org.inspectionkit.examples.data.ExampleInspection;
import org.inspectionkit.json.Frameworks;
import org.inspectionkit.json.InspectionJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code inspection example}: prints a complete example inspection document that {@code rate} accepts. */
@Command(
    name = "example",
    mixinStandardHelpOptions = true,
    description =
        "Prints an example inspection document: BeNCH CRC inspected under the 2019-20 framework, with realistic"
            + " (invented) case data.")
final class ExampleCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--cycle", defaultValue = "2019-20", description = "2019-20 (default) or 2018-19.")
  String cycle;

  @Override
  public Integer call() {
    Object inspection;
    if (cycle.equals("2019-20")) {
      inspection = ExampleInspection.crc2019(Frameworks.load("probation-2019-20"));
    } else if (cycle.equals("2018-19")) {
      inspection = ExampleInspection.crc2018(Frameworks.load("probation-2018-19"));
    } else {
      throw new InputException("--cycle: expected 2019-20 or 2018-19, was '" + cycle + "'");
    }
    spec.commandLine().getOut().print(InspectionJson.standard().write(inspection));
    return 0;
  }
}
