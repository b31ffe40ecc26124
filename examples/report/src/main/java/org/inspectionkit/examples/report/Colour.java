package org.inspectionkit.examples.report;

import java.util.Locale;

/**
 * An sRGB colour written as {@code #rrggbb}, with the relative luminance and contrast ratio of WCAG 2.x, so that the
 * report's colour pairs can be checked against the 4.5:1 (text) and 3:1 (graphics) minimums.
 *
 * @param hex the colour, {@code #} and six lower-case hex digits
 */
record Colour(String hex) {

  Colour {
    if (!hex.matches("#[0-9a-f]{6}")) {
      throw new IllegalArgumentException("hex: expected # and six lower-case hex digits, was '" + hex + "'");
    }
  }

  static Colour of(String hex) {
    return new Colour(hex.toLowerCase(Locale.ROOT));
  }

  /** The relative luminance (WCAG 2.x), 0 for black to 1 for white. */
  double relativeLuminance() {
    return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
  }

  /** The contrast ratio with another colour (WCAG 2.x), 1 to 21, the same whichever is lighter. */
  double contrastWith(Colour other) {
    double a = relativeLuminance();
    double b = other.relativeLuminance();
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }

  private double channel(int offset) {
    double c = Integer.parseInt(hex.substring(offset, offset + 2), 16) / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  @Override
  public String toString() {
    return hex;
  }
}
