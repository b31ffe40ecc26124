package org.inspectionkit.rules.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inspectionkit.rules.TestFrameworks.probationLike;
import static org.inspectionkit.rules.TestFrameworks.uniform;
import static org.inspectionkit.rules.TestFrameworks.with2019Evidence;

import java.time.LocalDate;
import java.util.List;
import org.inspectionkit.model.Rating;
import org.inspectionkit.model.casework.Answer;
import org.inspectionkit.model.evidence.QualitativeAdjustment;
import org.inspectionkit.model.evidence.RatingOverride;
import org.inspectionkit.model.evidence.UnpaidWorkMethod;
import org.inspectionkit.model.evidence.UnpaidWorkOutcomes;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.StandardCode;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.provider.ProviderType;
import org.inspectionkit.rules.Problem;
import org.inspectionkit.rules.consistency.ConsistencyChecker;
import org.inspectionkit.rules.consistency.Finding;
import org.junit.jupiter.api.Test;

/**
 * Unpaid work rated as the 2019-20 notice says: "based solely on data from inspected cases (and for unpaid work,
 * qualitative information from observations and outcome information)".
 */
class QualitativeAdjustmentTest {

  private static final Framework FRAMEWORK = probationLike();
  private static final RatingCalculator CALCULATOR = RatingCalculator.probation();
  private static final StandardCode UNPAID_WORK = StandardCode.of(3, 1);
  private static final StandardCode ASSESSMENT = StandardCode.of(2, 1);
  private static final UnpaidWorkOutcomes OUTCOMES =
      UnpaidWorkOutcomes.builder().periodStart(LocalDate.of(2018, 7, 1)).periodEnd(LocalDate.of(2019, 6, 30))
          .ordersMade(1_240).hoursOrdered(143_000).hoursWorked(118_500).ordersCompleted(1_010)
          .completedWithinTwelveMonths(820).build();

  /** All-yes cases: every case-rated standard is Outstanding from its cases; with the 2019-20 evidence. */
  private static Inspection.Builder outstanding() {
    return Inspection.builder().from(with2019Evidence(uniform(ProviderType.CRC, 10, Answer.YES, Rating.GOOD)
        .build())).unpaidWorkOutcomes(OUTCOMES);
  }

  private static QualitativeAdjustment.Builder move(StandardCode standard, Rating to) {
    return QualitativeAdjustment.builder().standard(standard).caseData(Rating.OUTSTANDING).rating(to)
        .reason("Site visits found few placements with training value; completion within twelve months is low.")
        .inspector("insp-02");
  }

  private static List<String> problems(Inspection i) {
    return CALCULATOR.rate(FRAMEWORK, i).fold(e -> e.stream().map(Problem::code).toList(), r -> List.of());
  }

  @Test
  void rate_unpaidWorkMovedOneBandOnCitedObservationsAndOutcomes_isTheMethodsRating() {
    Inspection i = outstanding().addQualitativeAdjustments(move(UNPAID_WORK, Rating.GOOD)
        .addCitedMethods(UnpaidWorkMethod.SITE_VISIT, UnpaidWorkMethod.SUPERVISOR_INTERVIEW).citesOutcomes(true)
        .build()).build();

    StandardRating s = CALCULATOR.rateOrThrow(FRAMEWORK, i).standard(UNPAID_WORK).orElseThrow();

    assertThat(s.computed()).isEqualTo(Rating.OUTSTANDING);
    assertThat(s.finalRating()).isEqualTo(Rating.GOOD);
    assertThat(s.isOverridden()).isFalse();
    assertThat(s.reason()).endsWith("On the qualitative evidence as the method provides (supervisor interviews, site"
        + " visits, outcome information), moved from the case-data band Outstanding to Good (reason recorded).");
  }

  @Test
  void check_adjustmentAsTheMethodProvides_isNotWarnedAbout_whileAnOverrideIs() {
    Inspection adjusted = outstanding().addQualitativeAdjustments(move(UNPAID_WORK, Rating.GOOD)
        .addCitedMethods(UnpaidWorkMethod.SITE_VISIT).build()).build();
    Inspection overridden = outstanding()
        .addOverride(RatingOverride.of(UNPAID_WORK, Rating.OUTSTANDING, Rating.GOOD, "site visits")).build();

    List<String> adjustedCodes = ConsistencyChecker.builtIn().check(FRAMEWORK, adjusted).findings().stream()
        .map(Finding::code).toList();
    List<String> overriddenCodes = ConsistencyChecker.builtIn().check(FRAMEWORK, overridden).findings().stream()
        .map(Finding::code).toList();

    assertThat(adjustedCodes).noneMatch(c -> c.startsWith("case-rated-not-from-case-data"));
    assertThat(overriddenCodes).contains("case-rated-not-from-case-data.override");
  }

  @Test
  void rate_adjustmentCitingNoEvidence_orEvidenceNotRecorded_isUnsupported() {
    Inspection none = outstanding().addQualitativeAdjustments(move(UNPAID_WORK, Rating.GOOD).build()).build();
    Inspection unrecorded = Inspection.builder().from(outstanding().build()).unpaidWorkEvidence(List.of())
        .unpaidWorkOutcomes(java.util.Optional.empty())
        .addQualitativeAdjustments(move(UNPAID_WORK, Rating.GOOD).addCitedMethods(UnpaidWorkMethod.SITE_VISIT)
            .citesOutcomes(true).build()).build();

    assertThat(problems(none)).containsExactly("rating.unsupported-adjustment");
    assertThat(CALCULATOR.rate(FRAMEWORK, unrecorded).getError().get(0).message())
        .contains("cites SITE_VISIT evidence, but the inspection records none")
        .contains("cites outcome information, but the inspection records no outcome figures");
  }

  @Test
  void rate_adjustmentOfMoreBandsThanThePolicyAllows_isUnsupported() {
    Inspection twoBands = outstanding().addQualitativeAdjustments(move(UNPAID_WORK, Rating.REQUIRES_IMPROVEMENT)
        .addCitedMethods(UnpaidWorkMethod.SITE_VISIT).build()).build();
    RatingPolicy two = RatingPolicy.builder().from(RatingPolicy.probation())
        .putQualitativeBand(org.inspectionkit.model.framework.SampleKind.UNPAID_WORK, 2).build();

    assertThat(problems(twoBands)).containsExactly("rating.unsupported-adjustment");
    assertThat(CALCULATOR.rate(FRAMEWORK, twoBands).getError().get(0).message())
        .contains("it moves 2 bands, and the policy allows at most 1");
    assertThat(RatingCalculator.of(two).rateOrThrow(FRAMEWORK, twoBands).standard(UNPAID_WORK).orElseThrow()
        .finalRating()).isEqualTo(Rating.REQUIRES_IMPROVEMENT);
  }

  @Test
  void rate_adjustmentOfAStandardThePolicyRatesOnCasesAlone_isNotAllowed_andAStaleOneIsAProblem() {
    Inspection domainTwo = outstanding().addQualitativeAdjustments(move(ASSESSMENT, Rating.GOOD)
        .addCitedMethods(UnpaidWorkMethod.SITE_VISIT).build()).build();
    Inspection stale = outstanding().addQualitativeAdjustments(move(UNPAID_WORK, Rating.INADEQUATE)
        .caseData(Rating.GOOD).addCitedMethods(UnpaidWorkMethod.SITE_VISIT).build()).build();

    assertThat(problems(domainTwo)).containsExactly("rating.adjustment-not-allowed");
    assertThat(problems(stale)).containsExactly("rating.stale-adjustment");
  }
}
