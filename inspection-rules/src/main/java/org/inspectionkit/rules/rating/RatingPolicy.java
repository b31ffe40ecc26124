package org.inspectionkit.rules.rating;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.inspectionkit.rules.sampling.internal.NormalQuantile;
import org.inspectionkit.model.Rating;
import org.inspectionkit.model.framework.SampleKind;

/**
 * Every number the rating rules use, as data: the share thresholds of the case-rated bands, the points per rating,
 * the overall score bands, whether shares are rounded before banding, limiters on the overall rating, and the z
 * value of the sampling intervals.
 *
 * <p>{@link #probation()} is the inspectorate's published scheme for probation: a key question is Outstanding at
 * 80% or more of applicable cases answered yes, Good at 65%, Requires improvement at 50%, Inadequate below; points
 * 3/2/1/0 over 10 standards; overall 0-5 Inadequate, 6-15 Requires improvement, 16-25 Good, 26-30 Outstanding;
 * exact fractions; no limiter. Another scheme, such as the youth framework's 12 standards scored 0-36, is built
 * with {@link #builder()} and needs no code change.
 *
 * <p>Invariants, checked when built: thresholds given for Outstanding, Good and Requires improvement, each above 0
 * and at most 100, strictly decreasing; points given for every rating, never negative, never more for a worse
 * rating; the score bands cover every score from 0 to {@link #maxScore()} exactly once (a gap or an overlap is
 * rejected, naming the scores concerned), and a higher score never gives a worse rating. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RatingPolicy {

  /** The z value of a two-sided 95% interval. */
  public static final double Z_95 = 1.959963984540054;

  /**
   * The z value of a two-sided 80% interval: the confidence level the inspectorate's case samples are designed
   * for (80% confidence, a 5-point margin of error), and so the default of {@link #intervalZ()}.
   */
  public static final double Z_80 = 1.2815515655446004;

  private static final Set<Rating> THRESHOLD_RATINGS =
      EnumSet.of(Rating.OUTSTANDING, Rating.GOOD, Rating.REQUIRES_IMPROVEMENT);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  RatingPolicy() {}

  /**
   * The policy's name, recorded in every result, such as {@code probation-2018}.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The lowest percentage of applicable cases answered yes for each band above Inadequate: Outstanding, Good and
   * Requires improvement. A key question below the Requires improvement threshold is Inadequate.
   *
   * @return the thresholds, in percent
   */
  @Value.NaturalOrder
  public abstract NavigableMap<Rating, BigDecimal> thresholds();

  /**
   * The points each final standard rating adds to the overall score.
   *
   * @return the points per rating
   */
  @Value.NaturalOrder
  public abstract NavigableMap<Rating, Integer> points();

  /**
   * How many standards an inspection is expected to rate; with the best rating's points it sets
   * {@link #maxScore()}.
   *
   * @return the number of standards
   */
  public abstract int standardCount();

  /**
   * The overall score bands, lowest scores first.
   *
   * @return the bands
   */
  public abstract List<ScoreBand> overallBands();

  /**
   * Whether shares are rounded before banding; {@link ShareRounding#EXACT} unless said otherwise.
   *
   * @return the rounding mode
   */
  @Value.Default
  public ShareRounding rounding() {
    return ShareRounding.EXACT;
  }

  /**
   * Caps on the overall rating; none unless said otherwise.
   *
   * @return the limiters
   */
  public abstract List<Limiter> limiters();

  /**
   * For each sample kind whose standards the method rates on qualitative evidence beside the cases, the most
   * bands an inspector may move the case-data rating on recorded evidence: the probation policy allows unpaid
   * work one band (the 2019-20 notice rates it on "qualitative information from observations and outcome
   * information" too; "one band" is this library's default, not a published rule). A kind not listed cannot be
   * moved: a departure from its case data is an override.
   *
   * @return the allowance per sample kind, in bands from 1
   */
  @Value.NaturalOrder
  public abstract java.util.SortedMap<SampleKind, Integer> qualitativeBands();

  /**
   * The z value of the sampling intervals (Wilson score) around each key question's share; {@link #Z_80} unless
   * said otherwise, so that the intervals have the confidence level the samples are designed for (80%, with a
   * 5-point margin of error). Set a confidence level with {@link Builder#intervalConfidence(double)}.
   *
   * @return the z value
   */
  @Value.Default
  public double intervalZ() {
    return Z_80;
  }

  /**
   * The confidence level of the sampling intervals, as shown beside every interval: {@code "80%"} for the
   * default, the whole percentage whose two-sided z value {@link #intervalZ()} is, or {@code "z = 1.50"} when it
   * is none.
   *
   * @return the label
   */
  public String intervalConfidenceLabel() {
    return NormalQuantile.confidenceLabel(intervalZ());
  }

  /**
   * The highest possible overall score: {@link #standardCount()} times the points of the best rating.
   *
   * @return the maximum score
   */
  public int maxScore() {
    return standardCount() * points().get(Rating.OUTSTANDING);
  }

  /**
   * The points a rating adds to the overall score.
   *
   * @param rating the final standard rating
   * @return the points
   */
  public int points(Rating rating) {
    return points().get(rating);
  }

  /**
   * The lowest percentage for a band; zero for Inadequate.
   *
   * @param rating the band
   * @return the threshold in percent
   */
  public BigDecimal threshold(Rating rating) {
    return rating == Rating.INADEQUATE ? BigDecimal.ZERO : thresholds().get(rating);
  }

  /**
   * Whether {@code yes} of {@code applicable} cases reach the threshold of {@code band}, with this policy's
   * rounding.
   *
   * @param yes the cases answered yes
   * @param applicable the cases answered yes or no, at least 1
   * @param band the band
   * @return true if the share is at or above the band's threshold
   */
  public boolean reaches(int yes, int applicable, Rating band) {
    if (applicable <= 0) {
      throw new IllegalArgumentException("applicable cases must be at least 1, was " + applicable);
    }
    if (yes < 0 || yes > applicable) {
      throw new IllegalArgumentException("yes answers must be 0 to " + applicable + ", was " + yes);
    }
    if (band == Rating.INADEQUATE) {
      return true;
    }
    Thresholds fast = exactThresholds();
    if (fast.usable) {
      return fast.reaches(yes, applicable, band.ordinal(), rounding() == ShareRounding.HALF_UP_WHOLE_PERCENT);
    }
    BigDecimal t = thresholds().get(band);
    if (rounding() == ShareRounding.HALF_UP_WHOLE_PERCENT) {
      long rounded = (200L * yes + applicable) / (2L * applicable);
      return BigDecimal.valueOf(rounded).compareTo(t) >= 0;
    }
    return BigDecimal.valueOf(100L * yes).compareTo(t.multiply(BigDecimal.valueOf(applicable))) >= 0;
  }

  /**
   * The band of a share of {@code yes} in {@code applicable} cases.
   *
   * @param yes the cases answered yes
   * @param applicable the cases answered yes or no, at least 1
   * @return the band
   */
  public Rating band(int yes, int applicable) {
    for (Rating r : Rating.values()) {
      if (reaches(yes, applicable, r)) {
        return r;
      }
    }
    throw new AssertionError("Inadequate is always reached");
  }

  /**
   * The band of a percentage that is not a count of cases, such as an end of a sampling interval, with this
   * policy's rounding.
   *
   * @param percent the percentage, 0 to 100
   * @return the band
   */
  public Rating bandOfPercent(double percent) {
    Thresholds fast = exactThresholds();
    if (fast.usable && rounding() == ShareRounding.EXACT && Double.isFinite(percent)) {
      return Rating.values()[fast.bandOfPercent(percent)];
    }
    BigDecimal p = BigDecimal.valueOf(percent);
    if (rounding() == ShareRounding.HALF_UP_WHOLE_PERCENT) {
      p = p.setScale(0, RoundingMode.HALF_UP);
    }
    for (Rating r : Rating.values()) {
      if (p.compareTo(threshold(r)) >= 0) {
        return r;
      }
    }
    return Rating.INADEQUATE;
  }

  /**
   * The overall rating of a score, from the bands alone (before any limiter).
   *
   * @param score the score, 0 to {@link #maxScore()}
   * @return the band's rating
   */
  public Rating overallBand(int score) {
    for (ScoreBand b : overallBands()) {
      if (b.contains(score)) {
        return b.rating();
      }
    }
    throw new IllegalArgumentException("score " + score + " is outside 0 to " + maxScore());
  }

  /**
   * The inspectorate's published scheme for probation. See the class description.
   *
   * @return the probation policy
   */
  public static RatingPolicy probation() {
    return PROBATION;
  }

  private static final RatingPolicy PROBATION =
      builder()
          .name("probation")
          .putThreshold(Rating.OUTSTANDING, BigDecimal.valueOf(80))
          .putThreshold(Rating.GOOD, BigDecimal.valueOf(65))
          .putThreshold(Rating.REQUIRES_IMPROVEMENT, BigDecimal.valueOf(50))
          .putPoint(Rating.OUTSTANDING, 3)
          .putPoint(Rating.GOOD, 2)
          .putPoint(Rating.REQUIRES_IMPROVEMENT, 1)
          .putPoint(Rating.INADEQUATE, 0)
          .standardCount(10)
          .putQualitativeBand(SampleKind.UNPAID_WORK, 1)
          .addOverallBands(
              ScoreBand.of(Rating.INADEQUATE, 0, 5),
              ScoreBand.of(Rating.REQUIRES_IMPROVEMENT, 6, 15),
              ScoreBand.of(Rating.GOOD, 16, 25),
              ScoreBand.of(Rating.OUTSTANDING, 26, 30))
          .build();

  /**
   * The scheme of the youth framework (the built-in {@code youth-2018}): the same case thresholds and points as
   * {@link #probation()} (80%, 65%, 50%; 3/2/1/0), over 12 standards; overall 0-6 Inadequate, 7-18 Requires
   * improvement, 19-30 Good, 31-36 Outstanding; exact fractions; no limiter.
   *
   * @return the youth policy
   */
  public static RatingPolicy youth() {
    return YOUTH;
  }

  /**
   * The built-in policy for a framework: {@link #youth()} for a framework that covers youth offending services
   * (the built-in {@code youth-2018}), {@link #probation()} for every other. What the command line and the
   * portfolio use when no policy is given.
   *
   * @param framework the framework
   * @return the policy
   */
  public static RatingPolicy builtInFor(org.inspectionkit.model.framework.Framework framework) {
    return framework.covers(org.inspectionkit.model.provider.ProviderType.YOUTH_OFFENDING_SERVICE)
        ? youth()
        : probation();
  }

  private static final RatingPolicy YOUTH =
      builder()
          .name("youth")
          .thresholds(PROBATION.thresholds())
          .points(PROBATION.points())
          .standardCount(12)
          .addOverallBands(
              ScoreBand.of(Rating.INADEQUATE, 0, 6),
              ScoreBand.of(Rating.REQUIRES_IMPROVEMENT, 7, 18),
              ScoreBand.of(Rating.GOOD, 19, 30),
              ScoreBand.of(Rating.OUTSTANDING, 31, 36))
          .build();

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  RatingPolicy check() {
    String where = "RatingPolicy " + name();
    if (name().isBlank()) {
      throw new IllegalArgumentException("RatingPolicy name: must not be blank");
    }
    qualitativeBands().forEach((kind, bands) -> {
      if (bands < 1 || bands > 3) {
        throw new IllegalArgumentException(
            where + " qualitativeBands " + kind + ": must be 1 to 3 bands, was " + bands);
      }
    });
    if (!thresholds().keySet().equals(THRESHOLD_RATINGS)) {
      throw new IllegalArgumentException(
          where + " thresholds: expected one each for Outstanding, Good and Requires improvement, was "
              + thresholds().keySet());
    }
    BigDecimal previous = null;
    for (Map.Entry<Rating, BigDecimal> e : thresholds().entrySet()) {
      BigDecimal t = e.getValue();
      if (t.signum() <= 0 || t.compareTo(HUNDRED) > 0) {
        throw new IllegalArgumentException(
            where + " thresholds: " + e.getKey().label() + " must be above 0 and at most 100 percent, was " + t);
      }
      if (previous != null && t.compareTo(previous) >= 0) {
        throw new IllegalArgumentException(
            where + " thresholds: must decrease from Outstanding to Requires improvement, but "
                + e.getKey().label() + " is " + t + " after " + previous);
      }
      if (rounding() == ShareRounding.HALF_UP_WHOLE_PERCENT && t.stripTrailingZeros().scale() > 0) {
        // A share is rounded to a whole percent before it is compared, so a share exactly on a fractional
        // threshold (65.4% of 500 cases) would round below it and fall into the lower band.
        throw new IllegalArgumentException(
            where + " thresholds: " + e.getKey().label() + " must be a whole percent when shares are rounded to"
                + " whole percents (rounding " + rounding() + "), was " + t.toPlainString());
      }
      previous = t;
    }
    if (points().size() != Rating.values().length) {
      throw new IllegalArgumentException(
          where + " points: expected points for every rating, was " + points().keySet());
    }
    Integer better = null;
    for (Map.Entry<Rating, Integer> e : points().entrySet()) {
      if (e.getValue() < 0) {
        throw new IllegalArgumentException(
            where + " points: " + e.getKey().label() + " must not be negative, was " + e.getValue());
      }
      if (better != null && e.getValue() > better) {
        throw new IllegalArgumentException(
            where + " points: " + e.getKey().label() + " has more points (" + e.getValue()
                + ") than a better rating (" + better + ")");
      }
      better = e.getValue();
    }
    if (standardCount() < 1) {
      throw new IllegalArgumentException(where + " standardCount: must be at least 1, was " + standardCount());
    }
    if (!(intervalZ() > 0) || Double.isInfinite(intervalZ())) {
      throw new IllegalArgumentException(where + " intervalZ: must be a positive number, was " + intervalZ());
    }
    List<ScoreBand> bands =
        overallBands().stream().sorted(Comparator.comparingInt(ScoreBand::min)).collect(Collectors.toList());
    checkBands(where, bands, maxScore());
    if (!bands.equals(overallBands())) {
      return builder().from(this).overallBands(bands).build();
    }
    return this;
  }

  private static void checkBands(String where, List<ScoreBand> bands, int maxScore) {
    if (bands.isEmpty()) {
      throw new IllegalArgumentException(where + " overallBands: at least one band is needed");
    }
    int expected = 0;
    Rating previous = null;
    for (ScoreBand b : bands) {
      if (b.min() > expected) {
        throw new IllegalArgumentException(
            where + " overallBands: scores " + expected + " to " + (b.min() - 1) + " are in no band (a gap)");
      }
      if (b.min() < expected) {
        throw new IllegalArgumentException(
            where + " overallBands: scores " + b.min() + " to " + Math.min(b.max(), expected - 1)
                + " are in more than one band (an overlap)");
      }
      if (previous != null && b.rating().isWorseThan(previous)) {
        throw new IllegalArgumentException(
            where + " overallBands: band " + b + " gives a worse rating than the lower band before it");
      }
      previous = b.rating();
      expected = b.max() + 1;
    }
    if (expected - 1 != maxScore) {
      throw new IllegalArgumentException(
          where + " overallBands: must end at the maximum score " + maxScore + ", but end at " + (expected - 1));
    }
  }

  /**
   * The thresholds as integers, for the tests the calculator makes once per key question and many times per
   * distance to the next band; not {@linkplain Thresholds#usable usable} when a threshold has more than six decimal
   * places, and the tests then use {@link BigDecimal} as written. {@link BigDecimal} arithmetic (and {@code
   * BigDecimal.valueOf(double)}, which prints the double) was most of the cost of rating a small inspection.
   */
  @Value.Lazy
  Thresholds exactThresholds() {
    return Thresholds.of(thresholds());
  }

  /**
   * Thresholds of the three upper bands as {@code unscaled / 10^scale} percent, compared in {@code long}
   * arithmetic, which is exact: with scale at most 6 and counts below 2^31 no product exceeds 2^62.
   */
  static final class Thresholds {
    private static final Thresholds UNUSABLE = new Thresholds(false);

    /** Whether the integer tests apply; if not, use the thresholds as written. */
    final boolean usable;

    private final long[] unscaled = new long[3];
    private final long[] pow = new long[3];
    private final double[] asDouble = new double[3];

    private Thresholds(boolean usable) {
      this.usable = usable;
    }

    static Thresholds of(Map<Rating, BigDecimal> thresholds) {
      Thresholds t = new Thresholds(true);
      for (Map.Entry<Rating, BigDecimal> e : thresholds.entrySet()) {
        BigDecimal v = e.getValue().stripTrailingZeros();
        int scale = Math.max(0, v.scale());
        if (scale > 6) {
          return UNUSABLE;
        }
        int i = e.getKey().ordinal();
        t.unscaled[i] = v.movePointRight(scale).longValueExact();
        t.pow[i] = BigDecimal.TEN.pow(scale).longValueExact();
        // The double comparison in bandOfPercent equals the BigDecimal one only where the threshold is the decimal
        // form Double.toString gives its double (as for 80, 62.5 and 66.7); before JDK 19 that form sometimes has
        // more digits than needed, so this is checked rather than assumed. Otherwise keep the exact path.
        double d = e.getValue().doubleValue();
        if (BigDecimal.valueOf(d).compareTo(e.getValue()) != 0) {
          return UNUSABLE;
        }
        t.asDouble[i] = d;
      }
      return t;
    }

    boolean reaches(int yes, int applicable, int band, boolean roundWholePercent) {
      if (roundWholePercent) {
        long rounded = (200L * yes + applicable) / (2L * applicable);
        return rounded * pow[band] >= unscaled[band];
      }
      return 100L * yes * pow[band] >= unscaled[band] * applicable;
    }

    int bandOfPercent(double percent) {
      for (int band = 0; band < 3; band++) {
        if (percent >= asDouble[band]) {
          return band;
        }
      }
      return 3;
    }
  }

  @Override
  public String toString() {
    return "RatingPolicy{" + name() + "}";
  }

  /** Builds a {@link RatingPolicy}; every attribute except rounding, limiters and intervalZ is required. */
  public static final class Builder extends ImmutableRatingPolicy.Builder {
    Builder() {}

    /**
     * Sets {@link #intervalZ()} to the two-sided z value of a confidence level, such as 0.80 or 0.95.
     *
     * @param confidence the confidence level, strictly between 0 and 1
     * @return this builder
     * @throws IllegalArgumentException if the level is not strictly between 0 and 1
     */
    public Builder intervalConfidence(double confidence) {
      intervalZ(NormalQuantile.twoSidedZ(confidence));
      return this;
    }
  }
}
