package org.inspectionkit.model.casework;

import java.time.LocalDate;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.inspectionkit.model.framework.SampleKind;
import org.inspectionkit.model.internal.Checks;

/**
 * A case selected for inspection: its pseudonymous reference, the sample it belongs to, and the attributes the
 * sample is drawn by.
 *
 * <p>Gender, sentence type and risk of serious harm level are the attributes a probation sample keeps in
 * proportion; {@link #attributes()} holds any further ones a user samples by. {@link #diversity()} holds optional
 * diversity characteristics (for example {@code ethnicity}), which are never printed by {@link #toString()} and
 * are aggregated only with small-number suppression. Attribute names are lower-case words joined by hyphens.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class InspectedCase {

  private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{0,39}");

  InspectedCase() {}

  /**
   * The case's pseudonymous reference.
   *
   * @return the reference
   */
  public abstract CaseRef ref();

  /**
   * The sample this case was selected for.
   *
   * @return the sample kind
   */
  public abstract SampleKind sample();

  /**
   * The recorded gender, if any.
   *
   * @return the gender
   */
  public abstract Optional<Gender> gender();

  /**
   * The sentence type, if recorded.
   *
   * @return the sentence type
   */
  public abstract Optional<SentenceType> sentenceType();

  /**
   * The risk of serious harm level, if recorded.
   *
   * @return the level
   */
  public abstract Optional<RiskOfSeriousHarm> riskOfSeriousHarm();

  /**
   * The date the sentence or licence started, used for the sample's eligibility window, if recorded.
   *
   * @return the start date
   */
  public abstract Optional<LocalDate> startDate();

  /**
   * Further sampling attributes by name, such as {@code "requirement" -> "unpaid-work"}, sorted by name.
   *
   * @return the attributes
   */
  @Value.NaturalOrder
  public abstract NavigableMap<String, String> attributes();

  /**
   * Diversity characteristics by name, such as {@code "ethnicity" -> "..."}, sorted by name. Sensitive: never in
   * {@code toString()}.
   *
   * @return the characteristics
   */
  @Value.NaturalOrder
  @Value.Redacted
  public abstract NavigableMap<String, String> diversity();

  /**
   * A case with no sampling attributes recorded.
   *
   * @param ref the reference
   * @param sample the sample it belongs to
   * @return the case
   */
  public static InspectedCase of(CaseRef ref, SampleKind sample) {
    return builder().ref(ref).sample(sample).build();
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
    checkNamedValues("InspectedCase " + ref() + " attributes", attributes());
    checkNamedValues("InspectedCase " + ref() + " diversity", diversity());
  }

  private static void checkNamedValues(String where, Map<String, String> values) {
    for (Map.Entry<String, String> e : values.entrySet()) {
      Checks.matches(where, e.getKey(), KEY, "a name of lower-case letters, digits and hyphens such as ethnicity");
      Checks.name(where + " '" + e.getKey() + "'", e.getValue(), 100);
    }
  }

  /** Builds an {@link InspectedCase}; {@code ref} and {@code sample} are required. */
  public static final class Builder extends ImmutableInspectedCase.Builder {
    Builder() {}

    /**
     * Sets the reference from its text form.
     *
     * @param ref the reference, such as {@code D2-0042}
     * @return this builder
     */
    public Builder ref(String ref) {
      return ref(Checks.parse("InspectedCase.ref", ref, CaseRef::of));
    }
  }
}
