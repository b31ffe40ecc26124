package org.inspectionkit.rules.fieldwork;

import java.util.List;
import org.immutables.value.Value;

/**
 * One week of a {@link FieldworkPattern}: its number (from 1), whether inspectors are on site, and the activities
 * of the week in the order they are listed.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class FieldworkWeek {

  FieldworkWeek() {}

  /**
   * The week's number within fieldwork, from 1.
   *
   * @return the number
   */
  public abstract int number();

  /**
   * Whether inspectors are on site with the provider this week.
   *
   * @return true on site, false off site
   */
  public abstract boolean onSite();

  /**
   * What happens this week, in order.
   *
   * @return the activities
   */
  public abstract List<FieldworkActivity> activities();

  /**
   * A week.
   *
   * @param number the week's number, from 1
   * @param onSite whether inspectors are on site
   * @param activities what happens
   * @return the week
   */
  public static FieldworkWeek of(int number, boolean onSite, FieldworkActivity... activities) {
    return builder().number(number).onSite(onSite).addActivities(activities).build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (number() < 1) {
      throw new IllegalArgumentException("FieldworkWeek number: must be at least 1, was " + number());
    }
    if (activities().isEmpty()) {
      throw new IllegalArgumentException("FieldworkWeek " + number() + " activities: a week needs an activity");
    }
  }

  /** Builds a {@link FieldworkWeek}; number, on site and at least one activity are required. */
  public static final class Builder extends ImmutableFieldworkWeek.Builder {
    Builder() {}
  }
}
