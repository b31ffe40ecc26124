package org.inspectionkit.examples.report;

import java.util.ArrayList;
import java.util.List;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.KeyQuestion;
import org.inspectionkit.model.framework.StandardCode;
import org.inspectionkit.model.provider.ProviderType;
import org.inspectionkit.rules.rating.KeyQuestionResult;
import org.inspectionkit.rules.rating.RatingPolicy;
import org.inspectionkit.rules.rating.StandardRating;

/**
 * One case-rated standard: its rating and the reason, the chart of its key questions, and the same numbers as a
 * table.
 *
 * @param anchor the section's element id
 * @param code such as {@code 2.1}
 * @param title such as {@code Assessment}
 * @param rating the final rating
 * @param computed the computed rating, different from the final one when overridden
 * @param overridden whether an inspector departed from the computed rating
 * @param adjusted whether the case-data rating was moved on qualitative evidence, as the method provides
 * @param reason the rating and why, in the rules' own words
 * @param chart the chart
 * @param rows one per key question, in code order
 */
record StandardSection(
    String anchor,
    String code,
    String title,
    Badge rating,
    Badge computed,
    boolean overridden,
    boolean adjusted,
    String reason,
    Chart chart,
    List<Row> rows) {

  /**
   * One key question.
   *
   * @param code such as {@code 2.1.3}
   * @param text the key question as the framework words it
   * @param yes cases answered yes
   * @param no cases answered no
   * @param notApplicable cases answered not applicable
   * @param share the share of applicable cases answered yes, such as {@code 61.1%}
   * @param interval its sampling interval
   * @param band its band, empty with no applicable case
   * @param driving {@code Yes} when it drove the rating, else empty
   * @param nextBand how many cases from the next band up and down, in words
   */
  record Row(
      String code,
      String text,
      int yes,
      int no,
      int notApplicable,
      String share,
      String interval,
      String band,
      String driving,
      String nextBand) {}

  static String anchor(StandardCode code) {
    return "standard-" + code.toString().replace('.', '-');
  }

  static StandardSection of(StandardRating s, Framework framework, ProviderType type, RatingPolicy policy) {
    List<Row> rows = new ArrayList<>();
    for (KeyQuestionResult k : s.keyQuestions()) {
      String text = framework.keyQuestion(type, k.code()).map(KeyQuestion::text).orElse("");
      List<String> next = new ArrayList<>();
      k.casesToBandUp().ifPresent(n -> next.add(Labels.count(n, "case", "cases") + " up"));
      k.casesToBandDown().ifPresent(n -> next.add(Labels.count(n, "case", "cases") + " down"));
      rows.add(
          new Row(
              k.code().toString(),
              text,
              k.yes(),
              k.no(),
              k.notApplicable(),
              k.shareText(),
              k.intervalText(),
              k.band().map(b -> b.label()).orElse("no applicable case"),
              k.driving() ? "Yes" : "",
              String.join(", ", next)));
    }
    return new StandardSection(
        anchor(s.code()),
        s.code().toString(),
        s.title(),
        Badge.of(s.finalRating()),
        Badge.of(s.computed()),
        s.isOverridden(),
        s.adjustment().isPresent(),
        s.reason(),
        Chart.of(s, policy),
        List.copyOf(rows));
  }
}
