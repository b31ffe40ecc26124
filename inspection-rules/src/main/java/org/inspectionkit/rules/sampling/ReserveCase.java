package org.inspectionkit.rules.sampling;

import org.immutables.value.Value;
import org.inspectionkit.model.casework.CaseRef;

/**
 * One case on a sample's reserve list: an eligible case that was not selected, with its stratum and its place in
 * the order in which its stratum's reserves are used. When a sampled case turns out to be unusable, it is replaced
 * by the first reserve of its own stratum not yet used ({@link CaseSample#reservesIn(Stratum)}).
 *
 * <p>{@link #toString()} prints the reference and position only. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReserveCase {

  ReserveCase() {}

  /**
   * The case's pseudonymous reference.
   *
   * @return the reference
   */
  public abstract CaseRef ref();

  /**
   * The stratum the case belongs to, and whose sampled cases it replaces first.
   *
   * @return the stratum
   */
  public abstract Stratum stratum();

  /**
   * The case's place in its stratum's order of use: 1 for the first replacement.
   *
   * @return the position, from 1
   */
  public abstract int position();

  static ReserveCase of(CaseRef ref, Stratum stratum, int position) {
    return ImmutableReserveCase.builder().ref(ref).stratum(stratum).position(position).build();
  }

  /**
   * The reference and position only: the stratum describes a person.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "ReserveCase{ref=" + ref() + ", position=" + position() + "}";
  }
}
