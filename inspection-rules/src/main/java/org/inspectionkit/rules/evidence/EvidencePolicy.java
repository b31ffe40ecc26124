package org.inspectionkit.rules.evidence;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.inspectionkit.model.framework.Cycle;

/**
 * The limits a provider's domain-one evidence submissions are held to: how many pieces of evidence per key
 * question, and how long the narrative may be and whether it is required.
 *
 * <p>{@link #PROBATION_2019_20} holds the notice's values: three to five pieces of the provider's best evidence for
 * each domain-one key question, and an optional narrative of at most 300 words. Build your own with
 * {@link #builder()}.
 *
 * <p>Invariants: minimum at least 0, maximum not below the minimum, word limit at least 1. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class EvidencePolicy {

  /**
   * The 2019-20 policy: three to five pieces of evidence per domain-one key question, optional narrative of at most
   * 300 words.
   */
  public static final EvidencePolicy PROBATION_2019_20 = builder()
      .minimumItems(3)
      .maximumItems(5)
      .maximumNarrativeWords(300)
      .narrativeRequired(false)
      .build();

  private static final Cycle CYCLE_2019_20 = Cycle.parse("2019-20");

  EvidencePolicy() {}

  /**
   * The fewest pieces of evidence per key question.
   *
   * @return the minimum
   */
  public abstract int minimumItems();

  /**
   * The most pieces of evidence per key question.
   *
   * @return the maximum
   */
  public abstract int maximumItems();

  /**
   * The most words the narrative may have, if it is limited.
   *
   * @return the word limit
   */
  public abstract OptionalInt maximumNarrativeWords();

  /**
   * Whether each submission must have a narrative.
   *
   * @return true if required
   */
  public abstract boolean narrativeRequired();

  /**
   * The built-in policy of a cycle: {@link #PROBATION_2019_20} for 2019-20; none for 2018-19, when providers did
   * not submit evidence before fieldwork, or for a cycle with no built-in policy.
   *
   * @param cycle the cycle
   * @return the policy, if one is built in
   */
  public static Optional<EvidencePolicy> builtIn(Cycle cycle) {
    return cycle.equals(CYCLE_2019_20) ? Optional.of(PROBATION_2019_20) : Optional.empty();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (minimumItems() < 0) {
      throw new IllegalArgumentException("EvidencePolicy minimumItems: must be at least 0, was " + minimumItems());
    }
    if (maximumItems() < minimumItems()) {
      throw new IllegalArgumentException("EvidencePolicy maximumItems: " + maximumItems()
          + " is below minimumItems " + minimumItems());
    }
    if (maximumNarrativeWords().isPresent() && maximumNarrativeWords().getAsInt() < 1) {
      throw new IllegalArgumentException(
          "EvidencePolicy maximumNarrativeWords: must be at least 1, was " + maximumNarrativeWords().getAsInt());
    }
  }

  /** Builds an {@link EvidencePolicy}; the item limits and whether a narrative is required are required. */
  public static final class Builder extends ImmutableEvidencePolicy.Builder {
    Builder() {}
  }
}
