package org.inspectionkit.model.inspection;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.inspectionkit.model.casework.CaseAssessment;
import org.inspectionkit.model.casework.CaseRef;
import org.inspectionkit.model.casework.InspectedCase;
import org.inspectionkit.model.casework.NoServiceUserForum;
import org.inspectionkit.model.casework.ServiceUserForumMeeting;
import org.inspectionkit.model.casework.ServiceUserInterview;
import org.inspectionkit.model.evidence.EvidenceSubmission;
import org.inspectionkit.model.evidence.QualitativeAdjustment;
import org.inspectionkit.model.evidence.RatingOverride;
import org.inspectionkit.model.evidence.StandardJudgement;
import org.inspectionkit.model.evidence.UnpaidWorkEvidence;
import org.inspectionkit.model.evidence.UnpaidWorkOutcomes;
import org.inspectionkit.model.framework.Cycle;
import org.inspectionkit.model.framework.FrameworkId;
import org.inspectionkit.model.internal.Checks;
import org.inspectionkit.model.provider.Provider;
import org.inspectionkit.model.recommendation.ProgressAssessment;
import org.inspectionkit.model.recommendation.Recommendation;

/**
 * An inspection of one provider under one framework version: the aggregate that holds its cases and their
 * assessments, service user voice, evidence, judgements, overrides, the recommendations it makes and its
 * assessment of progress on earlier ones.
 *
 * <p>The provider is kept as it stood when inspected. Other aggregates are referred to by id: the framework, and
 * the previous inspection whose recommendations this one follows up.
 *
 * <p>Structural invariants, checked when it is built: case references unique; every assessment, interview and
 * cited case refers to a case of this inspection, with at most one assessment per case; at most one judgement,
 * one override and one evidence submission per standard or key question; recommendations are this inspection's,
 * with unique numbers; progress assessments are made by this inspection, at most one per recommendation. Whether
 * the content fits the framework (key questions that exist, standards that apply to the provider type) is checked
 * by {@code inspection-rules} and the JSON reader. Collections are kept sorted by their key (cases and assessments
 * by case reference, judgements and overrides by standard, and so on), so two inspections with the same content
 * are equal whatever order it was given in.
 *
 * <p>Immutable and thread-safe. {@link #toString()} prints identifiers and counts only, never case data.
 */
@Value.Immutable
public abstract class Inspection {

  Inspection() {}

  /**
   * The inspection's id.
   *
   * @return the id
   */
  public abstract InspectionId id();

  /**
   * The provider as it stood when inspected.
   *
   * @return the provider
   */
  public abstract Provider provider();

  /**
   * The framework version the inspection is made under.
   *
   * @return the framework id
   */
  public abstract FrameworkId frameworkId();

  /**
   * The inspection cycle.
   *
   * @return the cycle
   */
  public abstract Cycle cycle();

  /**
   * Where the inspection stands; {@link InspectionStatus#PLANNED} unless said otherwise.
   *
   * @return the status
   */
  @Value.Default
  public InspectionStatus status() {
    return InspectionStatus.PLANNED;
  }

  /**
   * When fieldwork runs, if scheduled.
   *
   * @return the fieldwork period
   */
  public abstract Optional<FieldworkPeriod> fieldwork();

  /**
   * The previous inspection of this provider, whose recommendations this one follows up, if any.
   *
   * @return the previous inspection's id
   */
  public abstract Optional<InspectionId> previousInspection();

  /**
   * The inspected cases, sorted by reference.
   *
   * @return the cases
   */
  public abstract List<InspectedCase> cases();

  /**
   * The case assessments, sorted by case reference.
   *
   * @return the assessments
   */
  public abstract List<CaseAssessment> assessments();

  /**
   * Records of interviews with the service users of inspected cases, sorted by case reference.
   *
   * @return the interviews
   */
  public abstract List<ServiceUserInterview> interviews();

  /**
   * Meetings with service user forums, sorted by date.
   *
   * @return the meetings
   */
  public abstract List<ServiceUserForumMeeting> forumMeetings();

  /**
   * The provider's domain-one evidence submissions, sorted by key question.
   *
   * @return the submissions
   */
  public abstract List<EvidenceSubmission> evidenceSubmissions();

  /**
   * Qualitative evidence on unpaid work, sorted by method, then date.
   *
   * @return the evidence
   */
  public abstract List<UnpaidWorkEvidence> unpaidWorkEvidence();

  /**
   * The record that the area has no service user forum or equivalent, and how that was established, if so; an
   * inspection with forum meetings has none.
   *
   * @return the record
   */
  public abstract Optional<NoServiceUserForum> noServiceUserForum();

  /**
   * Unpaid work outcome information for a period, if recorded: the 2019-20 method rates unpaid work on it beside
   * the cases and the qualitative evidence.
   *
   * @return the outcomes
   */
  public abstract Optional<UnpaidWorkOutcomes> unpaidWorkOutcomes();

  /**
   * Moves of case-rated standards on qualitative evidence, as the method allows (unpaid work in 2019-20), sorted
   * by standard.
   *
   * @return the adjustments
   */
  public abstract List<QualitativeAdjustment> qualitativeAdjustments();

  /**
   * The inspector's judgements of judgement-rated standards, sorted by standard.
   *
   * @return the judgements
   */
  public abstract List<StandardJudgement> judgements();

  /**
   * Recorded departures from computed ratings, sorted by standard.
   *
   * @return the overrides
   */
  public abstract List<RatingOverride> overrides();

  /**
   * The recommendations this inspection makes, sorted by number.
   *
   * @return the recommendations
   */
  public abstract List<Recommendation> recommendations();

  /**
   * This inspection's assessments of progress on earlier recommendations, sorted by recommendation.
   *
   * @return the progress assessments
   */
  public abstract List<ProgressAssessment> progressAssessments();

  /**
   * The case with this reference.
   *
   * @param ref the reference
   * @return the case, if the inspection has it
   */
  public Optional<InspectedCase> inspectedCase(CaseRef ref) {
    return find(cases(), InspectedCase::ref, ref);
  }

  /**
   * The assessment of the case with this reference.
   *
   * @param ref the reference
   * @return the assessment, if the case was assessed
   */
  public Optional<CaseAssessment> assessment(CaseRef ref) {
    return find(assessments(), CaseAssessment::caseRef, ref);
  }

  /**
   * A copy of this inspection with another status.
   *
   * @param status the new status
   * @return the copy
   */
  public Inspection withStatus(InspectionStatus status) {
    return builder().from(this).status(status).build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  private static <T> Optional<T> find(List<T> sorted, Function<T, CaseRef> key, CaseRef ref) {
    int lo = 0;
    int hi = sorted.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = key.apply(sorted.get(mid)).compareTo(ref);
      if (c < 0) {
        lo = mid + 1;
      } else if (c > 0) {
        hi = mid - 1;
      } else {
        return Optional.of(sorted.get(mid));
      }
    }
    return Optional.empty();
  }

  @Value.Check
  Inspection check() {
    String where = "Inspection " + id();
    Checks.unique(where + " cases", "case reference", cases(), InspectedCase::ref);
    Set<CaseRef> refs = new HashSet<>(cases().size() * 2);
    for (InspectedCase c : cases()) {
      refs.add(c.ref());
    }
    for (CaseAssessment a : assessments()) {
      Checks.require(
          refs.contains(a.caseRef()), where + " assessments", "assessment of unknown case '" + a.caseRef() + "'");
    }
    Checks.unique(where + " assessments", "assessment of case", assessments(), CaseAssessment::caseRef);
    for (ServiceUserInterview i : interviews()) {
      Checks.require(
          refs.contains(i.caseRef()), where + " interviews", "interview for unknown case '" + i.caseRef() + "'");
    }
    for (StandardJudgement j : judgements()) {
      for (CaseRef r : j.citedCases()) {
        Checks.require(
            refs.contains(r),
            where + " judgement " + j.standard(),
            "cites unknown case '" + r + "'");
      }
    }
    Checks.unique(where + " judgements", "judgement of standard", judgements(), StandardJudgement::standard);
    Checks.unique(where + " overrides", "override of standard", overrides(), RatingOverride::standard);
    Checks.require(noServiceUserForum().isEmpty() || forumMeetings().isEmpty(), where + " noServiceUserForum",
        "the inspection records forum meetings, so a forum or its equivalent exists");
    Checks.unique(where + " qualitativeAdjustments", "adjustment of standard", qualitativeAdjustments(),
        QualitativeAdjustment::standard);
    for (QualitativeAdjustment a : qualitativeAdjustments()) {
      Checks.require(overrides().stream().noneMatch(o -> o.standard().equals(a.standard())),
          where + " qualitativeAdjustments", "standard " + a.standard() + " is both adjusted on qualitative"
              + " evidence and overridden; record one");
    }
    Checks.unique(
        where + " evidenceSubmissions",
        "submission for key question",
        evidenceSubmissions(),
        EvidenceSubmission::keyQuestion);
    for (Recommendation r : recommendations()) {
      Checks.require(
          r.inspection().equals(id()),
          where + " recommendations",
          "recommendation " + r.id() + " was made by another inspection; record it there");
    }
    Checks.unique(where + " recommendations", "recommendation number", recommendations(), Recommendation::number);
    for (ProgressAssessment p : progressAssessments()) {
      Checks.require(
          p.assessedIn().equals(id()),
          where + " progressAssessments",
          "assessment of " + p.recommendation() + " was made by inspection " + p.assessedIn() + ", not this one");
      Checks.require(
          !p.recommendation().inspection().equals(id()),
          where + " progressAssessments",
          "an inspection follows up earlier recommendations, not its own (" + p.recommendation() + ")");
    }
    Checks.unique(
        where + " progressAssessments",
        "assessment of recommendation",
        progressAssessments(),
        ProgressAssessment::recommendation);
    previousInspection()
        .ifPresent(p -> Checks.require(!p.equals(id()), where + " previousInspection", "cannot be itself"));
    return normalized();
  }

  private Inspection normalized() {
    Comparator<UnpaidWorkEvidence> evidenceOrder =
        Comparator.comparing(UnpaidWorkEvidence::method)
            .thenComparing(e -> e.date().orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()));
    boolean sorted =
        Checks.isSorted(cases(), InspectedCase::ref)
            && Checks.isSorted(assessments(), CaseAssessment::caseRef)
            && Checks.isSorted(interviews(), ServiceUserInterview::caseRef)
            && Checks.isSorted(forumMeetings(), ServiceUserForumMeeting::date)
            && Checks.isSorted(evidenceSubmissions(), EvidenceSubmission::keyQuestion)
            && isSorted(unpaidWorkEvidence(), evidenceOrder)
            && Checks.isSorted(judgements(), StandardJudgement::standard)
            && Checks.isSorted(overrides(), RatingOverride::standard)
            && Checks.isSorted(qualitativeAdjustments(), QualitativeAdjustment::standard)
            && Checks.isSorted(recommendations(), Recommendation::number)
            && Checks.isSorted(progressAssessments(), ProgressAssessment::recommendation);
    if (sorted) {
      return this;
    }
    return builder()
        .from(this)
        .cases(sort(cases(), Comparator.comparing(InspectedCase::ref)))
        .assessments(sort(assessments(), Comparator.comparing(CaseAssessment::caseRef)))
        .interviews(sort(interviews(), Comparator.comparing(ServiceUserInterview::caseRef)))
        .forumMeetings(sort(forumMeetings(), Comparator.comparing(ServiceUserForumMeeting::date)))
        .evidenceSubmissions(sort(evidenceSubmissions(), Comparator.comparing(EvidenceSubmission::keyQuestion)))
        .unpaidWorkEvidence(sort(unpaidWorkEvidence(), evidenceOrder))
        .judgements(sort(judgements(), Comparator.comparing(StandardJudgement::standard)))
        .overrides(sort(overrides(), Comparator.comparing(RatingOverride::standard)))
        .qualitativeAdjustments(sort(qualitativeAdjustments(), Comparator.comparing(QualitativeAdjustment::standard)))
        .recommendations(sort(recommendations(), Comparator.comparingInt(Recommendation::number)))
        .progressAssessments(sort(progressAssessments(), Comparator.comparing(ProgressAssessment::recommendation)))
        .build();
  }

  private static <T> boolean isSorted(List<T> items, Comparator<T> order) {
    for (int i = 1; i < items.size(); i++) {
      if (order.compare(items.get(i - 1), items.get(i)) > 0) {
        return false;
      }
    }
    return true;
  }

  private static <T> List<T> sort(List<T> items, Comparator<T> order) {
    return items.stream().sorted(order).collect(Collectors.toList());
  }

  /**
   * Identifiers and counts only; never case data.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "Inspection{id=" + id()
        + ", provider=" + provider().id()
        + ", framework=" + frameworkId()
        + ", cycle=" + cycle()
        + ", status=" + status()
        + ", cases=" + cases().size()
        + ", assessments=" + assessments().size()
        + "}";
  }

  /**
   * Builds an {@link Inspection}; id, provider, framework id and cycle are required, every collection may be
   * empty.
   */
  public static final class Builder extends ImmutableInspection.Builder {
    Builder() {}

    /**
     * Sets the id from its text form.
     *
     * @param id the id, such as {@code crc-bench-2019-20}
     * @return this builder
     */
    public Builder id(String id) {
      return id(Checks.parse("Inspection.id", id, InspectionId::of));
    }

    /**
     * Sets the framework id from its text form.
     *
     * @param id the framework id, such as {@code probation-2019-20}
     * @return this builder
     */
    public Builder frameworkId(String id) {
      return frameworkId(Checks.parse("Inspection.frameworkId", id, FrameworkId::of));
    }

    /**
     * Sets the cycle from its text form.
     *
     * @param cycle the cycle, such as {@code 2019-20}
     * @return this builder
     */
    public Builder cycle(String cycle) {
      return cycle(Checks.parse("Inspection.cycle", cycle, Cycle::parse));
    }
  }
}
