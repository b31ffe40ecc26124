package org.inspectionkit.examples.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.inspectionkit.model.recommendation.Progress;
import org.inspectionkit.rules.followup.FollowUpRow;
import org.inspectionkit.rules.followup.FollowUpSummary;

/**
 * The follow-up of the previous inspection's recommendations: one row per recommendation, the counts per progress
 * category, the problems found, and {@link FollowUpSummary#NOTE}.
 *
 * @param previous the previous inspection's id
 * @param rows one per recommendation, by number
 * @param counts the recommendations per progress category, then those not assessed
 * @param problems the problems found, in words
 * @param note {@link FollowUpSummary#NOTE}
 */
record FollowUpSection(String previous, List<Row> rows, List<Count> counts, List<String> problems, String note) {

  /**
   * One recommendation.
   *
   * @param number its number in the previous inspection
   * @param level the level it was made at, such as {@code Key question}
   * @param target its target then
   * @param targetNote empty when the target is unchanged, else {@code now 2.1.4} or {@code no longer exists}
   * @param text the recommendation as written
   * @param progress the progress found, or {@code not assessed}
   * @param evidence how many statements of evidence of a result it rests on
   * @param ratingThen the standard's rating in the previous inspection
   * @param ratingNow the standard's rating now
   */
  record Row(int number, String level, String target, String targetNote, String text, String progress, int evidence,
      Optional<Badge> ratingThen, Optional<Badge> ratingNow) {}

  /** A progress category and how many recommendations it holds. */
  record Count(String label, int count) {}

  static FollowUpSection of(FollowUpSummary summary, Set<String> caseReferences) {
    List<Row> rows = new ArrayList<>();
    for (FollowUpRow r : summary.rows()) {
      rows.add(
          new Row(
              r.recommendation().number(),
              Labels.of(r.level()),
              r.target().toString(),
              r.currentTarget().map(t -> t.equals(r.target()) ? "" : "now " + t).orElse("no longer exists"),
              r.text(),
              r.progress().map(Labels::of).orElse("not assessed"),
              r.evidenceOfResult(),
              r.ratingThen().map(Badge::of),
              r.ratingNow().map(Badge::of)));
    }
    List<Count> counts = new ArrayList<>();
    for (Progress p : Progress.values()) {
      counts.add(new Count(Labels.of(p), summary.count(p)));
    }
    counts.add(new Count("Not assessed", summary.notAssessed()));
    List<String> problems = new ArrayList<>();
    summary.problems().forEach(
        p -> problems.add(FindingsSection.withoutCaseReferences(p.where() + ": " + p.message(), caseReferences)));
    return new FollowUpSection(
        summary.previous().toString(), List.copyOf(rows), List.copyOf(counts), List.copyOf(problems),
        FollowUpSummary.NOTE);
  }
}
