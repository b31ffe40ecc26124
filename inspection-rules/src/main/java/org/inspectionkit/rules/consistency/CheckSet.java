package org.inspectionkit.rules.consistency;

import java.util.List;
import org.immutables.value.Value;
import org.inspectionkit.model.framework.FrameworkId;

/**
 * A named, versioned list of consistency checks, run in order.
 *
 * <p>One set is built in per framework version: {@link #probation2018()} has the checks that apply to any
 * inspection; {@link #probation2019()} adds those that exist only from 2019-20 (judgements linked to case data,
 * evidence submissions, service user voice, unpaid work qualitative evidence, recommendation follow-up). Add a check
 * of your own with {@code CheckSet.builder().from(CheckSet.probation2019()).name("mine").addCheck(myCheck)}.
 * Immutable and thread-safe if its checks are.
 */
@Value.Immutable
public abstract class CheckSet {

  CheckSet() {}

  /**
   * The set's name, such as {@code probation-2019-20}.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The set's version, raised when its checks change.
   *
   * @return the version
   */
  public abstract int version();

  /**
   * The checks, in the order they run.
   *
   * @return the checks
   */
  public abstract List<ConsistencyCheck> checks();

  /**
   * The checks for inspections under the 2018-19 probation framework.
   *
   * @return the set
   */
  public static CheckSet probation2018() {
    return builder()
        .name("probation-2018-19")
        .version(1)
        .addChecks(
            BuiltInChecks.domainOneDisconnect(),
            BuiltInChecks.caseRatedFromCaseData(false),
            BuiltInChecks.domainThreeMatchesProviderType(),
            BuiltInChecks.timetable(),
            BuiltInChecks.sampleComposition())
        .build();
  }

  /**
   * The checks for inspections under the 2019-20 probation framework.
   *
   * @return the set
   */
  public static CheckSet probation2019() {
    return builder()
        .name("probation-2019-20")
        .version(1)
        .addChecks(
            BuiltInChecks.domainOneDisconnect(),
            BuiltInChecks.judgementCitesCaseData(),
            BuiltInChecks.caseRatedFromCaseData(true),
            BuiltInChecks.domainThreeMatchesProviderType(),
            BuiltInChecks.evidenceSubmissions(),
            BuiltInChecks.serviceUserVoice(),
            BuiltInChecks.unpaidWorkQualitativeEvidence(),
            BuiltInChecks.recommendationFollowUp(),
            BuiltInChecks.timetable(),
            BuiltInChecks.sampleComposition())
        .build();
  }

  /**
   * The built-in set for a framework: {@link #probation2018()} for {@code probation-2018-19}, and
   * {@link #probation2019()} for {@code probation-2019-20} and any other framework (the most complete set).
   *
   * @param framework the framework id
   * @return the set
   */
  public static CheckSet forFramework(FrameworkId framework) {
    return framework.value().equals("probation-2018-19") ? probation2018() : probation2019();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    java.util.Set<String> codes = new java.util.HashSet<>();
    for (ConsistencyCheck c : checks()) {
      if (!codes.add(c.code())) {
        throw new IllegalArgumentException("CheckSet " + name() + " checks: duplicate check code '" + c.code() + "'");
      }
    }
  }

  @Override
  public String toString() {
    return "CheckSet{" + name() + " v" + version() + ", " + checks().size() + " checks}";
  }

  /** Builds a {@link CheckSet}; name and version are required. */
  public static final class Builder extends ImmutableCheckSet.Builder {
    Builder() {}
  }
}
