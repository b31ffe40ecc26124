package org.inspectionkit.rules.fieldwork;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A run of days, both ends included, such as the dates of a fieldwork week, the service user interview window, or
 * the start dates that make a case eligible for a sample (see
 * {@link org.inspectionkit.rules.sampling.SampleSpecification#eligibilityWindowBefore(LocalDate)}).
 *
 * <p>Immutable and thread-safe.
 */
public final class DateSpan {

  private final LocalDate from;
  private final LocalDate to;

  private DateSpan(LocalDate from, LocalDate to) {
    this.from = Objects.requireNonNull(from, "from");
    this.to = Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("DateSpan: 'to' (" + to + ") is before 'from' (" + from + ")");
    }
  }

  /**
   * The days from {@code from} to {@code to}, both included.
   *
   * @param from the first day
   * @param to the last day, not before {@code from}
   * @return the span
   */
  public static DateSpan of(LocalDate from, LocalDate to) {
    return new DateSpan(from, to);
  }

  /**
   * The first day.
   *
   * @return the date
   */
  public LocalDate from() {
    return from;
  }

  /**
   * The last day.
   *
   * @return the date
   */
  public LocalDate to() {
    return to;
  }

  /**
   * Whether {@code date} falls within the span.
   *
   * @param date the date
   * @return true if within, ends included
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(from) && !date.isAfter(to);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DateSpan && ((DateSpan) o).from.equals(from) && ((DateSpan) o).to.equals(to);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, to);
  }

  /**
   * The span as {@code 2019-09-02 to 2019-09-06}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return from + " to " + to;
  }
}
