package org.inspectionkit.model.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.inspectionkit.model.Rating;
import org.inspectionkit.model.casework.CaseRef;
import org.inspectionkit.model.framework.StandardCode;
import org.junit.jupiter.api.Test;

class EvidenceTest {

  @Test
  void override_needsAReasonAndADeparture() {
    assertThatThrownBy(() -> RatingOverride.of(StandardCode.of(2, 1), Rating.GOOD, Rating.INADEQUATE, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RatingOverride 2.1 reason: must not be blank");
    assertThatThrownBy(() -> RatingOverride.of(StandardCode.of(2, 1), Rating.GOOD, Rating.GOOD, "because"))
        .hasMessage("RatingOverride 2.1 rating: an override must depart from the computed rating, but both are Good");
    RatingOverride o = RatingOverride.of(StandardCode.of(2, 1), Rating.GOOD, Rating.REQUIRES_IMPROVEMENT, "case C3 ...");
    assertThat(o.toString()).doesNotContain("case C3");
  }

  @Test
  void judgement_sortsCitationsAndRedactsRationale() {
    StandardJudgement j =
        StandardJudgement.builder()
            .standard("1.1")
            .rating(Rating.GOOD)
            .rationale("Case D2-0003 shows ...")
            .addCitedElement("2.3")
            .addCitedElement("2.1")
            .addCitedCases(CaseRef.of("B"), CaseRef.of("A"))
            .build();
    assertThat(j.citedElements()).extracting(Object::toString).containsExactly("2.1", "2.3");
    assertThat(j.citedCases()).extracting(CaseRef::value).containsExactly("A", "B");
    assertThat(j.citesCaseData()).isTrue();
    assertThat(j.toString()).doesNotContain("D2-0003");
  }

  @Test
  void judgement_rejectsDuplicateCitations() {
    assertThatThrownBy(
            () ->
                StandardJudgement.builder()
                    .standard("1.1")
                    .rating(Rating.GOOD)
                    .rationale("r")
                    .addCitedElement("2.1")
                    .addCitedElement("2.1")
                    .build())
        .hasMessage("StandardJudgement 1.1 citedElements: duplicate code '2.1'");
  }

  @Test
  void unpaidWorkEvidence_summaryIsRedacted() {
    UnpaidWorkEvidence e = UnpaidWorkEvidence.of(UnpaidWorkMethod.SITE_VISIT, "Supervisor J. was ...");
    assertThat(e.toString()).contains("SITE_VISIT").doesNotContain("Supervisor J.");
  }
}
