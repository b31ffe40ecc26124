package org.inspectionkit.model.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VersionedTest {

  @Test
  void of_versionBelowOne_isRejectedNamingTheVersion() {
    assertThatThrownBy(() -> Versioned.of("x", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Versioned version: must be at least 1, was 0");
  }

  @Test
  void equals_comparesValueAndVersion() {
    assertThat(Versioned.of("x", 1)).isEqualTo(Versioned.of("x", 1)).hasSameHashCodeAs(Versioned.of("x", 1));
    assertThat(Versioned.of("x", 1)).isNotEqualTo(Versioned.of("x", 2)).isNotEqualTo(Versioned.of("y", 1));
  }
}
