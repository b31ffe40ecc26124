package org.inspectionkit.examples.report;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.inspectionkit.model.Rating;
import org.inspectionkit.rules.consistency.Severity;

/**
 * The report's colours, in one place: the page's ink and paper, and a background with a text colour for each rating
 * and each finding severity. The HTML template writes them as CSS custom properties, and {@code PaletteTest} checks
 * every pair that carries text against WCAG AA (4.5:1) and every graphic against 3:1.
 *
 * <p>The rating colours follow the inspectorate's convention (dark green Outstanding, light green Good, amber
 * Requires improvement, red Inadequate); the rating is always written as text beside its colour.
 */
final class Palette {

  /** Body text. */
  static final Colour INK = Colour.of("#0b0c0c");
  /** Secondary text, threshold lines and axes. */
  static final Colour MUTED = Colour.of("#505a5f");
  /** The page. */
  static final Colour PAPER = Colour.of("#ffffff");
  /** Table header cells and quiet panels. */
  static final Colour PANEL = Colour.of("#f3f2f1");
  /** Table rules and chart grid lines (decoration only: never the only carrier of meaning). */
  static final Colour RULE = Colour.of("#b1b4b6");

  private static final Map<Rating, Pair> RATINGS = new EnumMap<>(Rating.class);
  private static final Map<Severity, Pair> SEVERITIES = new EnumMap<>(Severity.class);

  static {
    RATINGS.put(Rating.OUTSTANDING, new Pair(Colour.of("#00703c"), PAPER));
    RATINGS.put(Rating.GOOD, new Pair(Colour.of("#a8d5a2"), INK));
    RATINGS.put(Rating.REQUIRES_IMPROVEMENT, new Pair(Colour.of("#ffbf47"), INK));
    RATINGS.put(Rating.INADEQUATE, new Pair(Colour.of("#b10e1e"), PAPER));
    SEVERITIES.put(Severity.ERROR, new Pair(Colour.of("#b10e1e"), PAPER));
    SEVERITIES.put(Severity.WARNING, new Pair(Colour.of("#ffbf47"), INK));
    SEVERITIES.put(Severity.INFO, new Pair(Colour.of("#1d70b8"), PAPER));
  }

  private Palette() {}

  /** A background and the colour of text written on it. */
  record Pair(Colour background, Colour text) {}

  /** One CSS custom property: its name without the leading dashes, and its colour. */
  record Property(String name, Colour colour) {}

  static Pair of(Rating rating) {
    return RATINGS.get(rating);
  }

  static Pair of(Severity severity) {
    return SEVERITIES.get(severity);
  }

  /** The CSS class of a rating's badge and chart bar, such as {@code rating-requires-improvement}. */
  static String cssClass(Rating rating) {
    return "rating-" + rating.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The CSS class of a severity tag, such as {@code severity-warning}. */
  static String cssClass(Severity severity) {
    return "severity-" + severity.name().toLowerCase(Locale.ROOT);
  }

  /** Every colour as a CSS custom property, in a stable order; the stylesheet refers to nothing else. */
  static List<Property> properties() {
    List<Property> out = new java.util.ArrayList<>();
    out.add(new Property("ink", INK));
    out.add(new Property("muted", MUTED));
    out.add(new Property("paper", PAPER));
    out.add(new Property("panel", PANEL));
    out.add(new Property("rule", RULE));
    for (Rating r : Rating.values()) {
      out.add(new Property(cssClass(r) + "-bg", of(r).background()));
      out.add(new Property(cssClass(r) + "-fg", of(r).text()));
    }
    for (Severity s : Severity.values()) {
      out.add(new Property(cssClass(s) + "-bg", of(s).background()));
      out.add(new Property(cssClass(s) + "-fg", of(s).text()));
    }
    return List.copyOf(out);
  }
}
