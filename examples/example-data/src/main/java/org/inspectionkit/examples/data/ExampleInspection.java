package org.inspectionkit.examples.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.inspectionkit.model.Rating;
import org.inspectionkit.model.casework.Answer;
import org.inspectionkit.model.casework.CaseAssessment;
import org.inspectionkit.model.casework.CaseRef;
import org.inspectionkit.model.casework.Gender;
import org.inspectionkit.model.casework.InspectedCase;
import org.inspectionkit.model.casework.InterviewOutcome;
import org.inspectionkit.model.casework.InterviewTheme;
import org.inspectionkit.model.casework.RiskOfSeriousHarm;
import org.inspectionkit.model.casework.SentenceType;
import org.inspectionkit.model.casework.ServiceUserForumMeeting;
import org.inspectionkit.model.casework.ServiceUserInterview;
import org.inspectionkit.model.evidence.EvidenceItem;
import org.inspectionkit.model.evidence.EvidenceSubmission;
import org.inspectionkit.model.evidence.QualitativeAdjustment;
import org.inspectionkit.model.evidence.StandardJudgement;
import org.inspectionkit.model.evidence.UnpaidWorkEvidence;
import org.inspectionkit.model.evidence.UnpaidWorkMethod;
import org.inspectionkit.model.evidence.UnpaidWorkOutcomes;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.StandardCode;
import org.inspectionkit.model.framework.KeyQuestion;
import org.inspectionkit.model.framework.KeyQuestionCode;
import org.inspectionkit.model.framework.SampleKind;
import org.inspectionkit.model.framework.Standard;
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
 * The example inspections: a CRC (BeNCH) inspected under the 2019-20 framework with realistic case data, and its
 * 2018-19 inspection whose recommendations the 2019-20 one follows up. The data are invented and deterministic:
 * every run builds the same inspections.
 *
 * <p>The 2019-20 inspection is built so that the library has something to say: a leadership judged Good beside a
 * planning standard rated Inadequate (the disconnect the 2019-20 changes target), a domain-one judgement that cites
 * no case data, an evidence submission with too few pieces, domain-two cases with no interview record, and an
 * override of a case-rated standard. Its key-question answers are built from the framework given, so they fit
 * whatever wording the framework data has.
 */
public final class ExampleInspection {

  /** The example provider, as inspected in 2019-20. */
  public static final Provider BENCH =
      Provider.builder()
          .id(ProviderId.of("crc-bench"))
          .name("BeNCH CRC")
          .type(ProviderType.CRC)
          .area("Bedfordshire, Northamptonshire, Cambridgeshire and Hertfordshire")
          .build();

  /** The id of the 2019-20 example inspection. */
  public static final InspectionId ID_2019 = InspectionId.of("crc-bench-2019-20");

  /** The id of the 2018-19 example inspection. */
  public static final InspectionId ID_2018 = InspectionId.of("crc-bench-2018-19");

  private static final LocalDate FIELDWORK_2019 = LocalDate.of(2019, 9, 2);
  private static final LocalDate FIELDWORK_2018 = LocalDate.of(2018, 10, 1);

  /** Target share of yes answers per key question, in key-question order, per standard. */
  private static final Map<String, double[]> SHARES_2019 =
      Map.of(
          "2.1", new double[] {0.78, 0.72, 0.62},
          "2.2", new double[] {0.70, 0.66, 0.45},
          "2.3", new double[] {0.74, 0.69, 0.58},
          "2.4", new double[] {0.66, 0.63, 0.52},
          "3.1", new double[] {0.85, 0.82, 0.90},
          "3.2", new double[] {0.60, 0.53, 0.67});

  private static final Map<String, double[]> SHARES_2018 =
      Map.of(
          "2.1", new double[] {0.70, 0.64, 0.55},
          "2.2", new double[] {0.62, 0.60, 0.41},
          "2.3", new double[] {0.70, 0.61, 0.52},
          "2.4", new double[] {0.58, 0.56, 0.47},
          "3.1", new double[] {0.80, 0.78, 0.84},
          "3.2", new double[] {0.55, 0.50, 0.62});

  private ExampleInspection() {}

  /**
   * The 2019-20 inspection of BeNCH CRC.
   *
   * @param framework the 2019-20 framework (its CRC standards decide the key questions answered)
   * @return the inspection
   */
  public static Inspection crc2019(Framework framework) {
    Inspection.Builder b =
        Inspection.builder()
            .id(ID_2019)
            .provider(BENCH)
            .frameworkId(framework.id())
            .cycle(framework.cycle())
            .status(InspectionStatus.REPORTING)
            .fieldwork(FieldworkPeriod.of(FIELDWORK_2019, 4))
            .previousInspection(ID_2018);
    Random random = new Random(2019);
    addCases(b, framework, SHARES_2019, FIELDWORK_2019, random, 60, 20, 15);
    judgements2019(b);
    // Unpaid work is rated on its cases and, as the 2019-20 method says, on the observations and outcome
    // information: the case data give Outstanding; the evidence moves it one band, as the policy allows.
    b.unpaidWorkOutcomes(
        UnpaidWorkOutcomes.builder()
            .periodStart(LocalDate.of(2018, 7, 1))
            .periodEnd(LocalDate.of(2019, 6, 30))
            .ordersMade(1_240)
            .hoursOrdered(143_600)
            .hoursWorked(118_200)
            .ordersCompleted(1_010)
            .completedWithinTwelveMonths(790)
            .build());
    b.addQualitativeAdjustment(
        QualitativeAdjustment.builder()
            .standard(StandardCode.parse("3.1"))
            .caseData(Rating.OUTSTANDING)
            .rating(Rating.GOOD)
            .addCitedMethods(UnpaidWorkMethod.SITE_VISIT, UnpaidWorkMethod.SUPERVISOR_INTERVIEW,
                UnpaidWorkMethod.OPPORTUNITY_ANALYSIS)
            .citesOutcomes(true)
            .reason(
                "Site visits and supervisor interviews found few placements with training or employment value, and"
                    + " fewer than four in five orders completed within twelve months; the case sample alone"
                    + " overstates the rehabilitative offer.")
            .inspector("insp-02")
            .build());
    addInterviews(b, random);
    b.addForumMeeting(
        ServiceUserForumMeeting.builder()
            .date(FIELDWORK_2019.plusDays(8))
            .forum("Northamptonshire service user council")
            .attendees(9)
            .build());
    addEvidenceSubmissions(b, framework);
    addUnpaidWorkEvidence(b);
    b.addRecommendation(recommendation(ID_2019, 1, "2.2.3",
        "Improve sentence planning so that it addresses the risk of harm to others, most critical factors first."));
    b.addRecommendation(recommendation(ID_2019, 2, "1.2",
        "Reduce caseloads for probation officers to the level the operating model assumes."));
    b.addRecommendation(recommendation(ID_2019, 3, "3.2",
        "Make resettlement plans available to the community responsible officer before release."));
    b.addProgressAssessment(progress(1, Progress.SUFFICIENT,
        "Quality assurance audits show 78% of risk assessments completed on time, up from 52%."));
    b.addProgressAssessment(progress(2, Progress.INSUFFICIENT,
        "A workload tool is in place, but average caseloads remain above 60."));
    b.addProgressAssessment(progress(3, Progress.NO_PROGRESS));
    b.addProgressAssessment(progress(4, Progress.SUFFICIENT,
        "Staff survey: 71% now report regular management oversight, up from 38%."));
    return b.build();
  }

  /**
   * The 2018-19 inspection of BeNCH CRC, whose four recommendations the 2019-20 inspection follows up; the fourth
   * targets a domain-one prompt.
   *
   * @param framework the 2018-19 framework
   * @return the inspection
   */
  public static Inspection crc2018(Framework framework) {
    Inspection.Builder b =
        Inspection.builder()
            .id(ID_2018)
            .provider(BENCH)
            .frameworkId(framework.id())
            .cycle(framework.cycle())
            .status(InspectionStatus.PUBLISHED)
            .fieldwork(FieldworkPeriod.of(FIELDWORK_2018, 3));
    addCases(b, framework, SHARES_2018, FIELDWORK_2018, new Random(2018), 50, 15, 12);
    for (String[] j : new String[][] {{"1.1", "GOOD"}, {"1.2", "REQUIRES_IMPROVEMENT"}, {"1.3", "GOOD"},
        {"1.4", "REQUIRES_IMPROVEMENT"}}) {
      b.addJudgement(
          StandardJudgement.builder()
              .standard(j[0])
              .rating(Rating.valueOf(j[1]))
              .rationale("2018-19 judgement of " + j[0] + ".")
              .inspector("insp-01")
              .build());
    }
    b.addRecommendation(recommendation(ID_2018, 1, "2.1.3",
        "Complete risk of harm assessments within the required time."));
    b.addRecommendation(recommendation(ID_2018, 2, "1.2.1",
        "Bring staffing and workloads to a level that allows good quality work."));
    b.addRecommendation(recommendation(ID_2018, 3, "3.2.1",
        "Start resettlement planning for every prisoner within the required time."));
    b.addRecommendation(recommendation(ID_2018, 4, "1.2.3.a",
        "Make sure that managers oversee casework regularly and effectively."));
    return b.build();
  }

  // -------------------------------------------------------------------------------------------------- cases

  private static void addCases(
      Inspection.Builder b,
      Framework framework,
      Map<String, double[]> shares,
      LocalDate fieldwork,
      Random random,
      int domainTwo,
      int unpaidWork,
      int throughTheGate) {
    Map<SampleKind, Integer> sizes =
        Map.of(SampleKind.DOMAIN_TWO, domainTwo, SampleKind.UNPAID_WORK, unpaidWork,
            SampleKind.THROUGH_THE_GATE, throughTheGate);
    for (SampleKind sample : List.of(SampleKind.DOMAIN_TWO, SampleKind.UNPAID_WORK, SampleKind.THROUGH_THE_GATE)) {
      int n = sizes.get(sample);
      String prefix = sample == SampleKind.DOMAIN_TWO ? "D2" : sample == SampleKind.UNPAID_WORK ? "UW" : "TG";
      List<CaseAssessment.Builder> assessments = new ArrayList<>();
      for (int i = 1; i <= n; i++) {
        String ref = String.format("%s-%03d", prefix, i);
        b.addCase(inspectedCase(ref, sample, fieldwork, random));
        assessments.add(
            CaseAssessment.builder()
                .caseRef(ref)
                .assessor("insp-0" + (1 + i % 4))
                .assessedOn(fieldwork.plusDays(i % 10)));
      }
      for (Standard s : framework.standardsRatedFrom(ProviderType.CRC, sample)) {
        double[] target = shares.getOrDefault(s.code().toString(), new double[] {0.7});
        List<KeyQuestion> questions = s.keyQuestions();
        for (int k = 0; k < questions.size(); k++) {
          answer(assessments, questions.get(k).code(), target[Math.min(k, target.length - 1)], k == 2, random);
        }
      }
      assessments.forEach(a -> b.addAssessment(a.build()));
    }
  }

  /** Answers one key question for every case: exactly round(share x applicable) yes, the rest no or not applicable. */
  static void answer(
      List<CaseAssessment.Builder> cases, KeyQuestionCode question, double share, boolean someNotApplicable,
      Random random) {
    int n = cases.size();
    int notApplicable = someNotApplicable ? n / 10 : 0;
    int yes = (int) Math.round(share * (n - notApplicable));
    List<Answer> answers = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      answers.add(i < yes ? Answer.YES : i < n - notApplicable ? Answer.NO : Answer.NOT_APPLICABLE);
    }
    Collections.shuffle(answers, random);
    for (int i = 0; i < n; i++) {
      cases.get(i).putAnswer(question, answers.get(i));
    }
  }

  static InspectedCase inspectedCase(String ref, SampleKind sample, LocalDate fieldwork, Random random) {
    InspectedCase.Builder c =
        InspectedCase.builder()
            .ref(ref)
            .sample(sample)
            .gender(random.nextInt(100) < 85 ? Gender.MALE : Gender.FEMALE)
            .sentenceType(
                sample == SampleKind.THROUGH_THE_GATE
                    ? SentenceType.CUSTODY
                    : random.nextInt(100) < 60 ? SentenceType.COMMUNITY : SentenceType.LICENCE)
            .riskOfSeriousHarm(random.nextInt(100) < 30 ? RiskOfSeriousHarm.LOW : RiskOfSeriousHarm.MEDIUM)
            .startDate(fieldwork.minusDays(14 + random.nextInt(170)));
    if (sample == SampleKind.DOMAIN_TWO) {
      c.putDiversity("ethnicity", pick(random, new String[] {"White", "Black", "Asian", "Mixed", "Other"},
          new int[] {75, 8, 9, 5, 3}));
      c.putDiversity("age-band", pick(random, new String[] {"18-24", "25-39", "40+"}, new int[] {20, 50, 30}));
    }
    return c.build();
  }

  private static String pick(Random random, String[] values, int[] weights) {
    int r = random.nextInt(100);
    for (int i = 0; i < values.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return values[i];
      }
    }
    return values[values.length - 1];
  }

  // ----------------------------------------------------------------------------------------- the rest

  private static void judgements2019(Inspection.Builder b) {
    b.addJudgement(judgement("1.1", Rating.GOOD, "insp-01", "2.1", "2.2"));
    b.addJudgement(judgement("1.2", Rating.REQUIRES_IMPROVEMENT, "insp-01", "2.3"));
    b.addJudgement(judgement("1.3", Rating.GOOD, "insp-03", "2.3", "3.1"));
    b.addJudgement(judgement("1.4", Rating.REQUIRES_IMPROVEMENT, "insp-03"));
  }

  private static StandardJudgement judgement(String standard, Rating rating, String inspector, String... cites) {
    StandardJudgement.Builder j =
        StandardJudgement.builder()
            .standard(standard)
            .rating(rating)
            .inspector(inspector)
            .rationale(
                "Judged against the key questions of " + standard + ", with the case data of the standards cited.");
    for (String c : cites) {
      j.addCitedElement(c);
    }
    return j.build();
  }

  private static void addInterviews(Inspection.Builder b, Random random) {
    List<InterviewOutcome> outcomes = new ArrayList<>();
    addTimes(outcomes, InterviewOutcome.DONE, 24);
    addTimes(outcomes, InterviewOutcome.DECLINED, 14);
    addTimes(outcomes, InterviewOutcome.UNREACHABLE, 10);
    addTimes(outcomes, InterviewOutcome.OFFERED, 6);
    // Six of the sixty domain-two cases have no interview record at all.
    Collections.shuffle(outcomes, random);
    // What the interviews that took place raised, coded with the default themes (no words of anyone's are kept).
    List<List<InterviewTheme>> raised = List.of(
        List.of(InterviewTheme.RELATIONSHIP_WITH_OFFICER, InterviewTheme.HELP_WITH_NEEDS),
        List.of(InterviewTheme.CHANGE_OF_OFFICER, InterviewTheme.CONTACT_FREQUENCY),
        List.of(InterviewTheme.RELATIONSHIP_WITH_OFFICER),
        List.of(InterviewTheme.INVOLVED_IN_PLANNING, InterviewTheme.HELP_WITH_NEEDS),
        List.of(InterviewTheme.ACCESS_TO_SERVICES),
        List.of(InterviewTheme.CHANGE_OF_OFFICER, InterviewTheme.RELATIONSHIP_WITH_OFFICER));
    int done = 0;
    for (int i = 0; i < outcomes.size(); i++) {
      ServiceUserInterview.Builder interview =
          ServiceUserInterview.builder()
              .caseRef(CaseRef.of(String.format("D2-%03d", i + 1)))
              .outcome(outcomes.get(i))
              .date(FIELDWORK_2019.plusDays(i % 9));
      if (outcomes.get(i) == InterviewOutcome.DONE) {
        interview.addAllThemes(raised.get(done++ % raised.size()));
      }
      b.addInterview(interview.build());
    }
  }

  private static void addTimes(List<InterviewOutcome> list, InterviewOutcome outcome, int times) {
    for (int i = 0; i < times; i++) {
      list.add(outcome);
    }
  }

  private static void addEvidenceSubmissions(Inspection.Builder b, Framework framework) {
    int n = 0;
    for (Standard s : framework.standardsFor(ProviderType.CRC)) {
      if (s.isCaseRated()) {
        continue;
      }
      for (KeyQuestion k : s.keyQuestions()) {
        int items = k.code().toString().equals("1.2.3") ? 2 : 3 + (n++ % 3);
        EvidenceSubmission.Builder e =
            EvidenceSubmission.builder()
                .keyQuestion(k.code())
                .submittedOn(FIELDWORK_2019.minusDays(14))
                .narrative(
                    "Our current position on " + k.code() + ": we have reviewed our approach this year, set clear"
                        + " expectations for managers and staff, and measure the results each quarter. The"
                        + " evidence attached shows what has changed and where we still need to improve.");
        for (int i = 1; i <= items; i++) {
          e.addItem(
              EvidenceItem.builder()
                  .title("Evidence " + i + " for " + k.code())
                  .documentRef("bench/" + k.code() + "/" + i + ".pdf")
                  .build());
        }
        b.addEvidenceSubmission(e.build());
      }
    }
  }

  private static void addUnpaidWorkEvidence(Inspection.Builder b) {
    Object[][] evidence = {
      {UnpaidWorkMethod.SITE_VISIT, 3, "Site visit: work was purposeful and safely supervised."},
      {UnpaidWorkMethod.SUPERVISOR_INTERVIEW, 4, "Supervisor interview: supervisors model pro-social behaviour."},
      {UnpaidWorkMethod.INDUCTION_OBSERVATION, 1, "Induction observed: expectations explained clearly."},
      {UnpaidWorkMethod.WORKER_INTERVIEW, 6, "Interviews with people doing unpaid work: placements start promptly."},
      {UnpaidWorkMethod.PROJECT_ASSESSMENT, 2, "Project assessment: projects benefit the local community."},
      {UnpaidWorkMethod.OPPORTUNITY_ANALYSIS, 1, "Few placements offer accredited training or employment links."}
    };
    for (Object[] e : evidence) {
      for (int i = 0; i < (Integer) e[1]; i++) {
        b.addUnpaidWorkEvidence(
            UnpaidWorkEvidence.builder()
                .method((UnpaidWorkMethod) e[0])
                .date(FIELDWORK_2019.plusDays(1 + i))
                .summary((String) e[2])
                .build());
      }
    }
  }

  private static Recommendation recommendation(InspectionId inspection, int number, String target, String text) {
    return Recommendation.builder()
        .inspection(inspection)
        .number(number)
        .target(target)
        .text(text)
        .addressedTo("BeNCH CRC")
        .build();
  }

  private static ProgressAssessment progress(int number, Progress progress, String... evidence) {
    return ProgressAssessment.builder()
        .recommendation(RecommendationId.of(ID_2018, number))
        .assessedIn(ID_2019)
        .progress(progress)
        .addEvidenceOfResult(evidence)
        .build();
  }

}
