package org.inspectionkit.rules.rating;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.inspectionkit.model.Rating;
import org.inspectionkit.model.evidence.QualitativeAdjustment;
import org.inspectionkit.model.evidence.RatingOverride;
import org.inspectionkit.model.evidence.StandardJudgement;
import org.inspectionkit.model.framework.KeyQuestionCode;
import org.inspectionkit.model.framework.RatingBasis;
import org.inspectionkit.model.framework.StandardCode;

/**
 * The rating of one standard and how it came about.
 *
 * <p>For a standard rated from case data: the result of each key question, the key questions that drove the
 * rating (those with the lowest band), and the range of ratings within sampling error. For a standard rated by
 * judgement: the inspector's judgement. For both: the computed rating, the override if an inspector departed from
 * it, and the final rating that counts towards the overall score. {@link #reason()} says it all in a sentence.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class StandardRating {

  StandardRating() {}

  /**
   * The standard.
   *
   * @return its code
   */
  public abstract StandardCode code();

  /**
   * The standard's name.
   *
   * @return the title
   */
  public abstract String title();

  /**
   * How the standard is rated.
   *
   * @return the basis
   */
  public abstract RatingBasis basis();

  /**
   * The rating the rules computed from the case data, or the inspector's judgement for a judgement-rated standard.
   *
   * @return the computed rating
   */
  public abstract Rating computed();

  /**
   * The inspector's recorded departure from the computed rating, if any.
   *
   * @return the override
   */
  public abstract Optional<RatingOverride> override();

  /**
   * The move of the case-data rating on qualitative evidence that the method allows (unpaid work in 2019-20), if
   * the inspector made one; the computed rating is then the case-data band and {@link #finalRating()} the moved
   * one.
   *
   * @return the adjustment
   */
  public abstract Optional<QualitativeAdjustment> adjustment();

  /**
   * Per key question, in code order; empty for a judgement-rated standard.
   *
   * @return the key question results
   */
  public abstract List<KeyQuestionResult> keyQuestions();

  /**
   * The inspector's judgement; present for a judgement-rated standard.
   *
   * @return the judgement
   */
  public abstract Optional<StandardJudgement> judgement();

  /**
   * Cases of the standard's sample that have no assessment (and so no answers); 0 for a judgement-rated standard.
   *
   * @return the count
   */
  @Value.Default
  public int unassessedCases() {
    return 0;
  }

  /**
   * The worst rating the computed one could be within the sampling intervals of the key questions; the computed
   * rating for a judgement-rated standard.
   *
   * @return the worst plausible rating
   */
  public abstract Rating worstWithinSamplingError();

  /**
   * The best rating the computed one could be within the sampling intervals of the key questions; the computed
   * rating for a judgement-rated standard.
   *
   * @return the best plausible rating
   */
  public abstract Rating bestWithinSamplingError();

  /**
   * The rating that counts: the override's if there is one, else the qualitative adjustment's, else the computed
   * one.
   *
   * @return the final rating
   */
  public Rating finalRating() {
    return override().map(RatingOverride::rating)
        .orElseGet(() -> adjustment().map(QualitativeAdjustment::rating).orElse(computed()));
  }

  /**
   * Whether an inspector departed from the computed rating.
   *
   * @return true if overridden
   */
  public boolean isOverridden() {
    return override().isPresent();
  }

  /**
   * The key questions that set the computed rating: those whose band is the standard's rating.
   *
   * @return their codes, in code order
   */
  public List<KeyQuestionCode> drivingKeyQuestions() {
    return keyQuestions().stream()
        .filter(KeyQuestionResult::driving)
        .map(KeyQuestionResult::code)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The fewest no answers that, answered yes instead, would raise the computed rating: for each driving key
   * question the fewest that lift it out of its band, added up (fewer leave at least one driving key question where
   * it is). Empty when the rating rests on a judgement or is already Outstanding.
   *
   * @return the number of answers
   */
  public OptionalInt answersToRise() {
    List<KeyQuestionResult> driving = driving();
    if (driving.isEmpty() || driving.stream().anyMatch(k -> k.casesToBandUp().isEmpty())) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(driving.stream().mapToInt(k -> k.casesToBandUp().getAsInt()).sum());
  }

  /**
   * The computed rating after the change of {@link #answersToRise()}: the lowest band of the key questions once
   * each driving one has reached {@link KeyQuestionResult#bandWithCasesUp()}. At least the next rating up, and
   * more when a driving key question jumps a band or every other key question is higher still.
   *
   * @return the rating, empty when {@link #answersToRise()} is
   */
  public Optional<Rating> ratingAfterRise() {
    if (answersToRise().isEmpty()) {
      return Optional.empty();
    }
    Rating lowest = Rating.OUTSTANDING;
    for (KeyQuestionResult k : keyQuestions()) {
      Optional<Rating> band = k.driving() ? k.bandWithCasesUp() : k.band();
      if (band.isPresent() && band.get().isWorseThan(lowest)) {
        lowest = band.get();
      }
    }
    return Optional.of(lowest);
  }

  private List<KeyQuestionResult> driving() {
    if (basis() == RatingBasis.JUDGEMENT) {
      return List.of();
    }
    return keyQuestions().stream().filter(KeyQuestionResult::driving).collect(Collectors.toList());
  }

  /**
   * Key questions with no applicable case, which were reported and did not drive the rating.
   *
   * @return their codes, in code order
   */
  public List<KeyQuestionCode> keyQuestionsWithoutApplicableCases() {
    return keyQuestions().stream()
        .filter(k -> k.applicable() == 0)
        .map(KeyQuestionResult::code)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Whether the computed rating could be another rating within sampling error, so a report can say "Good, but
   * within sampling error of Requires improvement".
   *
   * @return true if the plausible range holds more than one rating
   */
  public boolean isWithinSamplingErrorOfAnotherRating() {
    return worstWithinSamplingError() != bestWithinSamplingError();
  }

  /**
   * The rating and why, in a sentence a reader understands.
   *
   * @return the reason
   */
  public String reason() {
    StringBuilder sb = new StringBuilder();
    if (basis() == RatingBasis.JUDGEMENT) {
      sb.append(computed().label()).append(": the inspector's judgement");
      judgement()
          .ifPresent(
              j -> {
                if (j.citesCaseData()) {
                  sb.append(", citing ")
                      .append(j.citedElements().stream().map(Object::toString).collect(Collectors.joining(", ")));
                  if (!j.citedCases().isEmpty()) {
                    sb.append(j.citedElements().isEmpty() ? "" : " and ")
                        .append(j.citedCases().size())
                        .append(j.citedCases().size() == 1 ? " case" : " cases");
                  }
                }
              });
      sb.append('.');
    } else {
      List<KeyQuestionResult> driving =
          keyQuestions().stream().filter(KeyQuestionResult::driving).collect(Collectors.toList());
      sb.append(computed().label()).append(": the lowest-scoring key question");
      sb.append(driving.size() == 1 ? ", " : "s, ");
      sb.append(
          driving.stream()
              .map(k -> k.code() + " (" + k.yes() + " of " + k.applicable() + " applicable cases, " + k.shareText() + ")")
              .collect(Collectors.joining(" and ")));
      sb.append(driving.size() == 1 ? ", is " : ", are ").append(computed().label()).append('.');
      OptionalInt rise = answersToRise();
      if (rise.isPresent()) {
        int up = rise.getAsInt();
        sb.append(' ').append(up);
        if (driving.size() == 1) {
          sb.append(up == 1 ? " more case" : " more cases").append(" answered yes instead of no");
        } else {
          sb.append(up == 1 ? " more answer" : " more answers").append(" of yes instead of no (")
              .append(driving.stream().map(k -> k.code() + ": " + k.casesToBandUp().getAsInt())
                  .collect(Collectors.joining(", ")))
              .append(')');
        }
        sb.append(" would make it ").append(ratingAfterRise().orElseThrow().label()).append('.');
      }
      if (isWithinSamplingErrorOfAnotherRating()) {
        sb.append(" Within sampling error it could be ");
        sb.append(worstWithinSamplingError() == bestWithinSamplingError()
            ? worstWithinSamplingError().label()
            : bestWithinSamplingError().label() + " to " + worstWithinSamplingError().label());
        sb.append('.');
      }
      List<KeyQuestionCode> none = keyQuestionsWithoutApplicableCases();
      if (!none.isEmpty()) {
        sb.append(" No applicable case for ")
            .append(none.stream().map(Object::toString).collect(Collectors.joining(", ")))
            .append(", which cannot drive the rating.");
      }
    }
    adjustment().ifPresent(a -> {
      List<String> cited = new java.util.ArrayList<>();
      a.citedMethods().forEach(m -> cited.add(m.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + "s"));
      if (a.citesOutcomes()) {
        cited.add("outcome information");
      }
      sb.append(" On the qualitative evidence as the method provides (").append(String.join(", ", cited))
          .append("), moved from the case-data band ").append(computed().label()).append(" to ")
          .append(a.rating().label()).append(" (reason recorded).");
    });
    override()
        .ifPresent(
            o -> sb.append(" Overridden by the inspector to ").append(o.rating().label()).append(" (reason recorded)."));
    return sb.toString();
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
    return code() + " " + finalRating().label()
        + (finalRating() != computed() ? " (computed " + computed().label() + ")" : "");
  }

  /** Builds a {@link StandardRating}. */
  public static final class Builder extends ImmutableStandardRating.Builder {
    Builder() {}
  }
}
