package org.inspectionkit.rules.diversity;

import java.util.List;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One group of a characteristic (such as ethnicity "Asian"), its number of cases and its key-question shares, or
 * nothing but the fact that it is suppressed.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class GroupShares {

  /** The group of cases with no value recorded for the characteristic. */
  public static final String NOT_RECORDED = "not recorded";

  GroupShares() {}

  /**
   * The group's value, or {@link #NOT_RECORDED}.
   *
   * @return the value
   */
  public abstract String value();

  /**
   * Whether the group's figures are suppressed because it, or another group it could be worked out from, is too
   * small.
   *
   * @return true if suppressed
   */
  public abstract boolean suppressed();

  /**
   * The number of cases in the group; empty when suppressed.
   *
   * @return the count
   */
  public abstract OptionalInt cases();

  /**
   * The group's result per key question, in code order; empty when suppressed.
   *
   * @return the shares
   */
  public abstract List<KeyQuestionShare> shares();

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
    return value() + (suppressed() ? " (suppressed)" : " (" + cases().getAsInt() + " cases)");
  }

  /** Builds a {@link GroupShares}. */
  public static final class Builder extends ImmutableGroupShares.Builder {
    Builder() {}
  }
}
