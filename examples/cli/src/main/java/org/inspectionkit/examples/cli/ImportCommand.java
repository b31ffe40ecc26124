package org.inspectionkit.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.store.StoreException;
import org.inspectionkit.model.store.Versioned;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code inspection import FILE}: stores an inspection document, as a new inspection or a new version. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = "Stores an inspection document in the store: a new inspection, or the next version of a stored one.")
final class ImportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "An inspection document (JSON).")
  Path file;

  @Option(names = "--framework", paramLabel = "FILE", description = "A framework document to check it against.")
  List<Path> frameworks = new ArrayList<>();

  @Mixin StoreOptions store;

  @Override
  public Integer call() {
    try (Session session = new Session(store, frameworks, true)) {
      Inspection read = session.inputs().inspection(file);
      Inspection inspection = session.requireValid(read, session.defaultPolicy(read));
      StoreOptions.OpenedStore s = session.store();
      try {
        session.frameworkOf(inspection);
        if (s.frameworks.find(inspection.frameworkId()).isEmpty()) {
          s.frameworks.save(session.frameworkOf(inspection));
        }
        Optional<Versioned<Inspection>> stored = s.inspections.find(inspection.id());
        if (stored.isPresent() && stored.get().value().equals(inspection)) {
          spec.commandLine().getOut().println(
              "Inspection " + inspection.id() + " is unchanged: version " + stored.get().version() + " in the "
                  + s.description + " already holds this document; nothing was stored");
          return 0;
        }
        Versioned<Inspection> saved =
            stored.isPresent()
                ? s.inspections.update(inspection, stored.get().version())
                : s.inspections.insert(inspection);
        spec.commandLine().getOut().println(
            "Stored inspection " + saved.value().id() + " as version " + saved.version() + " in the " + s.description);
        return 0;
      } catch (StoreException e) {
        throw new InputException(Text.path(file) + ": cannot be stored: " + e.getMessage());
      }
    }
  }
}
