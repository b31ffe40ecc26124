package org.inspectionkit.rules;

import java.time.LocalDate;
import java.util.List;
import org.inspectionkit.model.Rating;
import org.inspectionkit.model.casework.Answer;
import org.inspectionkit.model.casework.CaseAssessment;
import org.inspectionkit.model.casework.CaseRef;
import org.inspectionkit.model.casework.InspectedCase;
import org.inspectionkit.model.evidence.StandardJudgement;
import org.inspectionkit.model.framework.Domain;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.KeyQuestion;
import org.inspectionkit.model.framework.KeyQuestionCode;
import org.inspectionkit.model.framework.RatingBasis;
import org.inspectionkit.model.framework.SampleKind;
import org.inspectionkit.model.framework.Standard;
import org.inspectionkit.model.framework.StandardCode;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.provider.Provider;
import org.inspectionkit.model.provider.ProviderId;
import org.inspectionkit.model.provider.ProviderType;

/**
 * A framework shaped like the probation framework (four judgement-rated standards in domain one, four case-rated
 * in domain two, two per provider type in domain three), and builders for inspections with chosen answer counts.
 */
public final class TestFrameworks {

  private TestFrameworks() {}

  public static final ProviderType CRC = ProviderType.CRC;
  public static final ProviderType NPS = ProviderType.NPS_DIVISION;

  public static Framework probationLike() {
    return Framework.builder()
        .id("probation-like-2019-20")
        .title("Probation-like test framework")
        .cycle("2019-20")
        .addProviderTypes(CRC, NPS)
        .addDomain(
            Domain.builder()
                .code("1")
                .title("Organisational delivery")
                .addStandard(judged("1.1", 3))
                .addStandard(judged("1.2", 5))
                .addStandard(judged("1.3", 3))
                .addStandard(judged("1.4", 4))
                .build())
        .addDomain(
            Domain.builder()
                .code("2")
                .title("Case supervision")
                .addStandard(caseRated("2.1", SampleKind.DOMAIN_TWO, 3))
                .addStandard(caseRated("2.2", SampleKind.DOMAIN_TWO, 3))
                .addStandard(caseRated("2.3", SampleKind.DOMAIN_TWO, 3))
                .addStandard(caseRated("2.4", SampleKind.DOMAIN_TWO, 3))
                .build())
        .addDomain(
            Domain.builder()
                .code("3")
                .title("Provider-specific work")
                .addStandard(caseRated("3.1", SampleKind.UNPAID_WORK, 2, CRC))
                .addStandard(caseRated("3.2", SampleKind.THROUGH_THE_GATE, 2, CRC))
                .addStandard(caseRated("3.1", SampleKind.COURT_WORK, 3, NPS))
                .addStandard(caseRated("3.2", SampleKind.VICTIM_WORK, 2, NPS))
                .build())
        .build();
  }

  public static Standard judged(String code, int questions) {
    Standard.Builder s = Standard.builder().code(code).title("Standard " + code).ratingBasis(RatingBasis.JUDGEMENT);
    for (int k = 1; k <= questions; k++) {
      s.addKeyQuestion(KeyQuestion.builder().code(code + "." + k).text("Question " + code + "." + k + "?").build());
    }
    return s.build();
  }

  public static Standard caseRated(String code, SampleKind sample, int questions, ProviderType... types) {
    Standard.Builder s =
        Standard.builder()
            .code(code)
            .title("Standard " + code)
            .ratingBasis(RatingBasis.CASE_DATA)
            .sampleKind(sample)
            .addAppliesTo(types);
    for (int k = 1; k <= questions; k++) {
      s.addKeyQuestion(KeyQuestion.builder().code(code + "." + k).text("Question " + code + "." + k + "?").build());
    }
    return s.build();
  }

  public static Provider provider(ProviderType type) {
    return Provider.of(ProviderId.of(type == CRC ? "crc-test" : "nps-test"), "Test provider", type);
  }

  /**
   * An inspection of a provider of {@code type} in which every case-rated key question has every case answered
   * {@code answer}, with {@code casesPerSample} cases per sample, and every judgement-rated standard judged
   * {@code judged}.
   */
  public static Inspection.Builder uniform(ProviderType type, int casesPerSample, Answer answer, Rating judged) {
    Framework f = probationLike();
    Inspection.Builder b =
        Inspection.builder()
            .id("test-inspection")
            .provider(provider(type))
            .frameworkId(f.id())
            .cycle(f.cycle());
    int serial = 0;
    for (SampleKind sample : samplesOf(f, type)) {
      for (int i = 0; i < casesPerSample; i++) {
        String ref = sample.code().substring(0, 2).toUpperCase() + "-" + (++serial);
        b.addCase(InspectedCase.of(CaseRef.of(ref), sample));
        CaseAssessment.Builder a = assessment(ref);
        for (Standard s : f.standardsRatedFrom(type, sample)) {
          for (KeyQuestion k : s.keyQuestions()) {
            a.putAnswer(k.code(), answer);
          }
        }
        b.addAssessment(a.build());
      }
    }
    for (Standard s : f.standardsFor(type)) {
      if (!s.isCaseRated()) {
        b.addJudgement(judgement(s.code(), judged));
      }
    }
    return b;
  }

  /**
   * The inspection with what a 2019-20 inspection also records: three pieces of evidence per domain-one key
   * question, a done interview for every domain-two case, a forum meeting, and unpaid work evidence by every method
   * when the provider type is rated on unpaid work.
   */
  public static Inspection with2019Evidence(Inspection inspection) {
    Framework f = probationLike();
    Inspection.Builder b = Inspection.builder().from(inspection).evidenceSubmissions(List.of());
    for (Standard s : f.standardsFor(inspection.provider().type())) {
      if (s.isCaseRated()) {
        continue;
      }
      for (KeyQuestion k : s.keyQuestions()) {
        b.addEvidenceSubmission(
            org.inspectionkit.model.evidence.EvidenceSubmission.builder()
                .keyQuestion(k.code())
                .addItem(org.inspectionkit.model.evidence.EvidenceItem.of("one"))
                .addItem(org.inspectionkit.model.evidence.EvidenceItem.of("two"))
                .addItem(org.inspectionkit.model.evidence.EvidenceItem.of("three"))
                .build());
      }
    }
    b.interviews(List.of());
    for (InspectedCase c : inspection.cases()) {
      if (c.sample().equals(SampleKind.DOMAIN_TWO)) {
        b.addInterview(
            org.inspectionkit.model.casework.ServiceUserInterview.of(
                c.ref(), org.inspectionkit.model.casework.InterviewOutcome.DONE));
      }
    }
    b.addForumMeeting(
        org.inspectionkit.model.casework.ServiceUserForumMeeting.builder()
            .date(LocalDate.of(2019, 9, 10))
            .forum("Test forum")
            .build());
    if (!f.standardsRatedFrom(inspection.provider().type(), SampleKind.UNPAID_WORK).isEmpty()) {
      for (org.inspectionkit.model.evidence.UnpaidWorkMethod m : org.inspectionkit.model.evidence.UnpaidWorkMethod.values()) {
        b.addUnpaidWorkEvidence(org.inspectionkit.model.evidence.UnpaidWorkEvidence.of(m, "seen"));
      }
    }
    return b.build();
  }

  public static List<SampleKind> samplesOf(Framework f, ProviderType type) {
    return f.standardsFor(type).stream()
        .filter(Standard::isCaseRated)
        .map(s -> s.sampleKind().orElseThrow())
        .distinct()
        .collect(java.util.stream.Collectors.toList());
  }

  public static CaseAssessment.Builder assessment(String ref) {
    return CaseAssessment.builder().caseRef(ref).assessor("insp-01").assessedOn(LocalDate.of(2019, 9, 10));
  }

  public static StandardJudgement judgement(StandardCode code, Rating rating) {
    return StandardJudgement.builder()
        .standard(code)
        .rating(rating)
        .rationale("Judged " + rating.label())
        .addCitedElement(StandardCode.of(2, 1))
        .build();
  }

  /**
   * An inspection in which key question {@code question} has {@code yes}, {@code no} and {@code na} answers and
   * every other case-rated key question is answered yes in every case.
   */
  public static Inspection withCounts(ProviderType type, KeyQuestionCode question, int yes, int no, int na) {
    Framework f = probationLike();
    SampleKind sample = f.standard(type, question.standard()).orElseThrow().sampleKind().orElseThrow();
    Inspection base = uniform(type, 0, Answer.YES, Rating.GOOD).build();
    Inspection.Builder b = Inspection.builder().from(base);
    int total = yes + no + na;
    int serial = 0;
    for (SampleKind s : samplesOf(f, type)) {
      int n = s.equals(sample) ? total : 5;
      for (int i = 0; i < n; i++) {
        String ref = s.code().substring(0, 2).toUpperCase() + "-" + (++serial);
        b.addCase(InspectedCase.of(CaseRef.of(ref), s));
        CaseAssessment.Builder a = assessment(ref);
        for (Standard st : f.standardsRatedFrom(type, s)) {
          for (KeyQuestion k : st.keyQuestions()) {
            Answer answer = Answer.YES;
            if (k.code().equals(question)) {
              answer = i < yes ? Answer.YES : i < yes + no ? Answer.NO : Answer.NOT_APPLICABLE;
            }
            a.putAnswer(k.code(), answer);
          }
        }
        b.addAssessment(a.build());
      }
    }
    return b.build();
  }
}
