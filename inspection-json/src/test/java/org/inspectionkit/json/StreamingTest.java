package org.inspectionkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.inspectionkit.model.casework.Answer;
import org.inspectionkit.model.casework.CaseAssessment;
import org.inspectionkit.model.casework.CaseRef;
import org.inspectionkit.model.casework.InspectedCase;
import org.inspectionkit.model.casework.RiskOfSeriousHarm;
import org.inspectionkit.model.casework.SentenceType;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.KeyQuestion;
import org.inspectionkit.model.framework.KeyQuestionCode;
import org.inspectionkit.model.framework.SampleKind;
import org.inspectionkit.model.framework.Standard;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.provider.Provider;
import org.inspectionkit.model.provider.ProviderId;
import org.inspectionkit.model.provider.ProviderType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An inspection of 100,000 assessed cases (twelve answers each, about 56 MB of JSON and about 115 MB of model
 * objects) is written and read without the document ever being held in memory.
 *
 * <p>The writer writes to a stream that keeps nothing and sees only small chunks. The reader reads through a 64 KiB
 * pipe filled by a concurrent writer, so the document exists only a pipe's worth at a time, and it does so in the
 * 384 MiB heap this module's tests run in (surefire's {@code argLine}). The original and the copy read back take
 * about 240 MB of it; a JsonNode tree of the document takes about 230 MB more (measured when this test was written:
 * reading the tree and then converting it ran out of memory in this heap), so there is no room for one, and
 * reading needs no more than a small multiple of the objects' own size.
 */
class StreamingTest {

  private static final int CASES = 100_000;
  private static final long HEAP_LIMIT = 384L * 1024 * 1024;

  private static Inspection large;

  @BeforeAll
  static void buildLargeInspection() {
    large = inspectionWith(CASES);
  }

  @AfterAll
  static void releaseIt() {
    large = null;
  }

  static Inspection inspectionWith(int cases) {
    Framework framework = Frameworks.load("probation-2019-20");
    List<KeyQuestionCode> questions = new ArrayList<>();
    for (Standard s : framework.standardsRatedFrom(ProviderType.CRC, SampleKind.DOMAIN_TWO)) {
      for (KeyQuestion k : s.keyQuestions()) {
        questions.add(k.code());
      }
    }
    Answer[] answers = Answer.values();
    List<InspectedCase> inspected = new ArrayList<>(cases);
    List<CaseAssessment> assessments = new ArrayList<>(cases);
    LocalDate day = LocalDate.of(2019, 9, 2);
    for (int i = 0; i < cases; i++) {
      CaseRef ref = CaseRef.of(String.format("D2-%06d", i));
      inspected.add(
          InspectedCase.builder()
              .ref(ref)
              .sample(SampleKind.DOMAIN_TWO)
              .sentenceType(SentenceType.values()[i % 2])
              .riskOfSeriousHarm(RiskOfSeriousHarm.values()[i % 4])
              .build());
      CaseAssessment.Builder a =
          CaseAssessment.builder().caseRef(ref).assessor("insp-" + (i % 40)).assessedOn(day.plusDays(i % 20));
      for (int q = 0; q < questions.size(); q++) {
        a.putAnswer(questions.get(q), answers[(i + q) % answers.length]);
      }
      assessments.add(a.build());
    }
    return Inspection.builder()
        .id("crc-large-2019-20")
        .provider(Provider.of(ProviderId.of("crc-large"), "A large CRC", ProviderType.CRC))
        .frameworkId("probation-2019-20")
        .cycle("2019-20")
        .cases(inspected)
        .assessments(assessments)
        .build();
  }

  @Test
  void write_hundredThousandAssessments_streamsToTheTargetInSmallChunks() throws IOException {
    CountingOutputStream out = new CountingOutputStream();

    InspectionJson.standard().write(large, out);

    assertThat(out.total).as("document size").isGreaterThan(50_000_000L);
    assertThat(out.largestWrite).as("largest single write").isLessThanOrEqualTo(16 * 1024);
    assertThat(out.writes).isGreaterThan(3_000);
  }

  @Test
  void read_hundredThousandAssessments_throughAPipe_givesThemBackInABoundedHeap() throws IOException {
    assertThat(Runtime.getRuntime().maxMemory())
        .as("this test shows bounded memory only in a small heap: see surefire's argLine")
        .isLessThanOrEqualTo(HEAP_LIMIT);
    PipedInputStream in = new PipedInputStream(64 * 1024);
    PipedOutputStream pipe = new PipedOutputStream(in);
    CompletableFuture<Void> writer =
        CompletableFuture.runAsync(() -> {
          try (pipe) {
            InspectionJson.standard().write(large, pipe);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });

    Inspection back = InspectionJson.standard().read(in, Inspection.class);

    writer.join();
    assertThat(back.assessments()).hasSize(CASES);
    assertThat(back).isEqualTo(large);
  }

  /** Counts what it is given and keeps none of it. */
  static final class CountingOutputStream extends OutputStream {
    long total;
    int largestWrite;
    int writes;

    @Override
    public void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      total += len;
      writes++;
      largestWrite = Math.max(largestWrite, len);
    }
  }
}
