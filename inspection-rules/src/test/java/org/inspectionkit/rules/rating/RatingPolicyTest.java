package org.inspectionkit.rules.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.inspectionkit.model.Rating;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RatingPolicyTest {

  private static final RatingPolicy PROBATION = RatingPolicy.probation();
  private static final RatingPolicy ROUNDED =
      RatingPolicy.builder().from(PROBATION).name("rounded").rounding(ShareRounding.HALF_UP_WHOLE_PERCENT).build();

  /** Shares just under and exactly at each threshold, worked by hand: yes / applicable against 80, 65 and 50. */
  @ParameterizedTest(name = "{0} of {1} is {2}")
  @CsvSource({
    "40, 40, OUTSTANDING",
    "32, 40, OUTSTANDING", // 80.0%: exactly at the Outstanding threshold
    "31, 40, GOOD", // 77.5%
    "79, 100, GOOD", // 79.0%
    "26, 40, GOOD", // 65.0%: exactly at Good
    "25, 40, REQUIRES_IMPROVEMENT", // 62.5%
    "64, 100, REQUIRES_IMPROVEMENT", // 64.0%
    "20, 40, REQUIRES_IMPROVEMENT", // 50.0%: exactly at Requires improvement
    "19, 40, INADEQUATE", // 47.5%
    "49, 100, INADEQUATE", // 49.0%
    "0, 40, INADEQUATE",
    "1, 1, OUTSTANDING",
    "0, 1, INADEQUATE"
  })
  void band_exactFractions(int yes, int applicable, Rating expected) {
    assertThat(PROBATION.band(yes, applicable)).isEqualTo(expected);
  }

  /** Half-up rounding to a whole percent first: 79.5% counts as 80%, 79.4% does not. */
  @ParameterizedTest(name = "{0} of {1} is {2} exactly and {3} rounded")
  @CsvSource({
    "159, 200, GOOD, OUTSTANDING", // 79.5%
    "397, 500, GOOD, GOOD", // 79.4%
    "129, 200, REQUIRES_IMPROVEMENT, GOOD", // 64.5%
    "322, 500, REQUIRES_IMPROVEMENT, REQUIRES_IMPROVEMENT", // 64.4%
    "99, 200, INADEQUATE, REQUIRES_IMPROVEMENT", // 49.5%
    "247, 500, INADEQUATE, INADEQUATE", // 49.4%
    "32, 40, OUTSTANDING, OUTSTANDING",
    "31, 40, GOOD, GOOD" // 77.5% rounds to 78%
  })
  void band_withAndWithoutRounding(int yes, int applicable, Rating exact, Rating rounded) {
    assertThat(PROBATION.band(yes, applicable)).isEqualTo(exact);
    assertThat(ROUNDED.band(yes, applicable)).isEqualTo(rounded);
  }

  @ParameterizedTest(name = "score {0} is {1}")
  @CsvSource({
    "0, INADEQUATE",
    "5, INADEQUATE",
    "6, REQUIRES_IMPROVEMENT",
    "15, REQUIRES_IMPROVEMENT",
    "16, GOOD",
    "25, GOOD",
    "26, OUTSTANDING",
    "30, OUTSTANDING"
  })
  void overallBand_probationEdges(int score, Rating expected) {
    assertThat(PROBATION.overallBand(score)).isEqualTo(expected);
  }

  @Test
  void probation_isThePublishedScheme() {
    assertThat(PROBATION.maxScore()).isEqualTo(30);
    assertThat(PROBATION.points(Rating.OUTSTANDING)).isEqualTo(3);
    assertThat(PROBATION.points(Rating.INADEQUATE)).isZero();
    assertThat(PROBATION.threshold(Rating.GOOD)).isEqualByComparingTo("65");
    assertThat(PROBATION.rounding()).isEqualTo(ShareRounding.EXACT);
    assertThat(PROBATION.limiters()).isEmpty();
  }

  /** The youth framework's scheme: 12 standards, 0-36, bands 0-6, 7-18, 19-30, 31-36, with no code change. */
  static RatingPolicy youth() {
    return RatingPolicy.builder()
        .from(PROBATION)
        .name("youth")
        .standardCount(12)
        .overallBands(
            java.util.List.of(
                ScoreBand.of(Rating.INADEQUATE, 0, 6),
                ScoreBand.of(Rating.REQUIRES_IMPROVEMENT, 7, 18),
                ScoreBand.of(Rating.GOOD, 19, 30),
                ScoreBand.of(Rating.OUTSTANDING, 31, 36)))
        .build();
  }

  @ParameterizedTest(name = "youth score {0} is {1}")
  @CsvSource({"6, INADEQUATE", "7, REQUIRES_IMPROVEMENT", "18, REQUIRES_IMPROVEMENT", "19, GOOD", "30, GOOD",
      "31, OUTSTANDING", "36, OUTSTANDING"})
  void youthPolicy_isExpressibleAsData(int score, Rating expected) {
    assertThat(youth().maxScore()).isEqualTo(36);
    assertThat(youth().overallBand(score)).isEqualTo(expected);
  }

  @Test
  void bands_withAGapAreRejectedNamingTheScores() {
    assertThatThrownBy(
            () ->
                RatingPolicy.builder()
                    .from(PROBATION)
                    .overallBands(
                        java.util.List.of(
                            ScoreBand.of(Rating.INADEQUATE, 0, 5),
                            ScoreBand.of(Rating.REQUIRES_IMPROVEMENT, 6, 14),
                            ScoreBand.of(Rating.GOOD, 16, 25),
                            ScoreBand.of(Rating.OUTSTANDING, 26, 30)))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RatingPolicy probation overallBands: scores 15 to 15 are in no band (a gap)");
  }

  @Test
  void bands_withAnOverlapAreRejected() {
    assertThatThrownBy(
            () ->
                RatingPolicy.builder()
                    .from(PROBATION)
                    .overallBands(
                        java.util.List.of(
                            ScoreBand.of(Rating.INADEQUATE, 0, 6),
                            ScoreBand.of(Rating.REQUIRES_IMPROVEMENT, 6, 15),
                            ScoreBand.of(Rating.GOOD, 16, 25),
                            ScoreBand.of(Rating.OUTSTANDING, 26, 30)))
                    .build())
        .hasMessage("RatingPolicy probation overallBands: scores 6 to 6 are in more than one band (an overlap)");
  }

  @Test
  void bands_thatStopShortOfTheMaximumAreRejected() {
    assertThatThrownBy(() -> RatingPolicy.builder().from(PROBATION).standardCount(12).build())
        .hasMessage("RatingPolicy probation overallBands: must end at the maximum score 36, but end at 30");
  }

  @Test
  void bands_givingAWorseRatingForAHigherScoreAreRejected() {
    assertThatThrownBy(
            () ->
                RatingPolicy.builder()
                    .from(PROBATION)
                    .overallBands(
                        java.util.List.of(
                            ScoreBand.of(Rating.GOOD, 0, 15), ScoreBand.of(Rating.INADEQUATE, 16, 30)))
                    .build())
        .hasMessageContaining("gives a worse rating than the lower band before it");
  }

  @Test
  void thresholds_mustDecrease() {
    assertThatThrownBy(
            () -> RatingPolicy.builder().from(PROBATION).putThreshold(Rating.GOOD, BigDecimal.valueOf(85)).build())
        .hasMessageContaining("must decrease from Outstanding to Requires improvement, but Good is 85 after 80");
  }

  @Test
  void points_mustNotRewardAWorseRating() {
    assertThatThrownBy(() -> RatingPolicy.builder().from(PROBATION).putPoint(Rating.INADEQUATE, 2).build())
        .hasMessageContaining("Inadequate has more points (2) than a better rating (1)");
  }

  @Test
  void limiter_describesItself() {
    assertThat(Limiter.of(Rating.INADEQUATE, 1, Rating.REQUIRES_IMPROVEMENT).describe())
        .isEqualTo("overall no better than Requires improvement when at least 1 standard is Inadequate");
  }

  @Test
  void wilson_matchesAHandComputedInterval() {
    // 31 of 40 at z = 1.96: p = 0.775, z^2/n = 0.09604; centre = (0.775 + 0.04802) / 1.09604 = 0.75090;
    // half = 1.96 * sqrt(0.775 * 0.225 / 40 + 3.8415 / 6400) / 1.09604 = 0.12594 -> 0.62497 to 0.87684.
    double[] i = RatingCalculator.wilson(31, 40, RatingPolicy.Z_95);
    assertThat(i[0]).isCloseTo(0.62497, org.assertj.core.data.Offset.offset(0.00005));
    assertThat(i[1]).isCloseTo(0.87684, org.assertj.core.data.Offset.offset(0.00005));
  }
}
