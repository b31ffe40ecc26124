package org.inspectionkit.rules.fieldwork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import org.inspectionkit.model.framework.Cycle;
import org.junit.jupiter.api.Test;

class FieldworkPatternTest {

  private static FieldworkPattern.Builder oneWeek() {
    return FieldworkPattern.builder()
        .cycle("2021-22")
        .title("One week")
        .addWeeks(FieldworkWeek.of(1, true, FieldworkActivity.of("Inspect cases", 2)))
        .domainsKeptSeparate(true);
  }

  @Test
  void builtIn_byCycle_findsBothProbationPatterns() {
    assertThat(FieldworkPattern.builtIn(Cycle.parse("2018-19"))).contains(FieldworkPattern.PROBATION_2018_19);
    assertThat(FieldworkPattern.builtIn(Cycle.parse("2019-20"))).contains(FieldworkPattern.PROBATION_2019_20);
    assertThat(FieldworkPattern.builtIn(Cycle.parse("2017-18"))).isEmpty();
    assertThat(FieldworkPattern.PROBATION_2019_20.evidenceLeadTime()).contains(Period.ofWeeks(2));
    assertThat(FieldworkPattern.PROBATION_2019_20.interviewWeeks()).containsExactly(1, 2);
  }

  @Test
  void builder_weeksOutOfOrder_rejected() {
    assertThatThrownBy(() -> oneWeek().addWeeks(FieldworkWeek.of(3, true, FieldworkActivity.of("x"))).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("found week 3 in place 2");
  }

  @Test
  void builder_interviewWeekOutsideThePatternOrGapped_rejected() {
    assertThatThrownBy(() -> oneWeek().addInterviewWeeks(2).build())
        .hasMessageContaining("week 2 is not a week of the pattern");
    assertThatThrownBy(() -> oneWeek()
            .addWeeks(FieldworkWeek.of(2, true, FieldworkActivity.of("x")))
            .addWeeks(FieldworkWeek.of(3, true, FieldworkActivity.of("y")))
            .addInterviewWeeks(1, 3)
            .build())
        .hasMessageContaining("must be consecutive weeks in order");
  }

  @Test
  void builder_badLeadTimeOrWorkingDays_rejected() {
    assertThatThrownBy(() -> oneWeek().evidenceLeadTime(Period.ZERO).build())
        .hasMessageContaining("evidenceLeadTime: must be positive");
    assertThatThrownBy(() -> oneWeek().workingDays(8).build()).hasMessageContaining("workingDays: must be 1 to 7");
    assertThatThrownBy(() -> FieldworkWeek.of(1, true)).hasMessageContaining("a week needs an activity");
  }

  @Test
  void activity_toString_namesItsDomains() {
    assertThat(FieldworkActivity.of("Inspect cases", 3, 2)).hasToString("Inspect cases (domains 2, 3)");
    assertThat(FieldworkActivity.of("Plan")).hasToString("Plan");
    assertThatThrownBy(() -> FieldworkActivity.of(" ")).isInstanceOf(IllegalArgumentException.class);
  }
}
