package org.inspectionkit.rules.sampling.internal;

import java.nio.charset.StandardCharsets;

/**
 * The SplitMix64 pseudo-random generator (Steele, Lea and Flood, "Fast splittable pseudorandom number generators",
 * OOPSLA 2014), written out here so that a sample drawn with a seed is the same on every JVM and every Java
 * release.
 *
 * <p>Each step adds the golden-ratio gamma {@code 0x9E3779B97F4A7C15} to a 64-bit state and returns the state
 * mixed by Stafford's variant 13 finaliser. For a seed {@code s}, {@link #nextLong()} gives the same sequence as
 * {@code new java.util.SplittableRandom(s).nextLong()} does today; the JDK does not promise to keep that, this
 * class does. {@link #nextInt(int)} is unbiased, by rejection, in the manner of {@code java.util.Random}.
 *
 * <p>Not thread-safe; not for security. Not part of the public API.
 */
public final class SplitMix64 {

  private static final long GAMMA = 0x9E3779B97F4A7C15L;
  private static final long FNV_OFFSET = 0xCBF29CE484222325L;
  private static final long FNV_PRIME = 0x100000001B3L;

  private long state;

  /**
   * A generator starting from {@code seed}.
   *
   * @param seed the seed
   */
  public SplitMix64(long seed) {
    this.state = seed;
  }

  /**
   * A generator whose seed is derived from {@code seed} and a label, so that independent streams (one per stratum)
   * do not depend on one another: the seed is mixed with the 64-bit FNV-1a hash of the label's UTF-8 bytes.
   *
   * @param seed the seed
   * @param label the label of the stream
   * @return the generator
   */
  public static SplitMix64 forLabel(long seed, String label) {
    long h = FNV_OFFSET;
    for (byte b : label.getBytes(StandardCharsets.UTF_8)) {
      h ^= b & 0xFF;
      h *= FNV_PRIME;
    }
    return new SplitMix64(new SplitMix64(seed ^ h).nextLong());
  }

  /**
   * The next 64 pseudo-random bits.
   *
   * @return the value
   */
  public long nextLong() {
    state += GAMMA;
    long z = state;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /**
   * A pseudo-random integer in {@code [0, bound)}, every value equally likely.
   *
   * @param bound the exclusive upper bound, positive
   * @return the value
   */
  public int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound: must be positive, was " + bound);
    }
    int r = next31();
    int m = bound - 1;
    if ((bound & m) == 0) {
      return (int) ((bound * (long) r) >> 31);
    }
    for (int u = r; u - (r = u % bound) + m < 0; u = next31()) {
      // reject the values of the last, incomplete run of bound
    }
    return r;
  }

  private int next31() {
    return (int) (nextLong() >>> 33);
  }
}
