package org.inspectionkit.rules.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inspectionkit.rules.sampling.Theories.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.inspectionkit.model.casework.CaseRef;
import org.junit.jupiter.api.Test;

/** Invariants of stratified sampling and its reserve lists, over generated populations, specifications and seeds. */
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

  @Test
  void reserves_neverSelected_neverTwice_alwaysEligible() {
    qt().forAll(Populations.populations(400), Populations.specifications(), Populations.reserveRules(), longs().all())
        .checkAssert((population, spec, rule, seed) -> {
          CaseSample s = draw(population, spec.withReserve(rule), seed);
          List<CaseRef> reserves = reserveRefs(s);
          assertThat(reserves).doesNotHaveDuplicates();
          Set<CaseRef> selected = new HashSet<>(refs(s));
          assertThat(reserves).noneMatch(selected::contains);
          assertThat(s.eligible().stream().map(PopulationCase::ref).collect(Collectors.toSet()))
              .containsAll(reserves);
        });
  }

  @Test
  void reserves_eachStratumAsManyAsTheRuleSays_fromThatStratum_inOrder() {
    qt().forAll(Populations.populations(400), Populations.specifications(), Populations.reserveRules(), longs().all())
        .checkAssert((population, spec, rule, seed) -> {
          CaseSample s = draw(population, spec.withReserve(rule), seed);
          Map<CaseRef, PopulationCase> byRef = s.eligible().stream()
              .collect(Collectors.toMap(PopulationCase::ref, Function.identity()));
          List<ReserveCase> inStratumOrder = new ArrayList<>();
          for (StratumAllocation a : s.allocations()) {
            int left = a.eligible() - a.target();
            int expected = left == 0 ? 0
                : (int) Math.min(left, Math.max(rule.minimumPerStratum(),
                    Math.ceil(a.target() * rule.percentOfSample() / 100.0 - 1e-9)));
            List<ReserveCase> in = s.reservesIn(a.stratum());
            assertThat(in).hasSize(expected);
            for (int i = 0; i < in.size(); i++) {
              assertThat(in.get(i).position()).isEqualTo(i + 1);
              assertThat(in.get(i).stratum()).isEqualTo(a.stratum());
              assertThat(Stratum.of(spec.strata(), byRef.get(in.get(i).ref()))).isEqualTo(a.stratum());
            }
            inStratumOrder.addAll(in);
          }
          assertThat(s.reserves()).isEqualTo(inStratumOrder);
        });
  }

  @Test
  void reserveRule_changesNoSelection_andALargerRuleOnlyAddsReservesAtTheEnd() {
    qt().forAll(Populations.populations(300), Populations.specifications(), Populations.reserveRules(), longs().all())
        .checkAssert((population, spec, rule, seed) -> {
          CaseSample small = draw(population, spec.withReserve(rule), seed);
          CaseSample large = draw(population, spec.withReserve(
              ReserveRule.of(rule.percentOfSample() + 50, rule.minimumPerStratum() + 1)), seed);
          CaseSample none = draw(population, spec.withReserve(ReserveRule.NONE), seed);
          assertThat(refs(small)).isEqualTo(refs(none)).isEqualTo(refs(large));
          assertThat(none.reserves()).isEmpty();
          for (StratumAllocation a : small.allocations()) {
            List<ReserveCase> first = small.reservesIn(a.stratum());
            assertThat(large.reservesIn(a.stratum()).subList(0, first.size())).isEqualTo(first);
          }
        });
  }

  @Test
  void sameSeedAndInput_sameReserveList_whateverTheOrderOfTheRecords() {
    qt().forAll(Populations.populations(300), Populations.specifications(), longs().all())
        .checkAssert((population, spec, seed) -> {
          List<PopulationCase> shuffled = new ArrayList<>(population);
          Collections.shuffle(shuffled, new Random(seed));
          assertThat(draw(shuffled, spec, seed).reserves()).isEqualTo(draw(population, spec, seed).reserves());
        });
  }

  private static List<CaseRef> reserveRefs(CaseSample s) {
    return s.reserves().stream().map(ReserveCase::ref).collect(Collectors.toList());
  }

  private static List<CaseRef> refs(CaseSample s) {
    return s.selected().stream().map(PopulationCase::ref).collect(Collectors.toList());
  }
}
