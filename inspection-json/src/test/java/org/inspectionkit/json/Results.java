package org.inspectionkit.json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.inspectionkit.model.casework.Gender;
import org.inspectionkit.model.casework.RiskOfSeriousHarm;
import org.inspectionkit.model.casework.SentenceType;
import org.inspectionkit.model.framework.Cycle;
import org.inspectionkit.model.framework.ElementCode;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.SampleKind;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.inspection.InspectionId;
import org.inspectionkit.model.recommendation.Recommendation;
import org.inspectionkit.rules.consistency.ConsistencyChecker;
import org.inspectionkit.rules.consistency.ConsistencyReport;
import org.inspectionkit.rules.diff.FrameworkChanges;
import org.inspectionkit.rules.diff.FrameworkDiff;
import org.inspectionkit.rules.fieldwork.FieldworkPlan;
import org.inspectionkit.rules.followup.FollowUp;
import org.inspectionkit.rules.followup.FollowUpSummary;
import org.inspectionkit.rules.rating.InspectionRating;
import org.inspectionkit.rules.rating.RatingCalculator;
import org.inspectionkit.rules.sampling.CaseSample;
import org.inspectionkit.rules.sampling.PopulationCase;
import org.inspectionkit.rules.sampling.SampleSpecification;
import org.inspectionkit.rules.sampling.SamplingPolicy;

/** One result of each kind, computed from this module's example inspection and the built-in frameworks. */
final class Results {

  private Results() {}

  static Framework framework() {
    return Frameworks.load("probation-2019-20");
  }

  static Inspection crc() {
    try {
      return InspectionJson.standard().read(ExampleDocumentsTest.example("crc-bench-2019-20"), Inspection.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static InspectionRating rating() {
    return RatingCalculator.probation().rateOrThrow(framework(), crc());
  }

  static ConsistencyReport findings() {
    return ConsistencyChecker.builtIn().check(framework(), crc());
  }

  /** The example's follow-up of a 2018-19 inspection that made the two recommendations it assesses, and a third. */
  static FollowUpSummary followUp() {
    Inspection current = crc();
    InspectionId id = InspectionId.of("crc-bench-2018-19");
    List<Recommendation> made = new ArrayList<>();
    String[] targets = {"2.1.3", "1.2", "3.2.2.c"};
    for (int n = 1; n <= targets.length; n++) {
      made.add(Recommendation.builder().inspection(id).number(n).target(ElementCode.parse(targets[n - 1]))
          .addressedTo("BeNCH CRC").text("Recommendation " + n + " of the previous inspection.").build());
    }
    Inspection previous = Inspection.builder().id(id).frameworkId(Frameworks.load("probation-2018-19").id())
        .cycle(Cycle.parse("2018-19")).provider(current.provider()).recommendations(made).build();
    return FollowUp.probation().summarise(Frameworks.load("probation-2018-19"), previous, framework(), current);
  }

  static FrameworkChanges changes() {
    return FrameworkDiff.between(Frameworks.load("probation-2018-19"), framework());
  }

  static FieldworkPlan plan() {
    return FieldworkPlan.scheduleOrThrow(Cycle.parse("2019-20"), LocalDate.of(2019, 9, 2));
  }

  /** A domain-two sample of 2019-20 from 120 records, some outside the window, some without attributes. */
  static CaseSample sample() {
    SampleSpecification spec = SamplingPolicy.PROBATION_2019_20.specification(SampleKind.DOMAIN_TWO).orElseThrow();
    return CaseSample.drawOrThrow(population(120), spec, LocalDate.of(2019, 9, 2), 7L);
  }

  static List<PopulationCase> population(int size) {
    List<PopulationCase> records = new ArrayList<>();
    for (int i = 1; i <= size; i++) {
      PopulationCase.Builder b = PopulationCase.builder().ref(String.format("P%04d", i))
          .startDate(LocalDate.of(2019, 1 + i % 8, 1 + i % 28));
      if (i % 5 != 0) {
        b.gender(i % 3 == 0 ? Gender.FEMALE : Gender.MALE);
      }
      b.sentenceType(i % 4 == 0 ? SentenceType.LICENCE : SentenceType.COMMUNITY);
      if (i % 6 != 0) {
        b.riskOfSeriousHarm(i % 2 == 0 ? RiskOfSeriousHarm.MEDIUM : RiskOfSeriousHarm.HIGH);
      }
      if (i % 10 == 0) {
        b.putAttribute("requirement", "unpaid-work");
      }
      records.add(b.build());
    }
    return records;
  }

  /** One of each result document type, in the order of {@link InspectionJson#documentTypes()}. */
  /**
   * The portfolio of the example inspection, the same inspection again as a later one of the same provider (a
   * trend), the NPS Wales example, and the example without its judgements (not rated); BeNCH CRC a delivery unit
   * of a region, for a roll-up.
   */
  static org.inspectionkit.rules.portfolio.Portfolio portfolio() {
    Inspection crc = crc();
    Inspection again = Inspection.builder().from(crc).id("crc-bench-2019-20-revisit")
        .recommendations(List.of()).progressAssessments(List.of()).build();
    Inspection unrated = Inspection.builder().from(crc).id("crc-bench-2019-20-draft")
        .recommendations(List.of()).progressAssessments(List.of()).judgements(List.of()).build();
    Inspection nps;
    try {
      nps = InspectionJson.standard().read(ExampleDocumentsTest.example("nps-wales-2019-20"), Inspection.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    org.inspectionkit.model.provider.ProviderRegistry registry = ProviderRegistries.builtIn().with(
        ProviderRegistries.builtIn().entry(crc.provider().id()).orElseThrow().toBuilder()
            .parent("region-east-of-england").build());
    return org.inspectionkit.rules.portfolio.PortfolioCalculator.builder().frameworks(Frameworks::find)
        .registry(registry).build().summarise(List.of(crc, again, nps, unrated));
  }

  static List<Object> all() {
    return List.of(rating(), findings(), followUp(), changes(), sample(), plan(), portfolio());
  }
}
