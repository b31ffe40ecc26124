package org.inspectionkit.testkit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.inspection.InspectionId;
import org.inspectionkit.model.store.InspectionQuery;
import org.inspectionkit.model.store.StoreListing;
import org.inspectionkit.model.store.Versioned;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash test every durable {@link org.inspectionkit.model.store.InspectionStore} adapter must pass: a writer
 * in another process ({@link CrashWriter}) saves versions one after another and is killed ({@code SIGKILL}, no
 * shutdown of any kind) at a random point, again and again on the same store. After each kill the store must
 * open, hold every save the writer was told had succeeded (the acknowledged version or the one after it, whose
 * save may have finished unacknowledged), each with exactly the content saved, list healthy, and verify with
 * nothing damaged.
 *
 * <pre>{@code
 * class MyStoreCrashTest implements InspectionStoreCrashContract {
 *   @Override
 *   public Class<? extends CrashTarget> crashTarget() {
 *     return MyCrashTarget.class; // public, with a public no-argument constructor
 *   }
 * }
 * }</pre>
 *
 * <p>The number of kills is {@value #DEFAULT_KILLS} unless the system property {@code inspectionkit.crash.kills}
 * says otherwise; the kill points come from a random source seeded by {@code inspectionkit.crash.seed} (default
 * fixed, so a run is repeatable). The writer runs on this JVM's class path with a small heap.
 */
public interface InspectionStoreCrashContract {

  /** Kills per run unless {@code inspectionkit.crash.kills} is set. */
  int DEFAULT_KILLS = 10;

  /**
   * The class that opens the adapter's store, in this process and in the writer's.
   *
   * @return a public class with a public no-argument constructor
   */
  Class<? extends CrashTarget> crashTarget();

  /**
   * Kills the writer again and again, and checks after each kill that nothing acknowledged was lost or torn.
   *
   * @param directory the store's directory
   * @throws Exception if the writer cannot be started or the store cannot be opened
   */
  @Test
  @Timeout(value = 10, unit = TimeUnit.MINUTES)
  default void crash_writerKilledAtRandomPoints_losesNoAcknowledgedSave(@TempDir Path directory) throws Exception {
    int kills = Integer.getInteger("inspectionkit.crash.kills", DEFAULT_KILLS);
    Random random = new Random(Long.getLong("inspectionkit.crash.seed", 20191L));
    Path store = Files.createDirectories(directory.resolve("store"));
    Map<InspectionId, Long> acknowledged = new HashMap<>();
    CrashTarget target = crashTarget().getDeclaredConstructor().newInstance();
    for (int kill = 1; kill <= kills; kill++) {
      int acknowledgements = 1 + random.nextInt(12);
      long extraMicros = random.nextInt(40_000);
      Path log = directory.resolve("writer-" + kill + ".log");
      Process writer = start(store, log);
      AtomicInteger acks = new AtomicInteger();
      try (BufferedReader out =
          new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = out.readLine()) != null) {
          if (line.startsWith("ack ")) {
            String[] parts = line.split(" ");
            acknowledged.put(InspectionId.of(parts[1]), Long.parseLong(parts[2]));
            if (acks.incrementAndGet() >= acknowledgements) {
              break;
            }
          }
        }
        if (line == null) {
          writer.waitFor(1, TimeUnit.MINUTES);
          throw new AssertionError("kill " + kill + ": the writer stopped by itself (exit " + exitOf(writer)
              + "); its errors:\n" + tail(log));
        }
        // Somewhere inside the next saves: the writer goes on while the test sleeps.
        TimeUnit.MICROSECONDS.sleep(extraMicros);
        // SIGKILL through the handle, which (unlike Process.destroyForcibly) leaves its output open to drain.
        writer.toHandle().destroyForcibly();
        writer.waitFor(1, TimeUnit.MINUTES);
        // Every save the writer acknowledged before it died, including those after the ones read so far.
        while ((line = out.readLine()) != null) {
          if (line.startsWith("ack ")) {
            String[] parts = line.split(" ");
            acknowledged.put(InspectionId.of(parts[1]), Long.parseLong(parts[2]));
          }
        }
      } finally {
        writer.destroyForcibly();
      }
      check(target, store, acknowledged, kill);
    }
  }

  private static void check(CrashTarget target, Path store, Map<InspectionId, Long> acknowledged, int kill)
      throws Exception {
    try (CrashTarget.Opened opened = target.open(store)) {
      for (Map.Entry<InspectionId, Long> ack : acknowledged.entrySet()) {
        Optional<Versioned<Inspection>> found = opened.inspections().find(ack.getKey());
        assertThat(found)
            .as("kill %d: %s, acknowledged at version %d, is missing", kill, ack.getKey(), ack.getValue())
            .isPresent();
        long version = found.get().version();
        assertThat(version)
            .as("kill %d: %s was acknowledged at version %d", kill, ack.getKey(), ack.getValue())
            .isBetween(ack.getValue(), ack.getValue() + 1);
        assertThat(found.get().value())
            .as("kill %d: %s version %d does not hold what was saved (torn)", kill, ack.getKey(), version)
            .isEqualTo(CrashWriter.content(ack.getKey(), version));
        ack.setValue(version);
      }
      StoreListing listing = opened.inspections().listing(InspectionQuery.all());
      assertThat(listing.damaged()).as("kill %d: damaged records in the listing", kill).isEmpty();
      assertThat(opened.inspections().verify()).as("kill %d: damaged records found by verify", kill).isEmpty();
    }
  }

  private Process start(Path store, Path log) throws IOException {
    String java =
        ProcessHandle.current()
            .info()
            .command()
            .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    List<String> command = new ArrayList<>();
    command.add(java);
    command.add("-Xmx256m");
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(CrashWriter.class.getName());
    command.add(crashTarget().getName());
    command.add(store.toString());
    return new ProcessBuilder(command).redirectError(log.toFile()).start();
  }

  private static String exitOf(Process p) {
    return p.isAlive() ? "none yet" : String.valueOf(p.exitValue());
  }

  private static String tail(Path log) throws IOException {
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
  }
}
