package org.inspectionkit.rules.consistency;

import java.util.Map;
import java.util.NavigableMap;
import org.immutables.value.Value;

/**
 * How the eligible population of a sample is made up: for each sampling attribute ({@code gender},
 * {@code sentence-type}, {@code risk-of-serious-harm}, or a further attribute's name), the number of eligible cases
 * per value (the model's enum constant names for the built-in attributes, such as {@code FEMALE}).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class PopulationProfile {

  /** The attribute name of {@link org.inspectionkit.model.casework.InspectedCase#gender()}. */
  public static final String GENDER = "gender";
  /** The attribute name of {@link org.inspectionkit.model.casework.InspectedCase#sentenceType()}. */
  public static final String SENTENCE_TYPE = "sentence-type";
  /** The attribute name of {@link org.inspectionkit.model.casework.InspectedCase#riskOfSeriousHarm()}. */
  public static final String RISK_OF_SERIOUS_HARM = "risk-of-serious-harm";

  PopulationProfile() {}

  /**
   * Eligible cases per value, per attribute, sorted by name.
   *
   * @return the counts
   */
  @Value.NaturalOrder
  public abstract NavigableMap<String, Map<String, Integer>> counts();

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
    for (Map.Entry<String, Map<String, Integer>> a : counts().entrySet()) {
      for (Map.Entry<String, Integer> v : a.getValue().entrySet()) {
        if (v.getValue() < 0) {
          throw new IllegalArgumentException(
              "PopulationProfile " + a.getKey() + " '" + v.getKey() + "': count must not be negative, was "
                  + v.getValue());
        }
      }
    }
  }

  /** Builds a {@link PopulationProfile}. */
  public static final class Builder extends ImmutablePopulationProfile.Builder {
    Builder() {}
  }
}
