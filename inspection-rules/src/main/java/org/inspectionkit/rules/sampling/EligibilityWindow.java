package org.inspectionkit.rules.sampling;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * The dates a case must have started within to be eligible for a sample, both days included, such as
 * {@code 2019-03-02 to 2019-09-01} for cases that started in the six months before fieldwork on 2 September 2019.
 *
 * <p>Immutable and thread-safe.
 */
public final class EligibilityWindow {

  private final LocalDate from;
  private final LocalDate to;

  private EligibilityWindow(LocalDate from, LocalDate to) {
    this.from = Objects.requireNonNull(from, "from");
    this.to = Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("EligibilityWindow: 'to' (" + to + ") is before 'from' (" + from + ")");
    }
  }

  /**
   * The window from {@code from} to {@code to}, both included.
   *
   * @param from the first eligible start date
   * @param to the last eligible start date, not before {@code from}
   * @return the window
   */
  public static EligibilityWindow of(LocalDate from, LocalDate to) {
    return new EligibilityWindow(from, to);
  }

  /**
   * The window of length {@code length} that ends {@code gap} before {@code fieldworkStart}: from
   * {@code fieldworkStart - gap - length} to the day before {@code fieldworkStart - gap}. With no gap and six months,
   * fieldwork on 2019-09-02 gives 2019-03-02 to 2019-09-01.
   *
   * @param fieldworkStart the first day of fieldwork
   * @param length the length of the window, positive
   * @param gap how long before fieldwork the window ends, not negative
   * @return the window
   */
  public static EligibilityWindow before(LocalDate fieldworkStart, Period length, Period gap) {
    LocalDate end = fieldworkStart.minus(gap);
    return new EligibilityWindow(end.minus(length), end.minusDays(1));
  }

  /**
   * The first eligible start date.
   *
   * @return the date
   */
  public LocalDate from() {
    return from;
  }

  /**
   * The last eligible start date.
   *
   * @return the date
   */
  public LocalDate to() {
    return to;
  }

  /**
   * Whether a case that started on {@code date} is eligible.
   *
   * @param date the start date
   * @return true if within the window, ends included
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(from) && !date.isAfter(to);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof EligibilityWindow && ((EligibilityWindow) o).from.equals(from)
        && ((EligibilityWindow) o).to.equals(to);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, to);
  }

  /**
   * The window as {@code 2019-03-02 to 2019-09-01}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return from + " to " + to;
  }
}
