package org.inspectionkit.rules.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inspectionkit.rules.sampling.Theories.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

/** Invariants of the sample size formula over populations, confidence levels and margins of error. */
class SampleSizeProperties {

  @Test
  void largerPopulation_neverNeedsASmallerSample() {
    qt().forAll(
            integers().between(0, 2_000_000),
            integers().between(0, 2_000_000),
            doubles().between(0.5, 0.999),
            doubles().between(0.005, 0.5))
        .checkAssert((a, b, confidence, margin) -> {
          int small = Math.min(a, b);
          int large = Math.max(a, b);
          assertThat(SampleSize.calculateOrThrow(small, confidence, margin, 0.5).size())
              .isLessThanOrEqualTo(SampleSize.calculateOrThrow(large, confidence, margin, 0.5).size());
        });
  }

  @Test
  void sampleSize_neverExceedsThePopulation() {
    qt().forAll(integers().between(0, 5_000), doubles().between(0.01, 0.999), doubles().between(0.001, 0.9))
        .checkAssert((population, confidence, margin) ->
            assertThat(SampleSize.calculateOrThrow(population, confidence, margin, 0.5).size())
                .isBetween(0, population));
  }

  @Test
  void calculatedSize_achievesAtMostTheTargetMargin() {
    qt().forAll(integers().between(1, 100_000), doubles().between(0.5, 0.999), doubles().between(0.005, 0.5))
        .checkAssert((population, confidence, margin) -> {
          int n = SampleSize.calculateOrThrow(population, confidence, margin, 0.5).size();
          double achieved = SampleSize.achievedMarginOfError(n, population, confidence, 0.5).get();
          assertThat(achieved).isLessThanOrEqualTo(margin + 1e-9);
        });
  }
}
