package org.inspectionkit.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.inspectionkit.json.Frameworks;
import org.inspectionkit.model.Rating;
import org.inspectionkit.model.casework.Answer;
import org.inspectionkit.model.casework.CaseAssessment;
import org.inspectionkit.model.casework.CaseRef;
import org.inspectionkit.model.casework.Gender;
import org.inspectionkit.model.casework.InspectedCase;
import org.inspectionkit.model.casework.RiskOfSeriousHarm;
import org.inspectionkit.model.casework.SentenceType;
import org.inspectionkit.model.evidence.StandardJudgement;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.KeyQuestion;
import org.inspectionkit.model.framework.SampleKind;
import org.inspectionkit.model.framework.Standard;
import org.inspectionkit.model.framework.StandardCode;
import org.inspectionkit.model.inspection.FieldworkPeriod;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.inspection.InspectionId;
import org.inspectionkit.model.inspection.InspectionStatus;
import org.inspectionkit.model.provider.Provider;
import org.inspectionkit.model.provider.ProviderId;
import org.inspectionkit.model.provider.ProviderType;

/**
 * The inspections the rating and consistency benchmarks work on: a 2019-20 CRC inspection with {@code n}
 * domain-two cases, each answered on the twelve domain-two key questions, plus a fixed 30 unpaid-work and 30
 * Through the Gate cases (so that every case-rated standard can be rated), and the four domain-one judgements.
 *
 * <p>Answers are drawn from a seeded random source: 75% yes, 20% no, 5% not applicable. The same {@code n} always
 * gives an equal inspection.
 */
public final class BenchmarkData {

  /** Cases in each of the two domain-three samples, whatever the domain-two size. */
  public static final int DOMAIN_THREE_CASES = 30;

  private static final LocalDate FIELDWORK = LocalDate.of(2019, 9, 2);

  private BenchmarkData() {}

  /**
   * Moves everything built so far into the old generation, compacted, before measuring. Without it the objects of
   * an inspection built in setup are still young and each young collection during the measurement copies them
   * again, in a different order: the library's time per operation then drifted by a factor of three within one
   * fork as the layout changed, while the baseline's large arrays did not move.
   */
  public static void settle() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
  }

  /**
   * The built-in 2019-20 framework.
   *
   * @return the framework
   */
  public static Framework framework() {
    return Frameworks.load("probation-2019-20");
  }

  /**
   * A rateable 2019-20 CRC inspection with {@code domainTwoCases} domain-two cases.
   *
   * @param framework the 2019-20 framework
   * @param domainTwoCases the number of domain-two cases
   * @return the inspection
   */
  public static Inspection inspection(Framework framework, int domainTwoCases) {
    Random random = new Random(20_190_902L + domainTwoCases);
    Inspection.Builder b =
        Inspection.builder()
            .id(InspectionId.of("bench-" + domainTwoCases))
            .provider(
                Provider.builder()
                    .id(ProviderId.of("bench-crc"))
                    .name("Benchmark CRC")
                    .type(ProviderType.CRC)
                    .area("Everywhere")
                    .build())
            .frameworkId(framework.id())
            .cycle(framework.cycle())
            .status(InspectionStatus.REPORTING)
            .fieldwork(FieldworkPeriod.of(FIELDWORK, 4));
    addSample(b, framework, SampleKind.DOMAIN_TWO, "D2", domainTwoCases, random);
    addSample(b, framework, SampleKind.UNPAID_WORK, "UW", DOMAIN_THREE_CASES, random);
    addSample(b, framework, SampleKind.THROUGH_THE_GATE, "TG", DOMAIN_THREE_CASES, random);
    for (int s = 1; s <= 4; s++) {
      b.addJudgement(
          StandardJudgement.builder()
              .standard(StandardCode.of(1, s))
              .rating(s % 2 == 0 ? Rating.GOOD : Rating.REQUIRES_IMPROVEMENT)
              .inspector("insp-01")
              .rationale("Judged against the case data of domain two.")
              .addCitedElement(StandardCode.of(2, s))
              .build());
    }
    return b.build();
  }

  private static void addSample(
      Inspection.Builder b, Framework framework, SampleKind sample, String prefix, int n, Random random) {
    List<KeyQuestion> questions = new ArrayList<>();
    for (Standard s : framework.standardsRatedFrom(ProviderType.CRC, sample)) {
      questions.addAll(s.keyQuestions());
    }
    for (int i = 1; i <= n; i++) {
      CaseRef ref = CaseRef.of(String.format("%s-%07d", prefix, i));
      b.addCase(
          InspectedCase.builder()
              .ref(ref)
              .sample(sample)
              .gender(random.nextInt(100) < 85 ? Gender.MALE : Gender.FEMALE)
              .sentenceType(sample == SampleKind.THROUGH_THE_GATE ? SentenceType.CUSTODY : SentenceType.COMMUNITY)
              .riskOfSeriousHarm(random.nextBoolean() ? RiskOfSeriousHarm.LOW : RiskOfSeriousHarm.MEDIUM)
              .startDate(FIELDWORK.minusDays(14 + random.nextInt(170)))
              .build());
      CaseAssessment.Builder a =
          CaseAssessment.builder().caseRef(ref).assessor("insp-0" + (1 + i % 4)).assessedOn(FIELDWORK);
      for (KeyQuestion k : questions) {
        int r = random.nextInt(100);
        a.putAnswer(k.code(), r < 75 ? Answer.YES : r < 95 ? Answer.NO : Answer.NOT_APPLICABLE);
      }
      b.addAssessment(a.build());
    }
  }
}
