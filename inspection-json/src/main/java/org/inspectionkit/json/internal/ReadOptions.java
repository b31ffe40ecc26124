package org.inspectionkit.json.internal;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.inspectionkit.json.Frameworks;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.FrameworkId;

/**
 * How a document is read.
 *
 * @param ignoreUnknownFields whether members the format does not define are skipped rather than reported
 * @param frameworks where a framework is looked up by its id: an inspection's, when {@code frameworkChecks} is on,
 *     and the two frameworks a framework-changes document compares, always
 * @param frameworkChecks whether an inspection is checked against its framework
 * @param maxProblems the largest number of problems collected before reading stops
 * @param maxArrayLength the most elements any one array may have; more is refused before they are read
 */
public record ReadOptions(
    boolean ignoreUnknownFields,
    Function<FrameworkId, Optional<Framework>> frameworks,
    boolean frameworkChecks,
    int maxProblems,
    int maxArrayLength) {

  /** The default largest number of elements in one array. */
  public static final int DEFAULT_MAX_ARRAY_LENGTH = 500_000;

  /** The default number of problems collected before reading stops. */
  public static final int DEFAULT_MAX_PROBLEMS = 1_000;

  /** The built-in frameworks, looked up when they are first asked for. */
  public static final Function<FrameworkId, Optional<Framework>> BUILT_IN = id -> Frameworks.find(id);

  /**
   * Options of a reader.
   *
   * @param ignoreUnknownFields whether unknown members are skipped
   * @param frameworks the framework resolver, not null
   * @param frameworkChecks whether inspections are checked against their framework
   * @param maxProblems the largest number of problems collected
   * @param maxArrayLength the most elements of one array
   */
  public ReadOptions {
    Objects.requireNonNull(frameworks, "frameworks");
  }

  /**
   * Strict reading without framework checks, frameworks looked up among the built-in ones: for the built-in
   * frameworks and registries and the Jackson module.
   *
   * @return the options
   */
  public static ReadOptions structural() {
    return new ReadOptions(false, BUILT_IN, false, DEFAULT_MAX_PROBLEMS, DEFAULT_MAX_ARRAY_LENGTH);
  }

  /**
   * Whether an inspection is checked against its framework.
   *
   * @return true if framework checks run
   */
  public boolean checksFrameworks() {
    return frameworkChecks;
  }
}
