package org.inspectionkit.testkit.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.inspectionkit.model.casework.Answer;
import org.inspectionkit.model.casework.CaseAssessment;
import org.inspectionkit.model.casework.CaseRef;
import org.inspectionkit.model.casework.InspectedCase;
import org.inspectionkit.model.evidence.StandardJudgement;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.KeyQuestion;
import org.inspectionkit.model.framework.KeyQuestionCode;
import org.inspectionkit.model.framework.SampleKind;
import org.inspectionkit.model.framework.Standard;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.provider.ProviderType;

/**
 * The changes to an inspection that the invariant suites make before rating or checking it again: one answer
 * changed, answers added, cases reordered or renamed, names and free text replaced. Each change keeps the
 * inspection well formed; none touches what it does not name. Not part of the published API.
 */
public final class InspectionChanges {

  private final Framework framework;
  private final ProviderType type;
  private final Map<SampleKind, List<KeyQuestion>> questionsBySample = new HashMap<>();

  /**
   * Changes to inspections of a provider of {@code type} under {@code framework}.
   *
   * @param framework the framework
   * @param type the provider type
   */
  public InspectionChanges(Framework framework, ProviderType type) {
    this.framework = Objects.requireNonNull(framework, "framework");
    this.type = Objects.requireNonNull(type, "type");
    for (Standard s : framework.standardsFor(type)) {
      if (s.isCaseRated()) {
        questionsBySample.computeIfAbsent(s.sampleKind().orElseThrow(), k -> new ArrayList<>())
            .addAll(s.keyQuestions());
      }
    }
  }

  /** One answer of one assessment: where a change is made. */
  public record Place(int assessment, CaseRef caseRef, KeyQuestionCode keyQuestion) {}

  /**
   * The answers of {@code inspection} that are {@code answer}, on key questions of case-rated standards rated from
   * the sample of the answered case, in assessment order then key question order.
   *
   * @param inspection the inspection
   * @param answer the answer looked for
   * @return the places
   */
  public List<Place> answered(Inspection inspection, Answer answer) {
    Map<CaseRef, SampleKind> samples = samplesOf(inspection);
    List<Place> out = new ArrayList<>();
    List<CaseAssessment> assessments = inspection.assessments();
    for (int i = 0; i < assessments.size(); i++) {
      CaseAssessment a = assessments.get(i);
      for (KeyQuestion k : questionsOf(samples.get(a.caseRef()))) {
        if (a.answers().get(k.code()) == answer) {
          out.add(new Place(i, a.caseRef(), k.code()));
        }
      }
    }
    return out;
  }

  /**
   * The key questions of case-rated standards that assessments of {@code inspection} leave unanswered, in the
   * same order as {@link #answered}; the key question of each place is one its case's sample is rated on.
   *
   * @param inspection the inspection
   * @return the places
   */
  public List<Place> unanswered(Inspection inspection) {
    Map<CaseRef, SampleKind> samples = samplesOf(inspection);
    List<Place> out = new ArrayList<>();
    List<CaseAssessment> assessments = inspection.assessments();
    for (int i = 0; i < assessments.size(); i++) {
      CaseAssessment a = assessments.get(i);
      for (KeyQuestion k : questionsOf(samples.get(a.caseRef()))) {
        if (!a.answers().containsKey(k.code())) {
          out.add(new Place(i, a.caseRef(), k.code()));
        }
      }
    }
    return out;
  }

  /**
   * A place of {@code places} chosen by {@code random}, or empty if there is none.
   *
   * @param places the places
   * @param random the source of the choice
   * @return the place
   */
  public static Optional<Place> pick(List<Place> places, Random random) {
    return places.isEmpty() ? Optional.empty() : Optional.of(places.get(random.nextInt(places.size())));
  }

  /**
   * The inspection with the answers at {@code places} set to {@code answer} ({@code null} removes them, leaving
   * the key question unanswered).
   *
   * @param inspection the inspection
   * @param places where
   * @param answer the new answer, or null for none
   * @return the changed inspection
   */
  public static Inspection withAnswers(Inspection inspection, List<Place> places, Answer answer) {
    List<CaseAssessment> assessments = new ArrayList<>(inspection.assessments());
    Map<Integer, TreeMap<KeyQuestionCode, Answer>> changed = new HashMap<>();
    for (Place p : places) {
      changed.computeIfAbsent(p.assessment(), i -> new TreeMap<>(assessments.get(i).answers()));
      if (answer == null) {
        changed.get(p.assessment()).remove(p.keyQuestion());
      } else {
        changed.get(p.assessment()).put(p.keyQuestion(), answer);
      }
    }
    changed.forEach((i, answers) ->
        assessments.set(i, CaseAssessment.builder().from(assessments.get(i)).answers(answers).build()));
    return Inspection.builder().from(inspection).assessments(assessments).build();
  }

  /**
   * The inspection with one more case in {@code sample}, assessed with {@code answer} on {@code keyQuestion}
   * alone, under a reference no case of the inspection has.
   *
   * @param inspection the inspection
   * @param sample the sample of the new case
   * @param keyQuestion the key question answered
   * @param answer the answer
   * @return the changed inspection
   */
  public static Inspection withNewCase(
      Inspection inspection, SampleKind sample, KeyQuestionCode keyQuestion, Answer answer) {
    CaseRef ref = freshRef(inspection);
    return Inspection.builder()
        .from(inspection)
        .addCase(InspectedCase.of(ref, sample))
        .addAssessment(
            CaseAssessment.builder()
                .caseRef(ref)
                .assessor("invariant-suite")
                .assessedOn(inspection.assessments().isEmpty()
                    ? java.time.LocalDate.of(2019, 9, 2)
                    : inspection.assessments().get(0).assessedOn())
                .putAnswer(keyQuestion, answer)
                .build())
        .build();
  }

  /**
   * The inspection with one more case in {@code sample}, selected and not assessed.
   *
   * @param inspection the inspection
   * @param sample the sample
   * @return the changed inspection
   */
  public static Inspection withUnassessedCase(Inspection inspection, SampleKind sample) {
    return Inspection.builder().from(inspection).addCase(InspectedCase.of(freshRef(inspection), sample)).build();
  }

  /**
   * The samples case-rated standards of the provider type are rated from, in framework order.
   *
   * @return the samples
   */
  public List<SampleKind> samples() {
    List<SampleKind> out = new ArrayList<>();
    for (Standard s : framework.standardsFor(type)) {
      if (s.isCaseRated() && !out.contains(s.sampleKind().orElseThrow())) {
        out.add(s.sampleKind().orElseThrow());
      }
    }
    return out;
  }

  /**
   * The key questions of the case-rated standards rated from {@code sample}.
   *
   * @param sample the sample, or null
   * @return the key questions, empty for null or a sample no standard is rated from
   */
  public List<KeyQuestion> questionsOf(SampleKind sample) {
    return sample == null ? List.of() : questionsBySample.getOrDefault(sample, List.of());
  }

  /**
   * The inspection with its cases and assessments in an order shuffled by {@code random}, under new references
   * ({@code R0}, {@code R1}, ... in the new order) wherever the inspection refers to a case.
   *
   * @param inspection the inspection
   * @param random the source of the order
   * @return the changed inspection
   */
  public static Inspection reorderedAndRenamed(Inspection inspection, Random random) {
    List<InspectedCase> cases = new ArrayList<>(inspection.cases());
    Collections.shuffle(cases, random);
    Map<CaseRef, CaseRef> rename = new HashMap<>();
    for (int i = 0; i < cases.size(); i++) {
      rename.put(cases.get(i).ref(), CaseRef.of("R" + i));
    }
    List<CaseAssessment> assessments = new ArrayList<>(inspection.assessments());
    Collections.shuffle(assessments, random);
    Inspection.Builder b = Inspection.builder().from(inspection).cases(List.of()).assessments(List.of());
    for (InspectedCase c : cases) {
      b.addCase(InspectedCase.builder().from(c).ref(rename.get(c.ref())).build());
    }
    for (CaseAssessment a : assessments) {
      b.addAssessment(CaseAssessment.builder().from(a).caseRef(rename.get(a.caseRef())).build());
    }
    List<StandardJudgement> judgements = new ArrayList<>();
    for (StandardJudgement j : inspection.judgements()) {
      List<CaseRef> cited = new ArrayList<>();
      j.citedCases().forEach(c -> cited.add(rename.getOrDefault(c, c)));
      judgements.add(StandardJudgement.builder().from(j).citedCases(cited).build());
    }
    // Interviews name cases too; no rating reads them, so they go rather than be renamed.
    return b.judgements(judgements).interviews(List.of()).build();
  }

  /**
   * The inspection with every assessor's name replaced by another, and every judgement's rationale by other text.
   *
   * @param inspection the inspection
   * @return the changed inspection
   */
  public static Inspection withOtherNamesAndText(Inspection inspection) {
    List<CaseAssessment> assessments = new ArrayList<>();
    for (CaseAssessment a : inspection.assessments()) {
      assessments.add(
          CaseAssessment.builder().from(a).assessor("other-" + Integer.toHexString(a.assessor().hashCode())).build());
    }
    List<StandardJudgement> judgements = new ArrayList<>();
    for (StandardJudgement j : inspection.judgements()) {
      judgements.add(
          StandardJudgement.builder().from(j).rationale("Other words, the same judgement.").build());
    }
    return Inspection.builder().from(inspection).assessments(assessments).judgements(judgements).build();
  }

  /**
   * The inspection without prompt answers.
   *
   * @param inspection the inspection
   * @return the changed inspection
   */
  public static Inspection withoutPromptAnswers(Inspection inspection) {
    List<CaseAssessment> assessments = new ArrayList<>();
    for (CaseAssessment a : inspection.assessments()) {
      assessments.add(CaseAssessment.builder().from(a).promptAnswers(Map.of()).build());
    }
    return Inspection.builder().from(inspection).assessments(assessments).build();
  }

  /**
   * The inspection without the inspector's departures from the computed ratings (overrides and qualitative
   * adjustments), which name the rating they depart from and so go stale when the answers change.
   *
   * @param inspection the inspection
   * @return the changed inspection
   */
  public static Inspection withoutDepartures(Inspection inspection) {
    return Inspection.builder().from(inspection).overrides(List.of()).qualitativeAdjustments(List.of()).build();
  }

  private static Map<CaseRef, SampleKind> samplesOf(Inspection inspection) {
    Map<CaseRef, SampleKind> out = new HashMap<>();
    inspection.cases().forEach(c -> out.put(c.ref(), c.sample()));
    return out;
  }

  private static CaseRef freshRef(Inspection inspection) {
    int n = inspection.cases().size() + 1;
    while (true) {
      CaseRef ref = CaseRef.of("NEW-" + n);
      if (inspection.cases().stream().noneMatch(c -> c.ref().equals(ref))) {
        return ref;
      }
      n++;
    }
  }
}
