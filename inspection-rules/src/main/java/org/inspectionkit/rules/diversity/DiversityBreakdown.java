package org.inspectionkit.rules.diversity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.TreeSet;
import org.immutables.value.Value;
import org.inspectionkit.model.casework.Answer;
import org.inspectionkit.model.casework.CaseAssessment;
import org.inspectionkit.model.casework.InspectedCase;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.KeyQuestion;
import org.inspectionkit.model.framework.KeyQuestionCode;
import org.inspectionkit.model.framework.Standard;
import org.inspectionkit.model.inspection.Inspection;

/**
 * Key-question shares of an inspection by each recorded diversity characteristic, with small numbers suppressed.
 * See the package description for the suppression rules.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class DiversityBreakdown {

  /** The default smallest group whose figures are shown. */
  public static final int DEFAULT_MINIMUM_GROUP = 5;

  DiversityBreakdown() {}

  /**
   * The smallest group whose figures are shown.
   *
   * @return the minimum group size
   */
  public abstract int minimumGroup();

  /**
   * The groups of each characteristic, by characteristic name, groups in value order with "not recorded" last.
   *
   * @return the groups per characteristic
   */
  @Value.NaturalOrder
  public abstract NavigableMap<String, List<GroupShares>> characteristics();

  /**
   * The breakdown of an inspection's assessed cases, with the default minimum group of 5.
   *
   * @param framework the framework the inspection was made under
   * @param inspection the inspection
   * @return the breakdown
   */
  public static DiversityBreakdown of(Framework framework, Inspection inspection) {
    return of(framework, inspection, DEFAULT_MINIMUM_GROUP);
  }

  /**
   * The breakdown of an inspection's assessed cases.
   *
   * @param framework the framework the inspection was made under
   * @param inspection the inspection
   * @param minimumGroup the smallest group whose figures are shown, at least 1
   * @return the breakdown
   */
  public static DiversityBreakdown of(Framework framework, Inspection inspection, int minimumGroup) {
    if (minimumGroup < 1) {
      throw new IllegalArgumentException("minimumGroup: must be at least 1, was " + minimumGroup);
    }
    List<KeyQuestionCode> questions = new ArrayList<>();
    for (Standard s : framework.standardsFor(inspection.provider().type())) {
      if (s.isCaseRated()) {
        for (KeyQuestion k : s.keyQuestions()) {
          questions.add(k.code());
        }
      }
    }
    questions.sort(Comparator.naturalOrder());
    Map<org.inspectionkit.model.casework.CaseRef, CaseAssessment> assessments = new HashMap<>();
    inspection.assessments().forEach(a -> assessments.put(a.caseRef(), a));
    TreeSet<String> names = new TreeSet<>();
    java.util.Set<org.inspectionkit.model.framework.SampleKind> recording = new java.util.HashSet<>();
    for (InspectedCase c : inspection.cases()) {
      if (!c.diversity().isEmpty()) {
        recording.add(c.sample());
      }
    }
    List<InspectedCase> assessed = new ArrayList<>();
    for (InspectedCase c : inspection.cases()) {
      // Samples that record no diversity at all (often unpaid work, Through the Gate) are left out, so that
      // "not recorded" counts cases whose characteristic is missing, not cases never asked.
      if (assessments.containsKey(c.ref()) && recording.contains(c.sample())) {
        assessed.add(c);
        names.addAll(c.diversity().keySet());
      }
    }
    ImmutableDiversityBreakdown.Builder out = ImmutableDiversityBreakdown.builder().minimumGroup(minimumGroup);
    for (String name : names) {
      Map<String, List<CaseAssessment>> groups = new TreeMap<>();
      List<CaseAssessment> notRecorded = new ArrayList<>();
      for (InspectedCase c : assessed) {
        String v = c.diversity().get(name);
        if (v == null) {
          notRecorded.add(assessments.get(c.ref()));
        } else {
          groups.computeIfAbsent(v, x -> new ArrayList<>()).add(assessments.get(c.ref()));
        }
      }
      List<Map.Entry<String, List<CaseAssessment>>> all = new ArrayList<>(groups.entrySet());
      if (!notRecorded.isEmpty()) {
        all.add(Map.entry(GroupShares.NOT_RECORDED, notRecorded));
      }
      List<String> suppressed = suppressed(all, minimumGroup);
      List<GroupShares> rows = new ArrayList<>();
      for (Map.Entry<String, List<CaseAssessment>> g : all) {
        if (suppressed.contains(g.getKey())) {
          rows.add(GroupShares.builder().value(g.getKey()).suppressed(true).build());
          continue;
        }
        GroupShares.Builder row =
            GroupShares.builder().value(g.getKey()).suppressed(false).cases(OptionalInt.of(g.getValue().size()));
        for (KeyQuestionCode k : questions) {
          int yes = 0;
          int applicable = 0;
          for (CaseAssessment a : g.getValue()) {
            Answer answer = a.answers().get(k);
            if (answer == Answer.YES) {
              yes++;
              applicable++;
            } else if (answer == Answer.NO) {
              applicable++;
            }
          }
          row.addShare(KeyQuestionShare.of(k, yes, applicable));
        }
        rows.add(row.build());
      }
      out.putCharacteristic(name, rows);
    }
    return out.build();
  }

  /** The groups to suppress: those under the minimum, and the next smallest when exactly one is under it. */
  private static List<String> suppressed(List<Map.Entry<String, List<CaseAssessment>>> groups, int minimum) {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, List<CaseAssessment>> g : groups) {
      if (g.getValue().size() < minimum) {
        out.add(g.getKey());
      }
    }
    if (out.size() == 1 && groups.size() > 1) {
      groups.stream()
          .filter(g -> !out.contains(g.getKey()))
          .min(Comparator.<Map.Entry<String, List<CaseAssessment>>>comparingInt(g -> g.getValue().size())
              .thenComparing(Map.Entry::getKey))
          .ifPresent(g -> out.add(g.getKey()));
    }
    return out;
  }
}
