package org.inspectionkit.rules.sampling;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * An attribute a case sample keeps in proportion to the eligible population: {@link #GENDER},
 * {@link #SENTENCE_TYPE}, {@link #RISK_OF_SERIOUS_HARM}, or a further attribute a user names with
 * {@link #of(String)}, read from {@link PopulationCase#attributes()}.
 *
 * <p>A record's value for an attribute is written in lower-case words joined by hyphens ({@code very-high}); a
 * record without a value has the value {@value #NOT_RECORDED}, so unrecorded cases form their own stratum rather
 * than vanish from the sample. Two attributes are equal when their names are. Immutable and thread-safe.
 */
public final class StratumAttribute {

  /** The value of an attribute a record does not have. */
  public static final String NOT_RECORDED = "not-recorded";

  /** The recorded gender. */
  public static final StratumAttribute GENDER = new StratumAttribute("gender", c -> c.gender().map(e -> e));
  /** The sentence type: community sentence, licence or custody. */
  public static final StratumAttribute SENTENCE_TYPE =
      new StratumAttribute("sentence-type", c -> c.sentenceType().map(e -> e));
  /** The risk of serious harm level. */
  public static final StratumAttribute RISK_OF_SERIOUS_HARM =
      new StratumAttribute("risk-of-serious-harm", c -> c.riskOfSeriousHarm().map(e -> e));

  /** How a further attribute may be named, the same rule as the model's case attributes. */
  static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");
  /** {@link #NAME} in words, for messages. */
  static final String NAME_RULE = "a name of lower-case letters, digits and hyphens (at most 40) such as requirement";

  private final String name;
  private final Function<PopulationCase, Optional<? extends Enum<?>>> builtIn;

  private StratumAttribute(String name, Function<PopulationCase, Optional<? extends Enum<?>>> builtIn) {
    this.name = name;
    this.builtIn = builtIn;
  }

  /**
   * The attribute with this name: a built-in one for {@code gender}, {@code sentence-type} and
   * {@code risk-of-serious-harm}, otherwise the further attribute of that name.
   *
   * @param name lower-case letters, digits and hyphens, such as {@code requirement}
   * @return the attribute
   * @throws IllegalArgumentException if the name is not well formed
   */
  public static StratumAttribute of(String name) {
    Objects.requireNonNull(name, "stratum attribute");
    for (StratumAttribute a : new StratumAttribute[] {GENDER, SENTENCE_TYPE, RISK_OF_SERIOUS_HARM}) {
      if (a.name.equals(name)) {
        return a;
      }
    }
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("stratum attribute: expected " + NAME_RULE + ", was '" + name + "'");
    }
    return new StratumAttribute(name, null);
  }

  /**
   * The attribute's name, such as {@code risk-of-serious-harm}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Whether this is one of the attributes with its own field in {@link PopulationCase}.
   *
   * @return true for gender, sentence type and risk of serious harm
   */
  public boolean isBuiltIn() {
    return builtIn != null;
  }

  /**
   * The record's value for this attribute, or {@value #NOT_RECORDED}.
   *
   * @param record the population record
   * @return the value, such as {@code female} or {@code very-high}
   */
  public String valueOf(PopulationCase record) {
    if (builtIn != null) {
      return builtIn.apply(record).map(StratumAttribute::valueName).orElse(NOT_RECORDED);
    }
    String v = record.attributes().get(name);
    return v == null ? NOT_RECORDED : v;
  }

  static String valueName(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StratumAttribute && ((StratumAttribute) o).name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /**
   * The name.
   *
   * @return the name
   */
  @Override
  public String toString() {
    return name;
  }
}
