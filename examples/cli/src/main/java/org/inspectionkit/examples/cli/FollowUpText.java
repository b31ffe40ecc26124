package org.inspectionkit.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.inspectionkit.model.Rating;
import org.inspectionkit.model.recommendation.Progress;
import org.inspectionkit.rules.Problem;
import org.inspectionkit.rules.followup.FollowUpRow;
import org.inspectionkit.rules.followup.FollowUpSummary;

/** The follow-up of recommendations as a plain-text table, or as JSON. */
final class FollowUpText {

  private FollowUpText() {}

  static String render(FollowUpSummary s) {
    StringBuilder out = new StringBuilder();
    out.append("Follow-up of the recommendations of ").append(s.previous()).append(" in ").append(s.current())
        .append("\n\n");
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"Recommendation", "Target then", "Target now", "Progress", "Evidence", "Standard",
        "Rating then", "Rating now"});
    for (FollowUpRow r : s.rows()) {
      rows.add(
          new String[] {
            r.recommendation().toString(),
            level(r) + " " + r.target(),
            r.currentTarget().map(Object::toString).orElse("(no longer exists)"),
            r.progress().map(FollowUpText::progress).orElse("not assessed"),
            Integer.toString(r.evidenceOfResult()),
            r.standardThen() + r.standardNow().filter(n -> !n.equals(r.standardThen())).map(n -> " -> " + n).orElse(""),
            r.ratingThen().map(Rating::label).orElse("-"),
            r.ratingNow().map(Rating::label).orElse("-")
          });
    }
    out.append(Table.render(rows)).append('\n');
    for (Map.Entry<Optional<Progress>, Integer> e : s.counts().entrySet()) {
      out.append(e.getKey().map(FollowUpText::progress).orElse("Not assessed")).append(": ").append(e.getValue())
          .append('\n');
    }
    out.append('\n').append("Note: ").append(FollowUpSummary.NOTE).append('\n');
    if (!s.problems().isEmpty()) {
      out.append("\nProblems (").append(s.problems().size()).append("):\n");
      for (Problem p : s.problems()) {
        out.append("  ").append(p).append('\n');
      }
    }
    return out.toString();
  }

  private static String level(FollowUpRow r) {
    return r.level().name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  private static String progress(Progress p) {
    switch (p) {
      case SUFFICIENT:
        return "Sufficient progress";
      case INSUFFICIENT:
        return "Insufficient progress";
      default:
        return "No progress";
    }
  }
}
