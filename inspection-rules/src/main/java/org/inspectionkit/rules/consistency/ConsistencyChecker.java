package org.inspectionkit.rules.consistency;

import java.util.Objects;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.inspection.Inspection;

/**
 * Runs a {@link CheckSet} over an inspection: each check of the set that applies to the inspection's framework
 * ({@link ConsistencyCheck#appliesTo}), in order; a check that does not apply is skipped, so a youth inspection
 * checked with a probation set gets no finding of the probation method.
 *
 * <p>Pure and thread-safe: a checker holds only its check set; each run builds its own context.
 */
public final class ConsistencyChecker {

  private final CheckSet checks;

  private ConsistencyChecker(CheckSet checks) {
    this.checks = checks;
  }

  /**
   * A checker that runs {@code checks}.
   *
   * @param checks the check set
   * @return the checker
   */
  public static ConsistencyChecker of(CheckSet checks) {
    return new ConsistencyChecker(Objects.requireNonNull(checks, "checks"));
  }

  /**
   * A checker that runs the built-in set for the framework of each inspection it checks
   * ({@link CheckSet#forFramework}).
   *
   * @return the checker
   */
  public static ConsistencyChecker builtIn() {
    return new ConsistencyChecker(null);
  }

  /**
   * Checks an inspection with the default policy and no previous inspection or population profile.
   *
   * @param framework the framework the inspection was made under
   * @param inspection the inspection
   * @return the report
   */
  public ConsistencyReport check(Framework framework, Inspection inspection) {
    return check(CheckContext.builder().framework(framework).inspection(inspection).build());
  }

  /**
   * Checks the context's inspection.
   *
   * @param context the inspection and what the checks may need
   * @return the report
   */
  public ConsistencyReport check(CheckContext context) {
    CheckSet set = checks != null ? checks : CheckSet.forFramework(context.framework().id());
    ConsistencyReport.Builder report =
        ConsistencyReport.builder()
            .inspection(context.inspection().id())
            .checkSet(set.name() + " v" + set.version());
    for (ConsistencyCheck check : set.checks()) {
      if (check.appliesTo(context.framework().id())) {
        report.addAllFindings(check.check(context));
      }
    }
    return report.build();
  }
}
