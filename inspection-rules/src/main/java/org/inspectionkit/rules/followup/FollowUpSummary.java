package org.inspectionkit.rules.followup;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.inspectionkit.model.evidence.StandardJudgement;
import org.inspectionkit.model.framework.FrameworkLevel;
import org.inspectionkit.model.inspection.InspectionId;
import org.inspectionkit.model.recommendation.Progress;
import org.inspectionkit.model.recommendation.RecommendationId;
import org.inspectionkit.rules.Problem;

/**
 * The follow-up of one inspection's recommendations by the next: one row per recommendation, counts per progress
 * category and per level, and the problems found (a target that no longer exists, sufficient progress without
 * evidence of a result, an assessment of a recommendation that was not made).
 *
 * <p>Progress never changes a rating by itself: {@link #NOTE} says so, and a report should print it beside the
 * table. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class FollowUpSummary {

  /** The note every follow-up table carries. */
  public static final String NOTE =
      "Progress on a recommendation does not by itself change a rating: recommendations are made at prompt, key"
          + " question or standard level, and ratings are set by the case data and judgements of the current"
          + " inspection.";

  FollowUpSummary() {}

  /**
   * The inspection that made the recommendations.
   *
   * @return its id
   */
  public abstract InspectionId previous();

  /**
   * The inspection that followed them up.
   *
   * @return its id
   */
  public abstract InspectionId current();

  /**
   * One row per recommendation of the previous inspection, by number.
   *
   * @return the rows
   */
  public abstract List<FollowUpRow> rows();

  /**
   * Problems found, in a stable order.
   *
   * @return the problems
   */
  public abstract List<Problem> problems();

  /**
   * How many recommendations were judged to have each progress.
   *
   * @param progress the progress category
   * @return the count
   */
  public int count(Progress progress) {
    return (int) rows().stream().filter(r -> r.progress().filter(progress::equals).isPresent()).count();
  }

  /**
   * How many recommendations have no progress assessment.
   *
   * @return the count
   */
  public int notAssessed() {
    return (int) rows().stream().filter(r -> r.progress().isEmpty()).count();
  }

  /**
   * The number of recommendations per progress category, with {@code Optional.empty()} for those not assessed.
   *
   * @return the counts, in the order of {@link Progress}, then not assessed
   */
  public Map<Optional<Progress>, Integer> counts() {
    Map<Optional<Progress>, Integer> out = new java.util.LinkedHashMap<>();
    for (Progress p : Progress.values()) {
      out.put(Optional.of(p), count(p));
    }
    out.put(Optional.empty(), notAssessed());
    return out;
  }

  /**
   * The number of recommendations made at each level.
   *
   * @return the counts by level
   */
  public Map<FrameworkLevel, Integer> levels() {
    Map<FrameworkLevel, Integer> out = new EnumMap<>(FrameworkLevel.class);
    for (FrameworkLevel l : List.of(FrameworkLevel.STANDARD, FrameworkLevel.KEY_QUESTION, FrameworkLevel.PROMPT)) {
      out.put(l, (int) rows().stream().filter(r -> r.level() == l).count());
    }
    return out;
  }

  /**
   * The recommendations whose follow-up a judgement of the response to audit, inspection and monitoring (key
   * question 1.4.4) can cite: those the current inspection assessed.
   *
   * @return their ids, in order
   */
  public List<RecommendationId> citable() {
    return rows().stream()
        .filter(r -> r.progress().isPresent())
        .map(FollowUpRow::recommendation)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The judgement with this follow-up added to its cited evidence.
   *
   * @param judgement the inspector's judgement (of the standard that holds key question 1.4.4)
   * @return the judgement citing every assessed recommendation
   */
  public StandardJudgement citedBy(StandardJudgement judgement) {
    java.util.TreeSet<RecommendationId> ids = new java.util.TreeSet<>(judgement.citedRecommendations());
    ids.addAll(citable());
    return StandardJudgement.builder().from(judgement).citedRecommendations(ids).build();
  }

  /**
   * A summary from its parts, as {@link FollowUp#summarise} makes it: for a reader that rebuilds one from a
   * document. Nothing is recomputed: the rows and problems are taken as given, in the order given.
   *
   * @param previous the inspection that made the recommendations
   * @param current the inspection that followed them up
   * @param rows one row per recommendation of the previous inspection, by number
   * @param problems the problems found, in a stable order
   * @return the summary
   * @throws NullPointerException if any argument, row or problem is null
   */
  public static FollowUpSummary of(
      InspectionId previous, InspectionId current, List<FollowUpRow> rows, List<Problem> problems) {
    return builder().previous(previous).current(current).rows(rows).problems(problems).build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  static ImmutableFollowUpSummary.Builder builder() {
    return ImmutableFollowUpSummary.builder();
  }

  @Override
  public String toString() {
    return "FollowUpSummary{" + previous() + " -> " + current() + ", " + rows().size() + " recommendations}";
  }
}
