package org.inspectionkit.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inspectionkit.json.Frameworks;
import org.inspectionkit.json.InspectionJson;
import org.inspectionkit.json.InspectionJsonException;
import org.inspectionkit.json.JsonProblem;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.FrameworkId;
import org.inspectionkit.model.inspection.Inspection;

/**
 * Reads the command line's inputs: inspections and frameworks from JSON files, built-in frameworks by id. Every
 * failure becomes an {@link InputException} naming the file and, for a document, each problem's JSON path.
 */
final class Inputs {

  private final Map<FrameworkId, Framework> extraFrameworks = new HashMap<>();
  private java.util.function.Function<FrameworkId, Optional<Framework>> lookup = id -> Optional.empty();

  /** Inputs that know the built-in frameworks only. */
  Inputs() {}

  /**
   * Adds frameworks read from files, which take precedence over built-in ones with the same id.
   *
   * @param files framework documents
   * @return this
   */
  Inputs withFrameworkFiles(List<Path> files) {
    for (Path f : files) {
      Framework framework = read(f, Framework.class, json());
      extraFrameworks.put(framework.id(), framework);
    }
    return this;
  }

  /**
   * Adds a further source of frameworks (such as a store), asked after the files and before the built-in ones.
   *
   * @param more the source
   * @return this
   */
  Inputs withFrameworkLookup(java.util.function.Function<FrameworkId, Optional<Framework>> more) {
    this.lookup = more;
    return this;
  }

  /** A framework by built-in id or file path: a path if such a file exists, else a built-in id. */
  Framework framework(String idOrFile) {
    Path p = Path.of(idOrFile);
    if (Files.isRegularFile(p)) {
      return read(p, Framework.class, json());
    }
    if (!idOrFile.matches("[a-z][a-z0-9-]{0,63}")) {
      throw new InputException(idOrFile + ": no such file, and not a framework id");
    }
    return framework(FrameworkId.of(idOrFile))
        .orElseThrow(
            () ->
                new InputException(
                    idOrFile + ": no such file, and no built-in framework with that id (built in: "
                        + Frameworks.ids() + ")"));
  }

  Optional<Framework> framework(FrameworkId id) {
    Framework f = extraFrameworks.get(id);
    if (f != null) {
      return Optional.of(f);
    }
    Optional<Framework> more = lookup.apply(id);
    return more.isPresent() ? more : Frameworks.find(id);
  }

  /** The framework an inspection was made under. */
  Framework frameworkOf(Inspection inspection) {
    return framework(inspection.frameworkId())
        .orElseThrow(
            () ->
                new InputException(
                    "inspection " + inspection.id() + ": framework " + inspection.frameworkId()
                        + " is neither built in nor given with --framework"));
  }

  /** Reads an inspection document, checking it against its framework. */
  Inspection inspection(Path file) {
    return read(file, Inspection.class, json());
  }

  /** The JSON reader, resolving frameworks from the given files and the built-in ones. */
  InspectionJson json() {
    return InspectionJson.builder().frameworks(this::framework).maxArrayLength(maxArrayLength()).build();
  }

  /** Heap a case may take while a document is read, with room to spare (1.1 KB measured; see maxArrayLength). */
  static final long HEAP_PER_CASE = 1_536;

  /**
   * The most cases (elements of any array) a document may hold here: the library's default, or fewer when this
   * process's heap could not hold that many, so that a large document is refused with a clear error instead of
   * exhausting the heap. Run java with a larger -Xmx to read larger inspections.
   */
  static int maxArrayLength() {
    long heapAllows = Runtime.getRuntime().maxMemory() / HEAP_PER_CASE;
    return (int) Math.max(1, Math.min(InspectionJson.DEFAULT_MAX_ARRAY_LENGTH, heapAllows));
  }

  static <T> T read(Path file, Class<T> type, InspectionJson json) {
    try (InputStream in = Files.newInputStream(file)) {
      return json.read(in, type);
    } catch (NoSuchFileException e) {
      throw new InputException(Text.path(file) + ": no such file");
    } catch (InspectionJsonException e) {
      List<String> lines = new ArrayList<>();
      lines.add(file + ": not a valid " + type.getSimpleName().toLowerCase(java.util.Locale.ROOT) + " document ("
          + e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems") + ")");
      for (JsonProblem p : e.problems()) {
        lines.add("  " + p.path() + ": " + p.message());
      }
      if (e.problems().stream().anyMatch(p -> p.message().contains("(maxArrayLength)"))) {
        lines.add("This command allows " + maxArrayLength() + " cases in this Java heap (about " + HEAP_PER_CASE
            + " bytes each); run it with a larger -Xmx, such as java -Xmx2g -jar inspection-cli.jar ...");
      }
      throw new InputException(lines);
    } catch (IOException e) {
      throw new InputException(Text.path(file) + ": cannot be read: " + Text.clean(e.getMessage()));
    } catch (UncheckedIOException e) {
      throw new InputException(Text.path(file) + ": cannot be read: " + Text.clean(e.getCause().getMessage()));
    }
  }
}
