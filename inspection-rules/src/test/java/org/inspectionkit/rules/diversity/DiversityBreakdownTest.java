package org.inspectionkit.rules.diversity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.inspectionkit.model.Rating;
import org.inspectionkit.model.casework.Answer;
import org.inspectionkit.model.casework.InspectedCase;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.rules.TestFrameworks;
import org.junit.jupiter.api.Test;

class DiversityBreakdownTest {

  static final Framework FRAMEWORK = TestFrameworks.probationLike();

  /** 20 domain-two cases: 12 White, 5 Asian, 2 Black, 1 not recorded; answers on 2.1.1 yes for even cases. */
  static Inspection inspection() {
    Inspection base = TestFrameworks.uniform(TestFrameworks.CRC, 0, Answer.YES, Rating.GOOD).build();
    Inspection.Builder b = Inspection.builder().from(base);
    for (int i = 0; i < 20; i++) {
      String ref = String.format("D-%02d", i);
      InspectedCase.Builder c = InspectedCase.builder().ref(ref).sample(org.inspectionkit.model.framework.SampleKind.DOMAIN_TWO);
      if (i < 12) {
        c.putDiversity("ethnicity", "White");
      } else if (i < 17) {
        c.putDiversity("ethnicity", "Asian");
      } else if (i < 19) {
        c.putDiversity("ethnicity", "Black");
      }
      b.addCase(c.build());
      b.addAssessment(TestFrameworks.assessment(ref).putAnswer("2.1.1", i % 2 == 0 ? Answer.YES : Answer.NO).build());
    }
    return b.build();
  }

  @Test
  void of_suppressesSmallGroupsAndShowsTheRest() {
    DiversityBreakdown d = DiversityBreakdown.of(FRAMEWORK, inspection());
    List<GroupShares> groups = d.characteristics().get("ethnicity");
    assertThat(groups).extracting(GroupShares::toString)
        .containsExactly("Asian (5 cases)", "Black (suppressed)", "White (12 cases)", "not recorded (suppressed)");
    GroupShares white = groups.get(2);
    KeyQuestionShare k = white.shares().get(0);
    assertThat(k.code()).hasToString("2.1.1");
    assertThat(k.yes()).isEqualTo(6);
    assertThat(k.applicable()).isEqualTo(12);
    assertThat(k.shareText()).isEqualTo("50.0%");
    assertThat(groups.get(1).shares()).isEmpty();
    assertThat(groups.get(1).cases()).isEmpty();
  }

  @Test
  void of_suppressesASecondGroupWhenOnlyOneIsSmall() {
    // With a minimum of 2: only "not recorded" (1 case) is small, so the next smallest (Black, 2) goes too.
    List<GroupShares> groups = DiversityBreakdown.of(FRAMEWORK, inspection(), 2).characteristics().get("ethnicity");
    assertThat(groups).extracting(GroupShares::suppressed).containsExactly(false, true, false, true);
  }

  @Test
  void of_leavesOutSamplesThatRecordNoDiversity() {
    Inspection withUnpaidWork =
        Inspection.builder()
            .from(inspection())
            .addCase(InspectedCase.of(org.inspectionkit.model.casework.CaseRef.of("UW-1"),
                org.inspectionkit.model.framework.SampleKind.UNPAID_WORK))
            .addAssessment(TestFrameworks.assessment("UW-1").putAnswer("3.1.1", Answer.YES).build())
            .build();
    assertThat(DiversityBreakdown.of(FRAMEWORK, withUnpaidWork)).isEqualTo(DiversityBreakdown.of(FRAMEWORK, inspection()));
  }

  @Test
  void of_nothingRecordedGivesNoCharacteristic() {
    Inspection none = TestFrameworks.uniform(TestFrameworks.CRC, 6, Answer.YES, Rating.GOOD).build();
    assertThat(DiversityBreakdown.of(FRAMEWORK, none).characteristics()).isEmpty();
    assertThatThrownBy(() -> DiversityBreakdown.of(FRAMEWORK, none, 0)).hasMessageContaining("at least 1");
  }
}
