package org.inspectionkit.rules.fieldwork;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.inspectionkit.model.framework.Cycle;

/**
 * The week pattern of an inspection's fieldwork in one cycle, as data: the weeks, on site or off, with their
 * activities; how long before fieldwork the provider's domain-one evidence is due; the weeks in which the service
 * users of domain-two cases are interviewed; and whether evidence from each domain is kept separate.
 *
 * <p>Two patterns are built in, from the 2019-20 notice: {@link #PROBATION_2018_19} and
 * {@link #PROBATION_2019_20}. Users build their own with {@link #builder()}, for a later cycle or another
 * inspectorate's method. Weeks run from {@link #firstDay()} (Monday unless said otherwise) for
 * {@link #workingDays()} days ({@value #DEFAULT_WORKING_DAYS} unless said otherwise).
 *
 * <p>Invariants, checked when it is built: one to twelve weeks numbered 1, 2, 3 in order; interview weeks, if any,
 * are weeks of the pattern, consecutive and in order; the evidence lead time, if any, is positive; one to seven
 * working days. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class FieldworkPattern {

  /** The most weeks a pattern may have, as for {@link org.inspectionkit.model.inspection.FieldworkPeriod}. */
  public static final int MAX_WEEKS = 12;

  /** The working days of a fieldwork week unless a pattern says otherwise: Monday to Friday. */
  public static final int DEFAULT_WORKING_DAYS = 5;

  /**
   * The 2018-19 pattern: three weeks on site; domains two and three (the cases) in weeks 1-2, domain one across
   * weeks 1-3; evidence from each domain treated separately; no evidence submission or service user interviews.
   */
  public static final FieldworkPattern PROBATION_2018_19 = BuiltInFieldworkPatterns.probation2018();

  /**
   * The 2019-20 pattern: weeks 1-2 on site for the domain two and three cases, initial domain-one work, interviews
   * with the service users of domain-two cases and a meeting with a service user forum; week 3 off site for data
   * analysis and planning; week 4 on site to finalise domain-one evidence. Case findings may inform domain-one
   * judgements. The provider's domain-one evidence is due two weeks before fieldwork: a placeholder for the inspection manual's deadline, as is holding the forum
   * meeting in weeks 1-2.
   */
  public static final FieldworkPattern PROBATION_2019_20 = BuiltInFieldworkPatterns.probation2019();

  FieldworkPattern() {}

  /**
   * The cycle the pattern is used in.
   *
   * @return the cycle
   */
  public abstract Cycle cycle();

  /**
   * The pattern's name, such as "Probation inspection, 2019-20 method".
   *
   * @return the title
   */
  public abstract String title();

  /**
   * The weeks, in order.
   *
   * @return the weeks
   */
  public abstract List<FieldworkWeek> weeks();

  /**
   * How long before the first day of fieldwork the provider's domain-one evidence is due, if the method asks for
   * it.
   *
   * @return the lead time
   */
  public abstract Optional<Period> evidenceLeadTime();

  /**
   * The weeks in which the service users of domain-two cases are interviewed, in order; empty if the method does
   * not interview them.
   *
   * @return the week numbers
   */
  public abstract List<Integer> interviewWeeks();

  /**
   * Whether evidence from each domain is treated separately (2018-19), rather than case findings informing
   * domain-one judgements (2019-20).
   *
   * @return true if the domains are kept separate
   */
  public abstract boolean domainsKeptSeparate();

  /**
   * The first day of the cycle's inspection window, if known: no fieldwork of the cycle starts before it.
   *
   * @return the first day
   */
  public abstract Optional<LocalDate> cycleOpens();

  /**
   * The last day of the cycle's inspection window, if known: no fieldwork of the cycle ends after it.
   *
   * @return the last day
   */
  public abstract Optional<LocalDate> cycleCloses();

  /**
   * The day of the week fieldwork and each of its weeks start on; Monday unless said otherwise.
   *
   * @return the first day
   */
  @Value.Default
  public DayOfWeek firstDay() {
    return DayOfWeek.MONDAY;
  }

  /**
   * The working days in a week, counted from {@link #firstDay()}; five unless said otherwise.
   *
   * @return the number of working days
   */
  @Value.Default
  public int workingDays() {
    return DEFAULT_WORKING_DAYS;
  }

  /**
   * Notes on the pattern, such as which values are placeholders, in order.
   *
   * @return the notes
   */
  public abstract List<String> notes();

  /**
   * The weeks in words, such as {@code weeks 1-2 on site, week 3 off site, week 4 on site}.
   *
   * @return the description
   */
  public String describeWeeks() {
    List<String> parts = new java.util.ArrayList<>();
    int i = 0;
    while (i < weeks().size()) {
      int j = i;
      while (j + 1 < weeks().size() && weeks().get(j + 1).onSite() == weeks().get(i).onSite()) {
        j++;
      }
      int from = weeks().get(i).number();
      int to = weeks().get(j).number();
      parts.add((from == to ? "week " + from : "weeks " + from + "-" + to)
          + (weeks().get(i).onSite() ? " on site" : " off site"));
      i = j + 1;
    }
    return String.join(", ", parts);
  }

  /**
   * The built-in patterns, oldest first.
   *
   * @return the patterns
   */
  public static List<FieldworkPattern> builtIn() {
    return List.of(PROBATION_2018_19, PROBATION_2019_20);
  }

  /**
   * The built-in pattern of a cycle.
   *
   * @param cycle the cycle
   * @return the pattern, if one is built in
   */
  public static Optional<FieldworkPattern> builtIn(Cycle cycle) {
    return builtIn().stream().filter(p -> p.cycle().equals(cycle)).findFirst();
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
    String where = "FieldworkPattern " + cycle();
    require(!title().isBlank() && title().length() <= 200, where + " title", "must be non-blank, at most 200 characters");
    require(!weeks().isEmpty() && weeks().size() <= MAX_WEEKS, where + " weeks",
        "must have 1 to " + MAX_WEEKS + " weeks, had " + weeks().size());
    for (int i = 0; i < weeks().size(); i++) {
      require(weeks().get(i).number() == i + 1, where + " weeks",
          "must be numbered 1, 2, 3... in order; found week " + weeks().get(i).number() + " in place " + (i + 1));
    }
    for (int i = 0; i < interviewWeeks().size(); i++) {
      int w = interviewWeeks().get(i);
      require(w >= 1 && w <= weeks().size(), where + " interviewWeeks", "week " + w + " is not a week of the pattern");
      require(i == 0 || w == interviewWeeks().get(i - 1) + 1, where + " interviewWeeks",
          "must be consecutive weeks in order, were " + interviewWeeks());
    }
    evidenceLeadTime().ifPresent(p -> require(!p.isNegative() && !p.isZero(), where + " evidenceLeadTime",
        "must be positive, was " + p));
    require(workingDays() >= 1 && workingDays() <= 7, where + " workingDays", "must be 1 to 7, was " + workingDays());
  }

  private static void require(boolean condition, String where, String message) {
    if (!condition) {
      throw new IllegalArgumentException(where + ": " + message);
    }
  }

  /** Builds a {@link FieldworkPattern}; cycle, title, weeks and whether domains are kept separate are required. */
  public static final class Builder extends ImmutableFieldworkPattern.Builder {
    Builder() {}

    /**
     * Sets the cycle from its text form.
     *
     * @param cycle the cycle, such as {@code 2019-20}
     * @return this builder
     */
    public Builder cycle(String cycle) {
      return cycle(Cycle.parse(cycle));
    }
  }
}
