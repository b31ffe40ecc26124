package org.inspectionkit.model.recommendation;

/**
 * How far a provider has acted on a recommendation, judged on the result of its action, not the action itself
 * (from 2019-20: achievement, not effort).
 */
public enum Progress {
  /** Sufficient progress: the result the recommendation sought is evident. */
  SUFFICIENT,
  /** Some progress, but not enough result. */
  INSUFFICIENT,
  /** No progress. */
  NO_PROGRESS
}
