package org.inspectionkit.rules.voice;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import org.inspectionkit.model.casework.CaseRef;
import org.inspectionkit.model.casework.InspectedCase;
import org.inspectionkit.model.casework.InterviewOutcome;
import org.inspectionkit.model.casework.ServiceUserForumMeeting;
import org.inspectionkit.model.casework.ServiceUserInterview;
import org.inspectionkit.model.framework.SampleKind;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.provider.Provider;
import org.inspectionkit.model.provider.ProviderId;
import org.inspectionkit.model.provider.ProviderType;
import org.junit.jupiter.api.Test;

class ServiceUserVoiceTest {

  private static Inspection.Builder inspection() {
    return Inspection.builder()
        .id("crc-bench-2019-20")
        .provider(Provider.of(ProviderId.of("crc-bench"), "BeNCH CRC", ProviderType.CRC))
        .frameworkId("probation-2019-20")
        .cycle("2019-20");
  }

  private static ServiceUserInterview interview(String ref, InterviewOutcome outcome) {
    return ServiceUserInterview.of(CaseRef.of(ref), outcome);
  }

  @Test
  void of_mixedRecords_countsDomainTwoCasesOnly() {
    Inspection i = inspection()
        .addCases(InspectedCase.of(CaseRef.of("A"), SampleKind.DOMAIN_TWO))
        .addCases(InspectedCase.of(CaseRef.of("B"), SampleKind.DOMAIN_TWO))
        .addCases(InspectedCase.of(CaseRef.of("C"), SampleKind.DOMAIN_TWO))
        .addCases(InspectedCase.of(CaseRef.of("U"), SampleKind.UNPAID_WORK))
        .addInterviews(interview("A", InterviewOutcome.OFFERED), interview("A", InterviewOutcome.DONE))
        .addInterviews(interview("B", InterviewOutcome.DECLINED), interview("U", InterviewOutcome.DONE))
        .addForumMeetings(ServiceUserForumMeeting.builder().date(LocalDate.of(2019, 9, 4)).forum("Voices").build())
        .build();

    ServiceUserVoice v = ServiceUserVoice.of(i);

    assertThat(v.inspection()).hasToString("crc-bench-2019-20");
    assertThat(v.domainTwoCases()).isEqualTo(3);
    assertThat(v.interviewedCases()).isEqualTo(1);
    assertThat(v.interviewedShare().getAsDouble()).isCloseTo(1.0 / 3, within(1e-12));
    assertThat(v.outcomeCounts()).containsExactly(
        entry(InterviewOutcome.OFFERED, 1),
        entry(InterviewOutcome.DONE, 1),
        entry(InterviewOutcome.DECLINED, 1),
        entry(InterviewOutcome.UNREACHABLE, 0));
    assertThat(v.outcomeCount(InterviewOutcome.UNREACHABLE)).isZero();
    assertThat(v.casesWithoutInterviewRecord()).containsExactly(CaseRef.of("C"));
    assertThat(v.interviewsOutsideDomainTwo()).containsExactly(CaseRef.of("U"));
    assertThat(v.forumMeetings()).isEqualTo(1);
    assertThat(v.hasForumMeeting()).isTrue();
  }

  @Test
  void of_2018_19StyleInspectionWithoutInterviews_noShareWithoutCasesAndEveryCaseUnrecorded() {
    assertThat(ServiceUserVoice.of(inspection().build()).interviewedShare()).isEmpty();

    ServiceUserVoice v = ServiceUserVoice.of(inspection()
        .addCases(InspectedCase.of(CaseRef.of("B"), SampleKind.DOMAIN_TWO))
        .addCases(InspectedCase.of(CaseRef.of("A"), SampleKind.DOMAIN_TWO))
        .build());

    assertThat(v.interviewedShare()).hasValue(0.0);
    assertThat(v.casesWithoutInterviewRecord()).containsExactly(CaseRef.of("A"), CaseRef.of("B"));
    assertThat(v.hasForumMeeting()).isFalse();
  }
}
