package org.inspectionkit.json;

import org.inspectionkit.json.internal.DocumentCodecs;
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

  /**
   * The document kind of a document type, as in schema file names: {@code StandardJudgement} gives
   * standard-judgement, {@code InspectionRating} gives rating (a result document's {@code type}).
   */
  static String kind(Class<?> type) {
    return DocumentCodecs.document(type).kind();
  }
}
