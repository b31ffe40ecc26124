package org.inspectionkit.rules.sampling.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SplitMix64Test {

  @Test
  void nextLong_seedZero_givesTheReferenceSequence() {
    // The first outputs of Vigna's reference splitmix64.c started from state 0.
    SplitMix64 r = new SplitMix64(0);
    assertThat(r.nextLong()).isEqualTo(0xE220A8397B1DCDAFL);
    assertThat(r.nextLong()).isEqualTo(0x6E789E6AA1B965F4L);
    assertThat(r.nextLong()).isEqualTo(0x06C45D188009454FL);
  }

  @Test
  void nextLong_anySeed_sameAsTheJdksSplittableRandomToday() {
    for (long seed : new long[] {1L, -7L, 20_190_902L, Long.MAX_VALUE}) {
      SplitMix64 ours = new SplitMix64(seed);
      SplittableRandom jdk = new SplittableRandom(seed);
      for (int i = 0; i < 5; i++) {
        assertThat(ours.nextLong()).isEqualTo(jdk.nextLong());
      }
    }
  }

  @Test
  void nextInt_bound_staysInRangeAndReachesEveryValue() {
    SplitMix64 r = new SplitMix64(42);
    boolean[] seen = new boolean[7];
    for (int i = 0; i < 500; i++) {
      int v = r.nextInt(7);
      assertThat(v).isBetween(0, 6);
      seen[v] = true;
    }
    assertThat(seen).containsOnly(true);
    assertThat(new SplitMix64(3).nextInt(1)).isZero();
  }

  @Test
  void nextInt_nonPositiveBound_rejected() {
    assertThatThrownBy(() -> new SplitMix64(1).nextInt(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void forLabel_differentLabels_giveDifferentStreamsAndSameLabelTheSame() {
    assertThat(SplitMix64.forLabel(9, "gender=female").nextLong())
        .isEqualTo(SplitMix64.forLabel(9, "gender=female").nextLong())
        .isNotEqualTo(SplitMix64.forLabel(9, "gender=male").nextLong())
        .isNotEqualTo(SplitMix64.forLabel(10, "gender=female").nextLong());
  }
}
