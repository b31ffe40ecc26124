package org.inspectionkit.rules.sampling.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NormalQuantileTest {

  @Test
  void twoSidedZ_commonConfidenceLevels_matchTablesToFourDecimals() {
    assertThat(NormalQuantile.twoSidedZ(0.80)).isCloseTo(1.2816, within(0.00005));
    assertThat(NormalQuantile.twoSidedZ(0.95)).isCloseTo(1.9600, within(0.00005));
  }

  // Reference values from Python's statistics.NormalDist().inv_cdf, an independent implementation (Wichura's
  // AS241, accurate to about 1e-16): inv_cdf((1 + c) / 2) for confidence c, and inv_cdf(p) for the tails.
  @ParameterizedTest
  @CsvSource({
    "0.80, 1.2815515655446008",
    "0.90, 1.6448536269514715",
    "0.95, 1.9599639845400536",
    "0.99, 2.5758293035489",
    "0.50, 0.6744897501960817",
    "0.999999, 4.891638475671084"
  })
  void twoSidedZ_anyConfidence_withinAcklamsAccuracy(double confidence, double expected) {
    assertThat(NormalQuantile.twoSidedZ(confidence)).isCloseTo(expected, within(expected * 1.2e-9));
  }

  @Test
  void inverseCdf_lowerTailAndCentre_symmetric() {
    assertThat(NormalQuantile.inverseCdf(0.5)).isCloseTo(0.0, within(1e-12));
    assertThat(NormalQuantile.inverseCdf(0.01)).isCloseTo(-2.3263478740408408, within(3e-9));
    assertThat(NormalQuantile.inverseCdf(0.01)).isCloseTo(-NormalQuantile.inverseCdf(0.99), within(1e-9));
  }

  @Test
  void inverseCdf_outsideOpenInterval_rejected() {
    assertThatThrownBy(() -> NormalQuantile.inverseCdf(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NormalQuantile.inverseCdf(1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NormalQuantile.inverseCdf(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NormalQuantile.twoSidedZ(1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("confidence");
  }
}
