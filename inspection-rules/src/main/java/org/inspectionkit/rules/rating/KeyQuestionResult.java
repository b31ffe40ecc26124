package org.inspectionkit.rules.rating;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.inspectionkit.model.Rating;
import org.inspectionkit.model.framework.KeyQuestionCode;

/**
 * The result of one key question of a case-rated standard: how many cases were answered yes, no and not
 * applicable, the share of applicable cases answered yes, its band, its sampling interval, and how far it is from
 * the next band up and down.
 *
 * <p>A key question with no applicable case has no share, band or interval, and cannot drive its standard's rating.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class KeyQuestionResult {

  KeyQuestionResult() {}

  /**
   * The key question.
   *
   * @return its code
   */
  public abstract KeyQuestionCode code();

  /**
   * Cases answered yes.
   *
   * @return the count
   */
  public abstract int yes();

  /**
   * Cases answered no.
   *
   * @return the count
   */
  public abstract int no();

  /**
   * Cases answered not applicable.
   *
   * @return the count
   */
  public abstract int notApplicable();

  /**
   * Assessed cases of the standard's sample with no answer on this key question.
   *
   * @return the count
   */
  public abstract int notAnswered();

  /**
   * The band of the share, empty when no case is applicable.
   *
   * @return the band
   */
  public abstract Optional<Rating> band();

  /**
   * The lower end of the sampling interval of the share (0 to 1), empty when no case is applicable.
   *
   * @return the lower bound
   */
  public abstract OptionalDouble intervalLow();

  /**
   * The upper end of the sampling interval of the share (0 to 1), empty when no case is applicable.
   *
   * @return the upper bound
   */
  public abstract OptionalDouble intervalHigh();

  /**
   * How many of the no answers would have to be yes for the share to reach the next band up; empty at
   * Outstanding or when no case is applicable.
   *
   * @return the number of cases
   */
  public abstract OptionalInt casesToBandUp();

  /**
   * The band the share reaches when {@link #casesToBandUp()} of the no answers are yes instead: the next band up,
   * or a better one when thresholds are close together or cases few (one no in two cases turned yes gives 100%).
   * Empty when {@link #casesToBandUp()} is.
   *
   * @return the band reached
   */
  public abstract Optional<Rating> bandWithCasesUp();

  /**
   * How many of the yes answers would have to be no for the share to fall to the next band down; empty at
   * Inadequate or when no case is applicable.
   *
   * @return the number of cases
   */
  public abstract OptionalInt casesToBandDown();

  /**
   * Whether this key question set its standard's rating (it has the lowest band of the standard).
   *
   * @return true if it drove the rating
   */
  public abstract boolean driving();

  /**
   * Cases answered yes or no.
   *
   * @return the count
   */
  public int applicable() {
    return yes() + no();
  }

  /**
   * The share of applicable cases answered yes (0 to 1), empty when no case is applicable.
   *
   * @return the share
   */
  public OptionalDouble share() {
    return applicable() == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) yes() / applicable());
  }

  /**
   * The share as a percentage with one decimal, such as {@code "62.5%"}, or {@code "n/a"}.
   *
   * @return the display text
   */
  public String shareText() {
    return share().isPresent() ? percent(share().getAsDouble()) : "n/a";
  }

  /**
   * The sampling interval as text, such as {@code "48.9%-74.6%"}, or {@code "n/a"}.
   *
   * @return the display text
   */
  public String intervalText() {
    return intervalLow().isPresent()
        ? percent(intervalLow().getAsDouble()) + "-" + percent(intervalHigh().getAsDouble())
        : "n/a";
  }

  static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f%%", share * 100);
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return code() + " " + yes() + "/" + applicable() + " " + shareText() + " " + band().map(Rating::label).orElse("-");
  }

  /** Builds a {@link KeyQuestionResult}. */
  public static final class Builder extends ImmutableKeyQuestionResult.Builder {
    Builder() {}
  }
}
