package org.inspectionkit.model.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.inspectionkit.model.framework.KeyQuestionCode;
import org.inspectionkit.model.framework.SampleKind;
import org.junit.jupiter.api.Test;

class CaseworkTest {

  @Test
  void caseRef_rejectsSpacesSoANameCannotSlipIn() {
    assertThatThrownBy(() -> CaseRef.of("John Smith"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("case reference: expected a pseudonymous reference")
        .hasMessageContaining("'John Smith'");
    assertThat(CaseRef.of("D2-0042")).hasToString("D2-0042");
  }

  @Test
  void inspectedCase_toStringNeverShowsDiversity() {
    InspectedCase c =
        InspectedCase.builder()
            .ref("D2-0001")
            .sample(SampleKind.DOMAIN_TWO)
            .gender(Gender.FEMALE)
            .putDiversity("ethnicity", "Mixed: White and Black Caribbean")
            .build();
    assertThat(c.toString()).contains("D2-0001").doesNotContain("Caribbean").doesNotContain("ethnicity");
    assertThat(c.diversity()).containsEntry("ethnicity", "Mixed: White and Black Caribbean");
  }

  @Test
  void inspectedCase_rejectsMalformedAttributeNames() {
    assertThatThrownBy(
            () -> InspectedCase.builder().ref("D2-0001").sample(SampleKind.DOMAIN_TWO).putAttribute("Age Band", "x").build())
        .hasMessageContaining("InspectedCase D2-0001 attributes: expected a name of lower-case letters");
  }

  @Test
  void caseAssessment_keepsAnswersInCodeOrderAndNeedsOne() {
    CaseAssessment a =
        CaseAssessment.builder()
            .caseRef("D2-0001")
            .assessor("insp-01")
            .assessedOn(LocalDate.of(2019, 9, 3))
            .putAnswer("2.1.10", Answer.NO)
            .putAnswer("2.1.2", Answer.YES)
            .build();
    assertThat(a.answers().keySet()).extracting(Object::toString).containsExactly("2.1.2", "2.1.10");
    assertThat(a.answer(KeyQuestionCode.of(2, 1, 2))).contains(Answer.YES);
    assertThatThrownBy(
            () ->
                CaseAssessment.builder()
                    .caseRef("D2-0001")
                    .assessor("insp-01")
                    .assessedOn(LocalDate.of(2019, 9, 3))
                    .build())
        .hasMessage("CaseAssessment D2-0001 answers: an assessment needs at least one key question answer");
  }

  @Test
  void caseAssessment_answerCodeFromTextNamesTheField() {
    assertThatThrownBy(() -> CaseAssessment.builder().putAnswer("2.1", Answer.YES))
        .hasMessageStartingWith("CaseAssessment.answers: key question code: expected");
  }

  @Test
  void answer_applicability() {
    assertThat(Answer.YES.isApplicable()).isTrue();
    assertThat(Answer.NOT_APPLICABLE.isApplicable()).isFalse();
  }

  @Test
  void forumMeeting_notesAreRedacted() {
    ServiceUserForumMeeting m =
        ServiceUserForumMeeting.builder()
            .date(LocalDate.of(2019, 9, 10))
            .forum("Northampton service user council")
            .attendees(6)
            .notes("A said that B ...")
            .build();
    assertThat(m.toString()).doesNotContain("A said");
    assertThatThrownBy(() -> ServiceUserForumMeeting.builder().date(LocalDate.of(2019, 9, 10)).forum("x").attendees(-1).build())
        .hasMessage("ServiceUserForumMeeting attendees: must be at least 0, was -1");
  }
}
