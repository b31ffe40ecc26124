package org.inspectionkit.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.inspection.InspectionId;
import org.inspectionkit.model.provider.ProviderId;
import org.inspectionkit.model.store.StoreException;
import org.inspectionkit.testkit.store.LargeInspections;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded store on a full disk: a small RAM file system is mounted for the test (which needs Linux and the
 * right to mount, as on the CI machine; elsewhere the test is skipped, saying why). Every save that returned must
 * be readable by a fresh open, a save that failed must say so, and so must every save after it.
 */
class EmbeddedStoreFullDiskTest {

  @TempDir Path temp;
  private Path mount;
  private boolean mounted;

  @BeforeEach
  void mountSmallFileSystem() throws Exception {
    Assumptions.assumeTrue(System.getProperty("os.name").startsWith("Linux"), "full-disk test: Linux only");
    mount = Files.createDirectories(temp.resolve("small"));
    Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", mount.toString())
        .redirectErrorStream(true).start();
    boolean done = p.waitFor(30, TimeUnit.SECONDS);
    mounted = done && p.exitValue() == 0;
    Assumptions.assumeTrue(mounted, "full-disk test skipped: cannot mount a small tmpfs here (needs root)");
  }

  @AfterEach
  void unmount() throws Exception {
    if (mounted) {
      new ProcessBuilder("umount", mount.toString()).inheritIO().start().waitFor(30, TimeUnit.SECONDS);
    }
  }

  private void remount(String options) throws Exception {
    Process p = new ProcessBuilder("mount", "-o", "remount," + options, mount.toString()).inheritIO().start();
    assertThat(p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0).as("remount " + options).isTrue();
  }

  @Test
  void save_untilTheDiskIsFull_failsLoudlyAndLosesNothingAcknowledged() throws Exception {
    Path dir = mount.resolve("store");
    List<Inspection> acknowledged = new ArrayList<>();
    Throwable firstFailure = null;
    List<Throwable> later = new ArrayList<>();
    try (EmbeddedStore store = EmbeddedStore.open(dir)) {
      for (int i = 0; i < 2_000 && later.size() < 3; i++) {
        Inspection inspection =
            LargeInspections.withCases(InspectionId.of("full-" + i), ProviderId.of("crc-full"), 40);
        Throwable failure = catchThrowable(() -> store.inspections().insert(inspection));
        if (failure == null) {
          assertThat(firstFailure).as("a save succeeded after one failed on a full disk").isNull();
          acknowledged.add(inspection);
        } else if (firstFailure == null) {
          firstFailure = failure;
        } else {
          later.add(failure);
        }
      }
    } catch (StoreException e) {
      // Closing may fail too on a full disk; it must fail loudly, which it did.
    }

    assertThat(firstFailure).as("the disk never filled").isNotNull();
    assertThat(firstFailure).isInstanceOf(StoreException.class).hasMessageContaining("the disk is full");
    // The operator frees space; then every acknowledged save must be there.
    remount("size=16m");
    assertThat(later).hasSize(3).allSatisfy(t -> assertThat(t).isInstanceOf(StoreException.class));
    assertThat(acknowledged).isNotEmpty();
    try (EmbeddedStore reopened = EmbeddedStore.openExisting(dir)) {
      for (Inspection inspection : acknowledged) {
        assertThat(reopened.inspections().load(inspection.id()).value()).isEqualTo(inspection);
      }
      assertThat(reopened.inspections().verify()).isEmpty();
    }
  }
}
