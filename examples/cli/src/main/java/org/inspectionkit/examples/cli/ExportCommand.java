package org.inspectionkit.examples.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.inspectionkit.model.inspection.Inspection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code inspection export ID}: writes a stored inspection as a JSON document. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = "Writes a stored inspection as a JSON document, to standard output or to --out.")
final class ExportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "ID", description = "The inspection's id, such as crc-bench-2019-20.")
  String id;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the document here instead of standard output.")
  Path out;

  @Mixin StoreOptions store;

  @Override
  public Integer call() {
    if (!id.matches("[a-z][a-z0-9-]{0,63}")) {
      throw new InputException("ID: expected an inspection id such as crc-bench-2019-20 (lower-case letters, digits"
          + " and hyphens, starting with a letter)");
    }
    if (out != null) {
      OutputFile.check("--out", out, java.util.List.of());
    }
    try (Session session = new Session(store, java.util.List.of())) {
      Inspection inspection = session.inspection(id);
      String json = session.inputs().json().write(inspection);
      if (out == null) {
        spec.commandLine().getOut().print(json);
      } else {
        ReportCommand.write(out, json, java.util.List.of());
        spec.commandLine().getOut().println("Inspection " + id + " written to " + out);
      }
      return 0;
    }
  }
}
