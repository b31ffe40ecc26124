package org.inspectionkit.rules.sampling;

import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One stratum of a {@link SampleReport}: cases eligible, targeted and achieved, and the margin of error the
 * achieved cases give for the stratum on its own.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class StratumReport {

  StratumReport() {}

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
   * The number of cases the sample allocated to the stratum.
   *
   * @return the target
   */
  public abstract int target();

  /**
   * The number of cases achieved in the stratum.
   *
   * @return {@code n_h}
   */
  public abstract int achieved();

  /**
   * The margin of error the achieved cases give for this stratum alone, as a fraction; empty if none was achieved.
   *
   * @return the margin of error
   */
  public abstract OptionalDouble achievedMarginOfError();

  /**
   * Achieved minus target: negative for a shortfall.
   *
   * @return the difference
   */
  public int difference() {
    return achieved() - target();
  }

  static StratumReport of(Stratum stratum, int eligible, int target, int achieved, OptionalDouble margin) {
    return ImmutableStratumReport.builder()
        .stratum(stratum)
        .eligible(eligible)
        .target(target)
        .achieved(achieved)
        .achievedMarginOfError(margin)
        .build();
  }
}
