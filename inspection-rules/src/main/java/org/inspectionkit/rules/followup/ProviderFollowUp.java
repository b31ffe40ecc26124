package org.inspectionkit.rules.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.inspectionkit.model.recommendation.Progress;

/**
 * A provider's follow-up of recommendations over time: one summary per pair of consecutive inspections, oldest
 * first, with totals.
 *
 * <p>Immutable and thread-safe.
 */
public final class ProviderFollowUp {

  private final List<FollowUpSummary> summaries;

  private ProviderFollowUp(List<FollowUpSummary> summaries) {
    this.summaries = List.copyOf(summaries);
  }

  /**
   * The history from summaries of consecutive inspections, oldest first.
   *
   * @param summaries the summaries
   * @return the history
   */
  public static ProviderFollowUp of(List<FollowUpSummary> summaries) {
    return new ProviderFollowUp(new ArrayList<>(summaries));
  }

  /**
   * The summaries, oldest first.
   *
   * @return the summaries
   */
  public List<FollowUpSummary> summaries() {
    return summaries;
  }

  /**
   * The recommendations judged to have {@code progress} over all inspections.
   *
   * @param progress the progress category
   * @return the total
   */
  public int total(Progress progress) {
    return summaries.stream().mapToInt(s -> s.count(progress)).sum();
  }

  /**
   * The recommendations never assessed, over all inspections.
   *
   * @return the total
   */
  public int totalNotAssessed() {
    return summaries.stream().mapToInt(FollowUpSummary::notAssessed).sum();
  }

  /**
   * Every recommendation made over all inspections but the last.
   *
   * @return the total
   */
  public int totalRecommendations() {
    return summaries.stream().mapToInt(s -> s.rows().size()).sum();
  }

  @Override
  public String toString() {
    return "ProviderFollowUp" + summaries.stream().map(s -> s.previous() + "->" + s.current())
        .collect(Collectors.joining(", ", "[", "]"));
  }
}
