package org.inspectionkit.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Locale;
import org.inspectionkit.benchmarks.PlainRecords.InspectionRecord;
import org.inspectionkit.json.InspectionJson;
import org.inspectionkit.model.casework.CaseAssessment;
import org.inspectionkit.model.casework.InspectedCase;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.inspection.InspectionId;
import org.inspectionkit.model.provider.ProviderId;
import org.inspectionkit.testkit.store.LargeInspections;
import org.openjdk.jol.info.GraphLayout;

/**
 * The memory the model takes against plain Java records holding the same data: bytes retained per case, measured
 * with JOL ({@link GraphLayout#parseInstance}, the total size of every object reachable from the root) on the
 * 10,000-case inspection of {@link LargeInspections#withCases}. Not a JMH benchmark: a program, run as
 *
 * <pre>
 * java -Djdk.attach.allowAttachSelf=true -Xmx2g \
 *   -cp benchmarks/target/benchmarks.jar org.inspectionkit.benchmarks.MemoryFootprint
 * </pre>
 *
 * <p>{@code -Djdk.attach.allowAttachSelf=true} lets JOL attach its instrumentation agent to this JVM (JDK 17
 * forbids self-attach by default), and take object sizes from the JVM. Without it JOL computes sizes from field
 * offsets, which {@code Unsafe.objectFieldOffset} refuses for record fields on JDK 17, so the program fails unless
 * given {@code -Djol.magicFieldOffset=true} instead (the same figures, after a warning, somewhat slower). It takes
 * 20 to 50 seconds: JOL walks about two million objects.
 *
 * <p>Each root is measured whole, once, so objects shared within it (enumeration constants, shared codes and
 * strings) are counted once, and the total is divided by the number of cases. Each is measured as built, before
 * anything iterates its maps: an iterated {@code TreeMap} or {@code LinkedHashMap} keeps its entry-set view (16
 * bytes, and 16 more for the model's unmodifiable wrapper), which would otherwise be counted on whichever side
 * happened to be iterated first. The rows:
 *
 * <ul>
 *   <li>{@code assessments}: the list of the 10,000 {@link CaseAssessment}s against a list of
 *       {@link PlainRecords.AssessmentRecord}s (case reference, assessor, date, and two {@code LinkedHashMap}s of
 *       code string to answer string), made from the same data by {@link PlainRecords#of};
 *   <li>{@code cases}: the list of the 10,000 {@link InspectedCase}s against {@link PlainRecords.CaseRecord}s;
 *   <li>{@code inspection}: the whole {@link Inspection} against the whole {@link InspectionRecord};
 *   <li>{@code assessments-from-json} and {@code inspection-from-json}: the same, each side as its JSON reader
 *       makes it from its own document ({@link InspectionJson#read(String, Class)} against Jackson databind with
 *       {@link PlainRecords#mapper()}), where nothing is shared that the reader does not share itself.
 * </ul>
 *
 * <p>The records made by {@link PlainRecords#of} share one string per distinct code, and use the enumerations'
 * own names as answers; the model shares its key question and prompt codes (canonical instances) and keeps an
 * answer in one byte. Jackson shares map keys (it interns field names) but makes a new string
 * for every answer. The model's own checks iterate a case's attributes and diversity as it is built, so its cases
 * do carry those maps' entry-set views.
 *
 * <p>Prints to standard output a header line, then one line per row, tab-separated: the name, the library's bytes
 * per case, the baseline's bytes per case, and the ratio library / baseline.
 */
public final class MemoryFootprint {

  private static final int CASES = 10_000;

  private MemoryFootprint() {}

  /**
   * Measures and prints the table.
   *
   * @param args none
   * @throws IOException if a document cannot be read
   */
  public static void main(String[] args) throws IOException {
    // Two equal inspections: one measured as built, one converted and written. Iterating a map keeps its
    // entry-set view (16 to 32 bytes more per map, on either side), so each side is measured before anything
    // iterates it.
    Inspection inspection = large();
    Inspection source = large();
    InspectionRecord record = PlainRecords.of(source);

    System.out.println("name\tlibrary_bytes_per_case\tbaseline_bytes_per_case\tratio");
    row("assessments", inspection.assessments(), record.assessments());
    row("cases", inspection.cases(), record.cases());
    row("inspection", inspection, record);

    InspectionJson json = InspectionJson.standard();
    ObjectMapper mapper = PlainRecords.mapper();
    Inspection libraryRead = json.read(json.write(source), Inspection.class);
    InspectionRecord baselineRead = mapper.readValue(mapper.writeValueAsBytes(record), InspectionRecord.class);
    row("assessments-from-json", libraryRead.assessments(), baselineRead.assessments());
    row("inspection-from-json", libraryRead, baselineRead);
  }

  private static Inspection large() {
    return LargeInspections.withCases(InspectionId.of("bench-json"), ProviderId.of("bench-crc"), CASES);
  }

  private static void row(String name, Object library, Object baseline) {
    double libraryBytes = (double) GraphLayout.parseInstance(library).totalSize() / CASES;
    double baselineBytes = (double) GraphLayout.parseInstance(baseline).totalSize() / CASES;
    System.out.printf(
        Locale.ROOT, "%s\t%.1f\t%.1f\t%.2f%n", name, libraryBytes, baselineBytes, libraryBytes / baselineBytes);
  }
}
