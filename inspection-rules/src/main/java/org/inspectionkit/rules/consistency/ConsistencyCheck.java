package org.inspectionkit.rules.consistency;

import java.util.List;

/**
 * One consistency check. Implement it to add a check of your own, and add it to a {@link CheckSet}.
 *
 * <p>A check must be pure and deterministic: it reads the context and returns its findings in a stable order,
 * without side effects. It may use {@link CheckContext#standardRating} for ratings, which are computed once and
 * shared by all checks.
 */
public interface ConsistencyCheck {

  /**
   * The check's stable code, such as {@code domain-one-disconnect}; findings carry it or a code beneath it.
   *
   * @return the code
   */
  String code();

  /**
   * What the check looks for, in a sentence.
   *
   * @return the description
   */
  String description();

  /**
   * Runs the check.
   *
   * @param context the inspection and everything the check may need
   * @return the findings, possibly none, in a stable order
   */
  List<Finding> check(CheckContext context);
}
