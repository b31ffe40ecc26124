package org.inspectionkit.rules.sampling;

import org.quicktheories.QuickTheory;

/**
 * The QuickTheories settings of this package's property tests, as in {@code inspection-testkit}: a fixed seed by
 * default, so a run is repeatable, overridden with {@code -Dqt.seed=N} to explore other examples.
 */
final class Theories {

  private Theories() {}

  static QuickTheory qt() {
    return QuickTheory.qt().withFixedSeed(Long.getLong("qt.seed", 20_190_902L)).withExamples(200);
  }
}
