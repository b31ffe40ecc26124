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
          boolean[] hidden = hiddenCells(shown, k, min, suppressed > 0);
          List<Cell> cells = new ArrayList<>();
          for (int g = 0; g < shown.size(); g++) {
            KeyQuestionShare s = shown.get(g).shares().get(k);
            cells.add(hidden[g]
                ? new Cell(NOT_SHOWN, "")
                : new Cell(s.shareText(), s.applicable() == 0 ? "" : s.yes() + " of " + s.applicable()));
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
        + " Within a group shown, a key question with fewer than " + min + " applicable cases is not shown either"
        + " (nor, where it is the only one, the next smallest of its row)."
        + " Shares are of the applicable cases answered yes; n/a means no applicable case.";
    return new DiversitySection(note, List.copyOf(out));
  }

  /**
   * Which cells of one key question's row are not shown: every cell whose applicable cases are fewer than the
   * minimum (a group large enough to be shown can still have only one or two cases on a key question), and, when
   * that leaves exactly one hidden cell and no "Smaller groups" column hides a remainder, the next smallest cell
   * too, so that the hidden one cannot be worked out from the key question's total and the others.
   */
  static boolean[] hiddenCells(List<GroupShares> shown, int k, int min, boolean remainderHidden) {
    boolean[] hidden = new boolean[shown.size()];
    int count = 0;
    for (int g = 0; g < shown.size(); g++) {
      int applicable = shown.get(g).shares().get(k).applicable();
      if (applicable > 0 && applicable < min) {
        hidden[g] = true;
        count++;
      }
    }
    if (count == 1 && !remainderHidden) {
      int next = -1;
      for (int g = 0; g < shown.size(); g++) {
        int applicable = shown.get(g).shares().get(k).applicable();
        if (!hidden[g] && applicable > 0
            && (next < 0 || applicable < shown.get(next).shares().get(k).applicable())) {
          next = g;
        }
      }
      if (next >= 0) {
        hidden[next] = true;
      }
    }
    return hidden;
  }

  /** {@code age-band} as {@code Age band}. */
  static String name(String characteristic) {
    String s = characteristic.replaceAll("[-_]+", " ").trim();
    return s.isEmpty() ? characteristic : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
