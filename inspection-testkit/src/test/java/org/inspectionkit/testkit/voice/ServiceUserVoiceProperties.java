package org.inspectionkit.testkit.voice;

import static org.assertj.core.api.Assertions.assertThat;

import org.inspectionkit.model.casework.InterviewOutcome;
import org.inspectionkit.model.framework.SampleKind;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.rules.voice.ServiceUserVoice;
import org.inspectionkit.testkit.ModelGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/**
 * Invariants of the service user voice figures over generated inspections (here, beside the generators, because
 * {@code inspection-rules} cannot depend on this module).
 */
class ServiceUserVoiceProperties {

  private static QuickTheory qt() {
    return QuickTheory.qt().withFixedSeed(Long.getLong("qt.seed", 20_190_902L)).withExamples(200);
  }

  @Test
  void figures_alwaysAddUpForAnyInspection() {
    qt().forAll(ModelGenerators.inspections()).checkAssert((Inspection i) -> {
      ServiceUserVoice v = ServiceUserVoice.of(i);
      long domainTwo = i.cases().stream().filter(c -> c.sample().equals(SampleKind.DOMAIN_TWO)).count();
      int records = v.outcomeCounts().values().stream().mapToInt(Integer::intValue).sum();

      assertThat(v.domainTwoCases()).isEqualTo(domainTwo);
      assertThat(v.interviewedCases()).isBetween(0, v.domainTwoCases());
      assertThat(v.interviewedCases()).isLessThanOrEqualTo(v.outcomeCount(InterviewOutcome.DONE));
      assertThat(v.casesWithoutInterviewRecord().size()).isLessThanOrEqualTo(v.domainTwoCases() - v.interviewedCases());
      assertThat(records + countOutside(i, v)).isEqualTo(i.interviews().size());
      assertThat(v.forumMeetings()).isEqualTo(i.forumMeetings().size());
    });
  }

  private static long countOutside(Inspection i, ServiceUserVoice v) {
    return i.interviews().stream().filter(r -> v.interviewsOutsideDomainTwo().contains(r.caseRef())).count();
  }
}
