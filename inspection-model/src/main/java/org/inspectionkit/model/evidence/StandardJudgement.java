package org.inspectionkit.model.evidence;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.inspectionkit.model.Rating;
import org.inspectionkit.model.casework.CaseRef;
import org.inspectionkit.model.framework.ElementCode;
import org.inspectionkit.model.framework.StandardCode;
import org.inspectionkit.model.internal.Checks;
import org.inspectionkit.model.recommendation.RecommendationId;

/**
 * An inspector's rating of a judgement-rated standard (domain one), with the rationale and the evidence it cites.
 *
 * <p>From 2019-20 a domain-one judgement must be linked to the case data of domains two and three: it cites the
 * case-rated standards or key questions it considered ({@link #citedElements()}), and may cite particular cases
 * and the follow-up of earlier recommendations. Citations are kept sorted and unique. The rationale may discuss
 * cases and is never printed by {@link #toString()}. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class StandardJudgement {

  StandardJudgement() {}

  /**
   * The standard judged.
   *
   * @return the standard code
   */
  public abstract StandardCode standard();

  /**
   * The inspector's rating.
   *
   * @return the rating
   */
  public abstract Rating rating();

  /**
   * Why. Sensitive: never in {@code toString()}.
   *
   * @return the rationale
   */
  @Value.Redacted
  public abstract String rationale();

  /**
   * The framework elements whose case data the judgement considered, such as {@code 2.1} or {@code 2.3.3}, sorted.
   *
   * @return the cited standards and key questions
   */
  public abstract List<ElementCode> citedElements();

  /**
   * Particular cases the judgement relied on, sorted.
   *
   * @return the cited cases
   */
  public abstract List<CaseRef> citedCases();

  /**
   * Earlier recommendations whose follow-up the judgement considered (key question 1.4.4, the response to audit,
   * inspection and monitoring), sorted.
   *
   * @return the cited recommendations
   */
  public abstract List<RecommendationId> citedRecommendations();

  /**
   * Who made the judgement, by a short identifier, if recorded.
   *
   * @return the inspector
   */
  public abstract Optional<String> inspector();

  /**
   * Whether the judgement cites any case data (a standard or key question, or a case).
   *
   * @return true if it cites case data
   */
  public boolean citesCaseData() {
    return !citedElements().isEmpty() || !citedCases().isEmpty();
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
  StandardJudgement check() {
    String where = "StandardJudgement " + standard();
    Checks.text(where + " rationale", rationale(), 20_000);
    inspector().ifPresent(i -> Checks.name(where + " inspector", i, 40));
    Checks.unique(where + " citedElements", "code", citedElements(), c -> c);
    Checks.unique(where + " citedCases", "case reference", citedCases(), c -> c);
    Checks.unique(where + " citedRecommendations", "recommendation", citedRecommendations(), c -> c);
    if (!Checks.isSorted(citedElements(), c -> c)
        || !Checks.isSorted(citedCases(), c -> c)
        || !Checks.isSorted(citedRecommendations(), c -> c)) {
      return builder()
          .from(this)
          .citedElements(citedElements().stream().sorted().collect(Collectors.toList()))
          .citedCases(citedCases().stream().sorted().collect(Collectors.toList()))
          .citedRecommendations(citedRecommendations().stream().sorted().collect(Collectors.toList()))
          .build();
    }
    return this;
  }

  /** Builds a {@link StandardJudgement}; standard, rating and rationale are required. */
  public static final class Builder extends ImmutableStandardJudgement.Builder {
    Builder() {}

    /**
     * Sets the standard from its text code.
     *
     * @param code the standard code, such as {@code 1.1}
     * @return this builder
     */
    public Builder standard(String code) {
      return standard(Checks.parse("StandardJudgement.standard", code, StandardCode::parse));
    }

    /**
     * Adds a cited element by its text code.
     *
     * @param code a standard or key question code, such as {@code 2.1}
     * @return this builder
     */
    public Builder addCitedElement(String code) {
      return addCitedElement(Checks.parse("StandardJudgement.citedElements", code, ElementCode::parse));
    }
  }
}
