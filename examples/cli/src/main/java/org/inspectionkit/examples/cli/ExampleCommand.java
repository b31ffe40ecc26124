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

  @Option(names = "--portfolio", paramLabel = "DIR",
      description = "Instead, write the eighteen example inspections of nine providers over two cycles (invented"
          + " data) into DIR, one document per inspection, for 'inspection portfolio'.")
  java.nio.file.Path portfolio;

  @Override
  public Integer call() {
    if (portfolio != null) {
      return writePortfolio();
    }
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

  private int writePortfolio() {
    if (!java.nio.file.Files.isDirectory(portfolio)) {
      throw new InputException("--portfolio " + Text.path(portfolio) + ": no such folder");
    }
    java.util.List<org.inspectionkit.model.inspection.Inspection> all =
        org.inspectionkit.examples.data.ExamplePortfolio.inspections(
            Frameworks.load("probation-2018-19"), Frameworks.load("probation-2019-20"));
    for (org.inspectionkit.model.inspection.Inspection i : all) {
      java.nio.file.Path file = portfolio.resolve(i.id() + ".json");
      if (java.nio.file.Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        throw new InputException("--portfolio " + Text.path(portfolio) + ": " + i.id()
            + ".json is there already; nothing written over it");
      }
    }
    for (org.inspectionkit.model.inspection.Inspection i : all) {
      OutputFile.write("--portfolio", portfolio.resolve(i.id() + ".json"), java.util.List.of(),
          InspectionJson.standard().write(i));
    }
    spec.commandLine().getOut().println("Wrote " + all.size() + " example inspections to " + Text.path(portfolio));
    return 0;
  }
}
