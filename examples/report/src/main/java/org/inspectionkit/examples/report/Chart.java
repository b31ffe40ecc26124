package org.inspectionkit.examples.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.inspectionkit.model.Rating;
import org.inspectionkit.rules.portfolio.KeyQuestionPicture;
import org.inspectionkit.rules.rating.KeyQuestionResult;
import org.inspectionkit.rules.rating.RatingPolicy;
import org.inspectionkit.rules.rating.StandardRating;

/**
 * The geometry of one standard's key-question bar chart, computed here so that the template only places what it is
 * given: a horizontal bar per key question (its share of applicable cases answered yes), an error bar for its
 * sampling interval, a dashed line at each threshold of the rating policy, and the axis ticks.
 *
 * <p>Coordinates are SVG user units in a {@value #WIDTH}-wide view box, written with one decimal. Shares run from
 * {@link #PLOT_LEFT} (0%) to {@link #PLOT_RIGHT} (100%).
 *
 * @param id the element id of the SVG, unique in the page
 * @param title the chart's accessible name
 * @param description the chart's accessible description: every number it shows, in words
 * @param height the height of the view box
 * @param plotTop the top of the bars' area
 * @param plotBottom the bottom of the bars' area, where the axis is drawn
 * @param ticks the axis ticks, 0% to 100%
 * @param thresholds the policy's thresholds, lowest first
 * @param bars the key questions, in code order
 * @param axisTitle the axis title
 */
record Chart(
    String id,
    String title,
    String description,
    int height,
    int plotTop,
    int plotBottom,
    List<Tick> ticks,
    List<Threshold> thresholds,
    List<Bar> bars,
    String axisTitle) {

  /** The width of the view box. */
  static final int WIDTH = 800;
  /** Where 0% is drawn. */
  static final int PLOT_LEFT = 64;
  /** Where 100% is drawn. */
  static final int PLOT_RIGHT = 560;
  /** The height of one bar. */
  static final int BAR = 22;
  /** The space between bars. */
  static final int GAP = 14;
  /** The height of one row of threshold labels above the bars. */
  static final int LABEL_ROW = 14;
  /** The space under the bars for tick labels and the axis title. */
  static final int BOTTOM = 46;
  /** An estimate of the width of one character of the 12-unit label font, to keep labels inside the view box. */
  static final double CHARACTER = 6.6;

  /** One tick of the share axis. */
  record Tick(String x, String label) {}

  /**
   * One threshold of the policy: a dashed line from its label down to the axis.
   *
   * @param percent the threshold in percent, such as {@code 65}
   * @param x where the line is drawn
   * @param label such as {@code Good 65%}
   * @param labelX where the label is anchored
   * @param labelY the label's baseline
   * @param anchor {@code start} (label right of the line) or {@code end} (left of it, near the right edge)
   * @param lineTop where the line starts
   */
  record Threshold(String percent, String x, String label, String labelX, String labelY, String anchor, String lineTop) {}

  /**
   * One key question's bar.
   *
   * @param keyQuestion its code
   * @param y the top of the bar
   * @param centreY the middle of the bar, where the error bar runs
   * @param textY the baseline of the labels beside the bar
   * @param applicable whether any case was applicable (else there is no bar, only a note)
   * @param width the bar's width, 0 for a share of 0%
   * @param cssClass the class that colours it by band
   * @param valueText the share and band, such as {@code 61.1% Requires improvement}
   * @param driving whether the key question set the standard's rating
   * @param lowX the start of the interval
   * @param highX the end of the interval
   * @param capTop the top of the interval's end caps
   * @param capBottom the bottom of the interval's end caps
   */
  record Bar(
      String keyQuestion,
      String y,
      String centreY,
      String textY,
      boolean applicable,
      String width,
      String cssClass,
      String valueText,
      boolean driving,
      String lowX,
      String highX,
      String capTop,
      String capBottom) {}

  /** The chart of a case-rated standard's key questions, with the thresholds of {@code policy}. */
  static Chart of(StandardRating standard, RatingPolicy policy) {
    String id = "chart-" + standard.code().toString().replace('.', '-');
    // Lowest threshold first, each label on its own row, so labels never overlap however close the values.
    List<Map.Entry<Rating, BigDecimal>> entries = new ArrayList<>(policy.thresholds().entrySet());
    entries.sort(Map.Entry.comparingByValue());
    List<Threshold> thresholds = thresholdsOf(entries);
    int plotTop = LABEL_ROW * entries.size() + 10;
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < standard.keyQuestions().size(); i++) {
      KeyQuestionResult k = standard.keyQuestions().get(i);
      double y = plotTop + GAP / 2.0 + i * (BAR + GAP);
      double centre = y + BAR / 2.0;
      boolean applicable = k.share().isPresent();
      double share = applicable ? k.share().getAsDouble() : 0;
      double low = k.intervalLow().orElse(share);
      double high = k.intervalHigh().orElse(share);
      bars.add(
          new Bar(
              k.code().toString(),
              number(y),
              number(centre),
              number(centre + 4),
              applicable,
              number(share * (PLOT_RIGHT - PLOT_LEFT)),
              k.band().map(Palette::cssClass).orElse(""),
              applicable ? k.shareText() + " " + k.band().orElseThrow().label() : "no applicable case",
              k.driving(),
              number(x(low)),
              number(x(high)),
              number(centre - BAR * 0.35),
              number(centre + BAR * 0.35)));
    }
    int plotBottom = plotTop + standard.keyQuestions().size() * (BAR + GAP);
    String interval = intervalName(policy);
    String title = "Key questions of " + standard.code() + " " + standard.title() + ": share of applicable cases"
        + " answered yes";
    return new Chart(
        id,
        title,
        description(standard, entries, interval),
        plotBottom + BOTTOM,
        plotTop,
        plotBottom,
        axisTicks(),
        thresholds,
        List.copyOf(bars),
        "Share of applicable cases answered yes; the line across each bar is its " + interval);
  }

  /**
   * The chart of key questions across providers (a portfolio's pooled shares, weakest first), each bar coloured by
   * the band its pooled share would have under {@code policy}, with the policy's thresholds and each pooled share's
   * interval.
   */
  static Chart ofPooled(String id, String title, List<KeyQuestionPicture> questions, RatingPolicy policy,
      String intervalName) {
    List<Map.Entry<Rating, BigDecimal>> entries = new ArrayList<>(policy.thresholds().entrySet());
    entries.sort(Map.Entry.comparingByValue());
    List<Threshold> thresholds = thresholdsOf(entries);
    int plotTop = LABEL_ROW * entries.size() + 10;
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < questions.size(); i++) {
      KeyQuestionPicture k = questions.get(i);
      double y = plotTop + GAP / 2.0 + i * (BAR + GAP);
      double centre = y + BAR / 2.0;
      boolean applicable = k.share().isPresent();
      double share = applicable ? k.share().getAsDouble() : 0;
      Rating band = policy.bandOfPercent(share * 100);
      bars.add(new Bar(k.keyQuestion().toString(), number(y), number(centre), number(centre + 4), applicable,
          number(share * (PLOT_RIGHT - PLOT_LEFT)), applicable ? Palette.cssClass(band) : "",
          applicable ? percent(share) + " (" + k.yes() + " of " + k.applicable() + ")" : "no applicable case",
          false, number(x(k.intervalLow().orElse(share))), number(x(k.intervalHigh().orElse(share))),
          number(centre - BAR * 0.35), number(centre + BAR * 0.35)));
    }
    int plotBottom = plotTop + questions.size() * (BAR + GAP);
    String description = "Bar chart. " + questions.stream()
        .map(k -> k.share().isPresent()
            ? k.keyQuestion() + ": " + percent(k.share().getAsDouble()) + " (" + k.yes() + " of " + k.applicable()
                + " applicable cases across " + k.providers() + " providers"
                + (k.intervalLow().isPresent() ? ", " + intervalName + " " + percent(k.intervalLow().getAsDouble())
                    + " to " + percent(k.intervalHigh().getAsDouble()) : "") + ")"
            : k.keyQuestion() + ": no applicable case")
        .collect(Collectors.joining("; ")) + ".";
    return new Chart(id, title, description, plotBottom + BOTTOM, plotTop, plotBottom, axisTicks(), thresholds,
        List.copyOf(bars), "Share of applicable cases answered yes, all providers together; the line across each bar"
            + " is its " + intervalName);
  }

  private static List<Threshold> thresholdsOf(List<Map.Entry<Rating, BigDecimal>> entries) {
    List<Threshold> thresholds = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      BigDecimal percent = entries.get(i).getValue();
      double x = x(percent.doubleValue() / 100);
      String label = entries.get(i).getKey().label() + " " + percent.stripTrailingZeros().toPlainString() + "%";
      boolean fitsRight = x + 4 + label.length() * CHARACTER <= WIDTH;
      double labelY = LABEL_ROW * (i + 1) - 2;
      thresholds.add(new Threshold(percent.stripTrailingZeros().toPlainString(), number(x), label,
          number(fitsRight ? x + 4 : x - 4), number(labelY), fitsRight ? "start" : "end", number(labelY - 10)));
    }
    return List.copyOf(thresholds);
  }

  private static List<Tick> axisTicks() {
    List<Tick> ticks = new ArrayList<>();
    for (int p = 0; p <= 100; p += 20) {
      ticks.add(new Tick(number(x(p / 100.0)), p + "%"));
    }
    return List.copyOf(ticks);
  }

  /** A share from 0 to 1 as a percentage with one decimal. */
  static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }

  /** The x coordinate of a share from 0 to 1. */
  static double x(double share) {
    return PLOT_LEFT + share * (PLOT_RIGHT - PLOT_LEFT);
  }

  /** The width of the view box, for the template. */
  int width() {
    return WIDTH;
  }

  /** Where 0% is drawn, for the template. */
  int plotLeft() {
    return PLOT_LEFT;
  }

  /** Where 100% is drawn, for the template. */
  int plotRight() {
    return PLOT_RIGHT;
  }

  /** The height of one bar, for the template. */
  int barHeight() {
    return BAR;
  }

  /** The x of the key-question labels (right-aligned), for the template. */
  int labelX() {
    return PLOT_LEFT - 8;
  }

  /** The x of the note that replaces the bar of a key question with no applicable case, for the template. */
  int noneX() {
    return PLOT_LEFT + 6;
  }

  /** The x of the value labels right of the plot, for the template. */
  int valueX() {
    return PLOT_RIGHT + 8;
  }

  /** The baseline of the tick labels, for the template. */
  int tickLabelY() {
    return plotBottom + 16;
  }

  /** The baseline of the axis title, for the template. */
  int axisTitleY() {
    return plotBottom + 36;
  }

  /** The element id of the title, for {@code aria-labelledby}. */
  String titleId() {
    return id + "-title";
  }

  /** The element id of the description, for {@code aria-describedby}. */
  String descriptionId() {
    return id + "-desc";
  }

  /** "80% sampling interval" (the policy's confidence level), or the z value where it is no whole percentage. */
  static String intervalName(RatingPolicy policy) {
    String level = policy.intervalConfidenceLabel();
    return level.endsWith("%") ? level + " sampling interval" : "sampling interval (" + level + ")";
  }

  private static String description(
      StandardRating standard, List<Map.Entry<Rating, BigDecimal>> thresholds, String interval) {
    StringBuilder d = new StringBuilder("Bar chart. ");
    d.append(
        standard.keyQuestions().stream()
            .map(
                k -> k.share().isPresent()
                    ? k.code() + ": " + k.shareText() + " (" + k.yes() + " of " + k.applicable() + " applicable cases, "
                        + interval + " " + k.intervalText() + "), " + k.band().orElseThrow().label()
                        + (k.driving() ? ", drives the rating" : "")
                    : k.code() + ": no applicable case")
            .collect(Collectors.joining("; ")));
    d.append(". Thresholds: ")
        .append(
            thresholds.stream()
                .map(e -> e.getKey().label() + " " + e.getValue().stripTrailingZeros().toPlainString() + "%")
                .collect(Collectors.joining(", ")))
        .append('.');
    return d.toString();
  }

  /** A coordinate with one decimal, in the root locale, as SVG expects. */
  static String number(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
