package org.inspectionkit.examples.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.inspectionkit.model.casework.CaseRef;
import org.inspectionkit.model.casework.InspectedCase;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.rules.consistency.ConsistencyReport;
import org.inspectionkit.rules.consistency.Finding;
import org.inspectionkit.rules.consistency.Severity;

/**
 * The consistency findings, worst first. The cases a finding concerns are counted, never named: the report is read
 * outside the inspection team, so no case reference appears in it, not even inside a finding's message.
 *
 * @param checkSet the checks run, such as {@code probation-2019-20 v1}
 * @param summary such as {@code 6 warnings, 1 for information}
 * @param rows one per finding
 */
record FindingsSection(String checkSet, String summary, List<Row> rows) {

  /** What replaces a case reference inside a finding's message. */
  static final String WITHHELD = "[case]";

  /**
   * One finding.
   *
   * @param severity its severity in words
   * @param cssClass the class that colours the severity
   * @param code the check's stable code
   * @param message what was found, case references withheld
   * @param concerns the framework elements concerned, such as {@code 1.1, 2.2}
   * @param cases how many cases it concerns, such as {@code 6 cases}, or empty
   */
  record Row(String severity, String cssClass, String code, String message, String concerns, String cases) {}

  static FindingsSection of(ConsistencyReport report, Inspection inspection) {
    Set<String> refs = caseReferences(inspection);
    List<Row> rows = new ArrayList<>();
    List<String> counts = new ArrayList<>();
    for (Severity s : Severity.values()) {
      List<Finding> found = report.findings(s);
      if (!found.isEmpty()) {
        counts.add(found.size() + " " + Labels.of(s).toLowerCase(java.util.Locale.ROOT)
            + (s == Severity.INFO ? "" : found.size() == 1 ? "" : "s"));
      }
      for (Finding f : found) {
        Set<String> own = new TreeSet<>(refs);
        f.cases().forEach(c -> own.add(c.value()));
        rows.add(
            new Row(
                Labels.of(s),
                Palette.cssClass(s),
                f.code(),
                withoutCaseReferences(f.message(), own),
                f.elements().stream().map(Object::toString).collect(Collectors.joining(", ")),
                f.cases().isEmpty() ? "" : Labels.count(f.cases().size(), "case", "cases")));
      }
    }
    return new FindingsSection(
        report.checkSet(), counts.isEmpty() ? "No findings" : String.join(", ", counts), List.copyOf(rows));
  }

  /** Every case reference of the inspection, from its cases, assessments and interviews. */
  static Set<String> caseReferences(Inspection inspection) {
    Set<String> refs = new TreeSet<>();
    inspection.cases().stream().map(InspectedCase::ref).map(CaseRef::value).forEach(refs::add);
    inspection.assessments().forEach(a -> refs.add(a.caseRef().value()));
    inspection.interviews().forEach(i -> refs.add(i.caseRef().value()));
    inspection.judgements().forEach(j -> j.citedCases().forEach(c -> refs.add(c.value())));
    return refs;
  }

  /** {@code text} with every one of {@code refs} replaced by {@link #WITHHELD}, longest first. */
  static String withoutCaseReferences(String text, Set<String> refs) {
    String out = text;
    List<String> longestFirst = new ArrayList<>(refs);
    longestFirst.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    for (String ref : longestFirst) {
      if (out.contains(ref)) {
        out = out.replace(ref, WITHHELD);
      }
    }
    return out;
  }
}
