package org.inspectionkit.testkit.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.inspectionkit.model.Rating;
import org.inspectionkit.model.casework.Answer;
import org.inspectionkit.model.casework.CaseAssessment;
import org.inspectionkit.model.casework.CaseRef;
import org.inspectionkit.model.casework.Gender;
import org.inspectionkit.model.casework.InspectedCase;
import org.inspectionkit.model.casework.InterviewOutcome;
import org.inspectionkit.model.casework.RiskOfSeriousHarm;
import org.inspectionkit.model.casework.SentenceType;
import org.inspectionkit.model.casework.ServiceUserForumMeeting;
import org.inspectionkit.model.casework.ServiceUserInterview;
import org.inspectionkit.model.evidence.EvidenceItem;
import org.inspectionkit.model.evidence.EvidenceSubmission;
import org.inspectionkit.model.evidence.RatingOverride;
import org.inspectionkit.model.evidence.StandardJudgement;
import org.inspectionkit.model.evidence.UnpaidWorkEvidence;
import org.inspectionkit.model.evidence.UnpaidWorkMethod;
import org.inspectionkit.model.framework.Cycle;
import org.inspectionkit.model.framework.FrameworkId;
import org.inspectionkit.model.framework.KeyQuestionCode;
import org.inspectionkit.model.framework.SampleKind;
import org.inspectionkit.model.framework.StandardCode;
import org.inspectionkit.model.inspection.FieldworkPeriod;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.inspection.InspectionId;
import org.inspectionkit.model.inspection.InspectionStatus;
import org.inspectionkit.model.provider.Provider;
import org.inspectionkit.model.provider.ProviderId;
import org.inspectionkit.model.provider.ProviderType;
import org.inspectionkit.model.recommendation.Progress;
import org.inspectionkit.model.recommendation.ProgressAssessment;
import org.inspectionkit.model.recommendation.Recommendation;
import org.inspectionkit.model.recommendation.RecommendationId;

/**
 * Large, fully populated inspections for store tests and benchmarks: a 2019-20 CRC inspection whose domain-two
 * cases are each answered on all twelve domain-two key questions (2.1.1 to 2.4.3) and on some prompts, with
 * sampling attributes, diversity characteristics, interviews, forum meetings, evidence, judgements, an override,
 * recommendations and progress assessments.
 *
 * <p>The same arguments always give an equal inspection (the content is drawn from a random source seeded by the
 * id). Case references are {@code D2-00001} upwards. Thread-safe: no state.
 */
public final class LargeInspections {

  private static final LocalDate FIELDWORK = LocalDate.of(2019, 9, 2);

  private LargeInspections() {}

  /**
   * The twelve domain-two key questions, 2.1.1 to 2.4.3, in code order.
   *
   * @return the key question codes
   */
  public static List<KeyQuestionCode> domainTwoKeyQuestions() {
    List<KeyQuestionCode> out = new ArrayList<>(12);
    for (int standard = 1; standard <= 4; standard++) {
      for (int question = 1; question <= 3; question++) {
        out.add(KeyQuestionCode.of(2, standard, question));
      }
    }
    return out;
  }

  /**
   * A 2019-20 inspection of a CRC with {@code cases} domain-two cases, every one assessed on the twelve domain-two
   * key questions.
   *
   * @param id the inspection id
   * @param provider the provider id
   * @param cases the number of cases, from 0
   * @return the inspection
   */
  public static Inspection withCases(InspectionId id, ProviderId provider, int cases) {
    if (cases < 0) {
      throw new IllegalArgumentException("cases: must be at least 0, was " + cases);
    }
    Random random = new Random(id.hashCode() * 31L + cases);
    InspectionId previous = InspectionId.of(provider + "-2018-19");
    Inspection.Builder b =
        Inspection.builder()
            .id(id)
            .provider(
                Provider.builder()
                    .id(provider)
                    .name("Large CRC")
                    .type(ProviderType.CRC)
                    .area("Bedfordshire, Northamptonshire, Cambridgeshire and Hertfordshire")
                    .build())
            .frameworkId(FrameworkId.of("probation-2019-20"))
            .cycle(Cycle.of(2019))
            .status(InspectionStatus.REPORTING)
            .fieldwork(FieldworkPeriod.of(FIELDWORK, 4))
            .previousInspection(previous);
    List<KeyQuestionCode> questions = domainTwoKeyQuestions();
    List<CaseRef> refs = new ArrayList<>(cases);
    for (int i = 1; i <= cases; i++) {
      CaseRef ref = CaseRef.of(String.format("D2-%05d", i));
      refs.add(ref);
      b.addCase(inspectedCase(ref, random));
      CaseAssessment.Builder a =
          CaseAssessment.builder()
              .caseRef(ref)
              .assessor("insp-" + (1 + random.nextInt(12)))
              .assessedOn(FIELDWORK.plusDays(random.nextInt(14)));
      for (KeyQuestionCode k : questions) {
        a.putAnswer(k, answer(random));
        if (random.nextInt(4) == 0) {
          a.putPromptAnswer(k.prompt((char) ('a' + random.nextInt(3))), answer(random));
        }
      }
      b.addAssessment(a.build());
      if (i % 3 == 0) {
        b.addInterview(
            ServiceUserInterview.builder()
                .caseRef(ref)
                .outcome(InterviewOutcome.values()[random.nextInt(InterviewOutcome.values().length)])
                .date(random.nextBoolean() ? Optional.of(FIELDWORK.plusDays(3)) : Optional.empty())
                .build());
      }
    }
    b.addForumMeeting(
        ServiceUserForumMeeting.builder()
            .date(FIELDWORK.plusDays(2))
            .forum("Service user council")
            .attendees(9)
            .notes("Attendees described reporting arrangements.")
            .build());
    for (int s = 1; s <= 4; s++) {
      StandardCode standard = StandardCode.of(1, s);
      b.addEvidenceSubmission(
          EvidenceSubmission.builder()
              .keyQuestion(standard.keyQuestion(1))
              .addItem(EvidenceItem.of("Business plan " + s))
              .addItem(
                  EvidenceItem.builder()
                      .title("Quality assurance report " + s)
                      .description("Audit of case supervision")
                      .documentRef("qa-" + s + ".pdf")
                      .build())
              .addItem(EvidenceItem.of("Staff survey " + s))
              .narrative("Our current position on standard " + standard + ".")
              .submittedOn(FIELDWORK.minusWeeks(6))
              .build());
      StandardJudgement.Builder j =
          StandardJudgement.builder()
              .standard(standard)
              .rating(Rating.values()[random.nextInt(4)])
              .rationale("Judged against the case data of domain two.")
              .addCitedElement(StandardCode.of(2, s))
              .inspector("insp-01");
      if (!refs.isEmpty()) {
        j.addCitedCase(refs.get(random.nextInt(refs.size())));
      }
      b.addJudgement(j.build());
    }
    b.addUnpaidWorkEvidence(UnpaidWorkEvidence.of(UnpaidWorkMethod.SITE_VISIT, "Two sites visited."));
    b.addUnpaidWorkEvidence(
        UnpaidWorkEvidence.builder()
            .method(UnpaidWorkMethod.SUPERVISOR_INTERVIEW)
            .date(FIELDWORK.plusDays(8))
            .summary("Supervisors model pro-social behaviour.")
            .build());
    b.addOverride(
        RatingOverride.builder()
            .standard("2.3")
            .computed(Rating.REQUIRES_IMPROVEMENT)
            .rating(Rating.GOOD)
            .reason("Small sample; recent improvement evidenced.")
            .inspector("insp-02")
            .build());
    for (int n = 1; n <= 3; n++) {
      b.addRecommendation(
          Recommendation.builder()
              .inspection(id)
              .number(n)
              .target(KeyQuestionCode.of(2, n, 3))
              .text("Improve the analysis of risk of harm, recommendation " + n + ".")
              .addressedTo("Large CRC")
              .build());
    }
    for (int n = 1; n <= 2; n++) {
      b.addProgressAssessment(
          ProgressAssessment.builder()
              .recommendation(RecommendationId.of(previous, n))
              .assessedIn(id)
              .progress(n == 1 ? Progress.SUFFICIENT : Progress.INSUFFICIENT)
              .addEvidenceOfResult("Case audit shows improvement.")
              .commentary("Followed up in fieldwork.")
              .build());
    }
    return b.build();
  }

  private static InspectedCase inspectedCase(CaseRef ref, Random random) {
    InspectedCase.Builder c =
        InspectedCase.builder()
            .ref(ref)
            .sample(SampleKind.DOMAIN_TWO)
            .gender(Gender.values()[random.nextInt(Gender.values().length)])
            .sentenceType(random.nextBoolean() ? SentenceType.COMMUNITY : SentenceType.LICENCE)
            .riskOfSeriousHarm(random.nextBoolean() ? RiskOfSeriousHarm.LOW : RiskOfSeriousHarm.MEDIUM);
    if (random.nextInt(5) > 0) {
      c.startDate(FIELDWORK.minusDays(60 + random.nextInt(120)));
    }
    if (random.nextBoolean()) {
      c.putAttribute("requirement", random.nextBoolean() ? "rar" : "unpaid-work");
    }
    if (random.nextInt(3) > 0) {
      c.putDiversity("ethnicity", random.nextBoolean() ? "White" : "Black");
      c.putDiversity("age-band", random.nextBoolean() ? "18-24" : "25-39");
    }
    return c.build();
  }

  private static Answer answer(Random random) {
    int n = random.nextInt(10);
    return n < 6 ? Answer.YES : n < 9 ? Answer.NO : Answer.NOT_APPLICABLE;
  }
}
