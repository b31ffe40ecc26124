package org.inspectionkit.rules.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.vavr.control.Validation;
import java.util.List;
import org.inspectionkit.model.framework.SampleKind;
import org.inspectionkit.rules.Problem;
import org.inspectionkit.rules.ProblemsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SampleSizeTest {

  private static final double C = SampleSpecification.DEFAULT_CONFIDENCE;
  private static final double E = SampleSpecification.DEFAULT_MARGIN_OF_ERROR;
  private static final double P = SampleSpecification.DEFAULT_ASSUMED_PROPORTION;

  @Test
  void calculate_1200EligibleAtDefaults_gives145() {
    SampleSize s = SampleSize.calculateOrThrow(1200, C, E, P);

    // z = 1.28155, n0 = 1.28155^2 * 0.25 / 0.0025 = 164.237, n = 164.237 / (1 + 163.237 / 1200) = 144.571 -> 145.
    assertThat(s.size()).isEqualTo(145);
    assertThat(s.z()).isCloseTo(1.2816, within(0.00005));
    assertThat(s.infinitePopulationSize()).isCloseTo(164.2374, within(0.0001));
    assertThat(s.correctedSize()).isCloseTo(144.5712, within(0.0001));
    assertThat(s.explanation()).isEqualTo(
        "N = 1200, confidence 80%, margin 5 points, p = 0.5: z = 1.2816, n0 = 164.24, n = 144.57 -> 145");
  }

  // Expected sizes computed by hand with the same formula, z taken from Python's statistics.NormalDist().inv_cdf
  // (an independent inverse normal): n = ceil(n0 / (1 + (n0 - 1) / N)), n0 = z^2 p (1 - p) / e^2.
  //   N = 100:       n0 = 164.237, n = 62.391  -> 63
  //   N = 10,000:    n = 161.600               -> 162
  //   N = 1,000,000: n = 164.211               -> 165
  //   N = 50:        n = 38.510                -> 39
  //   95%, N = 1200: z = 1.95996, n0 = 384.146, n = 291.177 -> 292
  //   90%, 10 points, N = 1200: z = 1.64485, n0 = 67.639, n = 64.080 -> 65
  //   p = 0.3, N = 400: n0 = 137.959, n = 102.771 -> 103
  //   N = 2: n = 1.988 -> 2; N = 1: n = 1 exactly (no spurious rounding up to 2); N = 0: 0
  @ParameterizedTest
  @CsvSource({
    "100, 0.80, 0.05, 0.5, 63",
    "10000, 0.80, 0.05, 0.5, 162",
    "1000000, 0.80, 0.05, 0.5, 165",
    "50, 0.80, 0.05, 0.5, 39",
    "1200, 0.95, 0.05, 0.5, 292",
    "1200, 0.90, 0.10, 0.5, 65",
    "400, 0.80, 0.05, 0.3, 103",
    "2, 0.80, 0.05, 0.5, 2",
    "1, 0.80, 0.05, 0.5, 1",
    "0, 0.80, 0.05, 0.5, 0"
  })
  void calculate_handComputedCases_match(int population, double confidence, double margin, double p, int expected) {
    assertThat(SampleSize.calculateOrThrow(population, confidence, margin, p).size()).isEqualTo(expected);
  }

  @Test
  void calculate_everyParameterBad_reportsEveryProblemAtOnce() {
    Validation<List<Problem>, SampleSize> v = SampleSize.calculate(-3, 1.0, 0, Double.NaN);

    assertThat(v.isInvalid()).isTrue();
    assertThat(v.getError())
        .extracting(Problem::code)
        .containsExactly(
            "sampling.negative-population",
            "sampling.confidence-out-of-range",
            "sampling.margin-out-of-range",
            "sampling.proportion-out-of-range");
  }

  @Test
  void calculateOrThrow_badInput_throwsWithEveryProblem() {
    assertThatThrownBy(() -> SampleSize.calculateOrThrow(10, 0, 1.5, P))
        .isInstanceOfSatisfying(ProblemsException.class, e -> assertThat(e.problems()).hasSize(2))
        .hasMessageContaining("confidence")
        .hasMessageContaining("margin of error");
  }

  @Test
  void calculate_specificationWithLimits_appliesMinimumMaximumAndPopulation() {
    SampleSpecification spec = SampleSpecification.builder()
        .sampleKind(SampleKind.UNPAID_WORK)
        .minimumSize(20)
        .maximumSize(60)
        .build();

    assertThat(SampleSize.calculate(1200, spec).get().size()).isEqualTo(60);
    assertThat(SampleSize.calculate(1200, spec).get().formulaSize()).isEqualTo(145);
    assertThat(SampleSize.calculate(1200, spec).get().explanation()).endsWith("(60 within the specification's limits)");
    // N = 22: n = 164.237 / (1 + 163.237 / 22) = 19.5 -> 20, already at the minimum.
    assertThat(SampleSize.calculate(22, spec).get().size()).isEqualTo(20);
    // N = 15: the formula gives 14; the minimum asks 20, more than there are: all 15.
    assertThat(SampleSize.calculate(15, spec).get().formulaSize()).isEqualTo(14);
    assertThat(SampleSize.calculate(15, spec).get().size()).isEqualTo(15);
    assertThat(SampleSize.calculate(-1, spec).getError()).extracting(Problem::code)
        .containsExactly("sampling.negative-population");
  }

  @Test
  void achievedMarginOfError_145Of1200AtEightyPercent_isAboutFivePoints() {
    // e = 1.28155 * sqrt(0.25 / 145 * 1055 / 1199) = 0.049916: just inside the 5 points the sample was sized for.
    assertThat(SampleSize.achievedMarginOfError(145, 1200, C, P).get()).isCloseTo(0.049916, within(0.000001));
    // A shortfall to 100 cases widens it: 1.28155 * sqrt(0.25 / 100 * 1100 / 1199) = 0.061375.
    assertThat(SampleSize.achievedMarginOfError(100, 1200, C, P).get()).isCloseTo(0.061375, within(0.000001));
    assertThat(SampleSize.achievedMarginOfError(40, 40, C, P).get()).isZero();
  }

  @Test
  void achievedMarginOfError_badInput_reportsEveryProblem() {
    assertThat(SampleSize.achievedMarginOfError(50, 40, 2, P).getError())
        .extracting(Problem::code)
        .containsExactly("sampling.sample-larger-than-population", "sampling.confidence-out-of-range");
    assertThat(SampleSize.achievedMarginOfError(0, 40, C, P).getError())
        .extracting(Problem::code)
        .containsExactly("sampling.empty-sample");
    assertThat(SampleSize.achievedMarginOfError(-1, -2, C, P).getError())
        .extracting(Problem::code)
        .containsExactly("sampling.negative-population", "sampling.negative-sample");
  }

  @Test
  void zScore_defaultsAndNinetyFive_computed() {
    assertThat(SampleSize.zScore(0.80)).isCloseTo(1.2816, within(0.00005));
    assertThat(SampleSize.zScore(0.95)).isCloseTo(1.9600, within(0.00005));
  }
}
