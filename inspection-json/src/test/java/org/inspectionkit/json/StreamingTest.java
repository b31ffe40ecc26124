package org.inspectionkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An inspection of 100,000 assessed cases (twelve answers each: about 56 MB of JSON, about 115 MB of model objects)
 * is written and read streaming, in the 256 MiB heap this module's tests run in (surefire's {@code argLine}).
 *
 * <p>The writer hands the target chunks of at most 16 KiB: it never buffers the document. The reader reads the file
 * through a stream, with only the inspection it builds held in memory: a JsonNode tree of the document alone takes
 * about 230 MB (measured when this test was written), which with the inspection read from it does not fit this heap,
 * so the test fails if reading ever builds one. The inspection read back is written again and gives the same bytes.
 */
class StreamingTest {

  private static final int CASES = 100_000;
  private static final long HEAP_LIMIT = 256L * 1024 * 1024;
  private static final Answer[] ANSWERS = Answer.values();

  @TempDir Path dir;

  static Inspection inspectionWith(int cases) {
    Framework framework = Frameworks.load("probation-2019-20");
    List<KeyQuestionCode> questions = new ArrayList<>();
    for (Standard s : framework.standardsRatedFrom(ProviderType.CRC, SampleKind.DOMAIN_TWO)) {
      for (KeyQuestion k : s.keyQuestions()) {
        questions.add(k.code());
      }
    }
    List<InspectedCase> inspected = new ArrayList<>(cases);
    List<CaseAssessment> assessments = new ArrayList<>(cases);
    LocalDate day = LocalDate.of(2019, 9, 2);
    for (int i = 0; i < cases; i++) {
      CaseRef ref = ref(i);
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
        a.putAnswer(questions.get(q), ANSWERS[(i + q) % ANSWERS.length]);
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

  private static CaseRef ref(int i) {
    return CaseRef.of("D2-" + Integer.toString(1_000_000 + i).substring(1));
  }

  @Test
  void hundredThousandAssessments_areWrittenInSmallChunks_andReadFromAStream_inABoundedHeap() throws Exception {
    assertThat(Runtime.getRuntime().maxMemory())
        .as("this test shows bounded memory only in a small heap: see surefire's argLine")
        .isLessThanOrEqualTo(HEAP_LIMIT);
    Path file = dir.resolve("large.json");
    MessageDigest written = sha256();
    ChunkCounter counter;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
      counter = new ChunkCounter(new DigestOutputStream(out, written));
      InspectionJson.standard().write(inspectionWith(CASES), counter);
    }
    assertThat(counter.total).as("document size").isGreaterThan(50_000_000L);
    assertThat(counter.largestWrite).as("largest single write").isLessThanOrEqualTo(16 * 1024);

    Inspection back;
    try (InputStream in = Files.newInputStream(file)) {
      back = InspectionJson.standard().read(in, Inspection.class);
    }

    assertThat(back.cases()).hasSize(CASES);
    assertThat(back.assessment(ref(54_321)).orElseThrow().answer(KeyQuestionCode.parse("2.4.3")))
        .contains(ANSWERS[(54_321 + 11) % ANSWERS.length]);
    MessageDigest rewritten = sha256();
    InspectionJson.standard().write(back, new DigestOutputStream(OutputStream.nullOutputStream(), rewritten));
    assertThat(rewritten.digest()).as("the same bytes again").isEqualTo(written.digest());
  }

  private static MessageDigest sha256() throws NoSuchAlgorithmException {
    return MessageDigest.getInstance("SHA-256");
  }

  /** Passes bytes on, counting them and the largest single write. */
  static final class ChunkCounter extends FilterOutputStream {
    long total;
    int largestWrite;

    ChunkCounter(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      total += len;
      largestWrite = Math.max(largestWrite, len);
      out.write(b, off, len);
    }
  }
}
