package org.inspectionkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RatingTest {

  @Test
  void points_areThreeTwoOneZeroBestFirst() {
    assertThat(Rating.values()).extracting(Rating::points).containsExactly(3, 2, 1, 0);
  }

  @Test
  void label_isTheInspectoratesWording() {
    assertThat(Rating.values())
        .extracting(Rating::label)
        .containsExactly("Outstanding", "Good", "Requires improvement", "Inadequate");
  }

  @Test
  void order_isBestFirst() {
    assertThat(Rating.OUTSTANDING.isBetterThan(Rating.GOOD)).isTrue();
    assertThat(Rating.INADEQUATE.isWorseThan(Rating.REQUIRES_IMPROVEMENT)).isTrue();
    assertThat(Rating.GOOD.isBetterThan(Rating.GOOD)).isFalse();
    assertThat(Rating.GOOD.isWorseThan(Rating.GOOD)).isFalse();
  }

  @Test
  void betterAndWorse_stepAlongTheScale() {
    assertThat(Rating.GOOD.better()).contains(Rating.OUTSTANDING);
    assertThat(Rating.GOOD.worse()).contains(Rating.REQUIRES_IMPROVEMENT);
    assertThat(Rating.OUTSTANDING.better()).isEmpty();
    assertThat(Rating.INADEQUATE.worse()).isEmpty();
  }

  @Test
  void parse_acceptsNameOrLabel() {
    assertThat(Rating.parse("Requires improvement")).isEqualTo(Rating.REQUIRES_IMPROVEMENT);
    assertThat(Rating.parse("REQUIRES_IMPROVEMENT")).isEqualTo(Rating.REQUIRES_IMPROVEMENT);
    assertThat(Rating.parse("good")).isEqualTo(Rating.GOOD);
    assertThatThrownBy(() -> Rating.parse("Excellent"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'Excellent'");
  }
}
