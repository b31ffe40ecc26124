package org.inspectionkit.model.inspection;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.inspectionkit.model.internal.Checks;

/**
 * When an inspection's fieldwork runs: its first day and its length in weeks (three in 2018-19; four in 2019-20,
 * counting the week off-site for analysis).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class FieldworkPeriod {

  FieldworkPeriod() {}

  /**
   * The first day of fieldwork.
   *
   * @return the start date
   */
  @Value.Parameter
  public abstract LocalDate start();

  /**
   * The number of weeks, from 1 to 12.
   *
   * @return the weeks
   */
  @Value.Parameter
  public abstract int weeks();

  /**
   * The last working day of the period: the day before the start plus {@link #weeks()} weeks, or the Friday
   * before it when that is a weekend day (fieldwork weeks are working weeks, as the fieldwork plan sets them out:
   * a four-week fieldwork starting on Monday 2 September 2019 ends on Friday 27 September).
   *
   * @return the end date
   */
  public LocalDate end() {
    LocalDate last = start().plusWeeks(weeks()).minusDays(1);
    switch (last.getDayOfWeek()) {
      case SATURDAY:
        return last.minusDays(1);
      case SUNDAY:
        return last.minusDays(2);
      default:
        return last;
    }
  }

  /**
   * A fieldwork period.
   *
   * @param start the first day
   * @param weeks the number of weeks, 1 to 12
   * @return the period
   */
  public static FieldworkPeriod of(LocalDate start, int weeks) {
    return ImmutableFieldworkPeriod.of(start, weeks);
  }

  @Value.Check
  void check() {
    Checks.require(weeks() >= 1 && weeks() <= 12, "FieldworkPeriod weeks", "must be 1 to 12, was " + weeks());
  }
}
