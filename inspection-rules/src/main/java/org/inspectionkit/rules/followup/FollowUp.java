package org.inspectionkit.rules.followup;

import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.inspectionkit.model.Rating;
import org.inspectionkit.model.framework.ElementCode;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.KeyQuestionCode;
import org.inspectionkit.model.framework.PromptCode;
import org.inspectionkit.model.framework.StandardCode;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.provider.ProviderType;
import org.inspectionkit.model.recommendation.Progress;
import org.inspectionkit.model.recommendation.ProgressAssessment;
import org.inspectionkit.model.recommendation.Recommendation;
import org.inspectionkit.model.recommendation.RecommendationId;
import org.inspectionkit.rules.Problem;
import org.inspectionkit.rules.diff.FrameworkChanges;
import org.inspectionkit.rules.diff.FrameworkDiff;
import org.inspectionkit.rules.rating.RatingCalculator;
import org.inspectionkit.rules.rating.StandardRating;

/**
 * Follows up the recommendations of one inspection in the next.
 *
 * <p>Rules: a progress assessment of {@link Progress#SUFFICIENT} needs at least one statement of evidence of a
 * result (achievement, not effort); a recommendation's target is resolved in the current framework through the
 * framework diff (the same code where unchanged, the new code where moved), and a target that no longer exists is
 * reported as a problem and kept in the table with no current target; an assessment of a recommendation the
 * previous inspection did not make is a problem. Ratings then and now come from the calculator, per standard, so a
 * partly rated inspection still gives what it can. Pure and thread-safe.
 */
public final class FollowUp {

  private final RatingCalculator calculator;

  private FollowUp(RatingCalculator calculator) {
    this.calculator = calculator;
  }

  /**
   * Follow-up with the probation rating policy.
   *
   * @return the follow-up rules
   */
  public static FollowUp probation() {
    return new FollowUp(RatingCalculator.probation());
  }

  /**
   * Follow-up with the given calculator for the ratings then and now.
   *
   * @param calculator the rating calculator
   * @return the follow-up rules
   */
  public static FollowUp of(RatingCalculator calculator) {
    return new FollowUp(java.util.Objects.requireNonNull(calculator, "calculator"));
  }

  /**
   * Checks one progress assessment: sufficient progress must rest on evidence of a result.
   *
   * @param assessment the assessment
   * @return the assessment, or the problem
   */
  public static Validation<List<Problem>, ProgressAssessment> validate(ProgressAssessment assessment) {
    if (assessment.progress() == Progress.SUFFICIENT && assessment.evidenceOfResult().isEmpty()) {
      return Validation.invalid(
          List.of(
              Problem.of(
                  "followup.sufficient-without-result",
                  "recommendation " + assessment.recommendation(),
                  "judged sufficient progress with no evidence of a result; progress is judged on the result of"
                      + " the action, not the action itself")));
    }
    return Validation.valid(assessment);
  }

  /**
   * The follow-up of {@code previous}'s recommendations by {@code current}.
   *
   * @param previousFramework the framework the previous inspection was made under
   * @param previous the previous inspection
   * @param currentFramework the framework the current inspection is made under
   * @param current the current inspection
   * @return the summary, with the problems found
   */
  public FollowUpSummary summarise(
      Framework previousFramework, Inspection previous, Framework currentFramework, Inspection current) {
    FrameworkChanges changes = FrameworkDiff.between(previousFramework, currentFramework);
    ProviderType typeThen = previous.provider().type();
    ProviderType typeNow = current.provider().type();
    Map<RecommendationId, ProgressAssessment> assessed = new TreeMap<>();
    current.progressAssessments().forEach(p -> assessed.put(p.recommendation(), p));
    List<Problem> problems = new ArrayList<>();
    List<FollowUpRow> rows = new ArrayList<>();
    for (Recommendation r : previous.recommendations()) {
      Optional<ElementCode> now =
          typeThen.equals(typeNow) ? changes.resolve(typeNow, r.target()) : Optional.empty();
      if (!previousFramework.providerTypesWith(r.target()).contains(typeThen)) {
        problems.add(
            Problem.of(
                "followup.unknown-target",
                "recommendation " + r.id(),
                "targets " + r.target() + ", which is not in framework " + previousFramework.id()
                    + " for provider type " + typeThen));
      } else if (now.isEmpty()) {
        problems.add(
            Problem.of(
                "followup.target-removed",
                "recommendation " + r.id(),
                "targets " + r.target() + " of " + previousFramework.id() + ", which no longer exists in "
                    + currentFramework.id() + (typeThen.equals(typeNow) ? "" : " (the provider type changed from "
                        + typeThen + " to " + typeNow + ")")
                    + "; assess it against the nearest current element and say which"));
      }
      StandardCode standardThen = standardOf(r.target());
      Optional<StandardCode> standardNow = now.map(FollowUp::standardOf);
      ProgressAssessment p = assessed.get(r.id());
      FollowUpRow.Builder row =
          FollowUpRow.builder()
              .recommendation(r.id())
              .text(r.text())
              .level(r.level())
              .target(r.target())
              .currentTarget(now)
              .standardThen(standardThen)
              .standardNow(standardNow)
              .ratingThen(rating(previousFramework, previous, standardThen))
              .ratingNow(standardNow.flatMap(s -> rating(currentFramework, current, s)))
              .progress(Optional.ofNullable(p).map(ProgressAssessment::progress))
              .evidenceOfResult(p == null ? 0 : p.evidenceOfResult().size());
      rows.add(row.build());
      if (p != null) {
        Validation<List<Problem>, ProgressAssessment> v = validate(p);
        if (v.isInvalid()) {
          problems.addAll(v.getError());
        }
      }
    }
    for (RecommendationId id : assessed.keySet()) {
      if (previous.recommendations().stream().noneMatch(r -> r.id().equals(id))) {
        problems.add(
            Problem.of(
                "followup.unknown-recommendation",
                "recommendation " + id,
                "progress is assessed, but inspection " + previous.id() + " made no such recommendation"));
      }
    }
    return FollowUpSummary.builder()
        .previous(previous.id())
        .current(current.id())
        .rows(rows)
        .problems(problems)
        .build();
  }

  private Optional<Rating> rating(Framework framework, Inspection inspection, StandardCode standard) {
    Validation<List<Problem>, StandardRating> r = calculator.rateStandard(framework, inspection, standard);
    return r.isValid() ? Optional.of(r.get().finalRating()) : Optional.empty();
  }

  static StandardCode standardOf(ElementCode code) {
    if (code instanceof StandardCode) {
      return (StandardCode) code;
    }
    if (code instanceof KeyQuestionCode) {
      return ((KeyQuestionCode) code).standard();
    }
    if (code instanceof PromptCode) {
      return ((PromptCode) code).keyQuestion().standard();
    }
    throw new IllegalArgumentException("recommendations target standards, key questions or prompts, not " + code);
  }
}
