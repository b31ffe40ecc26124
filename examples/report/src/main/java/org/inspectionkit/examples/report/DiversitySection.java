package org.inspectionkit.examples.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.inspectionkit.rules.diversity.DiversityBreakdown;
import org.inspectionkit.rules.diversity.GroupShares;
import org.inspectionkit.rules.diversity.KeyQuestionShare;

/**
 * Key-question shares by each recorded diversity characteristic, displayed exactly as {@link DiversityBreakdown}
 * computed them. Nothing here counts cases or works a share out again.
 *
 * <p>Suppressed groups are shown together as one column, "Smaller groups", whose every cell says "not shown": no
 * figure of theirs appears, and neither does their name, since a value held by one or two cases of the sample would
 * point at those cases.
 *
 * @param note how groups are suppressed, in words
 * @param characteristics one per recorded characteristic, by name
 */
record DiversitySection(String note, List<Characteristic> characteristics) {

  /** What a suppressed group shows instead of its figures. */
  static final String NOT_SHOWN = "not shown";

  /** The heading of the column that stands for the suppressed groups. */
  static final String SMALLER_GROUPS = "Smaller groups";

  /**
   * One characteristic.
   *
   * @param name such as {@code Ethnicity}
   * @param caption the caption of its table
   * @param anchor its element id
   * @param groups the groups shown, in the breakdown's order ("not recorded" last)
   * @param suppressed how many groups are not shown and why, in words; empty if none
   * @param rows one per key question, in code order
   */
  record Characteristic(String name, String caption, String anchor, List<Group> groups, String suppressed,
      List<Row> rows) {

    /** Whether some groups are not shown, and so the table has a "Smaller groups" column. */
    boolean hasSuppressed() {
      return !suppressed.isEmpty();
    }
  }

  /**
   * One group shown.
   *
   * @param value such as {@code Asian} or {@code not recorded}
   * @param cases such as {@code 9 cases}
   */
  record Group(String value, String cases) {}

  /**
   * One key question across the groups shown, then the smaller groups if any.
   *
   * @param keyQuestion such as {@code 2.1.3}
   * @param cells one per group shown
   */
  record Row(String keyQuestion, List<Cell> cells) {}

  /**
   * One group's figures on one key question.
   *
   * @param share such as {@code 72.3%}, or {@code n/a}
   * @param counts such as {@code 34 of 47}, empty when no case is applicable
   */
  record Cell(String share, String counts) {}

  static DiversitySection of(DiversityBreakdown breakdown) {
    List<Characteristic> out = new ArrayList<>();
    int min = breakdown.minimumGroup();
    for (Map.Entry<String, List<GroupShares>> e : breakdown.characteristics().entrySet()) {
      List<GroupShares> shown = e.getValue().stream().filter(g -> !g.suppressed()).toList();
      int suppressed = e.getValue().size() - shown.size();
      List<Group> groups = new ArrayList<>();
      shown.forEach(g -> groups.add(new Group(g.value(), Labels.count(g.cases().getAsInt(), "case", "cases"))));
      List<Row> rows = new ArrayList<>();
      if (!shown.isEmpty()) {
        List<KeyQuestionShare> first = shown.get(0).shares();
        for (int k = 0; k < first.size(); k++) {
          List<Cell> cells = new ArrayList<>();
          for (GroupShares g : shown) {
            KeyQuestionShare s = g.shares().get(k);
            cells.add(new Cell(s.shareText(), s.applicable() == 0 ? "" : s.yes() + " of " + s.applicable()));
          }
          rows.add(new Row(first.get(k).code().toString(), List.copyOf(cells)));
        }
      }
      String name = name(e.getKey());
      out.add(
          new Characteristic(
              name,
              "Key-question shares by " + name.toLowerCase(Locale.ROOT),
              "diversity-" + (out.size() + 1),
              List.copyOf(groups),
              suppressed == 0
                  ? ""
                  : (suppressed == 1 ? "1 group is" : suppressed + " groups are") + " not shown: fewer than " + min
                      + " cases, or the next smallest group",
              List.copyOf(rows)));
    }
    String note = "Groups of fewer than " + min + " cases are not shown; where only one group of a characteristic is"
        + " that small, the next smallest is not shown either, so that neither can be worked out from the others."
        + " Groups not shown are counted together as smaller groups, with neither their figures nor their names."
        + " Shares are of the applicable cases answered yes; n/a means no applicable case.";
    return new DiversitySection(note, List.copyOf(out));
  }

  /** {@code age-band} as {@code Age band}. */
  static String name(String characteristic) {
    String s = characteristic.replaceAll("[-_]+", " ").trim();
    return s.isEmpty() ? characteristic : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
