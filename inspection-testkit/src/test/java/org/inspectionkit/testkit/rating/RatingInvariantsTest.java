package org.inspectionkit.testkit.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.inspectionkit.model.Rating;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.provider.ProviderType;
import org.inspectionkit.rules.rating.Limiter;
import org.inspectionkit.rules.rating.RatingPolicy;
import org.inspectionkit.rules.rating.ShareRounding;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The rating invariants run against the probation rules on a probation-shaped framework (the built-in frameworks
 * and policies are run in {@code inspection-json}, which can load them), in the variants a user's policy may take:
 * whole-percent rounding, a limiter, another interval confidence; and the suite shown failing, with its
 * counterexample as a document, when it is given inspections that cannot be rated.
 */
class RatingInvariantsTest {

  private static final Framework FRAMEWORK = ProbationShapedFramework.of();

  @Nested
  class ProbationRulesForACrc extends RatingInvariants {
    @Override
    protected Framework framework() {
      return FRAMEWORK;
    }

    @Override
    protected ProviderType providerType() {
      return ProviderType.CRC;
    }

    @Override
    protected RatingPolicy policy() {
      return RatingPolicy.probation();
    }
  }

  @Nested
  class ProbationRulesForAnNpsDivision extends RatingInvariants {
    @Override
    protected Framework framework() {
      return FRAMEWORK;
    }

    @Override
    protected ProviderType providerType() {
      return ProviderType.NPS_DIVISION;
    }

    @Override
    protected RatingPolicy policy() {
      return RatingPolicies.probationLike(10).name("nps").build();
    }
  }

  @Nested
  class RoundedSharesAndALimiter extends RatingInvariants {
    @Override
    protected Framework framework() {
      return FRAMEWORK;
    }

    @Override
    protected ProviderType providerType() {
      return ProviderType.CRC;
    }

    @Override
    protected RatingPolicy policy() {
      return RatingPolicies.probationLike(10)
          .name("rounded-limited")
          .rounding(ShareRounding.HALF_UP_WHOLE_PERCENT)
          .addLimiters(Limiter.of(Rating.INADEQUATE, 2, Rating.REQUIRES_IMPROVEMENT))
          .intervalConfidence(0.95)
          .build();
    }
  }

  @Nested
  class CloseThresholds extends RatingInvariants {
    @Override
    protected Framework framework() {
      return FRAMEWORK;
    }

    @Override
    protected ProviderType providerType() {
      return ProviderType.CRC;
    }

    @Override
    protected RatingPolicy policy() {
      // Thresholds a case apart in small samples: one answer can jump a key question two bands.
      return RatingPolicies.probationLike(10)
          .name("close-thresholds")
          .putThreshold(Rating.OUTSTANDING, new java.math.BigDecimal("66.7"))
          .putThreshold(Rating.GOOD, new java.math.BigDecimal("62.5"))
          .putThreshold(Rating.REQUIRES_IMPROVEMENT, new java.math.BigDecimal("60"))
          .build();
    }
  }

  @Test
  void probationLike_tenStandards_isTheProbationPolicyAndTwelveTheYouthBands() {
    RatingPolicy ten = RatingPolicies.probationLike(10).name("probation").build();
    RatingPolicy twelve = RatingPolicies.probationLike(12).name("youth").build();

    assertThat(ten).as("the probation-like policy of ten standards").isEqualTo(RatingPolicy.probation());
    assertThat(twelve.overallBands()).as("the overall bands of twelve standards")
        .isEqualTo(RatingPolicy.youth().overallBands());
  }

  @Test
  void aSuiteGivenInspectionsThatCannotBeRated_failsPrintingTheDocument() {
    RatingInvariants broken = new RatingInvariants() {
      @Override
      protected Framework framework() {
        return FRAMEWORK;
      }

      @Override
      protected ProviderType providerType() {
        return ProviderType.CRC;
      }

      @Override
      protected RatingPolicy policy() {
        return RatingPolicy.probation();
      }

      @Override
      protected Gen<Inspection> inspections() {
        // Rateable inspections without their judgements: domain one cannot be rated.
        return super.inspections().map(i -> Inspection.builder().from(i).judgements(List.of()).build());
      }
    };

    Throwable failure = catchThrowable(broken::everyInspection_rates);

    assertThat(failure).as("the failure of the suite given unrateable inspections").isInstanceOf(AssertionError.class);
    assertThat(failure.getMessage())
        .as("the failure names the problem and prints the counterexample as a document")
        .contains("rating.missing-judgement")
        .contains("\"formatVersion\": \"1.0\"")
        .contains("change seed");
  }
}
