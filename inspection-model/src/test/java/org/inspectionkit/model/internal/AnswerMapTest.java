package org.inspectionkit.model.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Random;
import java.util.TreeMap;
import org.inspectionkit.model.casework.Answer;
import org.inspectionkit.model.framework.KeyQuestionCode;
import org.inspectionkit.model.framework.PromptCode;
import org.junit.jupiter.api.Test;

/** The compact answer map behaves as an unmodifiable {@link TreeMap} with the same entries. */
class AnswerMapTest {

  private static KeyQuestionCode code(Random random) {
    return KeyQuestionCode.of(1 + random.nextInt(3), 1 + random.nextInt(4), 1 + random.nextInt(6));
  }

  @Test
  void agreesWithATreeMap_onEveryReadOperation() {
    Random random = new Random(42);
    for (int round = 0; round < 500; round++) {
      TreeMap<KeyQuestionCode, Answer> expected = new TreeMap<>();
      int n = random.nextInt(15);
      for (int i = 0; i < n; i++) {
        expected.put(code(random), Answer.values()[random.nextInt(3)]);
      }
      NavigableMap<KeyQuestionCode, Answer> actual = AnswerMap.copyOf(expected);

      assertThat(actual).isEqualTo(expected);
      assertThat(expected).isEqualTo(actual);
      assertThat(actual.hashCode()).isEqualTo(expected.hashCode());
      assertThat(actual.toString()).isEqualTo(expected.toString());
      assertThat(actual.size()).isEqualTo(expected.size());
      assertThat(List.copyOf(actual.entrySet())).isEqualTo(List.copyOf(expected.entrySet()));
      assertThat(List.copyOf(actual.keySet())).isEqualTo(List.copyOf(expected.keySet()));
      List<KeyQuestionCode> seen = new ArrayList<>();
      actual.forEach((k, v) -> {
        seen.add(k);
        assertThat(v).isEqualTo(expected.get(k));
      });
      assertThat(seen).isEqualTo(List.copyOf(expected.keySet()));
      if (!expected.isEmpty()) {
        assertThat(actual.firstKey()).isEqualTo(expected.firstKey());
        assertThat(actual.lastKey()).isEqualTo(expected.lastKey());
      }
      assertThat(actual.firstEntry()).isEqualTo(expected.firstEntry());
      assertThat(actual.lastEntry()).isEqualTo(expected.lastEntry());
      for (int probe = 0; probe < 10; probe++) {
        KeyQuestionCode k = code(random);
        assertThat(actual.get(k)).as("get %s", k).isEqualTo(expected.get(k));
        assertThat(actual.containsKey(k)).isEqualTo(expected.containsKey(k));
        assertThat(actual.lowerEntry(k)).as("lower %s", k).isEqualTo(expected.lowerEntry(k));
        assertThat(actual.floorEntry(k)).as("floor %s", k).isEqualTo(expected.floorEntry(k));
        assertThat(actual.ceilingEntry(k)).as("ceiling %s", k).isEqualTo(expected.ceilingEntry(k));
        assertThat(actual.higherEntry(k)).as("higher %s", k).isEqualTo(expected.higherEntry(k));
        assertThat(actual.lowerKey(k)).isEqualTo(expected.lowerKey(k));
        assertThat(actual.floorKey(k)).isEqualTo(expected.floorKey(k));
        assertThat(actual.ceilingKey(k)).isEqualTo(expected.ceilingKey(k));
        assertThat(actual.higherKey(k)).isEqualTo(expected.higherKey(k));
        assertThat(actual.headMap(k)).isEqualTo(expected.headMap(k));
        assertThat(actual.tailMap(k, false)).isEqualTo(expected.tailMap(k, false));
        KeyQuestionCode to = code(random);
        if (k.compareTo(to) <= 0) {
          assertThat(actual.subMap(k, to)).isEqualTo(expected.subMap(k, to));
        }
      }
      assertThat(List.copyOf(actual.descendingMap().keySet()))
          .isEqualTo(List.copyOf(expected.descendingMap().keySet()));
      assertThat(List.copyOf(actual.navigableKeySet())).isEqualTo(List.copyOf(expected.navigableKeySet()));
    }
  }

  @Test
  void cannotBeChanged_throughAnyMutatorOrView() {
    NavigableMap<KeyQuestionCode, Answer> map =
        AnswerMap.copyOf(Map.of(KeyQuestionCode.of(2, 1, 1), Answer.YES, KeyQuestionCode.of(2, 1, 2), Answer.NO));
    KeyQuestionCode k = KeyQuestionCode.of(2, 1, 1);
    assertThatThrownBy(() -> map.put(k, Answer.NO)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> map.remove(k)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(map::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(map::pollFirstEntry).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> map.entrySet().iterator().next().setValue(Answer.NO))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> map.headMap(KeyQuestionCode.of(3, 1, 1)).clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> map.replaceAll((key, v) -> Answer.NO)).isInstanceOf(UnsupportedOperationException.class);
    assertThat(map).containsEntry(k, Answer.YES).hasSize(2);
  }

  @Test
  void answersNothing_forKeysOfAnotherKindOrType() {
    NavigableMap<PromptCode, Answer> map = AnswerMap.copyOf(Map.of(PromptCode.parse("2.1.1.a"), Answer.YES));
    assertThat(map.get(KeyQuestionCode.of(2, 1, 1))).isNull();
    assertThat(map.get("2.1.1.a")).isNull();
    assertThat(map.containsKey(PromptCode.parse("2.1.1.a"))).isTrue();
  }

  @Test
  void rejectsNullKeysAndValues() {
    Map<KeyQuestionCode, Answer> withNullValue = new java.util.HashMap<>();
    withNullValue.put(KeyQuestionCode.of(2, 1, 1), null);
    assertThatThrownBy(() -> AnswerMap.copyOf(withNullValue))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("2.1.1");
  }
}
