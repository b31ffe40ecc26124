package org.inspectionkit.rules.unpaidwork;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.inspectionkit.model.evidence.UnpaidWorkEvidence;
import org.inspectionkit.model.evidence.UnpaidWorkMethod;
import org.inspectionkit.model.framework.Cycle;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.SampleKind;
import org.inspectionkit.model.framework.Standard;
import org.inspectionkit.model.framework.StandardCode;
import org.inspectionkit.model.inspection.Inspection;

/**
 * The qualitative unpaid work evidence of an inspection: how many pieces were gathered by each method, and which
 * of the expected methods have none.
 *
 * <p>For an inspection under a framework, {@link #of(Framework, Inspection)} expects the
 * {@linkplain #METHODS_2019_20 2019-20 methods} when the inspection is of the 2019-20 cycle and the framework has
 * an unpaid work standard (one rated from the {@link SampleKind#UNPAID_WORK} sample) for the provider's type; it
 * expects nothing of a 2018-19 inspection or of a provider without unpaid work, and names the standard so a report
 * can show the summary beside its rating. {@link #of(List, Collection)} takes the expected methods as data.
 *
 * <p>Immutable and thread-safe; the evidence summaries themselves are not kept.
 */
@Value.Immutable
public abstract class UnpaidWorkEvidenceSummary {

  /** The qualitative methods of the 2019-20 inspection of unpaid work, in the notice's order: all seven. */
  public static final List<UnpaidWorkMethod> METHODS_2019_20 = List.of(UnpaidWorkMethod.values());

  private static final Cycle CYCLE_2019_20 = Cycle.parse("2019-20");

  UnpaidWorkEvidenceSummary() {}

  /**
   * The unpaid work standard the evidence belongs to, when summarised for an inspection under a framework that has
   * one.
   *
   * @return the standard's code, such as {@code 3.1}
   */
  public abstract Optional<StandardCode> standard();

  /**
   * The pieces of evidence per method, every method present (zero if none), in the method's order.
   *
   * @return the counts
   */
  @Value.NaturalOrder
  public abstract NavigableMap<UnpaidWorkMethod, Integer> countsByMethod();

  /**
   * The methods the inspection was expected to use, in the method's order.
   *
   * @return the expected methods
   */
  public abstract List<UnpaidWorkMethod> expectedMethods();

  /**
   * The expected methods with no evidence, in the method's order.
   *
   * @return the missing methods
   */
  public List<UnpaidWorkMethod> missingMethods() {
    return expectedMethods().stream().filter(m -> count(m) == 0).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The number of pieces of evidence gathered by one method.
   *
   * @param method the method
   * @return the count
   */
  public int count(UnpaidWorkMethod method) {
    return countsByMethod().getOrDefault(method, 0);
  }

  /**
   * The number of pieces of evidence in all.
   *
   * @return the total
   */
  public int total() {
    return countsByMethod().values().stream().mapToInt(Integer::intValue).sum();
  }

  /**
   * Whether every expected method has evidence.
   *
   * @return true if none is missing
   */
  public boolean isComplete() {
    return missingMethods().isEmpty();
  }

  /**
   * The methods an inspection of a cycle is expected to use when its provider has an unpaid work standard:
   * {@link #METHODS_2019_20} for 2019-20, none for other cycles (2018-19 inspected cases only; a later cycle has no
   * built-in expectation, so pass your own to {@link #of(List, Collection)}).
   *
   * @param cycle the cycle
   * @return the expected methods
   */
  public static List<UnpaidWorkMethod> expectedMethods(Cycle cycle) {
    return cycle.equals(CYCLE_2019_20) ? METHODS_2019_20 : List.of();
  }

  /**
   * The summary of an inspection's unpaid work evidence under its framework.
   *
   * @param framework the framework the inspection was made under
   * @param inspection the inspection
   * @return the summary
   */
  public static UnpaidWorkEvidenceSummary of(Framework framework, Inspection inspection) {
    Optional<StandardCode> standard = framework
        .standardsRatedFrom(inspection.provider().type(), SampleKind.UNPAID_WORK).stream()
        .map(Standard::code)
        .findFirst();
    List<UnpaidWorkMethod> expected =
        standard.isPresent() ? expectedMethods(inspection.cycle()) : List.of();
    return build(inspection.unpaidWorkEvidence(), expected, standard);
  }

  /**
   * The summary of some unpaid work evidence against the methods expected.
   *
   * @param evidence the evidence
   * @param expected the methods expected
   * @return the summary
   */
  public static UnpaidWorkEvidenceSummary of(List<UnpaidWorkEvidence> evidence, Collection<UnpaidWorkMethod> expected) {
    return build(evidence, List.copyOf(new TreeSet<>(expected)), Optional.empty());
  }

  private static UnpaidWorkEvidenceSummary build(
      List<UnpaidWorkEvidence> evidence, List<UnpaidWorkMethod> expected, Optional<StandardCode> standard) {
    NavigableMap<UnpaidWorkMethod, Integer> counts = new TreeMap<>();
    for (UnpaidWorkMethod m : UnpaidWorkMethod.values()) {
      counts.put(m, 0);
    }
    for (UnpaidWorkEvidence e : evidence) {
      counts.merge(e.method(), 1, Integer::sum);
    }
    return ImmutableUnpaidWorkEvidenceSummary.builder()
        .standard(standard)
        .countsByMethod(counts)
        .expectedMethods(expected)
        .build();
  }

  /**
   * The summary as plain text, one line per method with its count, then the missing methods.
   *
   * @return the text, lines ended by {@code \n}
   */
  public String toText() {
    StringBuilder out = new StringBuilder("Unpaid work evidence");
    standard().ifPresent(s -> out.append(" (standard ").append(s).append(')'));
    out.append(": ").append(total()).append(total() == 1 ? " piece\n" : " pieces\n");
    for (Map.Entry<UnpaidWorkMethod, Integer> e : countsByMethod().entrySet()) {
      out.append(String.format(Locale.ROOT, "  %-32s %d", words(e.getKey()), e.getValue())).append('\n');
    }
    if (!missingMethods().isEmpty()) {
      out.append("Missing: ")
          .append(missingMethods().stream().map(UnpaidWorkEvidenceSummary::words).collect(Collectors.joining(", ")))
          .append('\n');
    }
    return out.toString();
  }

  private static String words(UnpaidWorkMethod m) {
    return m.name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }
}
