package org.inspectionkit.rules.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inspectionkit.rules.TestFrameworks.probationLike;
import static org.inspectionkit.rules.TestFrameworks.uniform;
import static org.inspectionkit.rules.TestFrameworks.with2019Evidence;

import java.time.LocalDate;
import java.util.List;
import org.inspectionkit.model.Rating;
import org.inspectionkit.model.casework.Answer;
import org.inspectionkit.model.evidence.EvidenceSubmission;
import org.inspectionkit.model.inspection.FieldworkPeriod;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.provider.ProviderType;
import org.junit.jupiter.api.Test;

/** The timetable check: the 2019-20 window, the four-week pattern, evidence "prior to fieldwork". */
class TimetableCheckTest {

  private static final ConsistencyChecker CHECKER =
      ConsistencyChecker.of(CheckSet.builder().name("timetable").version(1).addChecks(BuiltInChecks.timetable())
          .build());

  private static Inspection inspection(LocalDate start, int weeks) {
    return Inspection.builder()
        .from(with2019Evidence(uniform(ProviderType.CRC, 3, Answer.YES, Rating.GOOD).build()))
        .fieldwork(FieldworkPeriod.of(start, weeks))
        .build();
  }

  private static List<String> codes(Inspection i) {
    return CHECKER.check(probationLike(), i).findings().stream().map(Finding::code).toList();
  }

  @Test
  void timetable_fourWeeksFromAMondayInTheCycle_isQuiet() {
    assertThat(codes(inspection(LocalDate.of(2019, 9, 2), 4))).isEmpty();
  }

  @Test
  void timetable_fieldworkBeforeJuly2019OrAfterDecember2020_isOutsideTheCycle() {
    assertThat(codes(inspection(LocalDate.of(2019, 6, 3), 4))).containsExactly("timetable.fieldwork-outside-cycle");
    assertThat(codes(inspection(LocalDate.of(2020, 12, 14), 4))).containsExactly("timetable.fieldwork-outside-cycle");
  }

  @Test
  void timetable_threeWeeksIn2019To20_isNotTheCyclesPattern() {
    var findings = CHECKER.check(probationLike(), inspection(LocalDate.of(2019, 9, 2), 3)).findings();

    assertThat(findings).extracting(Finding::code).containsExactly("timetable.fieldwork-pattern");
    assertThat(findings.get(0).message()).isEqualTo(
        "the fieldwork runs 3 weeks from a Monday, but the 2019-20 pattern is 4 weeks from a Monday: weeks 1-2 on"
            + " site, week 3 off site, week 4 on site");
  }

  @Test
  void timetable_evidenceSubmittedOnceFieldworkBegan_isFlagged() {
    Inspection base = inspection(LocalDate.of(2019, 9, 2), 4);
    EvidenceSubmission first = base.evidenceSubmissions().get(0);
    Inspection late = Inspection.builder().from(base).evidenceSubmissions(List.of()).addEvidenceSubmissions(
            EvidenceSubmission.builder().from(first).submittedOn(LocalDate.of(2019, 9, 2)).build())
        .addAllEvidenceSubmissions(base.evidenceSubmissions().subList(1, base.evidenceSubmissions().size()))
        .build();

    var findings = CHECKER.check(probationLike(), late).findings();

    assertThat(findings).extracting(Finding::code).containsExactly("timetable.evidence-after-fieldwork-began");
    assertThat(findings.get(0).message()).contains("prior to fieldwork").contains(first.keyQuestion().toString());
  }
}
