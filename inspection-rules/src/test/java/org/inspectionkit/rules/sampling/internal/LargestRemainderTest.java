package org.inspectionkit.rules.sampling.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LargestRemainderTest {

  @Test
  void allocate_unevenQuotas_leftoverGoesToLargestFractions() {
    // Quotas 10 * {5, 3, 2} / 10 = 5, 3, 2 exactly; 7 * {5, 3, 2} / 10 = 3.5, 2.1, 1.4: floors 3, 2, 1 (6), the
    // one left goes to the largest fraction, 0.5.
    assertThat(LargestRemainder.allocate(10, new long[] {5, 3, 2})).containsExactly(5, 3, 2);
    assertThat(LargestRemainder.allocate(7, new long[] {5, 3, 2})).containsExactly(4, 2, 1);
  }

  @Test
  void allocate_tiedFractions_largerGroupThenLowerIndexFirst() {
    // 1 * {1, 2, 1} / 4 = 0.25, 0.5, 0.25: the one case goes to the 0.5.
    assertThat(LargestRemainder.allocate(1, new long[] {1, 2, 1})).containsExactly(0, 1, 0);
    // 2 * {1, 1, 1, 1} / 4 = 0.5 each, equal sizes: the two lowest indexes win.
    assertThat(LargestRemainder.allocate(2, new long[] {1, 1, 1, 1})).containsExactly(1, 1, 0, 0);
    // 3 * {1, 3, 2} / 6 = 0.5, 1.5, 1.0: floors 0, 1, 1 (2); tie at .5 between sizes 1 and 3: the larger wins.
    assertThat(LargestRemainder.allocate(3, new long[] {1, 3, 2})).containsExactly(0, 2, 1);
  }

  @Test
  void allocate_zeroTotal_allZero() {
    assertThat(LargestRemainder.allocate(0, new long[] {})).isEmpty();
    assertThat(LargestRemainder.allocate(0, new long[] {0, 4})).containsExactly(0, 0);
  }

  @Test
  void allocate_badInput_rejected() {
    assertThatThrownBy(() -> LargestRemainder.allocate(-1, new long[] {1}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LargestRemainder.allocate(1, new long[] {-1, 2}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LargestRemainder.allocate(1, new long[] {0, 0}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
