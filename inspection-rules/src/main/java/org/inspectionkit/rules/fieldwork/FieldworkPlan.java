package org.inspectionkit.rules.fieldwork;

import io.vavr.control.Validation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.inspectionkit.model.framework.Cycle;
import org.inspectionkit.model.inspection.FieldworkPeriod;
import org.inspectionkit.rules.Problem;
import org.inspectionkit.rules.ProblemsException;

/**
 * A {@link FieldworkPattern} dated from a first day of fieldwork: each week with its working days and activities,
 * the domain-one evidence deadline and the service user interview window where the pattern has them.
 *
 * <p>Week {@code k} starts {@code k - 1} weeks after the first day and runs for the pattern's working days
 * (Monday to Friday by default). The evidence deadline is the first day minus the pattern's lead time. The
 * interview window runs from the first working day of the first interview week to the last working day of the last.
 * Fieldwork must start on the pattern's first day of the week (a Monday by default): a start on another day is a
 * problem, not silently moved, since the dates are agreed with the provider.
 *
 * <p>Immutable and thread-safe. {@link #toText()} renders the plan for a terminal.
 */
@Value.Immutable
public abstract class FieldworkPlan {

  FieldworkPlan() {}

  /**
   * The pattern the plan dates.
   *
   * @return the pattern
   */
  public abstract FieldworkPattern pattern();

  /**
   * The first day of fieldwork.
   *
   * @return the start date
   */
  public abstract LocalDate start();

  /**
   * The dated weeks, in order.
   *
   * @return the weeks
   */
  public abstract List<PlannedWeek> weeks();

  /**
   * The day the provider's domain-one evidence is due, if the pattern asks for it.
   *
   * @return the deadline
   */
  public abstract Optional<LocalDate> evidenceDeadline();

  /**
   * The days in which the service users of domain-two cases are interviewed, if the pattern interviews them.
   *
   * @return the interview window
   */
  public abstract Optional<DateSpan> interviewWindow();

  /**
   * The cycle of the plan's pattern.
   *
   * @return the cycle
   */
  public Cycle cycle() {
    return pattern().cycle();
  }

  /**
   * The last working day of fieldwork.
   *
   * @return the end date
   */
  public LocalDate end() {
    return weeks().get(weeks().size() - 1).dates().to();
  }

  /**
   * The plan as the model's fieldwork period, to record on an
   * {@link org.inspectionkit.model.inspection.Inspection}.
   *
   * @return the first day and the number of weeks
   */
  public FieldworkPeriod fieldworkPeriod() {
    return FieldworkPeriod.of(start(), weeks().size());
  }

  /**
   * Dates the built-in pattern of {@code cycle} from {@code start}.
   *
   * @param cycle the cycle, such as {@code 2019-20}
   * @param start the first day of fieldwork, a Monday
   * @return the plan, or every problem: no built-in pattern for the cycle, a start on a day other than Monday
   */
  public static Validation<List<Problem>, FieldworkPlan> schedule(Cycle cycle, LocalDate start) {
    Objects.requireNonNull(cycle, "cycle");
    Objects.requireNonNull(start, "start");
    Optional<FieldworkPattern> pattern = FieldworkPattern.builtIn(cycle);
    if (pattern.isPresent()) {
      return schedule(pattern.get(), start);
    }
    List<Problem> problems = new ArrayList<>();
    problems.add(Problem.of(
        "fieldwork.unknown-cycle",
        "cycle " + cycle,
        "no built-in fieldwork pattern for this cycle (built in: "
            + FieldworkPattern.builtIn().stream().map(p -> p.cycle().toString()).collect(Collectors.joining(", "))
            + "); supply a FieldworkPattern"));
    problems.addAll(startProblems(DayOfWeek.MONDAY, start));
    return Validation.invalid(List.copyOf(problems));
  }

  /**
   * Dates {@code pattern} from {@code start}.
   *
   * @param pattern the week pattern
   * @param start the first day of fieldwork, on the pattern's first day of the week
   * @return the plan, or the problem with the start day
   */
  public static Validation<List<Problem>, FieldworkPlan> schedule(FieldworkPattern pattern, LocalDate start) {
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(start, "start");
    List<Problem> problems = startProblems(pattern.firstDay(), start);
    if (!problems.isEmpty()) {
      return Validation.invalid(problems);
    }
    List<PlannedWeek> weeks = new ArrayList<>();
    for (FieldworkWeek w : pattern.weeks()) {
      weeks.add(PlannedWeek.of(w, workingDays(pattern, start, w.number())));
    }
    Optional<DateSpan> interviews = Optional.empty();
    if (!pattern.interviewWeeks().isEmpty()) {
      int first = pattern.interviewWeeks().get(0);
      int last = pattern.interviewWeeks().get(pattern.interviewWeeks().size() - 1);
      interviews = Optional.of(DateSpan.of(
          workingDays(pattern, start, first).from(), workingDays(pattern, start, last).to()));
    }
    return Validation.valid(ImmutableFieldworkPlan.builder()
        .pattern(pattern)
        .start(start)
        .weeks(weeks)
        .evidenceDeadline(pattern.evidenceLeadTime().map(start::minus))
        .interviewWindow(interviews)
        .build());
  }

  /**
   * As {@link #schedule(Cycle, LocalDate)}, throwing if there are problems.
   *
   * @param cycle the cycle
   * @param start the first day of fieldwork, a Monday
   * @return the plan
   * @throws ProblemsException carrying every problem
   */
  public static FieldworkPlan scheduleOrThrow(Cycle cycle, LocalDate start) {
    Validation<List<Problem>, FieldworkPlan> v = schedule(cycle, start);
    if (v.isInvalid()) {
      throw new ProblemsException("cannot plan fieldwork for cycle " + cycle + " from " + start, v.getError());
    }
    return v.get();
  }

  /**
   * As {@link #schedule(FieldworkPattern, LocalDate)}, throwing if there are problems: to date a pattern again from
   * what a plan records ({@link #pattern()} and {@link #start()}), which gives the same plan.
   *
   * @param pattern the week pattern
   * @param start the first day of fieldwork, on the pattern's first day of the week
   * @return the plan
   * @throws ProblemsException carrying every problem
   */
  public static FieldworkPlan scheduleOrThrow(FieldworkPattern pattern, LocalDate start) {
    Validation<List<Problem>, FieldworkPlan> v = schedule(pattern, start);
    if (v.isInvalid()) {
      throw new ProblemsException("cannot plan fieldwork for cycle " + pattern.cycle() + " from " + start,
          v.getError());
    }
    return v.get();
  }

  private static List<Problem> startProblems(DayOfWeek firstDay, LocalDate start) {
    if (start.getDayOfWeek() == firstDay) {
      return List.of();
    }
    return List.of(Problem.of(
        "fieldwork.wrong-start-day",
        "start " + start,
        "fieldwork starts on a " + firstDay.getDisplayName(TextStyle.FULL, Locale.UK) + "; "
            + start + " is a " + start.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK) + " (the one before is "
            + start.with(TemporalAdjusters.previous(firstDay)) + ", the one after "
            + start.with(TemporalAdjusters.next(firstDay)) + ")"));
  }

  private static DateSpan workingDays(FieldworkPattern pattern, LocalDate start, int week) {
    LocalDate from = start.plusWeeks(week - 1L);
    return DateSpan.of(from, from.plusDays(pattern.workingDays() - 1L));
  }

  /**
   * The plan as plain text for a terminal or a file: a heading, the evidence deadline, each week with its dates,
   * place and activities, the interview window and how the domains' evidence is treated. Dates are ISO with the day
   * of the week in English, so the text is the same on every machine.
   *
   * @return the text, lines ended by {@code \n}
   */
  public String toText() {
    StringBuilder out = new StringBuilder();
    out.append("Inspection plan: ").append(pattern().title()).append('\n');
    out.append("Fieldwork: ").append(day(start())).append(" to ").append(day(end())).append(" (")
        .append(weeks().size()).append(weeks().size() == 1 ? " week" : " weeks").append(")\n");
    evidenceDeadline().ifPresent(d -> out.append("\nBefore fieldwork\n  by ").append(day(d))
        .append(": the provider submits its best evidence for each domain-one key question\n"));
    for (PlannedWeek w : weeks()) {
      out.append("\nWeek ").append(w.number()).append("  ").append(day(w.dates().from())).append(" to ")
          .append(day(w.dates().to())).append("  ").append(w.onSite() ? "on site" : "off site").append('\n');
      for (FieldworkActivity a : w.activities()) {
        out.append("  - ").append(a).append('\n');
      }
    }
    out.append('\n');
    interviewWindow().ifPresent(s -> out.append("Service user interviews: ").append(day(s.from())).append(" to ")
        .append(day(s.to())).append('\n'));
    out.append("Evidence: ").append(pattern().domainsKeptSeparate()
        ? "each domain's evidence is treated separately"
        : "case findings from domains two and three may inform domain-one judgements").append('\n');
    for (String note : pattern().notes()) {
      out.append("Note: ").append(note).append('\n');
    }
    return out.toString();
  }

  private static String day(LocalDate d) {
    return d.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.UK) + " " + d;
  }

  /**
   * The cycle, start and number of weeks.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "FieldworkPlan{cycle=" + cycle() + ", start=" + start() + ", weeks=" + weeks().size() + "}";
  }
}
