package org.inspectionkit.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Optional;
import org.inspectionkit.model.Rating;
import org.inspectionkit.model.framework.KeyQuestionCode;
import org.inspectionkit.model.framework.RatingBasis;
import org.inspectionkit.model.framework.StandardCode;
import org.inspectionkit.rules.rating.KeyQuestionResult;
import org.inspectionkit.rules.rating.RatingPolicy;
import org.inspectionkit.rules.rating.StandardRating;
import org.junit.jupiter.api.Test;

/** The chart geometry: bars, intervals, thresholds and labels where the numbers say. */
class ChartTest {

  static KeyQuestionResult result(String code, int yes, int no, double low, double high, Rating band,
      boolean driving) {
    return KeyQuestionResult.builder().code(KeyQuestionCode.parse(code)).yes(yes).no(no).notApplicable(0)
        .notAnswered(0).band(Optional.of(band)).intervalLow(OptionalDouble.of(low))
        .intervalHigh(OptionalDouble.of(high)).casesToBandUp(OptionalInt.empty())
        .casesToBandDown(OptionalInt.empty()).driving(driving).build();
  }

  static StandardRating standard(KeyQuestionResult... results) {
    return StandardRating.builder().code(StandardCode.parse("2.1")).title("Assessment")
        .basis(RatingBasis.CASE_DATA).computed(Rating.INADEQUATE).worstWithinSamplingError(Rating.INADEQUATE)
        .bestWithinSamplingError(Rating.INADEQUATE).addKeyQuestions(results).build();
  }

  @Test
  void of_barsRunFromZeroToTheShare_intervalsAtTheirEnds() {
    Chart chart = Chart.of(standard(
        result("2.1.1", 3, 1, 0.3, 0.95, Rating.GOOD, false),
        result("2.1.2", 0, 4, 0.0, 0.49, Rating.INADEQUATE, true)), RatingPolicy.probation());
    assertThat(chart.id()).isEqualTo("chart-2-1");
    assertThat(chart.bars()).extracting(Chart.Bar::keyQuestion).containsExactly("2.1.1", "2.1.2");
    Chart.Bar first = chart.bars().get(0);
    assertThat(first.width()).isEqualTo(Chart.number(0.75 * (Chart.PLOT_RIGHT - Chart.PLOT_LEFT)));
    assertThat(first.lowX()).isEqualTo(Chart.number(Chart.x(0.3)));
    assertThat(first.highX()).isEqualTo(Chart.number(Chart.x(0.95)));
    assertThat(first.cssClass()).isEqualTo("rating-good");
    assertThat(first.valueText()).isEqualTo("75.0% Good");
    Chart.Bar second = chart.bars().get(1);
    assertThat(second.width()).isEqualTo("0.0");
    assertThat(second.driving()).isTrue();
    assertThat(Double.parseDouble(second.y()) - Double.parseDouble(first.y())).isEqualTo(Chart.BAR + Chart.GAP);
    assertThat(chart.plotBottom()).isEqualTo(chart.plotTop() + 2 * (Chart.BAR + Chart.GAP));
    assertThat(chart.height()).isEqualTo(chart.plotBottom() + Chart.BOTTOM);
    assertThat(chart.ticks()).extracting(Chart.Tick::label).containsExactly("0%", "20%", "40%", "60%", "80%", "100%");
    assertThat(chart.description()).contains("2.1.2: 0.0% (0 of 4 applicable cases", "drives the rating",
        "Thresholds: Requires improvement 50%, Good 65%, Outstanding 80%");
  }

  @Test
  void of_noApplicableCase_noBarButANote() {
    KeyQuestionResult none = KeyQuestionResult.builder().code(KeyQuestionCode.parse("2.1.3")).yes(0).no(0)
        .notApplicable(5).notAnswered(0).driving(false).build();
    Chart.Bar bar = Chart.of(standard(none), RatingPolicy.probation()).bars().get(0);
    assertThat(bar.applicable()).isFalse();
    assertThat(bar.valueText()).isEqualTo("no applicable case");
  }

  @Test
  void of_thresholdsLowestFirst_eachOnItsOwnRow_labelsKeptInsideTheViewBox() {
    RatingPolicy policy = RatingPolicy.builder().from(RatingPolicy.probation())
        .putThreshold(Rating.OUTSTANDING, new BigDecimal("99.5"))
        .putThreshold(Rating.GOOD, BigDecimal.valueOf(66))
        .putThreshold(Rating.REQUIRES_IMPROVEMENT, BigDecimal.valueOf(33))
        .build();
    Chart chart = Chart.of(standard(result("2.1.1", 1, 1, 0.1, 0.9, Rating.REQUIRES_IMPROVEMENT, true)), policy);
    assertThat(chart.thresholds()).extracting(Chart.Threshold::percent).containsExactly("33", "66", "99.5");
    assertThat(chart.thresholds()).extracting(Chart.Threshold::x)
        .containsExactly(Chart.number(Chart.x(0.33)), Chart.number(Chart.x(0.66)), Chart.number(Chart.x(0.995)));
    assertThat(chart.thresholds()).extracting(Chart.Threshold::labelY).doesNotHaveDuplicates();
    assertThat(chart.thresholds().get(0).anchor()).isEqualTo("start");
    assertThat(chart.thresholds().get(2).label()).isEqualTo("Outstanding 99.5%");
    for (Chart.Threshold t : chart.thresholds()) {
      double x = Double.parseDouble(t.labelX());
      double width = t.label().length() * Chart.CHARACTER;
      double left = t.anchor().equals("start") ? x : x - width;
      assertThat(left).isGreaterThanOrEqualTo(0);
      assertThat(left + width).isLessThanOrEqualTo(Chart.WIDTH);
      assertThat(Double.parseDouble(t.lineTop())).isLessThan(chart.plotTop());
    }
  }

  @Test
  void intervalName_namesTheConfidenceOfTheUsualZ_elseTheZ() {
    assertThat(Chart.intervalName(RatingPolicy.probation())).isEqualTo("80% sampling interval");
    assertThat(Chart.intervalName(RatingPolicy.builder().from(RatingPolicy.probation()).intervalZ(1.645).build()))
        .isEqualTo("sampling interval (z = 1.65)");
  }
}
