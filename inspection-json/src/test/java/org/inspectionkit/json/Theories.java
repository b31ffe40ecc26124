package org.inspectionkit.json;

import java.util.Locale;
import org.quicktheories.QuickTheory;

/**
 * The QuickTheories settings of this module's property tests: a fixed seed by default, so a run is repeatable,
 * overridden with {@code -Dqt.seed=N} to explore other examples.
 */
final class Theories {

  private Theories() {}

  static QuickTheory qt() {
    return qt(200);
  }

  static QuickTheory qt(int examples) {
    return QuickTheory.qt().withFixedSeed(Long.getLong("qt.seed", 20_190_902L)).withExamples(examples);
  }

  /** The document kind of a model type, as in schema file names: {@code StandardJudgement} gives standard-judgement. */
  static String kind(Class<?> type) {
    return type.getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }
}
