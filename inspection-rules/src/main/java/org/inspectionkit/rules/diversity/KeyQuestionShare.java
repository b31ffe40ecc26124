package org.inspectionkit.rules.diversity;

import java.util.Locale;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.inspectionkit.model.framework.KeyQuestionCode;

/**
 * The yes and applicable answers of one group of cases on one key question.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class KeyQuestionShare {

  KeyQuestionShare() {}

  /**
   * The key question.
   *
   * @return its code
   */
  @Value.Parameter
  public abstract KeyQuestionCode code();

  /**
   * Cases answered yes.
   *
   * @return the count
   */
  @Value.Parameter
  public abstract int yes();

  /**
   * Cases answered yes or no.
   *
   * @return the count
   */
  @Value.Parameter
  public abstract int applicable();

  /**
   * The share answered yes (0 to 1), empty with no applicable case.
   *
   * @return the share
   */
  public OptionalDouble share() {
    return applicable() == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) yes() / applicable());
  }

  /**
   * The share as a percentage with one decimal, or {@code "n/a"}.
   *
   * @return the text
   */
  public String shareText() {
    return applicable() == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100.0 * yes() / applicable());
  }

  static KeyQuestionShare of(KeyQuestionCode code, int yes, int applicable) {
    return ImmutableKeyQuestionShare.of(code, yes, applicable);
  }
}
