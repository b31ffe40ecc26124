package org.inspectionkit.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.inspectionkit.benchmarks.PlainRecords.InspectionRecord;
import org.inspectionkit.json.InspectionJson;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.inspection.InspectionId;
import org.inspectionkit.model.provider.ProviderId;
import org.inspectionkit.testkit.store.LargeInspections;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writing and reading a large inspection as JSON: {@link InspectionJson#standard()} against plain Jackson
 * databind doing the same work on the same data.
 *
 * <p>The data: {@link LargeInspections#withCases} with 10,000 domain-two cases (each with twelve key question
 * answers, some prompt answers, sampling attributes and diversity characteristics), plus interviews, evidence,
 * judgements, an override, recommendations and progress assessments.
 *
 * <ul>
 *   <li>Library: {@link InspectionJson#write(Object, java.io.OutputStream)} of the {@link Inspection}, and
 *       {@link InspectionJson#read(java.io.InputStream, Class)} of the document back into an {@link Inspection},
 *       which checks the document against the 2019-20 framework and builds the immutable, validated model.
 *   <li>Baseline: {@code ObjectMapper.writeValue} and {@code readValue} (through an {@link ObjectWriter} and
 *       {@link ObjectReader} of {@link PlainRecords#mapper()}) of the same data as the plain records of
 *       {@link PlainRecords}: no validation, codes and enumerations as strings.
 * </ul>
 *
 * <p>Both write indented UTF-8 and leave absent and empty values out, so the documents are of comparable size
 * (measured, and printed once by the setup): 8,060,668 bytes for the library, 7,841,478 bytes for the baseline.
 * They differ in shape: the library's document puts each case's assessment in the case's entry, the baseline
 * keeps the two lists apart as the records do, and Jackson's indentation differs slightly. Writes go to a
 * {@link ByteArrayOutputStream} reset before each call; reads parse a byte array made in the setup.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// An operation takes 30 to 500 ms, and reads were still getting faster after three one-second warm-up iterations:
// iterations of 3 s.
@Warmup(iterations = 3, time = 3, timeUnit = TimeUnit.SECONDS)
@Measurement(iterations = 5, time = 3, timeUnit = TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class JsonBenchmark {

  /** Cases in the inspection. */
  private static final int CASES = 10_000;

  private final InspectionJson json = InspectionJson.standard();
  private final ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024 * 1024);
  private Inspection inspection;
  private InspectionRecord record;
  private ObjectWriter writer;
  private ObjectReader reader;
  private byte[] libraryDocument;
  private byte[] baselineDocument;

  /**
   * Makes the inspection, its plain records, and the two documents; checks that each reads back to what was
   * written (the inspection equal, the records writing the same document again), and prints the documents' sizes.
   *
   * @throws IOException if a document cannot be written or read
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    inspection = LargeInspections.withCases(InspectionId.of("bench-json"), ProviderId.of("bench-crc"), CASES);
    record = PlainRecords.of(inspection);
    ObjectMapper mapper = PlainRecords.mapper();
    writer = mapper.writerFor(InspectionRecord.class);
    reader = mapper.readerFor(InspectionRecord.class);
    libraryWrite();
    libraryDocument = out.toByteArray();
    baselineWrite();
    baselineDocument = out.toByteArray();
    if (!libraryRead().equals(inspection)) {
      throw new IllegalStateException("the library's document does not read back equal to the inspection");
    }
    if (!Arrays.equals(writer.writeValueAsBytes(baselineRead()), baselineDocument)) {
      throw new IllegalStateException("the baseline's document does not read back equal to the records");
    }
    System.out.printf(
        "%nJSON document sizes: library %,d bytes, baseline %,d bytes%n",
        libraryDocument.length,
        baselineDocument.length);
    BenchmarkData.settle();
  }

  /**
   * Library: writes the inspection as JSON with {@link InspectionJson#write(Object, java.io.OutputStream)}.
   *
   * @return the document's length in bytes
   * @throws IOException never (an in-memory stream)
   */
  @Benchmark
  public int libraryWrite() throws IOException {
    out.reset();
    json.write(inspection, out);
    return out.size();
  }

  /**
   * Baseline: writes the same data, as plain records, with Jackson databind.
   *
   * @return the document's length in bytes
   * @throws IOException never (an in-memory stream)
   */
  @Benchmark
  public int baselineWrite() throws IOException {
    out.reset();
    writer.writeValue(out, record);
    return out.size();
  }

  /**
   * Library: reads the inspection back with {@link InspectionJson#read(java.io.InputStream, Class)}, checked
   * against the framework and built as the validated model.
   *
   * @return the inspection read
   * @throws IOException never (an in-memory stream)
   */
  @Benchmark
  public Inspection libraryRead() throws IOException {
    return json.read(new ByteArrayInputStream(libraryDocument), Inspection.class);
  }

  /**
   * Baseline: reads the same data back into plain records with Jackson databind, unchecked.
   *
   * @return the records read
   * @throws IOException never (an in-memory stream)
   */
  @Benchmark
  public InspectionRecord baselineRead() throws IOException {
    return reader.readValue(new ByteArrayInputStream(baselineDocument));
  }
}
