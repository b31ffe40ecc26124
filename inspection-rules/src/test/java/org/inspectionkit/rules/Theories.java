package org.inspectionkit.rules;

import org.quicktheories.QuickTheory;

/**
 * The QuickTheories settings of this module's property tests: a fixed seed by default, so a run is repeatable,
 * overridden with {@code -Dqt.seed=N} to explore other examples.
 */
public final class Theories {

  private Theories() {}

  /**
   * The configured entry point.
   *
   * @return QuickTheories with this project's seed and example count
   */
  public static QuickTheory qt() {
    return QuickTheory.qt().withFixedSeed(Long.getLong("qt.seed", 20_190_902L)).withExamples(150);
  }
}
