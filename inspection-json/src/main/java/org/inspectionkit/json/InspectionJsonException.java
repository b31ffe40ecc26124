package org.inspectionkit.json;

import java.util.List;
import java.util.Objects;

/**
 * Thrown when a JSON document cannot be read: malformed JSON, a wrong type, a missing or unknown field, an unknown
 * code, a value the model rejects, a reference that does not resolve, an answer the framework does not have, an
 * unknown {@code formatVersion}, or a limit exceeded. It carries every problem found, each with its JSON path, in
 * the order they were found; no partially built object is ever returned alongside it.
 *
 * <p>The reader keeps going after a problem and reports all it finds, up to the configured maximum number of
 * problems (see {@link InspectionJson.Builder#maxProblems(int)}). After malformed JSON or an exceeded limit it cannot
 * go on, so that problem is the last one. Immutable and thread-safe.
 */
public final class InspectionJsonException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** At most this many problems are spelled out in {@link #getMessage()}; {@link #problems()} has them all. */
  private static final int MESSAGE_LINES = 20;

  /** The kind of document that was read, such as {@code inspection}. */
  private final String documentKind;

  /** Every problem, in the order found. */
  private final List<JsonProblem> problems;

  /**
   * A failure to read a document of kind {@code documentKind} with these problems.
   *
   * @param documentKind the kind of document, such as {@code inspection}
   * @param problems every problem found, at least one
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public InspectionJsonException(String documentKind, List<JsonProblem> problems) {
    super(message(documentKind, problems));
    this.documentKind = Objects.requireNonNull(documentKind, "documentKind");
    this.problems = List.copyOf(problems);
  }

  /**
   * The kind of document that was being read, such as {@code inspection} or {@code framework}.
   *
   * @return the document kind
   */
  public String documentKind() {
    return documentKind;
  }

  /**
   * Every problem found, in the order found.
   *
   * @return the problems, never empty
   */
  public List<JsonProblem> problems() {
    return problems;
  }

  private static String message(String kind, List<JsonProblem> problems) {
    Objects.requireNonNull(problems, "problems");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems: an InspectionJsonException needs at least one problem");
    }
    StringBuilder sb = new StringBuilder();
    sb.append("cannot read the ").append(kind).append(" document: ").append(problems.size())
        .append(problems.size() == 1 ? " problem" : " problems");
    for (int i = 0; i < problems.size() && i < MESSAGE_LINES; i++) {
      sb.append("\n  ").append(problems.get(i));
    }
    if (problems.size() > MESSAGE_LINES) {
      sb.append("\n  ... and ").append(problems.size() - MESSAGE_LINES).append(" more (see problems())");
    }
    return sb.toString();
  }
}
