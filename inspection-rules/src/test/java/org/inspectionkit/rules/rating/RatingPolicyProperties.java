package org.inspectionkit.rules.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.inspectionkit.rules.Theories.qt;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.inspectionkit.model.Rating;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The policy's threshold tests give exactly what their definition in decimal arithmetic gives, whatever the
 * thresholds' precision: the policy compares integers where it can, and these properties hold it to the
 * definition.
 */
class RatingPolicyProperties {

  /**
   * Three strictly decreasing thresholds in (0, 100] with 0 to 8 decimal places (whole percents when shares are
   * rounded), and a rounding mode.
   */
  static Gen<RatingPolicy> policies() {
    Gen<Integer> scales = SourceDSL.integers().between(0, 8);
    Gen<Long> units = SourceDSL.longs().between(1, 10_000_000_000L);
    return scales.zip(units, units, units, SourceDSL.booleans().all(), (anyScale, a, b, c, rounded) -> {
      // Rounded shares are compared with whole-percent thresholds only: construction refuses a fraction.
      int scale = rounded ? 0 : anyScale;
      long max = 100L * BigDecimal.TEN.pow(scale).longValueExact();
      long[] v =
          java.util.stream.LongStream.of(a, b, c).map(x -> 1 + x % max).distinct().sorted().toArray();
      long high = Math.max(3, v[v.length - 1]);
      long mid = v.length == 3 ? v[1] : high - 1;
      long low = v.length == 3 ? v[0] : mid - 1;
      return RatingPolicy.builder()
          .from(RatingPolicy.probation())
          .name("generated")
          .rounding(rounded ? ShareRounding.HALF_UP_WHOLE_PERCENT : ShareRounding.EXACT)
          .putThreshold(Rating.OUTSTANDING, BigDecimal.valueOf(high, scale))
          .putThreshold(Rating.GOOD, BigDecimal.valueOf(mid, scale))
          .putThreshold(Rating.REQUIRES_IMPROVEMENT, BigDecimal.valueOf(low, scale))
          .build();
    });
  }

  /** The definition: the share, rounded to a whole percent half up if the policy says so, at or above the threshold. */
  static boolean definition(RatingPolicy p, int yes, int applicable, Rating band) {
    if (band == Rating.INADEQUATE) {
      return true;
    }
    BigDecimal share = BigDecimal.valueOf(100L * yes);
    BigDecimal threshold = p.threshold(band).multiply(BigDecimal.valueOf(applicable));
    if (p.rounding() == ShareRounding.HALF_UP_WHOLE_PERCENT) {
      share = BigDecimal.valueOf(100L * yes).divide(BigDecimal.valueOf(applicable), 0, RoundingMode.HALF_UP);
      threshold = p.threshold(band);
    }
    return share.compareTo(threshold) >= 0;
  }

  @Test
  void reaches_agreesWithDecimalArithmetic() {
    qt().forAll(policies(), SourceDSL.integers().between(1, 2_000_000_000), SourceDSL.doubles().between(0, 1))
        .checkAssert(
            (p, applicable, fraction) -> {
              // Near each threshold as well as anywhere: the boundary is where integer and decimal tests could differ.
              for (Rating band : Rating.values()) {
                int atThreshold =
                    p.threshold(band).multiply(BigDecimal.valueOf(applicable)).divide(BigDecimal.valueOf(100),
                        0, RoundingMode.CEILING).intValue();
                int anywhere = (int) Math.min(applicable, Math.round(fraction * applicable));
                for (int yes : new int[] {atThreshold - 1, atThreshold, atThreshold + 1, anywhere}) {
                  if (yes < 0 || yes > applicable) {
                    continue;
                  }
                  for (Rating r : Rating.values()) {
                    assertThat(p.reaches(yes, applicable, r))
                        .as("%s: %d of %d reaches %s", p.thresholds(), yes, applicable, r)
                        .isEqualTo(definition(p, yes, applicable, r));
                  }
                }
              }
            });
  }

  @Test
  void bandOfPercent_agreesWithDecimalArithmetic() {
    qt().forAll(policies(), SourceDSL.doubles().between(0, 100), SourceDSL.integers().between(-3, 3))
        .checkAssert(
            (p, anywhere, ulps) -> {
              for (Rating band : Rating.values()) {
                // The threshold's own double, a few ulps either side, and a value anywhere.
                double t = p.threshold(band).doubleValue();
                double near = t + ulps * Math.ulp(t);
                for (double percent : new double[] {t, near, anywhere}) {
                  BigDecimal exact = BigDecimal.valueOf(percent);
                  if (p.rounding() == ShareRounding.HALF_UP_WHOLE_PERCENT) {
                    exact = exact.setScale(0, RoundingMode.HALF_UP);
                  }
                  Rating expected = Rating.INADEQUATE;
                  for (Rating r : Rating.values()) {
                    if (exact.compareTo(p.threshold(r)) >= 0) {
                      expected = r;
                      break;
                    }
                  }
                  assertThat(p.bandOfPercent(percent))
                      .as("%s: band of %s", p.thresholds(), percent)
                      .isEqualTo(expected);
                }
              }
            });
  }

  @Test
  void fractionalThreshold_withWholePercentRounding_isRefusedAtConstruction() {
    // 65.4% of 500 cases (327 yes) is exactly on the threshold, yet rounds to 65%: it would fall below it.
    qt().forAll(SourceDSL.integers().between(1, 99), SourceDSL.integers().between(1, 9))
        .checkAssert(
            (whole, tenths) -> {
              BigDecimal t = BigDecimal.valueOf(whole * 10L + tenths, 1);
              RatingPolicy.Builder b =
                  RatingPolicy.builder()
                      .from(RatingPolicy.probation())
                      .rounding(ShareRounding.HALF_UP_WHOLE_PERCENT)
                      .putThreshold(Rating.OUTSTANDING, BigDecimal.valueOf(100))
                      .putThreshold(Rating.GOOD, t)
                      .putThreshold(Rating.REQUIRES_IMPROVEMENT, BigDecimal.valueOf(whole * 10L + tenths - 1, 2));
              assertThatThrownBy(b::build)
                  .isInstanceOf(IllegalArgumentException.class)
                  .hasMessageContaining("must be a whole percent when shares are rounded");
            });
  }
}
