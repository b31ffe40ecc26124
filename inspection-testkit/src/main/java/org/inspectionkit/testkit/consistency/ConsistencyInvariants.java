package org.inspectionkit.testkit.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.inspectionkit.model.casework.Answer;
import org.inspectionkit.model.casework.CaseRef;
import org.inspectionkit.model.framework.ElementCode;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.provider.ProviderType;
import org.inspectionkit.rules.consistency.CheckContext;
import org.inspectionkit.rules.consistency.CheckSet;
import org.inspectionkit.rules.consistency.ConsistencyCheck;
import org.inspectionkit.rules.consistency.ConsistencyChecker;
import org.inspectionkit.rules.consistency.ConsistencyPolicy;
import org.inspectionkit.rules.consistency.ConsistencyReport;
import org.inspectionkit.rules.consistency.Finding;
import org.inspectionkit.rules.rating.RatingCalculator;
import org.inspectionkit.rules.rating.RatingPolicy;
import org.inspectionkit.testkit.internal.InspectionChanges;
import org.inspectionkit.testkit.internal.InspectionChanges.Place;
import org.inspectionkit.testkit.rating.InspectionDocuments;
import org.inspectionkit.testkit.rating.RateableInspections;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.dsl.TheoryBuilder;
import org.quicktheories.generators.SourceDSL;

/**
 * The invariants of the consistency checker, as a property suite to run against a check set, its policies and a
 * framework: extend this class and name them, and JUnit runs every property below, as
 * {@link org.inspectionkit.testkit.rating.RatingInvariants} does for rating:
 *
 * <pre>{@code
 * class MyChecksInvariantsTest extends ConsistencyInvariants {
 *   protected Framework framework() { return myFramework; }
 *   protected ProviderType providerType() { return ProviderType.CRC; }
 *   protected RatingPolicy ratingPolicy() { return myPolicy; }
 * }
 * }</pre>
 *
 * <p>The checks are {@link CheckSet#forFramework} of the framework unless {@link #checks()} says otherwise; the
 * inspections are {@link RateableInspections} unless {@link #inspections()} does. Examples and seeds as in the
 * rating suite; counterexamples print as inspection documents.
 */
public abstract class ConsistencyInvariants {

  /** The finding code of the disconnect between domain one and the case data, and its prefix. */
  private static final String DISCONNECT = "domain-one-disconnect";

  /** For subclasses. */
  protected ConsistencyInvariants() {}

  /**
   * The framework inspections are made under.
   *
   * @return the framework
   */
  protected abstract Framework framework();

  /**
   * The provider type inspected.
   *
   * @return the provider type
   */
  protected abstract ProviderType providerType();

  /**
   * The rating policy the checks rate standards with.
   *
   * @return the policy
   */
  protected abstract RatingPolicy ratingPolicy();

  /**
   * The checks: by default the built-in set for the framework.
   *
   * @return the check set
   */
  protected CheckSet checks() {
    return CheckSet.forFramework(framework().id());
  }

  /**
   * The consistency policy: by default {@link ConsistencyPolicy#defaults()}.
   *
   * @return the policy
   */
  protected ConsistencyPolicy consistencyPolicy() {
    return ConsistencyPolicy.defaults();
  }

  /**
   * The inspections checked: by default {@link RateableInspections#of(Framework, ProviderType)}.
   *
   * @return the generator
   */
  protected Gen<Inspection> inspections() {
    return RateableInspections.of(framework(), providerType());
  }

  /**
   * Examples per property, as {@link org.inspectionkit.testkit.rating.RatingInvariants#examples()}.
   *
   * @return the number of examples
   */
  protected int examples() {
    return Integer.getInteger("inspectionkit.examples", 100);
  }

  /** A finding names only elements of the framework and cases of the inspection, and a code of its check. */
  @Test
  public void aFinding_namesOnlyDataThatIsPresent() {
    theory().checkAssert(e -> {
      Inspection i = e.inspection();
      Set<CaseRef> present = new HashSet<>();
      i.cases().forEach(c -> present.add(c.ref()));
      i.assessments().forEach(a -> present.add(a.caseRef()));
      i.interviews().forEach(r -> present.add(r.caseRef()));
      Set<String> checkCodes = checks().checks().stream().map(ConsistencyCheck::code).collect(Collectors.toSet());
      for (Finding f : check(i).findings()) {
        for (ElementCode code : f.elements()) {
          assertThat(framework().contains(code))
              .as("finding %s names element %s of framework %s", f.code(), code, framework().id())
              .isTrue();
        }
        for (CaseRef ref : f.cases()) {
          assertThat(present).as("finding %s names case %s of the inspection", f.code(), ref).contains(ref);
        }
        assertThat(checkCodes.stream().anyMatch(c -> f.code().equals(c) || f.code().startsWith(c + ".")))
            .as("finding %s has the code of one of the checks %s", f.code(), checkCodes)
            .isTrue();
      }
    });
  }

  /** Making casework better (one "no" turned "yes") never adds a disconnect finding. */
  @Test
  public void betterCasework_neverAddsADisconnect() {
    theory().checkAssert(e -> {
      Inspection before = InspectionChanges.withoutDepartures(e.inspection());
      InspectionChanges changes = new InspectionChanges(framework(), providerType());
      Optional<Place> p = InspectionChanges.pick(changes.answered(before, Answer.NO), e.random());
      if (p.isEmpty()) {
        return;
      }
      Inspection after = InspectionChanges.withAnswers(before, List.of(p.get()), Answer.YES);
      Set<String> had = disconnects(check(before));
      assertThat(had)
          .as("the disconnect findings after case %s's answer to %s turned from no to yes", p.get().caseRef(),
              p.get().keyQuestion())
          .containsAll(disconnects(check(after)));
    });
  }

  /** Checking twice, or with a new checker, gives equal reports. */
  @Test
  public void checkingTwice_givesEqualReports() {
    theory().checkAssert(e -> {
      ConsistencyReport first = check(e.inspection());
      assertThat(check(e.inspection())).as("the report of the inspection, checked again").isEqualTo(first);
    });
  }

  /** The order and references of cases change no finding's code, severity or elements. */
  @Test
  public void caseOrderAndReferences_changeNoFindingsCodeOrElements() {
    theory().checkAssert(e -> {
      Inspection before = InspectionChanges.withoutDepartures(e.inspection());
      Inspection after = InspectionChanges.reorderedAndRenamed(before, e.random());
      assertThat(shapes(check(after)))
          .as("the findings of the inspection with its cases shuffled and renamed")
          .isEqualTo(shapes(check(before)));
    });
  }

  // -------------------------------------------------------------------------------------------------- support

  /** A generated inspection and the seed of the random choices a property makes about it. */
  record Example(Inspection inspection, long seed) {
    Random random() {
      return new Random(seed);
    }
  }

  private TheoryBuilder<Example> theory() {
    Gen<Example> examples = inspections().zip(SourceDSL.longs().all(), Example::new);
    return QuickTheory.qt()
        .withFixedSeed(Long.getLong("qt.seed", 20_190_902L))
        .withExamples(examples())
        .forAll(examples.describedAs(e -> "change seed " + e.seed() + ", inspection document:\n"
            + InspectionDocuments.compact(e.inspection())));
  }

  private ConsistencyReport check(Inspection inspection) {
    return ConsistencyChecker.of(checks()).check(
        CheckContext.builder()
            .framework(framework())
            .inspection(inspection)
            .policy(consistencyPolicy())
            .calculator(RatingCalculator.of(ratingPolicy()))
            .build());
  }

  /** Each disconnect finding as its code and the judged standard it names first. */
  private static Set<String> disconnects(ConsistencyReport report) {
    return report.findings().stream()
        .filter(f -> f.code().equals(DISCONNECT) || f.code().startsWith(DISCONNECT + "."))
        .map(f -> f.code() + " " + f.elements().get(0))
        .collect(Collectors.toSet());
  }

  /** The findings without their cases, figures and messages, which name cases. */
  private static List<String> shapes(ConsistencyReport report) {
    return report.findings().stream()
        .map(f -> f.code() + " " + f.severity() + " " + f.elements())
        .sorted()
        .collect(Collectors.toList());
  }
}
