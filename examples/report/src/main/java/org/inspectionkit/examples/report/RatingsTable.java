package org.inspectionkit.examples.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.inspectionkit.model.framework.RatingBasis;
import org.inspectionkit.rules.rating.InspectionRating;
import org.inspectionkit.rules.rating.KeyQuestionResult;
import org.inspectionkit.rules.rating.OverallRating;
import org.inspectionkit.rules.rating.StandardRating;

/**
 * The ratings table that opens the report: every rated standard in code order, then the overall rating and score.
 *
 * @param rows one per rated standard
 * @param overall the overall rating
 * @param caption the table's caption
 */
record RatingsTable(List<Row> rows, Overall overall, String caption) {

  /**
   * One standard.
   *
   * @param code such as {@code 2.1}
   * @param title such as {@code Assessment}
   * @param rating the final rating
   * @param computedNote empty, or how the rating departed from the computed one
   * @param basis {@code Judgement} or {@code Case data}
   * @param driving the driving key questions, {@code -} for a judgement-rated standard
   * @param share the driving key question's share, or {@code -}
   * @param interval its sampling interval, or {@code -}
   * @param anchor the id of the standard's section, empty when it has none
   */
  record Row(
      String code,
      String title,
      Badge rating,
      String computedNote,
      String basis,
      String driving,
      String share,
      String interval,
      String anchor) {}

  /**
   * The overall rating.
   *
   * @param rating the overall rating
   * @param score the points scored
   * @param maxScore the most points possible
   * @param reason the rule, in a sentence
   */
  record Overall(Badge rating, int score, int maxScore, String reason) {}

  static RatingsTable of(InspectionRating rating) {
    List<Row> rows = new ArrayList<>();
    for (StandardRating s : rating.standards()) {
      Optional<KeyQuestionResult> driving = s.keyQuestions().stream().filter(KeyQuestionResult::driving).findFirst();
      boolean judged = s.basis() == RatingBasis.JUDGEMENT;
      rows.add(
          new Row(
              s.code().toString(),
              s.title(),
              Badge.of(s.finalRating()),
              s.override().map(o -> "overridden from " + o.computed().label())
                  .orElse(s.adjustment().map(a -> "moved from " + a.caseData().label() + " on qualitative evidence")
                      .orElse("")),
              judged ? "Judgement" : "Case data",
              judged
                  ? "-"
                  : s.drivingKeyQuestions().stream().map(Object::toString).collect(Collectors.joining(", ")),
              driving.map(KeyQuestionResult::shareText).orElse("-"),
              driving.map(KeyQuestionResult::intervalText).orElse("-"),
              judged ? "" : StandardSection.anchor(s.code())));
    }
    OverallRating o = rating.overall();
    return new RatingsTable(
        List.copyOf(rows),
        new Overall(Badge.of(o.rating()), o.score(), o.maxScore(), o.reason()),
        "Ratings of the " + rows.size() + " standards and the overall rating of " + rating.inspection());
  }
}
