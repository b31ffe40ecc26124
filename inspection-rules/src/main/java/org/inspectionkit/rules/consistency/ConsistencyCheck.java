package org.inspectionkit.rules.consistency;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.inspectionkit.model.framework.FrameworkId;

/**
 * One consistency check. Implement it to add a check of your own, and add it to a {@link CheckSet}.
 *
 * <p>A check must be pure and deterministic: it reads the context and returns its findings in a stable order,
 * without side effects. It may use {@link CheckContext#standardRating} for ratings, which are computed once and
 * shared by all checks.
 *
 * <p>A check declares the frameworks it applies to ({@link #appliesTo(FrameworkId)}), and a
 * {@link ConsistencyChecker} skips it for an inspection under any other: a check of the probation method (the
 * 2019-20 evidence rules, service user voice, unpaid work) says nothing about a youth inspection or a framework
 * of a user's own. A check of your own applies to every framework unless it says otherwise; to run a built-in
 * check on a framework it does not declare, use {@link #withFrameworks(Predicate)}.
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

  /**
   * Whether the check applies to inspections under {@code framework}; a checker skips it for any other. Every
   * framework unless a check says otherwise: the built-in checks of the probation method apply to the probation
   * family ({@link CheckSet#isProbation(FrameworkId)}), and generic checks such as the sample's composition to any.
   *
   * @param framework the id of the framework an inspection was made under
   * @return true if the check applies to it
   */
  default boolean appliesTo(FrameworkId framework) {
    return true;
  }

  /**
   * This check, applying to the frameworks {@code frameworks} accepts instead of those it declares: to run a
   * built-in probation check on a framework of your own, such as
   * {@code BuiltInChecks.serviceUserVoice().withFrameworks(id -> id.value().equals("mine-2019-20"))}. The code,
   * description and findings are this check's.
   *
   * @param frameworks which frameworks the check applies to
   * @return the check, declared for those frameworks
   */
  default ConsistencyCheck withFrameworks(Predicate<FrameworkId> frameworks) {
    return new ScopedCheck(this, Objects.requireNonNull(frameworks, "frameworks"));
  }
}
