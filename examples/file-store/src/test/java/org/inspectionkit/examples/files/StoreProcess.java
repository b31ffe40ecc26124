package org.inspectionkit.examples.files;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.inspection.InspectionId;
import org.inspectionkit.model.inspection.InspectionStatus;
import org.inspectionkit.model.store.Versioned;

/**
 * Another process using a store, for {@link OtherProcessTest}; talks to the test a line at a time.
 *
 * <ul>
 *   <li>{@code hold DIR}: opens the store, prints {@code open} and its name, waits for a line, closes, prints
 *       {@code closed}.
 *   <li>{@code crash DIR ID}: opens the store and updates inspection ID; when the new version's temporary file is
 *       written and forced to disk, before the rename, prints {@code renaming NAME} and waits for a line, which
 *       never comes: the test kills the process there.
 * </ul>
 */
final class StoreProcess {

  private StoreProcess() {}

  /**
   * Runs one of the modes above.
   *
   * @param args the mode and its arguments
   * @throws IOException if standard input fails
   */
  public static void main(String[] args) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    Path directory = Path.of(args[1]);
    if (args[0].equals("hold")) {
      try (JsonFileStore store = JsonFileStore.open(directory)) {
        out.println("open " + store.directory().getFileName());
        in.readLine();
      }
      out.println("closed");
    } else if (args[0].equals("crash")) {
      JsonFileStore store = JsonFileStore.open(directory);
      Versioned<Inspection> current = store.inspections().load(InspectionId.of(args[2]));
      store.interceptNextWrite(
          new WriteHook() {
            @Override
            public void beforeRename(Path temporary, Path target) throws IOException {
              out.println("renaming " + temporary.getFileName());
              in.readLine(); // killed here
            }
          });
      store.inspections().update(current.value().withStatus(InspectionStatus.PUBLISHED), current.version());
      out.println("saved");
    } else {
      throw new IllegalArgumentException("mode: " + args[0] + " is not one of " + List.of("hold", "crash"));
    }
  }

  /** Starts this class in a new JVM with the test's class path. */
  static Process start(String... args) {
    List<String> command =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                StoreProcess.class.getName()));
    command.addAll(List.of(args));
    try {
      return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
