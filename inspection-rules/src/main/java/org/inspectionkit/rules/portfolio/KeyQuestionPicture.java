package org.inspectionkit.rules.portfolio;

import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;
import org.inspectionkit.model.framework.Cycle;
import org.inspectionkit.model.framework.KeyQuestionCode;
import org.inspectionkit.model.provider.ProviderId;
import org.inspectionkit.model.provider.ProviderType;

/**
 * A key question across providers in one cycle: the share of applicable cases answered yes, pooled, with its
 * interval, and how far providers' own shares spread. For a region's roll-up, the providers are its delivery units
 * and the share follows the portfolio's {@link RollUpRule}.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class KeyQuestionPicture {

  KeyQuestionPicture() {}

  /**
   * The cycle.
   *
   * @return the cycle
   */
  public abstract Cycle cycle();

  /**
   * The provider type.
   *
   * @return the type
   */
  public abstract ProviderType providerType();

  /**
   * The key question.
   *
   * @return its code
   */
  public abstract KeyQuestionCode keyQuestion();

  /**
   * The providers with at least one applicable case.
   *
   * @return the count
   */
  public abstract int providers();

  /**
   * Yes answers, all providers together.
   *
   * @return the count
   */
  public abstract int yes();

  /**
   * Applicable answers (yes or no), all providers together.
   *
   * @return the count
   */
  public abstract int applicable();

  /**
   * The share, 0 to 1: pooled (yes over applicable) unless a region's units are averaged
   * ({@link RollUpRule#UNIT_MEAN}); empty with no applicable case.
   *
   * @return the share
   */
  public abstract OptionalDouble share();

  /**
   * The lower end of the Wilson interval of the pooled share; empty for a mean of units' shares or no case.
   *
   * @return the lower end, 0 to 1
   */
  public abstract OptionalDouble intervalLow();

  /**
   * The upper end of the Wilson interval of the pooled share; empty where {@link #intervalLow()} is.
   *
   * @return the upper end, 0 to 1
   */
  public abstract OptionalDouble intervalHigh();

  /**
   * The lowest of the providers' own shares.
   *
   * @return the share, 0 to 1
   */
  public abstract OptionalDouble lowestShare();

  /**
   * The median of the providers' own shares (the mean of the middle two for an even number).
   *
   * @return the share, 0 to 1
   */
  public abstract OptionalDouble medianShare();

  /**
   * The highest of the providers' own shares.
   *
   * @return the share, 0 to 1
   */
  public abstract OptionalDouble highestShare();

  /**
   * The provider with the lowest share (the first by id on a tie).
   *
   * @return its id
   */
  public abstract Optional<ProviderId> lowestProvider();

  /**
   * The provider with the highest share (the first by id on a tie).
   *
   * @return its id
   */
  public abstract Optional<ProviderId> highestProvider();

  /**
   * The spread between providers: the highest share less the lowest.
   *
   * @return the spread, 0 to 1; empty with no provider
   */
  public OptionalDouble spread() {
    return lowestShare().isPresent()
        ? OptionalDouble.of(highestShare().getAsDouble() - lowestShare().getAsDouble())
        : OptionalDouble.empty();
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
    if (yes() < 0 || applicable() < yes() || providers() < 0) {
      throw new IllegalArgumentException("KeyQuestionPicture " + keyQuestion()
          + ": yes must be 0 to applicable, and providers not negative");
    }
  }

  @Override
  public String toString() {
    return cycle() + " " + providerType() + " " + keyQuestion() + " " + yes() + "/" + applicable();
  }

  /** Builds a {@link KeyQuestionPicture}. */
  public static final class Builder extends ImmutableKeyQuestionPicture.Builder {
    Builder() {}
  }
}
