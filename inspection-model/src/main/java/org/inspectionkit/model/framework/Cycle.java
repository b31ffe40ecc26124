package org.inspectionkit.model.framework;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inspectionkit.model.internal.Checks;

/**
 * An inspection cycle, written as the inspectorate writes it: {@code 2018-19}, {@code 2019-20}.
 *
 * <p>A cycle is named by the year it starts in; the 2019-20 cycle in fact ran for more than twelve months, so a
 * cycle is a label, not a date range. Cycles order by their start year. Immutable and thread-safe.
 */
public final class Cycle implements Comparable<Cycle> {

  private static final Pattern SHAPE = Pattern.compile("(\\d{4})-(\\d{2})");

  private final int startYear;

  private Cycle(int startYear) {
    if (startYear < 1900 || startYear > 2998) {
      throw new IllegalArgumentException("cycle: start year must be between 1900 and 2998, was " + startYear);
    }
    this.startYear = startYear;
  }

  /**
   * The cycle that starts in {@code startYear}; {@code Cycle.of(2019)} is {@code 2019-20}.
   *
   * @param startYear the first year of the cycle
   * @return the cycle
   */
  public static Cycle of(int startYear) {
    return new Cycle(startYear);
  }

  /**
   * Reads a cycle such as {@code 2019-20}; the second year must follow the first.
   *
   * @param text the cycle
   * @return the cycle
   * @throws IllegalArgumentException if the text is not of the form {@code yyyy-yy} with consecutive years
   */
  public static Cycle parse(CharSequence text) {
    Objects.requireNonNull(text, "cycle");
    Matcher m = SHAPE.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException(
          "cycle: expected <year>-<next year's last two digits> such as 2019-20, was '" + Checks.printable(text) + "'");
    }
    int start = Integer.parseInt(m.group(1));
    int end = Integer.parseInt(m.group(2));
    if ((start + 1) % 100 != end) {
      throw new IllegalArgumentException(
          "cycle: the second year must follow the first, expected " + start + "-"
              + String.format("%02d", (start + 1) % 100) + ", was '" + Checks.printable(text) + "'");
    }
    return new Cycle(start);
  }

  /**
   * The year the cycle starts in.
   *
   * @return the start year
   */
  public int startYear() {
    return startYear;
  }

  /**
   * The cycle after this one.
   *
   * @return the next cycle
   */
  public Cycle next() {
    return new Cycle(startYear + 1);
  }

  /**
   * The cycle before this one.
   *
   * @return the previous cycle
   */
  public Cycle previous() {
    return new Cycle(startYear - 1);
  }

  @Override
  public int compareTo(Cycle other) {
    return Integer.compare(startYear, other.startYear);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Cycle && ((Cycle) o).startYear == startYear;
  }

  @Override
  public int hashCode() {
    return startYear;
  }

  @Override
  public String toString() {
    return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
  }
}
