package org.inspectionkit.json;

import java.io.Serializable;
import java.util.Objects;

/**
 * One problem found in a JSON document: where it is, as a JSON path such as {@code $.cases[3].answers["2.1.4"]},
 * and what is wrong, such as {@code no such key question in framework probation-2019-20}.
 *
 * <p>Messages name the rule that was broken and, for codes and identifiers, the offending value (shortened to 40
 * characters); they never repeat free text or case data. Immutable and thread-safe.
 */
public final class JsonProblem implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The JSON path of the offending value. */
  private final String path;

  /** What is wrong. */
  private final String message;

  /**
   * A problem at {@code path}.
   *
   * @param path the JSON path of the offending value; {@code $} is the whole document
   * @param message what is wrong
   */
  public JsonProblem(String path, String message) {
    this.path = Objects.requireNonNull(path, "path");
    this.message = Objects.requireNonNull(message, "message");
  }

  /**
   * The JSON path of the offending value, such as {@code $.cases[3].answers["2.1.4"]}; {@code $} is the whole
   * document.
   *
   * @return the path
   */
  public String path() {
    return path;
  }

  /**
   * What is wrong, such as {@code no such key question in framework probation-2019-20}.
   *
   * @return the message
   */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JsonProblem && ((JsonProblem) o).path.equals(path) && ((JsonProblem) o).message.equals(message);
  }

  @Override
  public int hashCode() {
    return path.hashCode() * 31 + message.hashCode();
  }

  /**
   * The problem as one line: {@code <path>: <message>}.
   *
   * @return the line
   */
  @Override
  public String toString() {
    return path + ": " + message;
  }
}
