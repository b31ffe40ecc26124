package org.inspectionkit.rules.sampling;

import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.inspectionkit.model.casework.CaseRef;
import org.inspectionkit.model.casework.InspectedCase;
import org.inspectionkit.rules.Problem;
import org.inspectionkit.rules.ProblemsException;
import org.inspectionkit.rules.fieldwork.DateSpan;
import org.inspectionkit.rules.sampling.internal.LargestRemainder;
import org.inspectionkit.rules.sampling.internal.SplitMix64;

/**
 * A stratified case sample drawn from an eligible population by a {@link SampleSpecification}, with its reserve list
 * and how both were drawn.
 *
 * <p>{@link #draw(List, SampleSpecification, LocalDate, long)} works in five steps:
 *
 * <ol>
 *   <li>Eligibility: the records whose start date lies in the specification's window before fieldwork
 *       ({@link SampleSpecification#eligibilityWindowBefore(LocalDate)}) form the eligible population of
 *       {@code N} cases.
 *   <li>Size: {@code n} cases by {@link SampleSize#calculate(int, SampleSpecification)}.
 *   <li>Allocation: the eligible cases are grouped into strata by the specification's attributes and the sample is
 *       shared among them by the specification's {@link AllocationMethod}: each stratum of {@code N_h} cases gets
 *       the whole part of its share {@code n * N_h / N}, and the cases left over go one each to the strata with
 *       the largest remaining fractions (ties: the larger stratum first, then stratum order). So the strata add up
 *       to {@code n}, each is within one case of its share, and none is asked for more cases than it has.
 *   <li>Selection: within each stratum, its cases sorted by reference are shuffled by a partial Fisher-Yates
 *       shuffle driven by a SplitMix64 generator whose seed is derived from the sample's seed and the stratum's
 *       name; the first {@code k_h} cases of the shuffle (the stratum's target) are selected.
 *   <li>Reserves: the shuffle goes on, with the same generator, over the stratum's cases not selected, for as many
 *       cases as the specification's {@link ReserveRule} gives the stratum; they are its reserves, in the order
 *       they are drawn, which is the order they are used in. A sampled case that turns out to be unusable is
 *       replaced by the first unused reserve of its own stratum.
 * </ol>
 *
 * <p>The result depends only on the set of records, the specification, the fieldwork date and the seed: not on the
 * order of the records, not on the JVM or Java release (the generator is this library's own, not the JDK's), and
 * the selection in one stratum does not depend on the cases of another. Drawing reserves changes nothing in the
 * selection (the sample is the one drawn without them), and a larger reserve rule only adds cases to the end of each
 * stratum's reserves: the first reserves stay the same.
 *
 * <p>Immutable and thread-safe. {@link #toString()} prints counts only.
 */
@Value.Immutable
public abstract class CaseSample {

  CaseSample() {}

  /**
   * The specification the sample was drawn by.
   *
   * @return the specification
   */
  public abstract SampleSpecification specification();

  /**
   * The start dates that made a case eligible, both ends included.
   *
   * @return the eligibility window
   */
  public abstract DateSpan window();

  /**
   * The seed the sample was drawn with.
   *
   * @return the seed
   */
  public abstract long seed();

  /**
   * The eligible population, sorted by reference.
   *
   * @return the eligible records
   */
  public abstract List<PopulationCase> eligible();

  /**
   * How the sample size was reached.
   *
   * @return the sample size
   */
  public abstract SampleSize sampleSize();

  /**
   * Each stratum's allocation, in stratum order.
   *
   * @return the allocations
   */
  public abstract List<StratumAllocation> allocations();

  /**
   * The selected cases, sorted by reference.
   *
   * @return the selected records
   */
  public abstract List<PopulationCase> selected();

  /**
   * The selected cases in one stratum, sorted by reference.
   *
   * @param stratum the stratum
   * @return the selected records in it
   */
  public List<PopulationCase> selectedIn(Stratum stratum) {
    return selectedByStratum().getOrDefault(stratum, List.of());
  }

  /**
   * The reserve list: for each stratum in stratum order, its reserves in the order they are used. Never a selected
   * case, never a case twice, and every one an eligible case of its stratum.
   *
   * @return the reserve cases
   */
  public abstract List<ReserveCase> reserves();

  /**
   * The reserves of one stratum, in the order they are used: the first replaces the first sampled case of the
   * stratum found unusable.
   *
   * @param stratum the stratum
   * @return its reserve cases, positions 1, 2, ...
   */
  public List<ReserveCase> reservesIn(Stratum stratum) {
    return reservesByStratum().getOrDefault(stratum, List.of());
  }

  @Value.Lazy
  Map<Stratum, List<ReserveCase>> reservesByStratum() {
    Map<Stratum, List<ReserveCase>> out = new HashMap<>();
    for (ReserveCase r : reserves()) {
      out.computeIfAbsent(r.stratum(), s -> new ArrayList<>()).add(r);
    }
    out.replaceAll((s, cases) -> List.copyOf(cases));
    return Collections.unmodifiableMap(out);
  }

  @Value.Lazy
  Map<Stratum, List<PopulationCase>> selectedByStratum() {
    Map<Stratum, List<PopulationCase>> out = new HashMap<>();
    for (PopulationCase c : selected()) {
      out.computeIfAbsent(Stratum.of(specification().strata(), c), s -> new ArrayList<>()).add(c);
    }
    out.replaceAll((s, cases) -> List.copyOf(cases));
    return Collections.unmodifiableMap(out);
  }

  /**
   * The selected cases as inspected cases of the specification's sample kind, ready for an
   * {@link org.inspectionkit.model.inspection.Inspection}.
   *
   * @return the inspected cases, sorted by reference
   */
  public List<InspectedCase> inspectedCases() {
    return selected().stream()
        .map(c -> c.toInspectedCase(specification().sampleKind()))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * The report of this sample as drawn: every stratum on target, with the margin of error the sample gives.
   *
   * @return the report
   */
  public SampleReport report() {
    return SampleReport.ofOrThrow(this, selected().stream().map(PopulationCase::ref).collect(Collectors.toList()));
  }

  /**
   * Draws a sample from {@code population} for fieldwork starting on {@code fieldworkStart}.
   *
   * @param population the population records, in any order; records outside the eligibility window are left out
   * @param specification how to draw the sample
   * @param fieldworkStart the first day of fieldwork, which fixes the eligibility window
   * @param seed the seed; the same seed and input give the same sample and the same reserve list
   * @return the sample, or every problem with the input (a case reference used by more than one record)
   */
  public static Validation<List<Problem>, CaseSample> draw(
      List<PopulationCase> population, SampleSpecification specification, LocalDate fieldworkStart, long seed) {
    Objects.requireNonNull(fieldworkStart, "fieldworkStart");
    return draw(population, specification, specification.eligibilityWindowBefore(fieldworkStart), seed);
  }

  /**
   * Draws a sample from the records of {@code population} that started within {@code window}.
   *
   * @param population the population records, in any order
   * @param specification how to draw the sample (its own window is not used)
   * @param window the start dates that make a case eligible, both ends included
   * @param seed the seed
   * @return the sample, or every problem with the input
   */
  public static Validation<List<Problem>, CaseSample> draw(
      List<PopulationCase> population, SampleSpecification specification, DateSpan window, long seed) {
    Objects.requireNonNull(population, "population");
    Objects.requireNonNull(specification, "specification");
    Objects.requireNonNull(window, "window");
    List<Problem> problems = duplicates(population);
    if (!problems.isEmpty()) {
      return Validation.invalid(problems);
    }
    List<PopulationCase> eligible = population.stream()
        .filter(c -> window.contains(c.startDate()))
        .sorted(Comparator.comparing(PopulationCase::ref))
        .collect(Collectors.toList());
    Validation<List<Problem>, SampleSize> size = SampleSize.calculate(eligible.size(), specification);
    if (size.isInvalid()) {
      return Validation.invalid(size.getError());
    }
    int n = size.get().size();

    TreeMap<Stratum, List<PopulationCase>> strata = new TreeMap<>();
    for (PopulationCase c : eligible) {
      strata.computeIfAbsent(Stratum.of(specification.strata(), c), s -> new ArrayList<>()).add(c);
    }
    List<Stratum> order = new ArrayList<>(strata.keySet());
    long[] sizes = new long[order.size()];
    for (int i = 0; i < order.size(); i++) {
      sizes[i] = strata.get(order.get(i)).size();
    }
    int[] targets = allocate(specification.allocation(), n, sizes);

    List<StratumAllocation> allocations = new ArrayList<>();
    List<PopulationCase> selected = new ArrayList<>();
    List<ReserveCase> reserves = new ArrayList<>();
    for (int i = 0; i < order.size(); i++) {
      Stratum s = order.get(i);
      double share = eligible.isEmpty() ? 0 : (double) n * sizes[i] / eligible.size();
      allocations.add(StratumAllocation.of(s, (int) sizes[i], share, targets[i]));
      int k = targets[i];
      int r = specification.reserve().reservesFor(k, (int) sizes[i] - k);
      List<PopulationCase> drawn = shuffledPrefix(strata.get(s), k + r, SplitMix64.forLabel(seed, s.toString()));
      selected.addAll(drawn.subList(0, k));
      for (int j = k; j < k + r; j++) {
        reserves.add(ReserveCase.of(drawn.get(j).ref(), s, j - k + 1));
      }
    }
    selected.sort(Comparator.comparing(PopulationCase::ref));
    return Validation.valid(ImmutableCaseSample.builder()
        .specification(specification)
        .window(window)
        .seed(seed)
        .eligible(eligible)
        .sampleSize(size.get())
        .allocations(allocations)
        .selected(selected)
        .reserves(reserves)
        .build());
  }

  /**
   * As {@link #draw(List, SampleSpecification, LocalDate, long)}, throwing if the input has problems.
   *
   * @param population the population records
   * @param specification how to draw the sample
   * @param fieldworkStart the first day of fieldwork
   * @param seed the seed
   * @return the sample
   * @throws ProblemsException carrying every problem
   */
  public static CaseSample drawOrThrow(
      List<PopulationCase> population, SampleSpecification specification, LocalDate fieldworkStart, long seed) {
    Validation<List<Problem>, CaseSample> v = draw(population, specification, fieldworkStart, seed);
    if (v.isInvalid()) {
      throw new ProblemsException("cannot draw a " + specification.sampleKind() + " sample", v.getError());
    }
    return v.get();
  }

  /**
   * As {@link #draw(List, SampleSpecification, DateSpan, long)}, throwing if the input has problems: to draw a
   * sample again from what a sample records ({@link #eligible()}, {@link #specification()}, {@link #window()} and
   * {@link #seed()}), which gives the same sample.
   *
   * @param population the population records, in any order
   * @param specification how to draw the sample (its own window is not used)
   * @param window the start dates that make a case eligible, both ends included
   * @param seed the seed
   * @return the sample
   * @throws ProblemsException carrying every problem
   */
  public static CaseSample drawOrThrow(
      List<PopulationCase> population, SampleSpecification specification, DateSpan window, long seed) {
    Validation<List<Problem>, CaseSample> v = draw(population, specification, window, seed);
    if (v.isInvalid()) {
      throw new ProblemsException("cannot draw a " + specification.sampleKind() + " sample", v.getError());
    }
    return v.get();
  }

  private static List<Problem> duplicates(List<PopulationCase> population) {
    Map<CaseRef, Integer> counts = new HashMap<>();
    for (PopulationCase c : population) {
      counts.merge(Objects.requireNonNull(c, "population record").ref(), 1, Integer::sum);
    }
    List<Problem> problems = new ArrayList<>();
    for (Map.Entry<CaseRef, Integer> e : new TreeMap<>(counts).entrySet()) {
      if (e.getValue() > 1) {
        problems.add(Problem.of(
            "sampling.duplicate-case",
            "population, case " + e.getKey(),
            "the reference is used by " + e.getValue() + " records; each case must appear once"));
      }
    }
    return Collections.unmodifiableList(problems);
  }

  private static int[] allocate(AllocationMethod method, int n, long[] sizes) {
    switch (method) {
      case PROPORTIONAL_LARGEST_REMAINDER:
        return LargestRemainder.allocate(n, sizes);
      default:
        throw new IllegalArgumentException("allocation: " + method);
    }
  }

  /**
   * The first {@code k} cases of a partial Fisher-Yates shuffle of the sorted members. Step {@code i} depends only
   * on the steps before it, so the first cases are the same whatever {@code k} is.
   */
  private static List<PopulationCase> shuffledPrefix(List<PopulationCase> sortedMembers, int k, SplitMix64 random) {
    List<PopulationCase> deck = new ArrayList<>(sortedMembers);
    for (int i = 0; i < k; i++) {
      int j = i + random.nextInt(deck.size() - i);
      Collections.swap(deck, i, j);
    }
    return deck.subList(0, k);
  }

  /**
   * Counts only: samples describe people.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "CaseSample{kind=" + specification().sampleKind() + ", window=" + window() + ", seed=" + seed()
        + ", eligible=" + eligible().size() + ", selected=" + selected().size() + ", reserves=" + reserves().size()
        + "}";
  }
}
