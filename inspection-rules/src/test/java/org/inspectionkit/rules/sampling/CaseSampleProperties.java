package org.inspectionkit.rules.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inspectionkit.rules.sampling.Theories.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.inspectionkit.model.casework.CaseRef;
import org.junit.jupiter.api.Test;

/** Invariants of stratified sampling, over generated populations, specifications and seeds. */
class CaseSampleProperties {

  private static CaseSample draw(List<PopulationCase> population, SampleSpecification spec, long seed) {
    return CaseSample.drawOrThrow(population, spec, Populations.FIELDWORK, seed);
  }

  @Test
  void strata_alwaysAddUpToTheSampleSize() {
    qt().forAll(Populations.populations(400), Populations.specifications(), longs().all())
        .checkAssert((population, spec, seed) -> {
          CaseSample s = draw(population, spec, seed);
          int targets = s.allocations().stream().mapToInt(StratumAllocation::target).sum();
          assertThat(targets).isEqualTo(s.sampleSize().size());
          assertThat(s.selected()).hasSize(s.sampleSize().size());
        });
  }

  @Test
  void eachStratum_withinOneCaseOfItsProportionalShare_andNoMoreThanItHolds() {
    qt().forAll(Populations.populations(400), Populations.specifications(), longs().all())
        .checkAssert((population, spec, seed) -> {
          CaseSample s = draw(population, spec, seed);
          int n = s.sampleSize().size();
          int big = s.eligible().size();
          for (StratumAllocation a : s.allocations()) {
            double share = (double) n * a.eligible() / big;
            assertThat(Math.abs(a.target() - share)).isLessThan(1.0);
            assertThat(a.target()).isLessThanOrEqualTo(a.eligible());
            assertThat(s.selectedIn(a.stratum())).hasSize(a.target());
          }
        });
  }

  @Test
  void sameSeedAndInput_sameSample_whateverTheOrderOfTheRecords() {
    qt().forAll(Populations.populations(300), Populations.specifications(), longs().all())
        .checkAssert((population, spec, seed) -> {
          List<PopulationCase> shuffled = new ArrayList<>(population);
          Collections.shuffle(shuffled, new Random(seed));
          assertThat(refs(draw(shuffled, spec, seed))).isEqualTo(refs(draw(population, spec, seed)));
        });
  }

  @Test
  void selectedCases_areDistinctEligibleRecords() {
    qt().forAll(Populations.populations(300), Populations.specifications(), longs().all())
        .checkAssert((population, spec, seed) -> {
          CaseSample s = draw(population, spec, seed);
          assertThat(s.selected()).doesNotHaveDuplicates();
          assertThat(s.eligible()).containsAll(s.selected());
          assertThat(s.eligible()).allMatch(c -> s.window().contains(c.startDate()));
        });
  }

  private static List<CaseRef> refs(CaseSample s) {
    return s.selected().stream().map(PopulationCase::ref).collect(Collectors.toList());
  }
}
