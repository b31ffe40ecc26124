package org.inspectionkit.rules.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inspectionkit.rules.TestFrameworks.probationLike;
import static org.inspectionkit.rules.TestFrameworks.uniform;

import java.time.LocalDate;
import java.util.List;
import org.inspectionkit.model.Rating;
import org.inspectionkit.model.casework.Answer;
import org.inspectionkit.model.casework.CaseAssessment;
import org.inspectionkit.model.casework.InspectedCase;
import org.inspectionkit.model.evidence.RatingOverride;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.StandardCode;
import org.inspectionkit.model.inspection.FieldworkPeriod;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.provider.ProviderType;
import org.inspectionkit.rules.Problem;
import org.inspectionkit.rules.rating.RatingPolicy;
import org.junit.jupiter.api.Test;

class InspectionValidatorTest {

  private static final Framework FRAMEWORK = probationLike();
  private static final InspectionValidator VALIDATOR = InspectionValidator.of(RatingPolicy.probation());
  private static final LocalDate FIELDWORK = LocalDate.of(2019, 9, 2);

  private static Inspection dated(Inspection i, LocalDate caseStart, LocalDate assessedOn) {
    Inspection.Builder b = Inspection.builder().from(i).fieldwork(FieldworkPeriod.of(FIELDWORK, 4)).cases(List.of())
        .assessments(List.of());
    for (InspectedCase c : i.cases()) {
      b.addCase(InspectedCase.builder().from(c).startDate(caseStart).build());
    }
    for (CaseAssessment a : i.assessments()) {
      b.addAssessment(CaseAssessment.builder().from(a).assessedOn(assessedOn).build());
    }
    return b.build();
  }

  private static List<String> codes(Inspection i) {
    return VALIDATOR.problems(FRAMEWORK, i).stream().map(Problem::code).distinct().toList();
  }

  @Test
  void problems_consistentInspection_none() {
    Inspection i = dated(uniform(ProviderType.CRC, 4, Answer.YES, Rating.GOOD).build(), FIELDWORK.minusMonths(3),
        FIELDWORK.plusDays(3));

    assertThat(VALIDATOR.problems(FRAMEWORK, i)).isEmpty();
    assertThat(VALIDATOR.validate(FRAMEWORK, i).isValid()).isTrue();
  }

  @Test
  void problems_staleOverride_isAProblemAsItIsForRating() {
    Inspection i = Inspection.builder()
        .from(uniform(ProviderType.CRC, 10, Answer.YES, Rating.GOOD).build())
        .addOverride(RatingOverride.of(StandardCode.of(2, 1), Rating.GOOD, Rating.REQUIRES_IMPROVEMENT, "r"))
        .build();

    assertThat(codes(i)).containsExactly("rating.stale-override");
  }

  @Test
  void problems_unfinishedInspection_isNotAProblem() {
    Inspection i = Inspection.builder()
        .from(uniform(ProviderType.CRC, 4, Answer.YES, Rating.GOOD).build())
        .judgements(List.of())
        .build();

    assertThat(VALIDATOR.problems(FRAMEWORK, i)).isEmpty();
  }

  @Test
  void problems_assessedBeforeTheCaseStarted() {
    Inspection i = dated(uniform(ProviderType.CRC, 2, Answer.YES, Rating.GOOD).build(), FIELDWORK.minusDays(10),
        FIELDWORK.minusDays(20));

    assertThat(codes(i)).containsExactly("dates.assessed-before-start");
    assertThat(VALIDATOR.problems(FRAMEWORK, i).get(0).where()).startsWith("assessment of case ");
  }

  @Test
  void problems_assessedAfterFieldworkOrInTheYear9999() {
    Inspection after = dated(uniform(ProviderType.CRC, 2, Answer.YES, Rating.GOOD).build(), FIELDWORK.minusMonths(2),
        FIELDWORK.plusWeeks(5));
    Inspection far = dated(uniform(ProviderType.CRC, 2, Answer.YES, Rating.GOOD).build(), FIELDWORK.minusMonths(2),
        LocalDate.of(9999, 1, 1));

    assertThat(codes(after)).containsExactly("dates.assessed-after-fieldwork");
    assertThat(codes(far)).containsExactly("dates.outside-cycle");
  }

  @Test
  void problems_caseStartedAfterFieldworkBegan_orFieldworkOutsideItsCycle() {
    Inspection late = dated(uniform(ProviderType.CRC, 2, Answer.YES, Rating.GOOD).build(), FIELDWORK.plusDays(1),
        FIELDWORK.plusDays(3));
    Inspection outside = Inspection.builder()
        .from(uniform(ProviderType.CRC, 2, Answer.YES, Rating.GOOD).build())
        .fieldwork(FieldworkPeriod.of(LocalDate.of(2030, 1, 7), 4))
        .build();

    assertThat(codes(late)).containsExactly("dates.started-after-fieldwork");
    assertThat(codes(outside)).contains("dates.fieldwork-outside-cycle");
  }

  @Test
  void problems_providerNotInTheRegistry_orNotInExistenceAtFieldwork_isAProblemWhenARegistryIsGiven() {
    Inspection i = dated(uniform(ProviderType.CRC, 2, Answer.YES, Rating.GOOD).build(), FIELDWORK.minusMonths(2),
        FIELDWORK.plusDays(3));
    org.inspectionkit.model.provider.ProviderRegistry registry =
        org.inspectionkit.model.provider.ProviderRegistry.of(org.inspectionkit.model.provider.RegistryEntry.builder()
            .id(i.provider().id().value()).name("Test CRC").type("crc").from(LocalDate.of(2015, 2, 1))
            .until(LocalDate.of(2019, 6, 30)).source(org.inspectionkit.model.provider.EntrySource.DEFAULT).build());
    InspectionValidator withRegistry =
        InspectionValidator.builder().policy(RatingPolicy.probation()).registry(registry).build();
    InspectionValidator withEmpty = InspectionValidator.builder().policy(RatingPolicy.probation())
        .registry(org.inspectionkit.model.provider.ProviderRegistry.empty()).build();

    assertThat(withRegistry.problems(FRAMEWORK, i)).extracting(Problem::code)
        .containsExactly("provider.not-in-registry");
    assertThat(withRegistry.problems(FRAMEWORK, i).get(0).message()).contains("did not exist on 2019-09-02");
    assertThat(withEmpty.problems(FRAMEWORK, i).get(0).message()).startsWith("unknown provider id");
    assertThat(VALIDATOR.problems(FRAMEWORK, i)).isEmpty();
  }
}
