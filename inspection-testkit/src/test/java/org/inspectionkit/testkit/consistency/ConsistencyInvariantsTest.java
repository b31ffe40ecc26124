package org.inspectionkit.testkit.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.rules.consistency.ConsistencyChecker;
import org.inspectionkit.model.provider.ProviderType;
import org.inspectionkit.rules.consistency.CheckSet;
import org.inspectionkit.rules.rating.RatingPolicy;
import org.inspectionkit.testkit.rating.ProbationShapedFramework;
import org.inspectionkit.testkit.rating.RateableInspections;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.junit.jupiter.api.Nested;

/**
 * The consistency invariants run against the 2019-20 probation checks on a probation-shaped framework (the
 * built-in frameworks are run in {@code inspection-json}), and against the generic set.
 */
class ConsistencyInvariantsTest {

  @Nested
  class ProbationChecks extends ConsistencyInvariants {
    @Override
    protected Framework framework() {
      return ProbationShapedFramework.of();
    }

    @Override
    protected ProviderType providerType() {
      return ProviderType.CRC;
    }

    @Override
    protected RatingPolicy ratingPolicy() {
      return RatingPolicy.probation();
    }

    @Override
    protected CheckSet checks() {
      return CheckSet.probation2019();
    }
  }

  @Nested
  class GenericChecksForAnNpsDivision extends ConsistencyInvariants {
    @Override
    protected Framework framework() {
      return ProbationShapedFramework.of();
    }

    @Override
    protected ProviderType providerType() {
      return ProviderType.NPS_DIVISION;
    }

    @Override
    protected RatingPolicy ratingPolicy() {
      return RatingPolicy.probation();
    }

    @Override
    protected CheckSet checks() {
      return CheckSet.generic();
    }
  }

  @Test
  void generatedInspections_giveTheDisconnectPropertySomethingToCheck() {
    // Not a property: a check that the suite's disconnect property is not vacuous on the default generator.
    Gen<Inspection> gen = RateableInspections.of(ProbationShapedFramework.of(), ProviderType.CRC);
    int[] withDisconnect = {0};
    org.quicktheories.QuickTheory.qt().withFixedSeed(20_190_902L).withExamples(100).forAll(gen).checkAssert(i -> {
      if (!ConsistencyChecker.of(CheckSet.probation2019()).check(ProbationShapedFramework.of(), i)
          .withCode("domain-one-disconnect").isEmpty()) {
        withDisconnect[0]++;
      }
    });
    assertThat(withDisconnect[0]).as("generated inspections of 100 with a disconnect finding").isBetween(5, 95);
  }
}
