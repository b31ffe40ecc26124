package org.inspectionkit.benchmarks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.inspectionkit.model.Rating;
import org.inspectionkit.model.casework.Answer;
import org.inspectionkit.model.casework.CaseAssessment;
import org.inspectionkit.model.casework.InspectedCase;
import org.inspectionkit.model.evidence.StandardJudgement;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.KeyQuestion;
import org.inspectionkit.model.framework.KeyQuestionCode;
import org.inspectionkit.model.framework.SampleKind;
import org.inspectionkit.model.framework.Standard;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.provider.ProviderType;
import org.inspectionkit.rules.rating.InspectionRating;
import org.inspectionkit.rules.rating.RatingCalculator;
import org.inspectionkit.rules.rating.RatingPolicy;
import org.inspectionkit.rules.rating.ScoreBand;
import org.inspectionkit.rules.rating.StandardRating;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Rating an inspection of {@code cases} domain-two cases (twelve key questions each, plus 30 unpaid-work and 30
 * Through the Gate cases; see {@link BenchmarkData}) with the library, against a hand-written loop over primitive
 * arrays that computes the same shares, bands, standard ratings and overall rating: the practical limit.
 *
 * <ul>
 *   <li>{@link #library}: {@link RatingCalculator#rate} under the probation policy. It always computes the full
 *       result: counts, share, band, Wilson interval, distance to the next band up and down per key question, the
 *       driving key questions and the overall score.
 *   <li>{@link #libraryExplained}: the same, then every standard's and the overall written reason, as a report
 *       shows them.
 *   <li>{@link #baseline}: the loop. Answers are a {@code byte} matrix (case x key question), precomputed from the
 *       same inspection in setup; it counts yes/no/not applicable per key question, takes each key question's band
 *       with integer arithmetic, each standard's lowest band, the judgements of domain one, the points and the
 *       overall band.
 *   <li>{@link #baselineWithIntervals}: the loop plus a Wilson interval per key question and the band at each
 *       end, for scale.
 * </ul>
 *
 * <p>Setup checks that the loop and the library give the same overall score and standard ratings, so the two do
 * the same work.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms6g", "-Xmx6g"})
@State(Scope.Benchmark)
public class RatingBenchmark {

  /** Domain-two cases in the inspection. */
  @Param({"100", "1000", "10000", "100000", "1000000"})
  public int cases;

  private Framework framework;
  private Inspection inspection;
  private RatingCalculator calculator;
  private PrimitiveInspection primitive;

  /** Builds the inspection and its primitive form, and checks that both give the same ratings. */
  @Setup
  public void setUp() {
    framework = BenchmarkData.framework();
    inspection = BenchmarkData.inspection(framework, cases);
    calculator = RatingCalculator.probation();
    primitive = PrimitiveInspection.of(framework, inspection, calculator.policy());
    InspectionRating rating = calculator.rateOrThrow(framework, inspection);
    int[] loop = primitive.rate();
    for (int s = 0; s < primitive.standardCount(); s++) {
      Rating expected = rating.standards().get(s).finalRating();
      if (loop[s] != expected.ordinal()) {
        throw new IllegalStateException(
            "the loop rates standard " + rating.standards().get(s).code() + " " + Rating.values()[loop[s]]
                + ", the library " + expected);
      }
    }
    int n = primitive.standardCount();
    if (loop[n] != rating.overall().score() || loop[n + 1] != rating.overall().rating().ordinal()) {
      throw new IllegalStateException(
          "the loop scores " + loop[n] + " (" + Rating.values()[loop[n + 1]] + "), the library "
              + rating.overall().score() + " (" + rating.overall().rating() + ")");
    }
    BenchmarkData.settle();
  }

  /**
   * The library: rate the inspection.
   *
   * @return the rating
   */
  @Benchmark
  public InspectionRating library() {
    return calculator.rateOrThrow(framework, inspection);
  }

  /**
   * The library: rate the inspection, then write every standard's reason and the overall reason.
   *
   * @return the reasons, so that none is dead code
   */
  @Benchmark
  public List<String> libraryExplained() {
    InspectionRating rating = calculator.rateOrThrow(framework, inspection);
    List<String> reasons = new ArrayList<>(rating.standards().size() + 1);
    for (StandardRating s : rating.standards()) {
      reasons.add(s.reason());
    }
    reasons.add(rating.overall().reason());
    return reasons;
  }

  /**
   * The baseline: the loop over primitive arrays.
   *
   * @return each standard's rating (as an ordinal), the overall score and the overall rating
   */
  @Benchmark
  public int[] baseline() {
    return primitive.rate();
  }

  /**
   * The baseline with a Wilson interval per key question and the band at each end.
   *
   * @return the intervals
   */
  @Benchmark
  public double[] baselineWithIntervals() {
    return primitive.rateWithIntervals();
  }

  /**
   * An inspection as primitive arrays: one row of answer bytes per case (0 yes, 1 no, 2 not applicable, 3 not
   * answered), over the case-rated key questions ordered so that each sample's questions are contiguous.
   */
  static final class PrimitiveInspection {
    private final int questions;
    private final byte[] answers;
    private final int[] caseFrom;
    private final int[] caseTo;
    private final int[] standardOfQuestion;
    private final int standards;
    private final int[] judged;
    private final long[] thresholds;
    private final int[] points;
    private final int[] scoreBandMin;
    private final int[] scoreBandRating;
    private final double z;

    private PrimitiveInspection(
        int questions, byte[] answers, int[] caseFrom, int[] caseTo, int[] standardOfQuestion, int standards,
        int[] judged, long[] thresholds, int[] points, int[] scoreBandMin, int[] scoreBandRating, double z) {
      this.questions = questions;
      this.answers = answers;
      this.caseFrom = caseFrom;
      this.caseTo = caseTo;
      this.standardOfQuestion = standardOfQuestion;
      this.standards = standards;
      this.judged = judged;
      this.thresholds = thresholds;
      this.points = points;
      this.scoreBandMin = scoreBandMin;
      this.scoreBandRating = scoreBandRating;
      this.z = z;
    }

    int standardCount() {
      return standards;
    }

    static PrimitiveInspection of(Framework framework, Inspection inspection, RatingPolicy policy) {
      ProviderType type = inspection.provider().type();
      List<Standard> all = framework.standardsFor(type);
      Map<KeyQuestionCode, Integer> column = new HashMap<>();
      Map<SampleKind, int[]> range = new HashMap<>();
      List<Integer> standardOf = new ArrayList<>();
      List<SampleKind> samples = new ArrayList<>();
      for (Standard s : all) {
        s.sampleKind().filter(k -> !samples.contains(k)).ifPresent(samples::add);
      }
      for (SampleKind sample : samples) {
        int from = standardOf.size();
        for (int s = 0; s < all.size(); s++) {
          if (all.get(s).sampleKind().filter(sample::equals).isPresent()) {
            for (KeyQuestion k : all.get(s).keyQuestions()) {
              column.put(k.code(), standardOf.size());
              standardOf.add(s);
            }
          }
        }
        range.put(sample, new int[] {from, standardOf.size()});
      }
      int q = standardOf.size();
      List<InspectedCase> cases = inspection.cases();
      Map<String, CaseAssessment> byRef = new HashMap<>();
      for (CaseAssessment a : inspection.assessments()) {
        byRef.put(a.caseRef().toString(), a);
      }
      byte[] answers = new byte[cases.size() * q];
      java.util.Arrays.fill(answers, (byte) 3);
      int[] from = new int[cases.size()];
      int[] to = new int[cases.size()];
      for (int c = 0; c < cases.size(); c++) {
        int[] r = range.get(cases.get(c).sample());
        from[c] = c * q + r[0];
        to[c] = c * q + r[1];
        CaseAssessment a = byRef.get(cases.get(c).ref().toString());
        if (a != null) {
          for (Map.Entry<KeyQuestionCode, Answer> e : a.answers().entrySet()) {
            answers[c * q + column.get(e.getKey())] = (byte) e.getValue().ordinal();
          }
        }
      }
      int[] judged = new int[all.size()];
      java.util.Arrays.fill(judged, -1);
      for (StandardJudgement j : inspection.judgements()) {
        for (int s = 0; s < all.size(); s++) {
          if (all.get(s).code().equals(j.standard())) {
            judged[s] = j.rating().ordinal();
          }
        }
      }
      // Thresholds in hundredths of a percent, so that the test is exact integer arithmetic.
      long[] thresholds = new long[3];
      for (int r = 0; r < 3; r++) {
        thresholds[r] = policy.threshold(Rating.values()[r]).movePointRight(2).longValueExact();
      }
      int[] points = new int[4];
      for (Rating r : Rating.values()) {
        points[r.ordinal()] = policy.points(r);
      }
      List<ScoreBand> bands = policy.overallBands();
      int[] bandMin = new int[bands.size()];
      int[] bandRating = new int[bands.size()];
      for (int b = 0; b < bands.size(); b++) {
        bandMin[b] = bands.get(b).min();
        bandRating[b] = bands.get(b).rating().ordinal();
      }
      return new PrimitiveInspection(
          q, answers, from, to, standardOf.stream().mapToInt(Integer::intValue).toArray(), all.size(), judged,
          thresholds, points, bandMin, bandRating, policy.intervalZ());
    }

    private int[] count() {
      int[] counts = new int[questions * 4];
      byte[] a = answers;
      for (int c = 0; c < caseFrom.length; c++) {
        int base = c * questions;
        for (int i = caseFrom[c]; i < caseTo[c]; i++) {
          counts[(i - base) * 4 + a[i]]++;
        }
      }
      return counts;
    }

    private int band(int yes, int applicable) {
      for (int r = 0; r < 3; r++) {
        if (yes * 10_000L >= thresholds[r] * applicable) {
          return r;
        }
      }
      return 3;
    }

    private int bandOfShare(double share) {
      for (int r = 0; r < 3; r++) {
        if (share * 10_000 >= thresholds[r]) {
          return r;
        }
      }
      return 3;
    }

    int[] rate() {
      return rate(count());
    }

    private int[] rate(int[] counts) {
      int[] out = new int[standards + 2];
      for (int s = 0; s < standards; s++) {
        // A judged standard's rating; a case-rated one starts at the best band and is lowered below.
        out[s] = Math.max(judged[s], 0);
      }
      for (int k = 0; k < questions; k++) {
        int yes = counts[k * 4];
        int applicable = yes + counts[k * 4 + 1];
        if (applicable > 0) {
          int s = standardOfQuestion[k];
          out[s] = Math.max(out[s], band(yes, applicable));
        }
      }
      int score = 0;
      for (int s = 0; s < standards; s++) {
        score += points[out[s]];
      }
      out[standards] = score;
      for (int b = 0; b < scoreBandMin.length; b++) {
        if (score >= scoreBandMin[b]) {
          out[standards + 1] = scoreBandRating[b];
        }
      }
      return out;
    }

    double[] rateWithIntervals() {
      int[] counts = count();
      int[] ratings = rate(counts);
      double[] out = new double[questions * 4 + 1];
      double z2 = z * z;
      for (int k = 0; k < questions; k++) {
        int yes = counts[k * 4];
        int n = yes + counts[k * 4 + 1];
        if (n > 0) {
          double p = (double) yes / n;
          double denominator = 1 + z2 / n;
          double centre = (p + z2 / (2.0 * n)) / denominator;
          double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
          double low = Math.max(0, centre - half);
          double high = Math.min(1, centre + half);
          out[k * 4] = low;
          out[k * 4 + 1] = high;
          out[k * 4 + 2] = bandOfShare(low);
          out[k * 4 + 3] = bandOfShare(high);
        }
      }
      out[questions * 4] = ratings[standards];
      return out;
    }
  }
}
