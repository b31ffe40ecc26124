package org.inspectionkit.examples.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.inspectionkit.model.Rating;
import org.inspectionkit.rules.portfolio.RatingDistribution;

/**
 * The geometry of the portfolio's chart of overall ratings: one horizontal bar per cycle and provider type, split
 * into a segment per rating (Outstanding first) as wide as its share of the inspections, each labelled with its
 * count; a legend names the ratings in words, so that colour is never the only key.
 *
 * @param id the element id of the SVG
 * @param title the accessible name
 * @param description every count, in words
 * @param height the height of the view box
 * @param rows the bars, in cycle and type order
 * @param legend the legend entries, in rating order
 */
record DistributionChart(String id, String title, String description, int height, List<Row> rows,
    List<LegendEntry> legend) {

  /** The width of the view box. */
  static final int WIDTH = 800;
  /** Where a bar starts. */
  static final int LEFT = 170;
  /** Where a full bar ends. */
  static final int RIGHT = 780;
  /** The height of one bar. */
  static final int BAR = 26;
  /** The space between bars. */
  static final int GAP = 12;
  /** The height of the legend row. */
  static final int LEGEND = 30;

  /** One bar: its label and segments. */
  record Row(String label, String y, String textY, List<Segment> segments, String total) {}

  /**
   * One rating's part of a bar.
   *
   * @param rating the rating's words
   * @param cssClass its colour class
   * @param x where it starts
   * @param width its width
   * @param count the count, shown inside when it fits
   * @param labelX the centre of the segment
   * @param fits whether the count fits inside
   */
  record Segment(String rating, String cssClass, String x, String width, int count, String labelX, boolean fits) {}

  /** One legend entry. */
  record LegendEntry(String label, String cssClass, String x, String textX) {}

  static DistributionChart of(String id, List<RatingDistribution> distributions) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < distributions.size(); i++) {
      RatingDistribution d = distributions.get(i);
      double y = LEGEND + GAP / 2.0 + i * (BAR + GAP);
      double x = LEFT;
      List<Segment> segments = new ArrayList<>();
      for (Rating r : Rating.values()) {
        int n = d.count(r);
        if (n == 0) {
          continue;
        }
        double width = (RIGHT - LEFT) * (double) n / d.total();
        segments.add(new Segment(r.label(), Palette.cssClass(r), Chart.number(x), Chart.number(width), n,
            Chart.number(x + width / 2), width >= 22));
        x += width;
      }
      rows.add(new Row(d.cycle() + " " + d.providerType(), Chart.number(y), Chart.number(y + BAR / 2.0 + 4),
          List.copyOf(segments), d.total() + (d.total() == 1 ? " inspection" : " inspections")));
    }
    List<LegendEntry> legend = new ArrayList<>();
    int lx = LEFT;
    for (Rating r : Rating.values()) {
      legend.add(new LegendEntry(r.label(), Palette.cssClass(r), Integer.toString(lx), Integer.toString(lx + 18)));
      lx += 18 + (int) Math.ceil(r.label().length() * Chart.CHARACTER) + 20;
    }
    String description = "Stacked bar chart of overall ratings. " + distributions.stream()
        .map(d -> d.cycle() + " " + d.providerType() + ": " + java.util.Arrays.stream(Rating.values())
            .map(r -> d.count(r) + " " + r.label()).collect(Collectors.joining(", ")))
        .collect(Collectors.joining("; ")) + ".";
    int height = LEGEND + distributions.size() * (BAR + GAP) + GAP;
    return new DistributionChart(id, "Overall ratings per cycle and provider type", description, height,
        List.copyOf(rows), List.copyOf(legend));
  }

  /** The width of the view box, for the template. */
  int width() {
    return WIDTH;
  }

  /** The height of a bar, for the template. */
  int barHeight() {
    return BAR;
  }

  /** The x of the row labels (right-aligned), for the template. */
  int labelX() {
    return LEFT - 8;
  }

  /** The element id of the title. */
  String titleId() {
    return id + "-title";
  }

  /** The element id of the description. */
  String descriptionId() {
    return id + "-desc";
  }
}
