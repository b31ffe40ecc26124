package org.inspectionkit.testkit.rating;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.inspectionkit.model.casework.CaseAssessment;
import org.inspectionkit.model.casework.InspectedCase;
import org.inspectionkit.model.evidence.QualitativeAdjustment;
import org.inspectionkit.model.evidence.RatingOverride;
import org.inspectionkit.model.evidence.StandardJudgement;
import org.inspectionkit.model.evidence.UnpaidWorkEvidence;
import org.inspectionkit.model.evidence.UnpaidWorkMethod;
import org.inspectionkit.model.evidence.UnpaidWorkOutcomes;
import org.inspectionkit.model.inspection.Inspection;

/**
 * Prints what the rating rules read of an inspection as a compact inspection document, without
 * {@code inspection-json}: a form in which a property test of rating can show its counterexample, so that it can
 * be saved and given to {@code inspection rate} (or read with {@code InspectionJson}) to reproduce the failure.
 *
 * <p>The document has the members of the inspection document of format 1.0 that rating reads, and no others:
 * {@code formatVersion}, {@code id}, {@code frameworkId}, {@code cycle}, the provider's {@code id}, {@code name} and
 * {@code type}; the {@code judgements}, {@code overrides} and {@code qualitativeAdjustments} with their ratings;
 * {@code unpaidWorkEvidence} (methods and dates) and {@code unpaidWorkOutcomes}; and each case with its
 * {@code ref}, {@code sample} and, if it was assessed, its {@code assessor}, {@code assessedOn}, {@code answers}
 * by key question code and {@code promptAnswers} by prompt code. Left out, because no rating depends on them:
 * status, fieldwork, the previous inspection, case details (gender, sentence, risk, dates, attributes, diversity),
 * interviews, forum meetings, evidence submissions, recommendations and progress assessments, inspectors' names
 * and the elements, cases and recommendations a judgement cites. Free text that a document requires (a
 * judgement's rationale, the reason of an override or adjustment, an unpaid work evidence summary) is printed as
 * {@value #OMITTED}, so no narrative about a case leaves the test. Members are written in a fixed order, one case
 * per line; the same inspection always prints the same text.
 *
 * <p>Where {@code inspection-json} is on the test class path, prefer its writer: it prints the whole document.
 * Stateless and thread-safe.
 */
public final class InspectionDocuments {

  /** The text printed in place of free text. */
  public static final String OMITTED = "(text omitted)";

  private InspectionDocuments() {}

  /**
   * The rating input of {@code inspection} as a compact inspection document of format 1.0, as described above.
   *
   * @param inspection the inspection
   * @return the document
   */
  public static String compact(Inspection inspection) {
    StringBuilder out = new StringBuilder(256 + 128 * inspection.cases().size());
    out.append("{\n");
    List<String> members = new ArrayList<>();
    members.add(member("formatVersion", string("1.0")));
    members.add(member("id", string(inspection.id().value())));
    members.add(member("frameworkId", string(inspection.frameworkId().value())));
    members.add(member("cycle", string(inspection.cycle().toString())));
    members.add(
        member(
            "provider",
            object(
                member("id", string(inspection.provider().id().value())),
                member("name", string(inspection.provider().name())),
                member("type", string(inspection.provider().type().code())))));
    if (!inspection.judgements().isEmpty()) {
      List<String> items = new ArrayList<>();
      for (StandardJudgement j : inspection.judgements()) {
        items.add(
            object(
                member("standard", string(j.standard().toString())),
                member("rating", string(j.rating().name())),
                member("rationale", string(OMITTED))));
      }
      members.add(member("judgements", array(items)));
    }
    if (!inspection.overrides().isEmpty()) {
      List<String> items = new ArrayList<>();
      for (RatingOverride o : inspection.overrides()) {
        items.add(
            object(
                member("standard", string(o.standard().toString())),
                member("computed", string(o.computed().name())),
                member("rating", string(o.rating().name())),
                member("reason", string(OMITTED))));
      }
      members.add(member("overrides", array(items)));
    }
    if (!inspection.qualitativeAdjustments().isEmpty()) {
      List<String> items = new ArrayList<>();
      for (QualitativeAdjustment a : inspection.qualitativeAdjustments()) {
        List<String> methods = new ArrayList<>();
        for (UnpaidWorkMethod m : a.citedMethods()) {
          methods.add(string(m.name()));
        }
        items.add(
            object(
                member("standard", string(a.standard().toString())),
                member("caseData", string(a.caseData().name())),
                member("rating", string(a.rating().name())),
                member("citedMethods", "[" + String.join(", ", methods) + "]"),
                member("citesOutcomes", Boolean.toString(a.citesOutcomes())),
                member("reason", string(OMITTED))));
      }
      members.add(member("qualitativeAdjustments", array(items)));
    }
    if (!inspection.unpaidWorkEvidence().isEmpty()) {
      List<String> items = new ArrayList<>();
      for (UnpaidWorkEvidence e : inspection.unpaidWorkEvidence()) {
        List<String> fields = new ArrayList<>();
        fields.add(member("method", string(e.method().name())));
        e.date().ifPresent(d -> fields.add(member("date", string(d.toString()))));
        fields.add(member("summary", string(OMITTED)));
        items.add(object(fields.toArray(new String[0])));
      }
      members.add(member("unpaidWorkEvidence", array(items)));
    }
    inspection.unpaidWorkOutcomes().ifPresent(o -> members.add(member("unpaidWorkOutcomes", outcomes(o))));
    List<String> cases = new ArrayList<>();
    for (InspectedCase c : inspection.cases()) {
      List<String> fields = new ArrayList<>();
      fields.add(member("ref", string(c.ref().value())));
      fields.add(member("sample", string(c.sample().code())));
      Optional<CaseAssessment> assessment = inspection.assessment(c.ref());
      if (assessment.isPresent()) {
        CaseAssessment a = assessment.get();
        fields.add(member("assessor", string(a.assessor())));
        fields.add(member("assessedOn", string(a.assessedOn().toString())));
        fields.add(member("answers", answers(a.answers())));
        if (!a.promptAnswers().isEmpty()) {
          fields.add(member("promptAnswers", answers(a.promptAnswers())));
        }
      }
      cases.add(object(fields.toArray(new String[0])));
    }
    members.add(member("cases", array(cases)));
    for (int i = 0; i < members.size(); i++) {
      out.append("  ").append(members.get(i)).append(i < members.size() - 1 ? ",\n" : "\n");
    }
    return out.append('}').toString();
  }

  private static String outcomes(UnpaidWorkOutcomes o) {
    List<String> fields = new ArrayList<>();
    fields.add(member("periodStart", string(o.periodStart().toString())));
    fields.add(member("periodEnd", string(o.periodEnd().toString())));
    figure(fields, "ordersMade", o.ordersMade());
    figure(fields, "hoursOrdered", o.hoursOrdered());
    figure(fields, "hoursWorked", o.hoursWorked());
    figure(fields, "ordersCompleted", o.ordersCompleted());
    figure(fields, "completedWithinTwelveMonths", o.completedWithinTwelveMonths());
    return object(fields.toArray(new String[0]));
  }

  private static void figure(List<String> fields, String name, OptionalInt value) {
    if (value.isPresent()) {
      fields.add(member(name, Integer.toString(value.getAsInt())));
    }
  }

  private static String answers(Map<?, ?> answers) {
    List<String> fields = new ArrayList<>();
    answers.forEach((code, answer) -> fields.add(member(code.toString(), string(((Enum<?>) answer).name()))));
    return object(fields.toArray(new String[0]));
  }

  private static String member(String name, String value) {
    return string(name) + ": " + value;
  }

  private static String object(String... members) {
    return "{" + String.join(", ", members) + "}";
  }

  /** An array with one element per line, indented under its member. */
  private static String array(List<String> items) {
    if (items.isEmpty()) {
      return "[]";
    }
    return "[\n    " + String.join(",\n    ", items) + "\n  ]";
  }

  /** A JSON string: quotes, backslashes and control characters escaped, everything else as it is. */
  static String string(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"':
          sb.append("\\\"");
          break;
        case '\\':
          sb.append("\\\\");
          break;
        case '\n':
          sb.append("\\n");
          break;
        case '\r':
          sb.append("\\r");
          break;
        case '\t':
          sb.append("\\t");
          break;
        default:
          if (c < 0x20 || c == 0x2028 || c == 0x2029) {
            sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
      }
    }
    return sb.append('"').toString();
  }
}
