package org.inspectionkit.model.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CycleTest {

  @Test
  void parse_readsTheInspectoratesForm() {
    Cycle c = Cycle.parse("2019-20");
    assertThat(c.startYear()).isEqualTo(2019);
    assertThat(c).hasToString("2019-20").isEqualTo(Cycle.of(2019));
    assertThat(c.previous()).hasToString("2018-19");
    assertThat(Cycle.of(2099).next()).hasToString("2100-01");
  }

  @Test
  void parse_rejectsYearsThatDoNotFollow() {
    assertThatThrownBy(() -> Cycle.parse("2019-21"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected 2019-20");
    assertThatThrownBy(() -> Cycle.parse("19-20")).hasMessageContaining("such as 2019-20");
  }

  @Test
  void cycles_orderByStartYear() {
    assertThat(Cycle.parse("2018-19")).isLessThan(Cycle.parse("2019-20"));
  }
}
