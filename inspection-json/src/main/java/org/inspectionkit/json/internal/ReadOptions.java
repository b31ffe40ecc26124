package org.inspectionkit.json.internal;

import java.util.Optional;
import java.util.function.Function;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.FrameworkId;

/**
 * How a document is read.
 *
 * @param ignoreUnknownFields whether members the format does not define are skipped rather than reported
 * @param frameworks where an inspection's framework is looked up; {@code null} to skip the framework checks
 * @param maxProblems the largest number of problems collected before reading stops
 * @param maxArrayLength the most elements any one array may have; more is refused before they are read
 */
public record ReadOptions(
    boolean ignoreUnknownFields,
    Function<FrameworkId, Optional<Framework>> frameworks,
    int maxProblems,
    int maxArrayLength) {

  /** The default largest number of elements in one array. */
  public static final int DEFAULT_MAX_ARRAY_LENGTH = 500_000;

  /** The default number of problems collected before reading stops. */
  public static final int DEFAULT_MAX_PROBLEMS = 1_000;

  /**
   * Strict reading without framework checks: for the built-in frameworks and the Jackson module.
   *
   * @return the options
   */
  public static ReadOptions structural() {
    return new ReadOptions(false, null, DEFAULT_MAX_PROBLEMS, DEFAULT_MAX_ARRAY_LENGTH);
  }

  /**
   * Whether an inspection is checked against its framework.
   *
   * @return true if framework checks run
   */
  public boolean checksFrameworks() {
    return frameworks != null;
  }
}
