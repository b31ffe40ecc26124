package org.inspectionkit.json.internal;

import java.util.ArrayList;
import java.util.List;
import org.inspectionkit.json.JsonProblem;

/** The problems found while reading one document, up to a maximum; not thread-safe. */
public final class Problems {

  private final List<JsonProblem> found = new ArrayList<>();
  private final int max;

  /**
   * A collector that stops the read once {@code max} problems are found.
   *
   * @param max the largest number of problems to collect
   */
  public Problems(int max) {
    this.max = max;
  }

  /**
   * Records a problem.
   *
   * @param path the JSON path
   * @param message what is wrong
   * @throws TooMany when this is one problem more than the maximum
   */
  public void add(String path, String message) {
    if (found.size() >= max) {
      found.add(new JsonProblem("$", "stopped reading after " + max + " problems (limit maxProblems)"));
      throw new TooMany();
    }
    found.add(new JsonProblem(path, message));
  }

  /**
   * Records the problem that ends a read (malformed JSON, an exceeded limit), even past the maximum.
   *
   * @param path the JSON path
   * @param message what is wrong
   */
  public void addLast(String path, String message) {
    found.add(new JsonProblem(path, message));
  }

  /**
   * How many problems have been found so far.
   *
   * @return the count
   */
  public int count() {
    return found.size();
  }

  /**
   * Whether no problem was found.
   *
   * @return true if there is none
   */
  public boolean isEmpty() {
    return found.isEmpty();
  }

  /**
   * The problems found, in the order found.
   *
   * @return a copy of the problems
   */
  public List<JsonProblem> list() {
    return List.copyOf(found);
  }

  /** Ends a read that has found more problems than it may collect. */
  public static final class TooMany extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooMany() {
      super("too many problems", null, false, false);
    }
  }
}
