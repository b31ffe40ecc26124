package org.inspectionkit.examples.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.inspection.InspectionId;
import org.inspectionkit.model.provider.ProviderId;
import org.inspectionkit.model.store.InspectionQuery;
import org.inspectionkit.model.store.InspectionStore;
import org.inspectionkit.model.store.InspectionSummary;
import org.inspectionkit.testkit.store.LargeInspections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A rough measurement, run by hand (its name is not a test's, so {@code mvn verify} skips it): how long listing
 * takes when it reads each file's header, against reading every file whole.
 *
 * <pre>
 * ./mvnw -B -pl examples/file-store -am verify -Dtest=ListingMeasurement -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dinspectionkit.failIfNoTests=false -Dlisting.inspections=1000 -Dlisting.cases=100
 * </pre>
 *
 * The figures go to {@code target/surefire-reports/org.inspectionkit.examples.files.ListingMeasurement-output.txt}.
 */
class ListingMeasurement {

  private static final int INSPECTIONS = Integer.getInteger("listing.inspections", 1_000);
  private static final int CASES = Integer.getInteger("listing.cases", 100);
  private static final int ROUNDS = 7;

  @TempDir Path root;

  @Test
  void measure() throws IOException {
    Path directory = root.resolve("store");
    long bytes = 0;
    long start = System.nanoTime();
    try (JsonFileStore store = JsonFileStore.open(directory)) {
      for (int i = 0; i < INSPECTIONS; i++) {
        String provider = "crc-" + (i % 21);
        Inspection inspection =
            LargeInspections.withCases(InspectionId.of(provider + "-n" + i), ProviderId.of(provider), CASES);
        store.inspections().insert(inspection);
      }
    }
    long inserted = System.nanoTime() - start;
    try (var files = Files.list(directory.resolve("inspections"))) {
      for (Path f : (Iterable<Path>) files::iterator) {
        bytes += Files.size(f);
      }
    }
    System.out.printf(
        "%d inspections of %d cases, %.1f MB on disk; inserted in %.1f s (%.1f ms each, with two fsyncs)%n",
        INSPECTIONS, CASES, bytes / 1e6, inserted / 1e9, inserted / 1e6 / INSPECTIONS);

    start = System.nanoTime();
    JsonFileStore store = JsonFileStore.open(directory);
    System.out.printf("open (scan the directory): %.1f ms%n", (System.nanoTime() - start) / 1e6);
    try (store) {
      InspectionStore inspections = store.inspections();
      for (int round = 0; round < ROUNDS; round++) {
        start = System.nanoTime();
        List<InspectionSummary> all = inspections.list(InspectionQuery.all());
        long listed = System.nanoTime() - start;
        start = System.nanoTime();
        int cases = 0;
        for (InspectionSummary s : all) {
          cases += inspections.load(s.id()).value().cases().size();
        }
        long loaded = System.nanoTime() - start;
        start = System.nanoTime();
        long read = 0;
        for (InspectionSummary s : all) {
          Path file = FileNames.inspection(directory.resolve("inspections"), s.id(), 1);
          try (InputStream in = Files.newInputStream(file)) {
            read += in.transferTo(OutputStreamSink.INSTANCE);
          }
        }
        long raw = System.nanoTime() - start;
        System.out.printf(
            "round %d: list %d summaries %.1f ms; load all %d inspections (%d cases) %.0f ms; read all bytes (%d)"
                + " without parsing %.1f ms%n",
            round, all.size(), listed / 1e6, all.size(), cases, loaded / 1e6, read, raw / 1e6);
      }
    }
  }

  /** Discards what is written to it. */
  private static final class OutputStreamSink extends java.io.OutputStream {
    static final OutputStreamSink INSTANCE = new OutputStreamSink();

    @Override
    public void write(int b) {}

    @Override
    public void write(byte[] b, int off, int len) {}
  }
}
