package org.inspectionkit.rules.consistency;

import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.inspectionkit.model.framework.FrameworkId;

/**
 * A check declared for other frameworks than its own: {@link ConsistencyCheck#withFrameworks(Predicate)}.
 * Immutable and thread-safe if the check and the predicate are.
 */
final class ScopedCheck implements ConsistencyCheck {

  private final ConsistencyCheck check;
  private final Predicate<FrameworkId> frameworks;

  ScopedCheck(ConsistencyCheck check, Predicate<FrameworkId> frameworks) {
    this.check = check instanceof ScopedCheck ? ((ScopedCheck) check).check : check;
    this.frameworks = frameworks;
  }

  @Override
  public String code() {
    return check.code();
  }

  @Override
  public String description() {
    return check.description();
  }

  @Override
  public List<Finding> check(CheckContext context) {
    return check.check(context);
  }

  @Override
  public boolean appliesTo(FrameworkId framework) {
    return frameworks.test(Objects.requireNonNull(framework, "framework"));
  }

  @Override
  public String toString() {
    return check.toString();
  }
}
