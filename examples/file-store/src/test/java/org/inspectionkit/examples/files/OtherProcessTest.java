package org.inspectionkit.examples.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.inspection.InspectionId;
import org.inspectionkit.model.provider.ProviderId;
import org.inspectionkit.model.store.StoreException;
import org.inspectionkit.model.store.Versioned;
import org.inspectionkit.testkit.store.LargeInspections;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second process: the lock keeps it out while the store is open, and a process killed in the middle of a save
 * leaves the previous version intact and a temporary file, which the next open ignores and verify reports. Each
 * test starts a JVM ({@link StoreProcess}); the timeouts are hang guards only, so that a child that never answers
 * fails the test instead of hanging the build.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class OtherProcessTest {

  private static final InspectionId ID = InspectionId.of("crc-p-2019-20");

  @TempDir Path root;

  private Process child;

  @AfterEach
  void stopChild() throws InterruptedException {
    if (child != null && child.isAlive()) {
      child.destroyForcibly();
      child.waitFor();
    }
  }

  @Test
  void open_whileAnotherProcessHasTheStoreOpen_failsSayingSo_andSucceedsOnceItCloses() throws Exception {
    Path directory = root.resolve("store").toAbsolutePath();
    child = StoreProcess.start("hold", directory.toString());
    BufferedReader childOut = reader(child);
    assertThat(childOut.readLine()).isEqualTo("open store");

    Throwable refused = catchThrowable(() -> JsonFileStore.open(directory));

    assertThat(refused)
        .isInstanceOf(StoreException.class)
        .hasMessage(
            "the file store at " + directory + " is open in another process (process " + child.pid() + "), which"
                + " holds the lock on " + directory.resolve(".lock") + "; close the store there first");
    tell(child, "close");
    assertThat(childOut.readLine()).isEqualTo("closed");
    assertThat(child.waitFor()).isZero();
    try (JsonFileStore store = JsonFileStore.open(directory)) {
      assertThat(store.frameworks().ids()).isEmpty();
    }
  }

  @Test
  void update_processKilledBeforeTheRename_leavesThePreviousVersion_andTheNextOpenRemovesOnlyItsTemporaryFile()
      throws Exception {
    Path directory = root.resolve("store").toAbsolutePath();
    Inspection v1 = LargeInspections.withCases(ID, ProviderId.of("crc-p"), 200);
    try (JsonFileStore store = JsonFileStore.open(directory)) {
      store.inspections().insert(v1);
    }
    byte[] version1 = Files.readAllBytes(directory.resolve("inspections").resolve("crc-p-2019-20.v1.json"));

    child = StoreProcess.start("crash", directory.toString(), ID.value());
    String said = reader(child).readLine();
    assertThat(said).startsWith("renaming .crc-p-2019-20.");
    Path temporary = directory.resolve("inspections").resolve(said.substring("renaming ".length()));
    assertThat(temporary).exists();
    child.destroyForcibly();
    child.waitFor();

    assertThat(temporary).exists(); // what the crash left
    try (JsonFileStore store = JsonFileStore.open(directory)) { // the killed process's lock went with it
      assertThat(temporary).doesNotExist(); // never a version: removed, with the store's lock held
      assertThat(store.inspections().load(ID)).isEqualTo(Versioned.of(v1, 1));
      try (var files = Files.list(directory.resolve("inspections"))) {
        assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("crc-p-2019-20.v1.json");
      }
      assertThat(directory.resolve("inspections").resolve("crc-p-2019-20.v1.json")).hasBinaryContent(version1);
      assertThat(store.verify()).isEmpty();
    }
  }

  private static BufferedReader reader(Process process) {
    return new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
  }

  private static void tell(Process process, String line) throws IOException {
    Writer w = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
    w.write(line + "\n");
    w.flush();
  }
}
