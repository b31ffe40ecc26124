package org.inspectionkit.rules.consistency;

import java.util.List;
import org.immutables.value.Value;
import org.inspectionkit.model.framework.FrameworkId;

/**
 * A named, versioned list of consistency checks, run in order.
 *
 * <p>One set is built in per probation framework version: {@link #probation2018()} has the checks that apply to
 * any probation inspection; {@link #probation2019()} adds those that exist only from 2019-20 (judgements linked to
 * case data, evidence submissions, service user voice, unpaid work qualitative evidence, recommendation follow-up).
 * {@link #generic()} has only the checks that apply to any framework, for a framework of another family (the
 * youth framework, a user's own). Add a check of your own with
 * {@code CheckSet.builder().from(CheckSet.probation2019()).name("mine").addCheck(myCheck)}. Each check declares
 * the frameworks it applies to ({@link ConsistencyCheck#appliesTo}), and a checker skips the others, whatever set
 * they are in. Immutable and thread-safe if its checks are.
 */
@Value.Immutable
public abstract class CheckSet {

  private static final String PROBATION_PREFIX = "probation-";

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
   * The checks that apply to inspections under any framework: a case-rated standard that does not rest on case
   * data, work of a sample or standard the provider type is not rated on, and a sample whose make-up differs from
   * the eligible population's. The built-in set for a framework outside the probation family, such as the youth
   * framework.
   *
   * @return the set
   */
  public static CheckSet generic() {
    return builder()
        .name("generic")
        .version(1)
        .addChecks(
            BuiltInChecks.caseRatedFromCaseData(false),
            BuiltInChecks.domainThreeMatchesProviderType(),
            BuiltInChecks.sampleComposition())
        .build();
  }

  /**
   * The built-in set for a framework: {@link #probation2018()} for {@code probation-2018-19},
   * {@link #probation2019()} for {@code probation-2019-20} and any other framework of the probation family (the
   * method's latest set), and {@link #generic()} for every other framework, known or not (the youth framework, a
   * user's own): only the checks that apply to it, never the probation method's.
   *
   * @param framework the framework id
   * @return the set
   */
  public static CheckSet forFramework(FrameworkId framework) {
    if (framework.value().equals("probation-2018-19")) {
      return probation2018();
    }
    return isProbation(framework) ? probation2019() : generic();
  }

  /**
   * Whether a framework is of the probation family, to which the built-in checks of the probation method apply:
   * its id begins {@code probation-}, as the built-in {@code probation-2018-19} and {@code probation-2019-20} do.
   * Give a probation framework of your own such an id, or declare the checks for it with
   * {@link ConsistencyCheck#withFrameworks}.
   *
   * @param framework the framework id
   * @return true for a probation framework
   */
  public static boolean isProbation(FrameworkId framework) {
    return framework.value().startsWith(PROBATION_PREFIX);
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
