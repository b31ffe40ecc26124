package org.inspectionkit.rules.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReserveRuleTest {

  @Test
  void reservesFor_default_twentyPercentRoundedUp_atLeastOne_atMostTheCasesLeft() {
    ReserveRule rule = ReserveRule.DEFAULT;

    assertThat(rule.reservesFor(44, 26)).as("8.8 -> 9").isEqualTo(9);
    assertThat(rule.reservesFor(10, 50)).as("exactly 2, no rounding error").isEqualTo(2);
    assertThat(rule.reservesFor(15, 50)).as("exactly 3").isEqualTo(3);
    assertThat(rule.reservesFor(3, 7)).as("0.6 -> 1").isEqualTo(1);
    assertThat(rule.reservesFor(0, 5)).as("nothing sampled, cases left: the minimum").isEqualTo(1);
    assertThat(rule.reservesFor(44, 4)).as("no more than are left").isEqualTo(4);
    assertThat(rule.reservesFor(12, 0)).as("census: none left").isZero();
  }

  @Test
  void reservesFor_otherRules() {
    assertThat(ReserveRule.NONE.reservesFor(100, 100)).isZero();
    assertThat(ReserveRule.of(0, 2).reservesFor(100, 100)).isEqualTo(2);
    assertThat(ReserveRule.of(150, 0).reservesFor(3, 100)).as("4.5 -> 5").isEqualTo(5);
    assertThat(ReserveRule.of(10, 0).reservesFor(0, 100)).isZero();
    assertThat(ReserveRule.of(Integer.MAX_VALUE, 0).reservesFor(Integer.MAX_VALUE, 7)).as("no overflow").isEqualTo(7);
    assertThatThrownBy(() -> ReserveRule.DEFAULT.reservesFor(-1, 3)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void of_negative_rejectedNamingTheField() {
    assertThatThrownBy(() -> ReserveRule.of(-1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("percentOfSample: must be at least 0, was -1");
    assertThatThrownBy(() -> ReserveRule.of(20, -2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("minimumPerStratum: must be at least 0, was -2");
  }

  @Test
  void describe_saysTheRuleInWords() {
    assertThat(ReserveRule.DEFAULT.describe()).isEqualTo(
        "20% of each stratum's sample, rounded up, at least 1 in each stratum with cases left, never more than it"
            + " has left");
    assertThat(ReserveRule.of(10, 0).describe())
        .isEqualTo("10% of each stratum's sample, rounded up, never more than it has left");
    assertThat(ReserveRule.NONE.describe()).isEqualTo("none");
    assertThat(ReserveRule.of(20, 1)).isEqualTo(ReserveRule.DEFAULT).hasToString("ReserveRule{"
        + ReserveRule.DEFAULT.describe() + "}");
  }
}
