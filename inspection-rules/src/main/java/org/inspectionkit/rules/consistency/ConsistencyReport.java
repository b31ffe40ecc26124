package org.inspectionkit.rules.consistency;

import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.inspectionkit.model.inspection.InspectionId;

/**
 * The findings of a consistency check of one inspection, in the order the checks ran.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ConsistencyReport {

  ConsistencyReport() {}

  /**
   * The inspection checked.
   *
   * @return its id
   */
  public abstract InspectionId inspection();

  /**
   * The name and version of the check set run, such as {@code probation-2019-20 v1}.
   *
   * @return the check set
   */
  public abstract String checkSet();

  /**
   * Every finding, in the order the checks ran.
   *
   * @return the findings
   */
  public abstract List<Finding> findings();

  /**
   * The findings of one severity, in order.
   *
   * @param severity the severity
   * @return the findings
   */
  public List<Finding> findings(Severity severity) {
    return findings().stream().filter(f -> f.severity() == severity).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Whether any finding is an error: the inspection cannot be rated as it stands.
   *
   * @return true if there is an error
   */
  public boolean hasErrors() {
    return findings().stream().anyMatch(f -> f.severity() == Severity.ERROR);
  }

  /**
   * The findings with this code, in order.
   *
   * @param code the finding code
   * @return the findings
   */
  public List<Finding> withCode(String code) {
    return findings().stream().filter(f -> f.code().equals(code)).collect(Collectors.toUnmodifiableList());
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "ConsistencyReport{" + inspection() + ", " + findings(Severity.ERROR).size() + " errors, "
        + findings(Severity.WARNING).size() + " warnings, " + findings(Severity.INFO).size() + " info}";
  }

  /** Builds a {@link ConsistencyReport}. */
  public static final class Builder extends ImmutableConsistencyReport.Builder {
    Builder() {}
  }
}
