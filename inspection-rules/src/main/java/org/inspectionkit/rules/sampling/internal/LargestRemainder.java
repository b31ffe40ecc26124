package org.inspectionkit.rules.sampling.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Proportional allocation of a whole total across groups by the largest-remainder (Hamilton) method, in exact
 * integer arithmetic.
 *
 * <p>Group {@code i} of size {@code w[i]} out of {@code W = sum(w)} has the quota {@code total * w[i] / W}. Each
 * group first gets the whole part of its quota; the seats left over go one each to the groups with the largest
 * fractional parts. Ties are broken by the larger group first, then by the lower index (the caller orders groups
 * deterministically). So the allocations add up to {@code total} and each is within one of its quota; and, when
 * {@code total <= W}, no group gets more than its size.
 *
 * <p>Not part of the public API.
 */
public final class LargestRemainder {

  private LargestRemainder() {}

  /**
   * Allocates {@code total} across groups in proportion to their sizes.
   *
   * @param total the whole to allocate, at least 0
   * @param sizes the group sizes, each at least 0, not all 0 unless {@code total} is 0
   * @return the allocation per group, in the order of {@code sizes}
   */
  public static int[] allocate(int total, long[] sizes) {
    if (total < 0) {
      throw new IllegalArgumentException("total: must be at least 0, was " + total);
    }
    long sum = 0;
    for (long s : sizes) {
      if (s < 0) {
        throw new IllegalArgumentException("sizes: must be at least 0, was " + s);
      }
      sum += s;
    }
    int[] out = new int[sizes.length];
    if (total == 0) {
      return out;
    }
    if (sum == 0) {
      throw new IllegalArgumentException("sizes: cannot allocate " + total + " across empty groups");
    }
    long[] remainder = new long[sizes.length];
    int given = 0;
    for (int i = 0; i < sizes.length; i++) {
      long product = Math.multiplyExact((long) total, sizes[i]);
      out[i] = (int) (product / sum);
      remainder[i] = product % sum;
      given += out[i];
    }
    List<Integer> order = new ArrayList<>(sizes.length);
    for (int i = 0; i < sizes.length; i++) {
      order.add(i);
    }
    order.sort((a, b) -> {
      int c = Long.compare(remainder[b], remainder[a]);
      if (c == 0) {
        c = Long.compare(sizes[b], sizes[a]);
      }
      return c != 0 ? c : Integer.compare(a, b);
    });
    for (int k = 0; k < total - given; k++) {
      out[order.get(k)]++;
    }
    return out;
  }
}
