package org.inspectionkit.testkit.rating;

import org.quicktheories.QuickTheory;

/**
 * The QuickTheories settings of this package's own property tests: a fixed seed by default, so a run is
 * repeatable, overridden with {@code -Dqt.seed=N} to explore other examples.
 */
final class Theories {

  private Theories() {}

  static QuickTheory qt(int examples) {
    return QuickTheory.qt().withFixedSeed(Long.getLong("qt.seed", 20_190_902L)).withExamples(examples);
  }
}
