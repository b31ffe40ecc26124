package org.inspectionkit.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.FrameworkId;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.inspection.InspectionId;
import org.inspectionkit.model.store.StoreException;
import org.inspectionkit.model.store.Versioned;
import org.inspectionkit.json.ProviderRegistries;
import org.inspectionkit.rules.Problem;
import org.inspectionkit.rules.consistency.CheckSet;
import org.inspectionkit.rules.rating.RatingPolicy;
import org.inspectionkit.rules.validation.InspectionValidator;

/**
 * A command's inputs when an inspection may be named by a file or by its id in a store: files are read with
 * {@link Inputs}; ids are loaded from the store of the {@link StoreOptions}, opened on first use and closed with the
 * session. Frameworks come from {@code --framework} files, then the store, then the built-in ones.
 */
final class Session implements AutoCloseable {

  private static final String ID = "[a-z][a-z0-9-]{0,63}";

  private final StoreOptions options;
  private final boolean forWriting;
  private final Inputs inputs;
  private StoreOptions.OpenedStore store;

  /** A session of a command that only reads the store: it creates nothing. */
  Session(StoreOptions options, List<Path> frameworkFiles) {
    this(options, frameworkFiles, false);
  }

  /**
   * A session; {@code forWriting} when the command saves to the store (which is then created if missing).
   */
  Session(StoreOptions options, List<Path> frameworkFiles, boolean forWriting) {
    this.options = options;
    this.forWriting = forWriting;
    this.inputs = new Inputs().withFrameworkFiles(frameworkFiles).withFrameworkLookup(this::storedFramework);
  }

  Inputs inputs() {
    return inputs;
  }

  /** The store, opened (and its tables created) on first use. */
  StoreOptions.OpenedStore store() {
    if (store == null) {
      store = options.open(forWriting);
    }
    return store;
  }

  /** An inspection from a JSON file if one exists at {@code fileOrId}, else by id from the store. */
  Inspection inspection(String fileOrId) {
    Path p = Path.of(fileOrId);
    if (Files.isRegularFile(p)) {
      return inputs.inspection(p);
    }
    if (!fileOrId.matches(ID)) {
      throw new InputException(Text.clean(fileOrId) + ": no such file");
    }
    try {
      Optional<Versioned<Inspection>> found = store().inspections.find(InspectionId.of(fileOrId));
      return found.orElseThrow(() -> new InputException(
          fileOrId + ": no such file, and no inspection with that id in the " + store().description)).value();
    } catch (StoreException e) {
      throw new InputException(fileOrId + ": cannot be loaded from the " + store().description + ": "
          + e.getMessage());
    }
  }

  /**
   * Requires that the inspection's data can be true: the one validation that rate, check, report and import all
   * apply ({@link InspectionValidator}), so that none accepts what another refuses. A probation inspection's
   * provider must be in the built-in provider registry, and have existed when its fieldwork began.
   *
   * @throws InputException with every problem, if there is any
   */
  Inspection requireValid(Inspection inspection, RatingPolicy policy) {
    InspectionValidator.Builder validator = InspectionValidator.builder().policy(policy);
    if (CheckSet.isProbation(inspection.frameworkId())) {
      // Probation inspections name a provider of the built-in registry (the CRCs, NPS divisions and regions).
      validator.registry(ProviderRegistries.builtIn());
    }
    List<Problem> problems = validator.build().problems(frameworkOf(inspection), inspection);
    if (!problems.isEmpty()) {
      List<String> lines = new ArrayList<>();
      lines.add("inspection " + inspection.id() + " is not valid (" + problems.size()
          + (problems.size() == 1 ? " problem)" : " problems)"));
      problems.forEach(p -> lines.add("  " + p));
      throw new InputException(lines);
    }
    return inspection;
  }

  /** The framework an inspection was made under. */
  Framework frameworkOf(Inspection inspection) {
    return inputs.frameworkOf(inspection);
  }

  /**
   * The rating policy of an inspection when {@code --policy} names none: the youth policy for a framework of youth
   * offending services (such as the built-in {@code youth-2018}), else the probation policy.
   */
  RatingPolicy defaultPolicy(Inspection inspection) {
    return RatingPolicy.builtInFor(frameworkOf(inspection));
  }

  private Optional<Framework> storedFramework(FrameworkId id) {
    return store == null ? Optional.empty() : store.frameworks.find(id);
  }

  @Override
  public void close() {
    if (store != null) {
      store.close();
    }
  }
}
