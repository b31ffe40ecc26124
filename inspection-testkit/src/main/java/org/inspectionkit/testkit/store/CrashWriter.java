package org.inspectionkit.testkit.store;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.inspection.InspectionId;
import org.inspectionkit.model.provider.ProviderId;
import org.inspectionkit.model.store.InspectionStore;
import org.inspectionkit.model.store.Versioned;

/**
 * The writer process of {@link InspectionStoreCrashContract}: opens a {@link CrashTarget}'s store and saves, round
 * the inspections of {@link #IDS}, one new version after another until it is killed, printing
 * {@code ack <id> <version>} on its standard output after each save returns. The content of every version is
 * {@link #content(InspectionId, long)}, so the test can tell what each acknowledged version must hold.
 */
public final class CrashWriter {

  /** The inspections the writer saves, in turn. */
  static final List<InspectionId> IDS =
      List.of(InspectionId.of("crash-a"), InspectionId.of("crash-b"), InspectionId.of("crash-c"));

  private static final ProviderId PROVIDER = ProviderId.of("crash-crc");

  private CrashWriter() {}

  /**
   * The content of one version of one inspection: a fully populated inspection whose number of cases depends
   * on the version, so that two consecutive versions always differ.
   *
   * @param id the inspection
   * @param version the version, from 1
   * @return the inspection
   */
  static Inspection content(InspectionId id, long version) {
    return LargeInspections.withCases(id, PROVIDER, 20 + (int) (version % 23));
  }

  /**
   * Runs the writer: {@code CrashWriter <CrashTarget class> <directory>}.
   *
   * @param args the target's class name and the store's directory
   * @throws Exception if the store cannot be opened or a save fails (the test then reports the writer's output)
   */
  public static void main(String[] args) throws Exception {
    CrashTarget target = (CrashTarget) Class.forName(args[0]).getDeclaredConstructor().newInstance();
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    try (CrashTarget.Opened opened = target.open(Path.of(args[1]))) {
      InspectionStore store = opened.inspections();
      long[] versions = new long[IDS.size()];
      for (int i = 0; i < IDS.size(); i++) {
        Optional<Versioned<Inspection>> stored = store.find(IDS.get(i));
        versions[i] = stored.map(Versioned::version).orElse(0L);
      }
      out.println("ready");
      out.flush();
      for (long turn = 0; ; turn++) {
        int i = (int) (turn % IDS.size());
        InspectionId id = IDS.get(i);
        long next = versions[i] + 1;
        Versioned<Inspection> saved =
            versions[i] == 0 ? store.insert(content(id, 1)) : store.update(content(id, next), versions[i]);
        versions[i] = saved.version();
        out.println("ack " + id + " " + saved.version());
        out.flush();
      }
    }
  }
}
