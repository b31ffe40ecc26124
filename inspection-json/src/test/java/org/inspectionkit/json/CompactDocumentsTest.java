package org.inspectionkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.provider.ProviderType;
import org.inspectionkit.rules.rating.InspectionRating;
import org.inspectionkit.rules.rating.RatingCalculator;
import org.inspectionkit.rules.rating.RatingPolicy;
import org.inspectionkit.testkit.rating.InspectionDocuments;
import org.inspectionkit.testkit.rating.RateableInspections;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/**
 * The testkit prints counterexamples as compact documents so that they can be pasted into {@code inspection rate}:
 * each one reads with this module's reader and rates as the inspection it was printed from.
 */
class CompactDocumentsTest {

  @Test
  void compactDocument_readsAndRatesAsTheInspection() {
    for (String id : List.of("probation-2018-19", "probation-2019-20", "youth-2018")) {
      Framework f = Frameworks.load(id);
      ProviderType type = f.providerTypes().get(0);
      RatingCalculator calculator = RatingCalculator.of(RatingPolicy.builtInFor(f));
      QuickTheory.qt().withFixedSeed(20_190_902L).withExamples(50)
          .forAll(RateableInspections.of(f, type))
          .checkAssert(i -> {
            Inspection read = InspectionJson.standard().read(InspectionDocuments.compact(i), Inspection.class);
            assertThat(outcome(calculator.rateOrThrow(f, read)))
                .as("the rating of the compact document of an inspection under %s", id)
                .isEqualTo(outcome(calculator.rateOrThrow(f, i)));
          });
    }
  }

  /** The ratings and counts, without the judgements' free text that the compact document leaves out. */
  private static List<String> outcome(InspectionRating r) {
    List<String> out = r.standards().stream()
        .map(s -> s.code() + " " + s.computed() + " " + s.finalRating() + " " + s.keyQuestions().stream()
            .map(k -> k.code() + ":" + k.yes() + "/" + k.no() + "/" + k.notApplicable() + "/" + k.notAnswered())
            .collect(Collectors.joining(",")))
        .collect(Collectors.toList());
    out.add("overall " + r.overall().score() + " " + r.overall().rating());
    return out;
  }
}
