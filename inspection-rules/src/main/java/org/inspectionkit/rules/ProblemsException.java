package org.inspectionkit.rules;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by the convenience methods of the rules that return a value rather than a
 * {@link io.vavr.control.Validation}, when the input has problems. Carries every problem found.
 */
public final class ProblemsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /**
   * An exception carrying {@code problems}.
   *
   * @param what what could not be done, such as {@code "cannot rate inspection crc-bench-2019-20"}
   * @param problems every problem found, at least one
   */
  public ProblemsException(String what, List<Problem> problems) {
    super(what + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + "\n"
        + problems.stream().map(p -> "  " + p).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  /**
   * Every problem found, in a stable order.
   *
   * @return the problems
   */
  public List<Problem> problems() {
    return problems;
  }
}
