package org.inspectionkit.rules;

import java.util.Objects;

/**
 * A problem with the input to a rule: what is wrong, where, in words a user can act on.
 *
 * <p>Rules never stop at the first problem: they return every problem they find, as a list of these, in a stable
 * order. {@link #code()} is a stable, machine-readable identifier (such as {@code rating.unknown-key-question});
 * {@link #where()} names the element concerned (such as {@code case D2-0042, key question 2.1.4}); the
 * {@link #message()} says what is wrong and, where it can, what to do. Messages never contain personal free text.
 *
 * <p>Immutable and thread-safe.
 */
public final class Problem implements Comparable<Problem> {

  private final String code;
  private final String where;
  private final String message;

  private Problem(String code, String where, String message) {
    this.code = Objects.requireNonNull(code, "code");
    this.where = Objects.requireNonNull(where, "where");
    this.message = Objects.requireNonNull(message, "message");
  }

  /**
   * A problem.
   *
   * @param code the stable identifier of the kind of problem, such as {@code rating.unknown-key-question}
   * @param where the element concerned, such as {@code case D2-0042}
   * @param message what is wrong
   * @return the problem
   */
  public static Problem of(String code, String where, String message) {
    return new Problem(code, where, message);
  }

  /**
   * The stable identifier of the kind of problem.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * The element concerned.
   *
   * @return where the problem is
   */
  public String where() {
    return where;
  }

  /**
   * What is wrong.
   *
   * @return the message
   */
  public String message() {
    return message;
  }

  /** Orders by where, then code, then message, so lists of problems print in a stable order. */
  @Override
  public int compareTo(Problem other) {
    int c = where.compareTo(other.where);
    if (c == 0) {
      c = code.compareTo(other.code);
    }
    return c != 0 ? c : message.compareTo(other.message);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Problem)) {
      return false;
    }
    Problem p = (Problem) o;
    return code.equals(p.code) && where.equals(p.where) && message.equals(p.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, where, message);
  }

  /**
   * The problem as a user reads it: {@code where: message [code]}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    return where + ": " + message + " [" + code + "]";
  }
}
