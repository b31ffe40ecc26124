package org.inspectionkit.rules.fieldwork;

import java.util.List;
import org.immutables.value.Value;

/**
 * One dated week of a {@link FieldworkPlan}: its number, its working days, whether inspectors are on site, and its
 * activities.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PlannedWeek {

  PlannedWeek() {}

  /**
   * The week's number within fieldwork, from 1.
   *
   * @return the number
   */
  public abstract int number();

  /**
   * The working days of the week, such as Monday 2019-09-02 to Friday 2019-09-06.
   *
   * @return the dates
   */
  public abstract DateSpan dates();

  /**
   * Whether inspectors are on site with the provider this week.
   *
   * @return true on site
   */
  public abstract boolean onSite();

  /**
   * What happens this week, in order.
   *
   * @return the activities
   */
  public abstract List<FieldworkActivity> activities();

  static PlannedWeek of(FieldworkWeek week, DateSpan dates) {
    return ImmutablePlannedWeek.builder()
        .number(week.number())
        .dates(dates)
        .onSite(week.onSite())
        .activities(week.activities())
        .build();
  }
}
