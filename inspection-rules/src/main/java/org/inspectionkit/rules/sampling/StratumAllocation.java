package org.inspectionkit.rules.sampling;

import org.immutables.value.Value;

/**
 * One stratum's part of a case sample: how many eligible cases it holds, its exact proportional share of the
 * sample size, and the whole number of cases allocated to it by largest remainder (within one case of the share).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class StratumAllocation {

  StratumAllocation() {}

  /**
   * The stratum.
   *
   * @return the stratum
   */
  public abstract Stratum stratum();

  /**
   * The number of eligible cases in the stratum.
   *
   * @return {@code N_h}
   */
  public abstract int eligible();

  /**
   * The stratum's exact proportional share of the sample: sample size times eligible in the stratum, divided by
   * the eligible population.
   *
   * @return {@code n * N_h / N}
   */
  public abstract double share();

  /**
   * The number of cases allocated to the stratum.
   *
   * @return the target
   */
  public abstract int target();

  static StratumAllocation of(Stratum stratum, int eligible, double share, int target) {
    return ImmutableStratumAllocation.builder().stratum(stratum).eligible(eligible).share(share).target(target).build();
  }
}
