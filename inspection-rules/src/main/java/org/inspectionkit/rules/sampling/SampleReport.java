package org.inspectionkit.rules.sampling;

import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.inspectionkit.model.casework.CaseRef;
import org.inspectionkit.model.casework.InspectedCase;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.rules.Problem;
import org.inspectionkit.rules.ProblemsException;

/**
 * How the cases achieved compare with a drawn {@link CaseSample}: achieved versus target per stratum, and the
 * margin of error the achieved cases actually give, overall and per stratum.
 *
 * <p>The margin of error inverts the sample size formula (see {@link SampleSize}):
 * {@code e = z * sqrt(p(1 - p) / n * (N - n) / (N - 1))} with the specification's confidence level and assumed
 * proportion, {@code n} the cases achieved and {@code N} the eligible cases, overall or in the stratum. The overall
 * figure treats the sample as a simple random sample; proportional stratification can only make the true margin
 * smaller, so it is a cautious figure. A census ({@code n = N}) has margin 0; nothing achieved has none.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class SampleReport {

  SampleReport() {}

  /**
   * The sample the report is about.
   *
   * @return the sample
   */
  public abstract CaseSample sample();

  /**
   * The strata, in stratum order.
   *
   * @return the stratum reports
   */
  public abstract List<StratumReport> strata();

  /**
   * The overall margin of error the achieved cases give, as a fraction; empty if none was achieved.
   *
   * @return the margin of error
   */
  public abstract OptionalDouble achievedMarginOfError();

  /**
   * The number of eligible cases.
   *
   * @return {@code N}
   */
  public int eligible() {
    return sample().eligible().size();
  }

  /**
   * The number of cases the sample asked for.
   *
   * @return the target
   */
  public int target() {
    return sample().sampleSize().size();
  }

  /**
   * The number of cases achieved.
   *
   * @return {@code n}
   */
  public int achieved() {
    return strata().stream().mapToInt(StratumReport::achieved).sum();
  }

  /**
   * The number of reserve cases drawn with the sample, in all strata.
   *
   * @return the size of the reserve list
   */
  public int reserves() {
    return sample().reserves().size();
  }

  /**
   * The margin of error the sample was sized for, as a fraction.
   *
   * @return the specification's margin of error
   */
  public double targetMarginOfError() {
    return sample().specification().marginOfError();
  }

  /**
   * Whether every stratum achieved at least its target.
   *
   * @return true if no stratum falls short
   */
  public boolean isOnTarget() {
    return strata().stream().allMatch(s -> s.achieved() >= s.target());
  }

  /**
   * Compares the achieved cases with the sample.
   *
   * @param sample the sample drawn
   * @param achieved the references of the cases achieved (inspected), each of them an eligible case of the sample
   * @return the report, or every problem with the achieved cases (a reference named twice, or not in the eligible
   *     population)
   */
  public static Validation<List<Problem>, SampleReport> of(CaseSample sample, Collection<CaseRef> achieved) {
    Objects.requireNonNull(sample, "sample");
    Objects.requireNonNull(achieved, "achieved");
    Map<CaseRef, Stratum> strataByRef = new HashMap<>();
    for (PopulationCase c : sample.eligible()) {
      strataByRef.put(c.ref(), Stratum.of(sample.specification().strata(), c));
    }
    List<Problem> problems = new ArrayList<>();
    Set<CaseRef> seen = new HashSet<>();
    Set<CaseRef> twice = new TreeSet<>();
    Set<CaseRef> unknown = new TreeSet<>();
    Map<Stratum, Integer> counts = new TreeMap<>();
    for (CaseRef r : achieved) {
      Objects.requireNonNull(r, "achieved case");
      if (!seen.add(r)) {
        twice.add(r);
      } else if (!strataByRef.containsKey(r)) {
        unknown.add(r);
      } else {
        counts.merge(strataByRef.get(r), 1, Integer::sum);
      }
    }
    for (CaseRef r : twice) {
      problems.add(Problem.of("sampling.duplicate-case", "achieved, case " + r, "the reference is named twice"));
    }
    for (CaseRef r : unknown) {
      problems.add(Problem.of(
          "sampling.case-not-eligible",
          "achieved, case " + r,
          "not in the sample's eligible population (start dates " + sample.window() + ")"));
    }
    if (!problems.isEmpty()) {
      problems.sort(null);
      return Validation.invalid(List.copyOf(problems));
    }
    SampleSpecification spec = sample.specification();
    double z = sample.sampleSize().z();
    double p = spec.assumedProportion();
    List<StratumReport> strata = new ArrayList<>();
    for (StratumAllocation a : sample.allocations()) {
      int got = counts.getOrDefault(a.stratum(), 0);
      strata.add(StratumReport.of(a.stratum(), a.eligible(), a.target(), got, margin(z, p, got, a.eligible())));
    }
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    return Validation.valid(ImmutableSampleReport.builder()
        .sample(sample)
        .strata(strata)
        .achievedMarginOfError(margin(z, p, total, sample.eligible().size()))
        .build());
  }

  /**
   * Compares the cases an inspection holds for the sample's kind with the sample.
   *
   * @param sample the sample drawn
   * @param inspection the inspection, whose cases of the sample's kind were achieved
   * @return the report, or every problem with the inspection's cases
   */
  public static Validation<List<Problem>, SampleReport> of(CaseSample sample, Inspection inspection) {
    return of(sample, inspection.cases().stream()
        .filter(c -> c.sample().equals(sample.specification().sampleKind()))
        .map(InspectedCase::ref)
        .collect(Collectors.toList()));
  }

  /**
   * As {@link #of(CaseSample, Collection)}, throwing if the achieved cases have problems.
   *
   * @param sample the sample drawn
   * @param achieved the references of the cases achieved
   * @return the report
   * @throws ProblemsException carrying every problem
   */
  public static SampleReport ofOrThrow(CaseSample sample, Collection<CaseRef> achieved) {
    Validation<List<Problem>, SampleReport> v = of(sample, achieved);
    if (v.isInvalid()) {
      throw new ProblemsException("cannot report on the " + sample.specification().sampleKind() + " sample",
          v.getError());
    }
    return v.get();
  }

  private static OptionalDouble margin(double z, double p, int achieved, int eligible) {
    return achieved == 0 ? OptionalDouble.empty() : OptionalDouble.of(SampleSize.margin(z, p, achieved, eligible));
  }

  /**
   * The report as plain text for a terminal or a file: the sample's kind and seed; every rule it was drawn by, one a
   * line, each a default of this library marked {@code (default)} and each the inspectorate's known practice marked
   * {@code (known practice)}; the specification's note; size, eligibility and the cases achieved; the size of the
   * reserve list; then one line per stratum.
   *
   * @return the text, lines ended by {@code \n}
   */
  public String toText() {
    SampleSpecification spec = sample().specification();
    StringBuilder out = new StringBuilder();
    out.append("Sample: ").append(spec.sampleKind()).append(", seed ").append(sample().seed()).append('\n');
    out.append("Rules (those marked (default) are this library's defaults, not published rules):\n");
    for (SamplingRule rule : SamplingRule.values()) {
      out.append("  ").append(rule.label()).append(": ").append(spec.describe(rule))
          .append(mark(spec.basisOf(rule))).append('\n');
    }
    spec.note().ifPresent(n -> out.append("Note: ").append(n).append('\n'));
    out.append("Eligible: ").append(eligible()).append(" cases that started ").append(sample().window()).append('\n');
    out.append("Target: ").append(target()).append(" cases for ")
        .append(SampleSize.percent(spec.confidence())).append(" confidence, margin of error ")
        .append(SampleSize.points(spec.marginOfError())).append(" points (")
        .append(sample().sampleSize().explanation()).append(")\n");
    out.append("Achieved: ").append(achieved()).append(" cases, margin of error ")
        .append(points(achievedMarginOfError())).append('\n');
    out.append("Reserve: ").append(reserves()).append(reserves() == 1 ? " case" : " cases")
        .append(" drawn from the eligible cases not selected, in order of use within each stratum\n");
    int width = "Stratum".length();
    for (StratumReport s : strata()) {
      width = Math.max(width, s.stratum().toString().length());
    }
    String row = "%-" + width + "s  %8s  %6s  %8s  %15s\n";
    out.append(String.format(Locale.ROOT, row, "Stratum", "Eligible", "Target", "Achieved", "Margin (points)"));
    for (StratumReport s : strata()) {
      OptionalDouble m = s.achievedMarginOfError();
      out.append(String.format(Locale.ROOT, row, s.stratum(), s.eligible(), s.target(), s.achieved(),
          m.isPresent() ? String.format(Locale.ROOT, "%.1f", m.getAsDouble() * 100) : "-"));
    }
    return out.toString();
  }

  private static String mark(SpecificationBasis basis) {
    switch (basis) {
      case PLACEHOLDER:
        return " (default)";
      case KNOWN_PRACTICE:
        return " (known practice)";
      default:
        return "";
    }
  }

  private static String points(OptionalDouble margin) {
    return margin.isPresent() ? String.format(Locale.ROOT, "%.1f", margin.getAsDouble() * 100) + " points" : "none";
  }

  /**
   * Counts only.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "SampleReport{kind=" + sample().specification().sampleKind() + ", eligible=" + eligible() + ", target="
        + target() + ", achieved=" + achieved() + ", reserves=" + reserves() + "}";
  }
}
