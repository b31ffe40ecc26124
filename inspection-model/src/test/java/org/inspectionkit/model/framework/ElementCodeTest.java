package org.inspectionkit.model.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ElementCodeTest {

  @Test
  void commonCodes_areSharedInstances_andOthersStillEqualByValue() {
    assertThat(KeyQuestionCode.parse("2.1.3")).isSameAs(KeyQuestionCode.of(2, 1, 3));
    assertThat(PromptCode.parse("2.1.3.b")).isSameAs(KeyQuestionCode.of(2, 1, 3).prompt('b'));
    assertThat(PromptCode.parse("2.1.3.b").keyQuestion()).isSameAs(KeyQuestionCode.of(2, 1, 3));
    // Outside the shared range: new instances, equal by value, with the same hash.
    assertThat(KeyQuestionCode.parse("12.1.40")).isNotSameAs(KeyQuestionCode.of(12, 1, 40));
    assertThat(KeyQuestionCode.parse("12.1.40")).isEqualTo(KeyQuestionCode.of(12, 1, 40));
    assertThat(PromptCode.parse("12.1.40.z")).isEqualTo(PromptCode.of(KeyQuestionCode.of(12, 1, 40), 'z'));
    assertThat(PromptCode.parse("12.1.40.z").hashCode())
        .isEqualTo(PromptCode.of(KeyQuestionCode.of(12, 1, 40), 'z').hashCode());
    assertThatThrownBy(() -> KeyQuestionCode.of(2, 1, 3).prompt('B')).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void hashCodes_spreadTheKeyQuestionsOfAStandardOverTheLowBits() {
    // HashMap indexes a small table by the low bits; the twelve domain-two key questions must not share them.
    java.util.Set<Integer> buckets = new java.util.HashSet<>();
    for (int standard = 1; standard <= 4; standard++) {
      for (int question = 1; question <= 3; question++) {
        int h = KeyQuestionCode.of(2, standard, question).hashCode();
        buckets.add((h ^ (h >>> 16)) & 63);
      }
    }
    assertThat(buckets).hasSizeGreaterThan(8);
  }

  @Test
  void parse_printsBackTheSameText() {
    for (String s : List.of("2", "2.1", "2.1.3", "2.1.3.b", "12.10.99.z")) {
      assertThat(ElementCode.parse(s).toString()).isEqualTo(s);
    }
  }

  @Test
  void parse_tellsTheLevelFromTheShape() {
    assertThat(ElementCode.parse("1")).isInstanceOf(DomainCode.class);
    assertThat(ElementCode.parse("1.4")).isInstanceOf(StandardCode.class);
    assertThat(ElementCode.parse("1.4.4")).isInstanceOf(KeyQuestionCode.class);
    assertThat(ElementCode.parse("1.4.4.a").level()).isEqualTo(FrameworkLevel.PROMPT);
  }

  @Test
  void parents_nest() {
    PromptCode p = PromptCode.parse("2.1.3.b");
    assertThat(p.keyQuestion()).isEqualTo(KeyQuestionCode.of(2, 1, 3));
    assertThat(p.keyQuestion().standard()).isEqualTo(StandardCode.of(2, 1));
    assertThat(p.domain()).isEqualTo(DomainCode.of(2));
    assertThat(p.isWithin(StandardCode.of(2, 1))).isTrue();
    assertThat(p.isWithin(StandardCode.of(2, 2))).isFalse();
    assertThat(DomainCode.of(2).parent()).isEmpty();
    assertThat(StandardCode.of(2, 1).keyQuestion(3).prompt('b')).isEqualTo(p);
  }

  @Test
  void order_isNumericWithParentsFirst() {
    List<ElementCode> codes = new ArrayList<>();
    for (String s : List.of("2.10", "2.9", "2.1.1", "2.1", "2", "1.4.4.a", "10", "2.1.1.b", "2.1.1.a")) {
      codes.add(ElementCode.parse(s));
    }
    Collections.sort(codes);
    assertThat(codes)
        .extracting(Object::toString)
        .containsExactly("1.4.4.a", "2", "2.1", "2.1.1", "2.1.1.a", "2.1.1.b", "2.9", "2.10", "10");
  }

  @Test
  void equality_isByValueAndLevel() {
    assertThat(StandardCode.parse("2.1")).isEqualTo(StandardCode.of(2, 1)).hasSameHashCodeAs(StandardCode.of(2, 1));
    assertThat((Object) StandardCode.of(2, 1)).isNotEqualTo(KeyQuestionCode.of(2, 1, 1));
    assertThat((Object) DomainCode.of(2)).isNotEqualTo(StandardCode.of(2, 1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "2.", ".1", "2..1", "02.1", "2.1a", "2.x", "-1.2", "2.100", "2 .1", "2.1.3.B", "2.1.3.bb",
      "1.2.3.4.5", "0"})
  void parse_rejectsMalformedCodesNamingTheText(String text) {
    assertThatThrownBy(() -> ElementCode.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "'");
  }

  @Test
  void parseOfALevel_rejectsCodesOfAnotherLevel() {
    assertThatThrownBy(() -> StandardCode.parse("2.1.3"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("standard code: expected <domain>.<standard> such as 2.1, was '2.1.3'");
    assertThatThrownBy(() -> KeyQuestionCode.parse("2.1"))
        .hasMessageContaining("key question code: expected <domain>.<standard>.<question>");
  }

  @Test
  void of_rejectsNumbersOutOfRange() {
    assertThatThrownBy(() -> StandardCode.of(2, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("standard code: standard number must be between 1 and 99, was 0");
    assertThatThrownBy(() -> PromptCode.of(KeyQuestionCode.of(1, 1, 1), 'A'))
        .hasMessageContaining("prompt letter must be a lower-case letter");
  }
}
