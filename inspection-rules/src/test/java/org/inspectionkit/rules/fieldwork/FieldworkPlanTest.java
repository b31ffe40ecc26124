package org.inspectionkit.rules.fieldwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.vavr.control.Validation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.inspectionkit.model.framework.Cycle;
import org.inspectionkit.model.framework.DomainCode;
import org.inspectionkit.model.inspection.FieldworkPeriod;
import org.inspectionkit.rules.Problem;
import org.inspectionkit.rules.ProblemsException;
import org.junit.jupiter.api.Test;

class FieldworkPlanTest {

  private static final LocalDate MONDAY = LocalDate.of(2019, 9, 2);

  private static DateSpan span(String from, String to) {
    return DateSpan.of(LocalDate.parse(from), LocalDate.parse(to));
  }

  @Test
  void schedule_2019_20_fourWeeksWithAWeekOffSite() {
    FieldworkPlan plan = FieldworkPlan.scheduleOrThrow(Cycle.parse("2019-20"), MONDAY);

    assertThat(plan.weeks()).extracting(PlannedWeek::number, PlannedWeek::dates, PlannedWeek::onSite)
        .containsExactly(
            tuple(1, span("2019-09-02", "2019-09-06"), true),
            tuple(2, span("2019-09-09", "2019-09-13"), true),
            tuple(3, span("2019-09-16", "2019-09-20"), false),
            tuple(4, span("2019-09-23", "2019-09-27"), true));
    assertThat(plan.end()).isEqualTo(LocalDate.of(2019, 9, 27));
    assertThat(plan.evidenceDeadline()).contains(LocalDate.of(2019, 8, 19));
    assertThat(plan.interviewWindow()).contains(span("2019-09-02", "2019-09-13"));
    assertThat(plan.fieldworkPeriod()).isEqualTo(FieldworkPeriod.of(MONDAY, 4));
    assertThat(plan.pattern().domainsKeptSeparate()).isFalse();
  }

  @Test
  void schedule_2019_20_casesInWeeksOneAndTwo_domainOneFinalisedInWeekFour() {
    FieldworkPlan plan = FieldworkPlan.scheduleOrThrow(Cycle.parse("2019-20"), MONDAY);

    assertThat(domainsOf(plan.weeks().get(0))).contains(DomainCode.of(1), DomainCode.of(2), DomainCode.of(3));
    assertThat(domainsOf(plan.weeks().get(1))).contains(DomainCode.of(1), DomainCode.of(2), DomainCode.of(3));
    assertThat(domainsOf(plan.weeks().get(2))).isEmpty();
    assertThat(domainsOf(plan.weeks().get(3))).containsExactly(DomainCode.of(1));
  }

  @Test
  void schedule_2018_19_threeWeeksOnSite_domainOneThroughout_noDeadlineOrInterviews() {
    FieldworkPlan plan = FieldworkPlan.scheduleOrThrow(Cycle.parse("2018-19"), MONDAY);

    assertThat(plan.weeks()).hasSize(3).allMatch(PlannedWeek::onSite);
    assertThat(plan.weeks()).allSatisfy(w -> assertThat(domainsOf(w)).contains(DomainCode.of(1)));
    assertThat(domainsOf(plan.weeks().get(1))).contains(DomainCode.of(2), DomainCode.of(3));
    assertThat(domainsOf(plan.weeks().get(2))).containsExactly(DomainCode.of(1));
    assertThat(plan.evidenceDeadline()).isEmpty();
    assertThat(plan.interviewWindow()).isEmpty();
    assertThat(plan.pattern().domainsKeptSeparate()).isTrue();
    assertThat(plan.end()).isEqualTo(LocalDate.of(2019, 9, 20));
  }

  @Test
  void schedule_notAMonday_problemNamesTheMondaysEitherSide() {
    Validation<List<Problem>, FieldworkPlan> v = FieldworkPlan.schedule(Cycle.parse("2019-20"), MONDAY.plusDays(1));

    assertThat(v.getError()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("fieldwork.wrong-start-day");
      assertThat(p.message()).isEqualTo("fieldwork starts on a Monday; 2019-09-03 is a Tuesday"
          + " (the one before is 2019-09-02, the one after 2019-09-09)");
    });
  }

  @Test
  void schedule_unknownCycleOnASunday_reportsBothProblems() {
    Validation<List<Problem>, FieldworkPlan> v =
        FieldworkPlan.schedule(Cycle.parse("2020-21"), LocalDate.of(2020, 9, 6));

    assertThat(v.getError()).extracting(Problem::code)
        .containsExactly("fieldwork.unknown-cycle", "fieldwork.wrong-start-day");
    assertThat(v.getError().get(0).message()).contains("built in: 2018-19, 2019-20");
    assertThatThrownBy(() -> FieldworkPlan.scheduleOrThrow(Cycle.parse("2020-21"), LocalDate.of(2020, 9, 6)))
        .isInstanceOf(ProblemsException.class)
        .hasMessageStartingWith("cannot plan fieldwork for cycle 2020-21 from 2020-09-06: 2 problems");
  }

  @Test
  void schedule_ownPattern_usesItsFirstDayAndWorkingDays() {
    FieldworkPattern twoDayWeeks = FieldworkPattern.builder()
        .cycle("2021-22")
        .title("Short visits")
        .addWeeks(FieldworkWeek.of(1, true, FieldworkActivity.of("Visit", 2)))
        .addWeeks(FieldworkWeek.of(2, true, FieldworkActivity.of("Visit again", 2)))
        .addInterviewWeeks(2)
        .domainsKeptSeparate(false)
        .firstDay(DayOfWeek.TUESDAY)
        .workingDays(2)
        .build();

    FieldworkPlan plan = FieldworkPlan.schedule(twoDayWeeks, MONDAY.plusDays(1)).get();

    assertThat(plan.weeks().get(1).dates()).isEqualTo(span("2019-09-10", "2019-09-11"));
    assertThat(plan.interviewWindow()).contains(span("2019-09-10", "2019-09-11"));
    assertThat(FieldworkPlan.schedule(twoDayWeeks, MONDAY).getError()).extracting(Problem::message)
        .singleElement().asString().startsWith("fieldwork starts on a Tuesday");
  }

  @Test
  void toText_2019_20_printsTheDatedPlan() {
    String text = FieldworkPlan.scheduleOrThrow(Cycle.parse("2019-20"), MONDAY).toText();

    assertThat(text).isEqualTo(String.join("\n",
        "Inspection plan: Probation inspection, 2019-20 method",
        "Fieldwork: Mon 2019-09-02 to Fri 2019-09-27 (4 weeks)",
        "",
        "Before fieldwork",
        "  by Mon 2019-08-19: the provider submits its best evidence for each domain-one key question",
        "",
        "Week 1  Mon 2019-09-02 to Fri 2019-09-06  on site",
        "  - Inspect the domain two and domain three cases (domains 2, 3)",
        "  - Interview the service users of the inspected domain-two cases (domain 2)",
        "  - Meet a service user forum, or its equivalent, once in weeks 1-2",
        "  - Begin inspecting organisational delivery (domain 1)",
        "",
        "Week 2  Mon 2019-09-09 to Fri 2019-09-13  on site",
        "  - Inspect the domain two and domain three cases (domains 2, 3)",
        "  - Interview the service users of the inspected domain-two cases (domain 2)",
        "  - Meet a service user forum, or its equivalent, once in weeks 1-2",
        "  - Begin inspecting organisational delivery (domain 1)",
        "",
        "Week 3  Mon 2019-09-16 to Fri 2019-09-20  off site",
        "  - Analyse the case data and plan the domain-one fieldwork",
        "",
        "Week 4  Mon 2019-09-23 to Fri 2019-09-27  on site",
        "  - Finalise the gathering of evidence on organisational delivery (domain 1)",
        "",
        "Service user interviews: Mon 2019-09-02 to Fri 2019-09-13",
        "Evidence: case findings from domains two and three may inform domain-one judgements",
        "Note: Placeholders for the inspection manual: the evidence deadline two weeks before fieldwork, and the"
            + " service user forum meeting in weeks 1-2.",
        ""));
  }

  @Test
  void toText_2018_19_saysTheDomainsAreSeparate() {
    String text = FieldworkPlan.scheduleOrThrow(Cycle.parse("2018-19"), MONDAY).toText();

    assertThat(text)
        .contains("Fieldwork: Mon 2019-09-02 to Fri 2019-09-20 (3 weeks)\n")
        .contains("Week 3  Mon 2019-09-16 to Fri 2019-09-20  on site\n  - Inspect organisational delivery (domain 1)\n")
        .contains("Evidence: each domain's evidence is treated separately\n")
        .doesNotContain("Before fieldwork")
        .doesNotContain("Service user interviews");
  }

  private static List<DomainCode> domainsOf(PlannedWeek w) {
    return w.activities().stream().flatMap(a -> a.domains().stream()).distinct().sorted()
        .collect(Collectors.toList());
  }
}
