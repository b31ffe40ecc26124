package org.inspectionkit.rules.sampling;

import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.inspectionkit.rules.Problem;
import org.inspectionkit.rules.ProblemsException;
import org.inspectionkit.rules.sampling.internal.NormalQuantile;

/**
 * The size of a case sample for a population, a confidence level and a margin of error, with the numbers that
 * produced it.
 *
 * <p>The formula is Cochran's, with the finite population correction:
 *
 * <pre>
 *   z  = the two-sided z value of the confidence level c: the (1 + c) / 2 quantile of the standard normal
 *   n0 = z^2 * p * (1 - p) / e^2          (the size for an infinite population)
 *   n  = n0 / (1 + (n0 - 1) / N)           (corrected for a population of N)
 *   size = n rounded up to a whole case
 * </pre>
 *
 * <p>where {@code e} is the margin of error as a fraction ({@code 0.05} for 5 percentage points) and {@code p} the
 * assumed proportion ({@code 0.5}, the most cautious choice). At the defaults (80% confidence, 5 points,
 * {@code p = 0.5}) a population of 1,200 eligible cases gives {@code z = 1.2816}, {@code n0 = 164.24},
 * {@code n = 144.57}, so 145 cases. {@code z} is computed, not looked up (Acklam's rational approximation of the
 * inverse normal distribution function, relative error below 1.15e-9). Rounding up ignores a surplus below
 * {@value #ROUNDING_TOLERANCE} of a case, so a value that is whole but for floating-point error is not rounded up
 * by a further case. The size never exceeds the population; a population of 0 needs 0 cases.
 *
 * <p>{@link #achievedMarginOfError(int, int, double, double)} inverts the formula: the margin a sample of
 * {@code n} cases from {@code N} actually gives, {@code e = z * sqrt(p(1 - p) / n * (N - n) / (N - 1))}.
 *
 * <p>Bad input comes back as {@link Problem}s, every one at once. Immutable and thread-safe.
 */
public final class SampleSize {

  /** Surplus over a whole number of cases, as a fraction of a case, that rounding up ignores. */
  public static final double ROUNDING_TOLERANCE = 1e-9;

  private final int population;
  private final double confidence;
  private final double marginOfError;
  private final double assumedProportion;
  private final double z;
  private final double infinitePopulationSize;
  private final double correctedSize;
  private final int formulaSize;
  private final int size;

  private SampleSize(
      int population, double confidence, double marginOfError, double assumedProportion, int minimum, int maximum) {
    this.population = population;
    this.confidence = confidence;
    this.marginOfError = marginOfError;
    this.assumedProportion = assumedProportion;
    this.z = NormalQuantile.twoSidedZ(confidence);
    this.infinitePopulationSize = z * z * assumedProportion * (1 - assumedProportion) / (marginOfError * marginOfError);
    if (population == 0) {
      this.correctedSize = 0;
      this.formulaSize = 0;
    } else {
      this.correctedSize = infinitePopulationSize / (1 + (infinitePopulationSize - 1) / population);
      this.formulaSize = (int) Math.min(population, Math.ceil(correctedSize - ROUNDING_TOLERANCE));
    }
    this.size = Math.min(population, Math.max(minimum, Math.min(maximum, formulaSize)));
  }

  /**
   * The sample size for a population of {@code population} cases.
   *
   * @param population the number of eligible cases, at least 0
   * @param confidence the confidence level, strictly between 0 and 1, such as {@code 0.80}
   * @param marginOfError the margin of error as a fraction, strictly between 0 and 1, such as {@code 0.05}
   * @param assumedProportion the assumed proportion {@code p}, strictly between 0 and 1, usually {@code 0.5}
   * @return the sample size, or every problem with the input
   */
  public static Validation<List<Problem>, SampleSize> calculate(
      int population, double confidence, double marginOfError, double assumedProportion) {
    List<Problem> problems = new ArrayList<>(populationProblems(population));
    problems.addAll(parameterProblems(confidence, marginOfError, assumedProportion));
    if (!problems.isEmpty()) {
      return Validation.invalid(List.copyOf(problems));
    }
    return Validation.valid(
        new SampleSize(population, confidence, marginOfError, assumedProportion, 0, Integer.MAX_VALUE));
  }

  /**
   * The sample size a specification asks for, for a population of {@code population} cases: the formula's size,
   * raised to the specification's minimum and lowered to its maximum if it has them, and never more than the
   * population.
   *
   * @param population the number of eligible cases, at least 0
   * @param specification the sample specification
   * @return the sample size, or the problem with the population
   */
  public static Validation<List<Problem>, SampleSize> calculate(int population, SampleSpecification specification) {
    Objects.requireNonNull(specification, "specification");
    List<Problem> problems = populationProblems(population);
    if (!problems.isEmpty()) {
      return Validation.invalid(problems);
    }
    return Validation.valid(new SampleSize(
        population,
        specification.confidence(),
        specification.marginOfError(),
        specification.assumedProportion(),
        specification.minimumSize().orElse(0),
        specification.maximumSize().orElse(Integer.MAX_VALUE)));
  }

  /**
   * As {@link #calculate(int, double, double, double)}, throwing if the input has problems.
   *
   * @param population the number of eligible cases, at least 0
   * @param confidence the confidence level, strictly between 0 and 1
   * @param marginOfError the margin of error as a fraction, strictly between 0 and 1
   * @param assumedProportion the assumed proportion, strictly between 0 and 1
   * @return the sample size
   * @throws ProblemsException carrying every problem
   */
  public static SampleSize calculateOrThrow(
      int population, double confidence, double marginOfError, double assumedProportion) {
    Validation<List<Problem>, SampleSize> v = calculate(population, confidence, marginOfError, assumedProportion);
    if (v.isInvalid()) {
      throw new ProblemsException("cannot calculate a sample size", v.getError());
    }
    return v.get();
  }

  /**
   * The two-sided z value of a confidence level: {@code 0.80 -> 1.2816}, {@code 0.95 -> 1.9600}.
   *
   * @param confidence the confidence level, strictly between 0 and 1
   * @return the z value
   * @throws IllegalArgumentException if the confidence is not strictly between 0 and 1
   */
  public static double zScore(double confidence) {
    return NormalQuantile.twoSidedZ(confidence);
  }

  /**
   * The margin of error a sample of {@code sample} cases from a population of {@code population} actually gives:
   * {@code e = z * sqrt(p(1 - p) / n * (N - n) / (N - 1))}; 0 for a census.
   *
   * @param sample the number of cases achieved, at least 1
   * @param population the number of eligible cases, at least {@code sample}
   * @param confidence the confidence level, strictly between 0 and 1
   * @param assumedProportion the assumed proportion, strictly between 0 and 1
   * @return the margin of error as a fraction, or every problem with the input
   */
  public static Validation<List<Problem>, Double> achievedMarginOfError(
      int sample, int population, double confidence, double assumedProportion) {
    List<Problem> problems = new ArrayList<>(populationProblems(population));
    if (sample < 0) {
      problems.add(Problem.of("sampling.negative-sample", "sample", "must be at least 0 cases, was " + sample));
    } else if (sample == 0) {
      problems.add(Problem.of(
          "sampling.empty-sample", "sample", "an empty sample has no margin of error; it needs at least 1 case"));
    }
    if (population >= 0 && sample > population) {
      problems.add(Problem.of(
          "sampling.sample-larger-than-population",
          "sample",
          sample + " cases cannot be drawn from a population of " + population));
    }
    problems.addAll(parameterProblems(confidence, 0.5, assumedProportion));
    if (!problems.isEmpty()) {
      return Validation.invalid(List.copyOf(problems));
    }
    return Validation.valid(margin(NormalQuantile.twoSidedZ(confidence), assumedProportion, sample, population));
  }

  static double margin(double z, double p, int sample, int population) {
    if (sample >= population) {
      return 0;
    }
    return z * Math.sqrt(p * (1 - p) / sample * (population - sample) / (population - 1));
  }

  private static List<Problem> populationProblems(int population) {
    return population >= 0
        ? List.of()
        : List.of(Problem.of(
            "sampling.negative-population", "population", "must be at least 0 cases, was " + population));
  }

  static List<Problem> parameterProblems(double confidence, double marginOfError, double assumedProportion) {
    List<Problem> problems = new ArrayList<>();
    if (!(confidence > 0 && confidence < 1)) {
      problems.add(Problem.of(
          "sampling.confidence-out-of-range",
          "confidence",
          "must be strictly between 0 and 1 (0.80 for 80%), was " + confidence));
    }
    if (!(marginOfError > 0 && marginOfError < 1)) {
      problems.add(Problem.of(
          "sampling.margin-out-of-range",
          "margin of error",
          "must be strictly between 0 and 1 (0.05 for 5 percentage points), was " + marginOfError));
    }
    if (!(assumedProportion > 0 && assumedProportion < 1)) {
      problems.add(Problem.of(
          "sampling.proportion-out-of-range",
          "assumed proportion",
          "must be strictly between 0 and 1 (usually 0.5), was " + assumedProportion));
    }
    return problems;
  }

  /**
   * The number of eligible cases.
   *
   * @return {@code N}
   */
  public int population() {
    return population;
  }

  /**
   * The confidence level.
   *
   * @return the confidence, such as {@code 0.80}
   */
  public double confidence() {
    return confidence;
  }

  /**
   * The margin of error asked for, as a fraction.
   *
   * @return {@code e}, such as {@code 0.05}
   */
  public double marginOfError() {
    return marginOfError;
  }

  /**
   * The assumed proportion.
   *
   * @return {@code p}
   */
  public double assumedProportion() {
    return assumedProportion;
  }

  /**
   * The two-sided z value of the confidence level.
   *
   * @return {@code z}
   */
  public double z() {
    return z;
  }

  /**
   * The size for an infinite population, before correction and rounding.
   *
   * @return {@code n0}
   */
  public double infinitePopulationSize() {
    return infinitePopulationSize;
  }

  /**
   * The size corrected for the population, before rounding (0 for an empty population).
   *
   * @return {@code n}
   */
  public double correctedSize() {
    return correctedSize;
  }

  /**
   * The formula's size: the corrected size rounded up, at most the population.
   *
   * @return the formula's number of cases
   */
  public int formulaSize() {
    return formulaSize;
  }

  /**
   * The number of cases to sample: the formula's size, within the specification's minimum and maximum if it was
   * calculated for one, and never more than the population.
   *
   * @return the number of cases
   */
  public int size() {
    return size;
  }

  /**
   * How the size was reached, in one line, such as
   * {@code N = 1200, z = 1.2816, n0 = 164.24, n = 144.57 -> 145}.
   *
   * @return the explanation
   */
  public String explanation() {
    String s = String.format(
        Locale.ROOT,
        "N = %d, confidence %s, margin %s points, p = %s: z = %.4f, n0 = %.2f, n = %.2f -> %d",
        population, percent(confidence), points(marginOfError), decimal(assumedProportion), z,
        infinitePopulationSize, correctedSize, formulaSize);
    if (size != formulaSize) {
      s += " (" + size + " within the specification's limits)";
    }
    return s;
  }

  static String percent(double fraction) {
    return decimal(fraction * 100) + "%";
  }

  static String points(double fraction) {
    return decimal(fraction * 100);
  }

  static String decimal(double v) {
    String s = String.format(Locale.ROOT, "%.2f", v);
    return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SampleSize)) {
      return false;
    }
    SampleSize s = (SampleSize) o;
    return population == s.population && size == s.size && Double.compare(confidence, s.confidence) == 0
        && Double.compare(marginOfError, s.marginOfError) == 0
        && Double.compare(assumedProportion, s.assumedProportion) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(population, size, confidence, marginOfError, assumedProportion);
  }

  /**
   * The explanation.
   *
   * @return {@link #explanation()}
   */
  @Override
  public String toString() {
    return explanation();
  }
}
