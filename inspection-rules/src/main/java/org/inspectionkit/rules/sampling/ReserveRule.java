package org.inspectionkit.rules.sampling;

import org.immutables.value.Value;

/**
 * How many reserve cases a sample draws in each stratum: the {@link SamplingRule#RESERVE} rule of a
 * {@link SampleSpecification}. Reserves replace sampled cases that turn out to be unusable (transferred, terminated,
 * wrongly recorded), in a fixed order, so that a replacement is no inspector's choice.
 *
 * <p>A stratum with {@code k} cases sampled and {@code u} eligible cases left over gets
 * {@code min(u, max(minimumPerStratum, ceil(k * percentOfSample / 100)))} reserves, and none if {@code u} is 0.
 * The arithmetic is in whole numbers, so there is no rounding error. {@link #DEFAULT}, 20% of each stratum's sample
 * and at least one reserve in every stratum with cases left, is this library's default, not a published rule of the
 * inspectorate; {@link #NONE} draws no reserve.
 *
 * <p>Invariants, checked when it is built: both numbers at least 0. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReserveRule {

  /** The default share of a stratum's sample drawn as reserves: 20 (per cent). */
  public static final int DEFAULT_PERCENT_OF_SAMPLE = 20;
  /** The default fewest reserves in a stratum that has cases left over: 1. */
  public static final int DEFAULT_MINIMUM_PER_STRATUM = 1;

  /** The default rule: 20% of each stratum's sample, rounded up, at least 1 in a stratum with cases left. */
  public static final ReserveRule DEFAULT = of(DEFAULT_PERCENT_OF_SAMPLE, DEFAULT_MINIMUM_PER_STRATUM);
  /** No reserve at all. */
  public static final ReserveRule NONE = of(0, 0);

  ReserveRule() {}

  /**
   * The reserves of a stratum as a percentage of the cases sampled in it, rounded up; may exceed 100.
   *
   * @return the percentage, such as {@code 20}
   */
  @Value.Parameter
  public abstract int percentOfSample();

  /**
   * The fewest reserves in a stratum that has eligible cases left over after the sample (fewer if it has fewer
   * left), even one with no case sampled.
   *
   * @return the minimum, such as {@code 1}
   */
  @Value.Parameter
  public abstract int minimumPerStratum();

  /**
   * A rule.
   *
   * @param percentOfSample the reserves as a percentage of a stratum's sample, at least 0
   * @param minimumPerStratum the fewest reserves in a stratum with cases left over, at least 0
   * @return the rule
   * @throws IllegalArgumentException if either number is negative
   */
  public static ReserveRule of(int percentOfSample, int minimumPerStratum) {
    return ImmutableReserveRule.of(percentOfSample, minimumPerStratum);
  }

  /**
   * The number of reserves for a stratum.
   *
   * @param sampled the cases sampled in the stratum, at least 0
   * @param left the stratum's eligible cases not sampled, at least 0
   * @return the number of reserves, at most {@code left}
   * @throws IllegalArgumentException if either count is negative
   */
  public int reservesFor(int sampled, int left) {
    if (sampled < 0 || left < 0) {
      throw new IllegalArgumentException("reserve: counts must be at least 0, were " + sampled + " and " + left);
    }
    if (left == 0) {
      return 0;
    }
    long share = ((long) sampled * percentOfSample() + 99) / 100;
    return (int) Math.min(left, Math.max(share, minimumPerStratum()));
  }

  /**
   * The rule in words, such as {@code 20% of each stratum's sample, rounded up, at least 1 in each stratum with
   * cases left, never more than it has left}.
   *
   * @return the description
   */
  public String describe() {
    if (percentOfSample() == 0 && minimumPerStratum() == 0) {
      return "none";
    }
    String share = percentOfSample() + "% of each stratum's sample, rounded up";
    String minimum =
        minimumPerStratum() == 0 ? "" : ", at least " + minimumPerStratum() + " in each stratum with cases left";
    return share + minimum + ", never more than it has left";
  }

  @Value.Check
  void check() {
    if (percentOfSample() < 0) {
      throw new IllegalArgumentException("ReserveRule percentOfSample: must be at least 0, was " + percentOfSample());
    }
    if (minimumPerStratum() < 0) {
      throw new IllegalArgumentException(
          "ReserveRule minimumPerStratum: must be at least 0, was " + minimumPerStratum());
    }
  }

  /**
   * The rule in words.
   *
   * @return {@link #describe()}
   */
  @Override
  public String toString() {
    return "ReserveRule{" + describe() + "}";
  }
}
