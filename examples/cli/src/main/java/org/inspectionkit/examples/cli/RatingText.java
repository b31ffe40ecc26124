package org.inspectionkit.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.rules.rating.InspectionRating;
import org.inspectionkit.rules.rating.KeyQuestionResult;
import org.inspectionkit.rules.rating.StandardRating;

/** The ratings of an inspection as a plain-text table, for a terminal. */
final class RatingText {

  private RatingText() {}

  static String render(Inspection inspection, InspectionRating rating) {
    StringBuilder out = new StringBuilder();
    out.append("Inspection ").append(inspection.id()).append(": ").append(inspection.provider().name())
        .append(" (").append(inspection.provider().type()).append("), cycle ").append(inspection.cycle())
        .append(", framework ").append(rating.framework()).append(", policy ").append(rating.policy().name())
        .append("\n\n");
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"Standard", "Rating", "Driving key question", "Share",
        rating.policy().intervalConfidenceLabel() + " interval", "Override"});
    for (StandardRating s : rating.standards()) {
      Optional<KeyQuestionResult> driving = s.keyQuestions().stream().filter(KeyQuestionResult::driving).findFirst();
      String drivingText =
          s.keyQuestions().isEmpty()
              ? "judgement"
              : s.drivingKeyQuestions().stream().map(Object::toString).reduce((a, b) -> a + ", " + b).orElse("");
      rows.add(
          new String[] {
            s.code() + " " + s.title(),
            s.finalRating().label(),
            drivingText,
            driving.map(KeyQuestionResult::shareText).orElse("-"),
            driving.map(KeyQuestionResult::intervalText).orElse("-"),
            s.override().map(o -> "from " + o.computed().label())
                .orElse(s.adjustment().map(a -> "qualitative, from " + a.caseData().label()).orElse(""))
          });
    }
    out.append(Table.render(rows));
    out.append("\nOverall: ").append(rating.overall().rating().label()).append(" (")
        .append(rating.overall().score()).append(" of ").append(rating.overall().maxScore()).append(" points)\n");
    rating.overall().limiterApplied().ifPresent(l -> out.append("  capped: ").append(l.describe()).append('\n'));
    List<String> notes = new ArrayList<>();
    for (StandardRating s : rating.standards()) {
      if (s.isWithinSamplingErrorOfAnotherRating()) {
        notes.add(s.code() + " " + (s.finalRating() != s.computed() ? "computed " : "") + s.computed().label()
            + ", but within sampling error of "
            + (s.worstWithinSamplingError() != s.computed() ? s.worstWithinSamplingError() : s.bestWithinSamplingError())
                .label());
      }
      if (!s.keyQuestionsWithoutApplicableCases().isEmpty()) {
        notes.add(s.code() + ": no applicable case for " + s.keyQuestionsWithoutApplicableCases());
      }
    }
    if (!notes.isEmpty()) {
      out.append("\nNotes:\n");
      notes.forEach(n -> out.append("  ").append(n).append('\n'));
    }
    return out.toString();
  }
}
