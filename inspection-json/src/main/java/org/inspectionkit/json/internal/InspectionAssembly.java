package org.inspectionkit.json.internal;

import static org.inspectionkit.json.internal.JsonPaths.index;
import static org.inspectionkit.json.internal.JsonPaths.member;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.inspectionkit.model.casework.CaseAssessment;
import org.inspectionkit.model.casework.CaseRef;
import org.inspectionkit.model.casework.InspectedCase;
import org.inspectionkit.model.casework.ServiceUserInterview;
import org.inspectionkit.model.evidence.EvidenceSubmission;
import org.inspectionkit.model.evidence.QualitativeAdjustment;
import org.inspectionkit.model.evidence.RatingOverride;
import org.inspectionkit.model.evidence.StandardJudgement;
import org.inspectionkit.model.framework.ElementCode;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.FrameworkId;
import org.inspectionkit.model.framework.FrameworkLevel;
import org.inspectionkit.model.framework.KeyQuestionCode;
import org.inspectionkit.model.framework.PromptCode;
import org.inspectionkit.model.framework.SampleKind;
import org.inspectionkit.model.framework.Standard;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.provider.ProviderType;
import org.inspectionkit.model.recommendation.ProgressAssessment;
import org.inspectionkit.model.recommendation.Recommendation;

/**
 * Builds an inspection once all its members are read: first the checks that span members (duplicates, references
 * to cases, recommendations of this inspection), then, when a framework resolver is given, the checks against the
 * framework in the provider type's view; each problem at the path of the element at fault. The inspection is built
 * only when nothing is wrong.
 */
final class InspectionAssembly {

  private final InspectionParts parts;
  private final Input in;
  private final String path;

  private InspectionAssembly(InspectionParts parts, Input in, String path) {
    this.parts = parts;
    this.in = in;
    this.path = path;
  }

  static Inspection assemble(InspectionParts parts, Input in, String path, boolean hadProblems) {
    int before = in.problemCount();
    InspectionAssembly a = new InspectionAssembly(parts, in, path);
    a.checkReferences();
    if (in.options().checksFrameworks()) {
      a.checkAgainstFramework(in.options().frameworks());
    }
    if (hadProblems || in.problemCount() > before) {
      return null;
    }
    return a.build();
  }

  private Inspection build() {
    return ObjectCodec.built(in, path, () -> {
      Inspection.Builder b =
          Inspection.builder()
              .id(parts.id)
              .frameworkId(parts.frameworkId)
              .cycle(parts.cycle)
              .provider(parts.provider)
              .fieldwork(Optional.ofNullable(parts.fieldwork))
              .previousInspection(Optional.ofNullable(parts.previousInspection))
              .judgements(parts.judgements)
              .overrides(parts.overrides)
              .qualitativeAdjustments(parts.qualitativeAdjustments)
              .unpaidWorkOutcomes(Optional.ofNullable(parts.unpaidWorkOutcomes))
              .recommendations(parts.recommendations)
              .progressAssessments(parts.progressAssessments)
              .evidenceSubmissions(parts.evidenceSubmissions)
              .unpaidWorkEvidence(parts.unpaidWorkEvidence)
              .forumMeetings(parts.forumMeetings)
              .noServiceUserForum(Optional.ofNullable(parts.noServiceUserForum))
              .interviews(parts.interviews);
      if (parts.status != null) {
        b.status(parts.status);
      }
      for (CaseEntry e : parts.cases) {
        b.addCase(e.inspectedCase());
        if (e.assessment() != null) {
          b.addAssessment(e.assessment());
        }
      }
      return b.build();
    });
  }

  // ------------------------------------------------------------------------------------------ references

  private void checkReferences() {
    String cases = member(path, "cases");
    Map<CaseRef, Integer> caseAt = new HashMap<>(parts.cases.size() * 2);
    boolean allRefsRead = true;
    for (int i = 0; i < parts.cases.size(); i++) {
      CaseEntry e = parts.cases.get(i);
      if (e == null || e.ref() == null) {
        allRefsRead = false;
        continue;
      }
      Integer first = caseAt.putIfAbsent(e.ref(), i);
      if (first != null) {
        in.problem(
            member(index(cases, i), "ref"),
            "duplicate case reference '" + e.ref() + "' (also at " + index(cases, first) + ")");
      }
    }
    // A case whose reference could not be read might be the one referred to: no false alarms.
    if (allRefsRead) {
      String interviews = member(path, "interviews");
      for (int i = 0; i < parts.interviews.size(); i++) {
        ServiceUserInterview iv = parts.interviews.get(i);
        if (iv != null && !caseAt.containsKey(iv.caseRef())) {
          in.problem(member(index(interviews, i), "caseRef"), "no case '" + iv.caseRef() + "' in this inspection");
        }
      }
      String judgements = member(path, "judgements");
      for (int i = 0; i < parts.judgements.size(); i++) {
        StandardJudgement j = parts.judgements.get(i);
        if (j == null) {
          continue;
        }
        for (CaseRef r : j.citedCases()) {
          if (!caseAt.containsKey(r)) {
            in.problem(member(index(judgements, i), "citedCases"), "cites case '" + r + "', not in this inspection");
          }
        }
      }
    }
    unique(parts.judgements, StandardJudgement::standard, "judgements", "standard", "judgement of standard");
    unique(parts.overrides, RatingOverride::standard, "overrides", "standard", "override of standard");
    unique(parts.qualitativeAdjustments, QualitativeAdjustment::standard, "qualitativeAdjustments", "standard",
        "adjustment of standard");
    unique(
        parts.evidenceSubmissions,
        EvidenceSubmission::keyQuestion,
        "evidenceSubmissions",
        "keyQuestion",
        "evidence submission for key question");
    unique(parts.recommendations, Recommendation::number, "recommendations", "number", "recommendation number");
    unique(
        parts.progressAssessments,
        ProgressAssessment::recommendation,
        "progressAssessments",
        "recommendation",
        "progress assessment of recommendation");
    if (parts.id == null) {
      return;
    }
    String recommendations = member(path, "recommendations");
    for (int i = 0; i < parts.recommendations.size(); i++) {
      Recommendation r = parts.recommendations.get(i);
      if (r != null && !r.inspection().equals(parts.id)) {
        in.problem(
            member(index(recommendations, i), "inspection"),
            "recommendation made by inspection '" + r.inspection() + "', not by this one ('" + parts.id
                + "'); record it in the inspection that made it");
      }
    }
    String progress = member(path, "progressAssessments");
    for (int i = 0; i < parts.progressAssessments.size(); i++) {
      ProgressAssessment p = parts.progressAssessments.get(i);
      if (p == null) {
        continue;
      }
      if (!p.assessedIn().equals(parts.id)) {
        in.problem(
            member(index(progress, i), "assessedIn"),
            "assessed in inspection '" + p.assessedIn() + "', not in this one ('" + parts.id + "')");
      }
      if (p.recommendation().inspection().equals(parts.id)) {
        in.problem(
            member(index(progress, i), "recommendation"),
            "an inspection follows up the recommendations of earlier inspections, not its own");
      }
    }
    if (parts.id.equals(parts.previousInspection)) {
      in.problem(member(path, "previousInspection"), "cannot be the inspection itself");
    }
  }

  private <T, K> void unique(List<T> items, Function<T, K> key, String list, String keyMember, String what) {
    Map<K, Integer> firstAt = new HashMap<>();
    String listPath = member(path, list);
    for (int i = 0; i < items.size(); i++) {
      T item = items.get(i);
      if (item == null) {
        continue;
      }
      K k = key.apply(item);
      Integer first = firstAt.putIfAbsent(k, i);
      if (first != null) {
        in.problem(
            member(index(listPath, i), keyMember),
            "duplicate " + what + " " + k + " (also at " + index(listPath, first) + ")");
      }
    }
  }

  // ------------------------------------------------------------------------------------------- framework

  private void checkAgainstFramework(Function<FrameworkId, Optional<Framework>> frameworks) {
    if (parts.frameworkId == null) {
      return;
    }
    Optional<Framework> found = Objects.requireNonNull(frameworks.apply(parts.frameworkId), "framework resolver");
    if (found.isEmpty()) {
      in.problem(member(path, "frameworkId"), "unknown framework '" + parts.frameworkId + "'");
      return;
    }
    Framework f = found.get();
    if (parts.cycle != null && !parts.cycle.equals(f.cycle())) {
      in.problem(
          member(path, "cycle"),
          "cycle " + parts.cycle + " does not match framework " + f.id() + ", which is for " + f.cycle());
    }
    if (parts.provider == null) {
      return;
    }
    ProviderType type = parts.provider.type();
    if (!f.covers(type)) {
      in.problem(
          member(member(path, "provider"), "type"),
          "framework " + f.id() + " does not cover provider type '" + type + "' (it covers "
              + f.providerTypes() + ")");
      return;
    }
    new FrameworkView(f, type).check();
  }

  /**
   * The checks against one provider type's view of the framework. An inspection may have a hundred thousand
   * cases: what the view says about a code or a sample is worked out once, and paths are built only for problems.
   */
  private final class FrameworkView {
    private final Framework framework;
    private final ProviderType type;
    private final Map<ElementCode, Optional<Standard>> standardOfAnswered = new HashMap<>();
    private final Map<SampleKind, Boolean> sampleUsed = new HashMap<>();

    FrameworkView(Framework framework, ProviderType type) {
      this.framework = framework;
      this.type = type;
    }

    void check() {
      String cases = member(path, "cases");
      for (int i = 0; i < parts.cases.size(); i++) {
        CaseEntry e = parts.cases.get(i);
        if (e != null && e.isRead()) {
          checkCase(cases, i, e.inspectedCase(), e.assessment());
        }
      }
      String judgements = member(path, "judgements");
      for (int i = 0; i < parts.judgements.size(); i++) {
        StandardJudgement j = parts.judgements.get(i);
        if (j != null) {
          element(member(index(judgements, i), "standard"), j.standard(), "");
          for (ElementCode c : j.citedElements()) {
            element(member(index(judgements, i), "citedElements"), c, "cites " + c + ", but there is ");
          }
        }
      }
      String overrides = member(path, "overrides");
      for (int i = 0; i < parts.overrides.size(); i++) {
        RatingOverride o = parts.overrides.get(i);
        if (o != null) {
          element(member(index(overrides, i), "standard"), o.standard(), "");
        }
      }
      String submissions = member(path, "evidenceSubmissions");
      for (int i = 0; i < parts.evidenceSubmissions.size(); i++) {
        EvidenceSubmission s = parts.evidenceSubmissions.get(i);
        if (s != null) {
          element(member(index(submissions, i), "keyQuestion"), s.keyQuestion(), "");
        }
      }
      String recommendations = member(path, "recommendations");
      for (int i = 0; i < parts.recommendations.size(); i++) {
        Recommendation r = parts.recommendations.get(i);
        if (r != null) {
          element(member(index(recommendations, i), "target"), r.target(), "");
        }
      }
    }

    private void checkCase(String cases, int i, InspectedCase c, CaseAssessment a) {
      SampleKind sample = c.sample();
      boolean sampled =
          sampleUsed.computeIfAbsent(sample, k -> !framework.standardsRatedFrom(type, k).isEmpty());
      if (!sampled) {
        in.problem(
            member(index(cases, i), "sample"),
            "no standard for provider type " + type + " in framework " + framework.id() + " is rated from sample '"
                + sample + "'");
      }
      if (a == null) {
        return;
      }
      for (KeyQuestionCode k : a.answers().keySet()) {
        answered(cases, i, "answers", k, k, sample, sampled);
      }
      for (PromptCode p : a.promptAnswers().keySet()) {
        answered(cases, i, "promptAnswers", p, p.keyQuestion(), sample, sampled);
      }
    }

    /** An answered key question or prompt must be in the view, in a standard rated from the case's sample. */
    private void answered(
        String cases, int i, String map, ElementCode code, KeyQuestionCode question, SampleKind sample,
        boolean sampled) {
      Optional<Standard> owner =
          standardOfAnswered.computeIfAbsent(
              code,
              c -> inView(c) ? framework.standard(type, question.standard()) : Optional.empty());
      if (owner.isEmpty()) {
        element(member(index(cases, i), map) + key(code), code, "");
        return;
      }
      Standard s = owner.get();
      if (s.isCaseRated() && (!sampled || s.sampleKind().orElseThrow().equals(sample))) {
        return;
      }
      String what = word(code.level()) + " " + code + " belongs to standard " + s.code();
      in.problem(
          member(index(cases, i), map) + key(code),
          s.isCaseRated()
              ? what + ", which is rated from sample " + s.sampleKind().orElseThrow()
                  + ", not from this case's sample " + sample
              : what + ", which is rated by judgement, not from cases");
    }

    private boolean inView(ElementCode code) {
      return framework.providerTypesWith(code).contains(type);
    }

    /** Records a problem if {@code code} is not in the view. */
    private void element(String at, ElementCode code, String prefix) {
      if (inView(code)) {
        return;
      }
      String where =
          framework.contains(code)
              ? " for provider type " + type + " in framework " + framework.id()
              : " in framework " + framework.id();
      in.problem(at, prefix + "no such " + word(code.level()) + where);
    }
  }

  private static String key(ElementCode code) {
    return "[\"" + code + "\"]";
  }

  private static String word(FrameworkLevel level) {
    switch (level) {
      case DOMAIN:
        return "domain";
      case STANDARD:
        return "standard";
      case KEY_QUESTION:
        return "key question";
      default:
        return "prompt";
    }
  }
}
