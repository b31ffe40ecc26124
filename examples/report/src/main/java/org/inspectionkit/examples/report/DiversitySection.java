package org.inspectionkit.examples.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.inspectionkit.rules.diversity.DiversityBreakdown;
import org.inspectionkit.rules.diversity.GroupShares;
import org.inspectionkit.rules.diversity.KeyQuestionShare;

/**
 * Key-question shares by each recorded diversity characteristic, displayed exactly as
 * {@link DiversityBreakdown} computed them: a suppressed group keeps its column, labelled as not shown, and no
 * number of it appears anywhere. Nothing here counts cases or works a share out again.
 *
 * @param note how groups are suppressed, in words
 * @param suppressedLabel what a suppressed group's heading says instead of its number of cases
 * @param characteristics one per recorded characteristic, by name
 */
record DiversitySection(String note, String suppressedLabel, List<Characteristic> characteristics) {

  /** What a suppressed group shows instead of its figures. */
  static final String NOT_SHOWN = "not shown";

  /**
   * One characteristic.
   *
   * @param name such as {@code Ethnicity}
   * @param caption the caption of its table
   * @param anchor its element id
   * @param groups its groups, in the breakdown's order ("not recorded" last)
   * @param rows one per key question, in code order
   */
  record Characteristic(String name, String caption, String anchor, List<Group> groups, List<Row> rows) {}

  /**
   * One group of a characteristic.
   *
   * @param value such as {@code Asian} or {@code not recorded}
   * @param suppressed whether its figures are withheld
   * @param cases such as {@code 9 cases}, empty when suppressed
   */
  record Group(String value, boolean suppressed, String cases) {}

  /** One key question across the groups. */
  record Row(String keyQuestion, List<Cell> cells) {}

  /**
   * One group's figures on one key question.
   *
   * @param suppressed whether withheld
   * @param share such as {@code 72.3%}, empty when withheld
   * @param counts such as {@code 34 of 47}, empty when withheld or when no case is applicable
   */
  record Cell(boolean suppressed, String share, String counts) {}

  static DiversitySection of(DiversityBreakdown breakdown) {
    List<Characteristic> out = new ArrayList<>();
    for (Map.Entry<String, List<GroupShares>> e : breakdown.characteristics().entrySet()) {
      List<Group> groups = new ArrayList<>();
      List<String> keyQuestions = new ArrayList<>();
      for (GroupShares g : e.getValue()) {
        groups.add(
            new Group(g.value(), g.suppressed(),
                g.suppressed() ? "" : Labels.count(g.cases().getAsInt(), "case", "cases")));
        if (!g.suppressed() && keyQuestions.isEmpty()) {
          g.shares().forEach(s -> keyQuestions.add(s.code().toString()));
        }
      }
      List<Row> rows = new ArrayList<>();
      for (int k = 0; k < keyQuestions.size(); k++) {
        List<Cell> cells = new ArrayList<>();
        for (GroupShares g : e.getValue()) {
          if (g.suppressed()) {
            cells.add(new Cell(true, "", ""));
          } else {
            KeyQuestionShare s = g.shares().get(k);
            cells.add(new Cell(false, s.shareText(), s.applicable() == 0 ? "" : s.yes() + " of " + s.applicable()));
          }
        }
        rows.add(new Row(keyQuestions.get(k), List.copyOf(cells)));
      }
      String name = name(e.getKey());
      out.add(new Characteristic(name, "Key-question shares by " + name.toLowerCase(java.util.Locale.ROOT),
          "diversity-" + (out.size() + 1),
          List.copyOf(groups), List.copyOf(rows)));
    }
    int min = breakdown.minimumGroup();
    String note = "Groups of fewer than " + min + " cases are not shown; where only one group of a characteristic is"
        + " that small, the next smallest is not shown either, so that neither can be worked out from the others."
        + " Shares are of the applicable cases answered yes.";
    return new DiversitySection(
        note, "small group: " + NOT_SHOWN, List.copyOf(out));
  }

  /** {@code age-band} as {@code Age band}. */
  static String name(String characteristic) {
    String s = characteristic.replaceAll("[-_]+", " ").trim();
    return s.isEmpty() ? characteristic : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
