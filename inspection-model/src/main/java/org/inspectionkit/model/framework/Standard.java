package org.inspectionkit.model.framework;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.inspectionkit.model.internal.Checks;
import org.inspectionkit.model.provider.ProviderType;

/**
 * A standard: the level of the framework that is rated, such as 2.1 Assessment.
 *
 * <p>A standard is rated either from case data ({@link RatingBasis#CASE_DATA}: the cases of its
 * {@link #sampleKind()} answered on its key questions) or by the inspector's judgement
 * ({@link RatingBasis#JUDGEMENT}). It applies to the provider types listed in {@link #appliesTo()}, or to every
 * provider type of its framework when that list is empty: domain three of the probation framework has different
 * standards for CRCs and for NPS divisions under the same codes.
 *
 * <p>Invariants: at least one key question; every key question's code nests under the standard's code and no two
 * share a code; a case-rated standard names its sample kind and a judgement-rated one does not. Key questions are
 * kept in code order. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Standard {

  Standard() {}

  /**
   * The standard's code, such as {@code 2.1}.
   *
   * @return the code
   */
  public abstract StandardCode code();

  /**
   * The standard's name, such as "Assessment".
   *
   * @return the title
   */
  public abstract String title();

  /**
   * What the standard judges, in a sentence, if given.
   *
   * @return the description
   */
  public abstract Optional<String> description();

  /**
   * How the standard is rated.
   *
   * @return case data or judgement
   */
  public abstract RatingBasis ratingBasis();

  /**
   * The sample whose cases rate this standard; present exactly when the standard is rated from case data.
   *
   * @return the sample kind
   */
  public abstract Optional<SampleKind> sampleKind();

  /**
   * The provider types this standard applies to, in code order; empty means every provider type of the
   * framework.
   *
   * @return the provider types
   */
  public abstract List<ProviderType> appliesTo();

  /**
   * The key questions, in code order.
   *
   * @return the key questions
   */
  public abstract List<KeyQuestion> keyQuestions();

  /**
   * Where the title and description come from; {@link WordingSource#OFFICIAL} unless said otherwise.
   *
   * @return the source of the wording
   */
  @Value.Default
  public WordingSource wordingSource() {
    return WordingSource.OFFICIAL;
  }

  /**
   * Whether this standard applies to providers of type {@code type} (always true when {@link #appliesTo()} is
   * empty).
   *
   * @param type the provider type
   * @return true if the standard applies
   */
  public boolean appliesTo(ProviderType type) {
    return appliesTo().isEmpty() || appliesTo().contains(type);
  }

  /**
   * Whether this standard is rated from case data.
   *
   * @return true for a case-rated standard
   */
  public boolean isCaseRated() {
    return ratingBasis() == RatingBasis.CASE_DATA;
  }

  /**
   * The key question with this code, if the standard has it.
   *
   * @param code the key question code
   * @return the key question
   */
  public Optional<KeyQuestion> keyQuestion(KeyQuestionCode code) {
    for (KeyQuestion k : keyQuestions()) {
      if (k.code().equals(code)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
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
  Standard check() {
    String where = "Standard " + code();
    Checks.name(where + " title", title(), 500);
    description().ifPresent(d -> Checks.text(where + " description", d, 4_000));
    Checks.require(!keyQuestions().isEmpty(), where + " keyQuestions", "a standard needs at least one key question");
    for (KeyQuestion k : keyQuestions()) {
      Checks.require(
          k.code().standard().equals(code()),
          where + " keyQuestions",
          "key question " + k.code() + " does not belong to standard " + code());
    }
    Checks.unique(where + " keyQuestions", "key question code", keyQuestions(), KeyQuestion::code);
    Checks.unique(where + " appliesTo", "provider type", appliesTo(), t -> t);
    if (isCaseRated()) {
      Checks.require(
          sampleKind().isPresent(),
          where + " sampleKind",
          "a standard rated from case data must name the sample its cases come from");
    } else {
      Checks.require(
          sampleKind().isEmpty(),
          where + " sampleKind",
          "a standard rated by judgement has no case sample, was " + sampleKind().orElse(null));
    }
    boolean sortedQuestions = Checks.isSorted(keyQuestions(), KeyQuestion::code);
    boolean sortedTypes = Checks.isSorted(appliesTo(), t -> t);
    if (!sortedQuestions || !sortedTypes) {
      return builder()
          .from(this)
          .keyQuestions(
              keyQuestions().stream()
                  .sorted(Comparator.comparing(KeyQuestion::code))
                  .collect(Collectors.toList()))
          .appliesTo(appliesTo().stream().sorted().collect(Collectors.toList()))
          .build();
    }
    return this;
  }

  /** Builds a {@link Standard}; {@code code}, {@code title}, {@code ratingBasis} and key questions are required. */
  public static final class Builder extends ImmutableStandard.Builder {
    Builder() {}

    /**
     * Sets the code from its text form.
     *
     * @param code the code, such as {@code 2.1}
     * @return this builder
     */
    public Builder code(String code) {
      return code(Checks.parse("Standard.code", code, StandardCode::parse));
    }
  }
}
