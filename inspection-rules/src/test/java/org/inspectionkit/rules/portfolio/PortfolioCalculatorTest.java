package org.inspectionkit.rules.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.inspectionkit.rules.TestFrameworks.CRC;
import static org.inspectionkit.rules.TestFrameworks.NPS;
import static org.inspectionkit.rules.TestFrameworks.probationLike;
import static org.inspectionkit.rules.TestFrameworks.uniform;
import static org.inspectionkit.rules.TestFrameworks.withCounts;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.inspectionkit.model.Rating;
import org.inspectionkit.model.casework.Answer;
import org.inspectionkit.model.framework.Cycle;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.KeyQuestionCode;
import org.inspectionkit.model.framework.StandardCode;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.inspection.InspectionId;
import org.inspectionkit.model.provider.Provider;
import org.inspectionkit.model.provider.ProviderId;
import org.inspectionkit.model.provider.ProviderRegistry;
import org.inspectionkit.model.provider.ProviderType;
import org.inspectionkit.model.provider.RegistryEntry;
import org.inspectionkit.model.recommendation.Progress;
import org.inspectionkit.model.recommendation.ProgressAssessment;
import org.inspectionkit.model.recommendation.Recommendation;
import org.inspectionkit.model.recommendation.RecommendationId;
import org.inspectionkit.model.provider.EntrySource;
import org.inspectionkit.rules.Problem;
import org.inspectionkit.rules.internal.Wilson;
import org.inspectionkit.rules.rating.RatingPolicy;
import org.junit.jupiter.api.Test;

class PortfolioCalculatorTest {

  private static final Framework F2019 = probationLike();
  private static final Framework F2018 =
      Framework.builder().from(F2019).id("probation-like-2018-19").cycle("2018-19").build();
  private static final KeyQuestionCode K213 = KeyQuestionCode.of(2, 1, 3);
  private static final StandardCode S21 = StandardCode.of(2, 1);

  private static final PortfolioCalculator CALCULATOR = PortfolioCalculator.builder()
      .frameworks(id -> id.equals(F2019.id()) ? Optional.of(F2019)
          : id.equals(F2018.id()) ? Optional.of(F2018) : Optional.empty())
      .build();

  /** An inspection of {@code provider} with 2.1.3 answered {@code yes} of {@code yes + no}, the rest yes. */
  private static Inspection of(String id, String provider, ProviderType type, int yes, int no) {
    return Inspection.builder().from(withCounts(type, K213, yes, no, 0)).id(id)
        .provider(Provider.of(ProviderId.of(provider), "Provider " + provider, type)).build();
  }

  private static Inspection in2018(Inspection i) {
    return Inspection.builder().from(i).frameworkId(F2018.id()).cycle(F2018.cycle()).build();
  }

  @Test
  void summarise_countsEveryRatingPerCycleAndType_overallAndPerStandard() {
    // 31 of 40 is Good for 2.1, 10 of 40 Inadequate; the other standards are all yes (Outstanding) or judged Good.
    Portfolio p = CALCULATOR.summarise(List.of(
        of("a-2019", "crc-a", CRC, 31, 9), of("b-2019", "crc-b", CRC, 10, 30), of("c-2019", "crc-c", CRC, 31, 9),
        of("n-2019", "nps-n", NPS, 31, 9)));

    RatingDistribution s21 = p.distributions().stream()
        .filter(d -> d.providerType().equals(CRC) && d.subject().equals("2.1")).findFirst().orElseThrow();
    assertThat(s21.counts()).containsExactly(Map.entry(Rating.OUTSTANDING, 0), Map.entry(Rating.GOOD, 2),
        Map.entry(Rating.REQUIRES_IMPROVEMENT, 0), Map.entry(Rating.INADEQUATE, 1));
    RatingDistribution overall = p.overall(Cycle.of(2019), CRC).orElseThrow();
    assertThat(overall.total()).isEqualTo(3);
    assertThat(p.overall(Cycle.of(2019), NPS).orElseThrow().total()).isEqualTo(1);
    assertThat(p.distributions().get(0).subject()).as("overall comes first").isEqualTo("overall");
    assertThat(p.inspections()).extracting(e -> e.inspection().value())
        .containsExactly("a-2019", "b-2019", "c-2019", "n-2019");
    assertThat(p.unrated()).isEmpty();
  }

  @Test
  void summarise_poolsKeyQuestionSharesWithTheirIntervalAndSpread() {
    Portfolio p = CALCULATOR.summarise(List.of(
        of("a-2019", "crc-a", CRC, 31, 9), of("b-2019", "crc-b", CRC, 10, 30), of("c-2019", "crc-c", CRC, 20, 0)));

    KeyQuestionPicture k = p.keyQuestions().stream().filter(x -> x.keyQuestion().equals(K213)).findFirst()
        .orElseThrow();
    assertThat(k.yes()).isEqualTo(61);
    assertThat(k.applicable()).isEqualTo(100);
    assertThat(k.providers()).isEqualTo(3);
    assertThat(k.share().getAsDouble()).isCloseTo(0.61, within(1e-12));
    double[] wilson = Wilson.interval(61, 100, RatingPolicy.Z_95);
    assertThat(k.intervalLow().getAsDouble()).isCloseTo(wilson[0], within(1e-12));
    assertThat(k.intervalHigh().getAsDouble()).isCloseTo(wilson[1], within(1e-12));
    // Providers' own shares: 25%, 77.5%, 100%.
    assertThat(k.lowestShare().getAsDouble()).isCloseTo(0.25, within(1e-12));
    assertThat(k.medianShare().getAsDouble()).isCloseTo(0.775, within(1e-12));
    assertThat(k.highestShare().getAsDouble()).isCloseTo(1.0, within(1e-12));
    assertThat(k.lowestProvider()).contains(ProviderId.of("crc-b"));
    assertThat(k.highestProvider()).contains(ProviderId.of("crc-c"));
    assertThat(k.spread().getAsDouble()).isCloseTo(0.75, within(1e-12));
    assertThat(p.weakest(Cycle.of(2019), CRC).get(0).keyQuestion()).as("the weakest key question").isEqualTo(K213);
  }

  @Test
  void summarise_comparesEachProviderWithItsPreviousInspection_standardByStandard() {
    Inspection before = in2018(of("a-2018", "crc-a", CRC, 10, 30));
    Inspection after = of("a-2019", "crc-a", CRC, 31, 9);

    Portfolio p = CALCULATOR.summarise(List.of(after, before, of("b-2019", "crc-b", CRC, 31, 9)));

    assertThat(p.trends()).hasSize(1);
    ProviderTrend t = p.trends().get(0);
    assertThat(t.previous()).isEqualTo(InspectionId.of("a-2018"));
    assertThat(t.current()).isEqualTo(InspectionId.of("a-2019"));
    assertThat(t.standards()).contains(StandardChange.of(S21, Rating.INADEQUATE, Rating.GOOD));
    assertThat(t.count(Direction.UP)).isEqualTo(1);
    assertThat(t.count(Direction.DOWN)).isZero();
    assertThat(t.count(Direction.UNCHANGED)).isEqualTo(t.standards().size() - 1);
    assertThat(t.overall()).isIn(Direction.UP, Direction.UNCHANGED);
    assertThat(t.overallFrom().isBetterThan(t.overallTo())).isFalse();
  }

  @Test
  void summarise_ofOneCycle_keepsOnlyItButStillLooksBackForTrends() {
    Inspection before = in2018(of("a-2018", "crc-a", CRC, 10, 30));
    Inspection after = of("a-2019", "crc-a", CRC, 31, 9);

    Portfolio p = CALCULATOR.summarise(List.of(before, after), Optional.of(Cycle.of(2019)), Optional.of(CRC));

    assertThat(p.inspections()).extracting(e -> e.inspection().value()).containsExactly("a-2019");
    assertThat(p.distributions()).allMatch(d -> d.cycle().equals(Cycle.of(2019)));
    assertThat(p.trends()).extracting(t -> t.previous().value()).containsExactly("a-2018");
    assertThat(CALCULATOR.summarise(List.of(before, after), Optional.empty(), Optional.of(NPS)).inspections())
        .isEmpty();
  }

  @Test
  void summarise_listsEveryInspectionThatCannotBeRated_withItsProblems() {
    Inspection unknown = Inspection.builder().from(of("x-2019", "crc-x", CRC, 1, 1)).frameworkId("no-such").build();
    Inspection noJudgements =
        Inspection.builder().from(of("y-2019", "crc-y", CRC, 1, 1)).judgements(List.of()).build();
    Inspection good = of("z-2019", "crc-z", CRC, 1, 1);

    Portfolio p = CALCULATOR.summarise(List.of(unknown, noJudgements, good, good));

    assertThat(p.inspections()).extracting(e -> e.inspection().value()).containsExactly("z-2019");
    assertThat(p.unrated()).extracting(u -> u.inspection().value()).containsExactly("x-2019", "y-2019", "z-2019");
    assertThat(p.unrated().get(0).problems()).extracting(Problem::code).containsExactly("portfolio.unknown-framework");
    assertThat(p.unrated().get(1).problems()).extracting(Problem::code).contains("rating.missing-judgement");
    assertThat(p.unrated().get(2).problems()).extracting(Problem::code)
        .containsExactly("portfolio.duplicate-inspection");
  }

  @Test
  void summarise_talliesTheFollowUpOfRecommendations() {
    Inspection before = Inspection.builder().from(in2018(of("a-2018", "crc-a", CRC, 31, 9)))
        .addRecommendation(recommendation("a-2018", 1))
        .addRecommendation(recommendation("a-2018", 2))
        .addRecommendation(recommendation("a-2018", 3))
        .build();
    Inspection after = Inspection.builder().from(of("a-2019", "crc-a", CRC, 31, 9))
        .previousInspection(InspectionId.of("a-2018"))
        .addProgressAssessment(progress("a-2018", 1, Progress.SUFFICIENT))
        .addProgressAssessment(progress("a-2018", 2, Progress.NO_PROGRESS))
        .build();

    Portfolio p = CALCULATOR.summarise(List.of(before, after));

    FollowUpTally t = p.followUp().stream().filter(f -> f.cycle().equals(Cycle.of(2019))).findFirst().orElseThrow();
    assertThat(List.of(t.sufficient(), t.insufficient(), t.noProgress(), t.notAssessed(), t.inspections()))
        .containsExactly(1, 0, 1, 1, 1);
    assertThat(p.followUp()).as("the 2018-19 inspection followed nothing up").hasSize(1);
  }

  @Test
  void summarise_rollsDeliveryUnitsUpToTheirRegion_byCasesOrByUnit() {
    ProviderRegistry registry = ProviderRegistry.of(
        entry("region-r", "Region R", ProviderType.PROBATION_REGION, null),
        entry("unit-1", "Unit 1", CRC, "region-r"),
        entry("unit-2", "Unit 2", CRC, "region-r"));
    List<Inspection> units = List.of(of("u1-2019", "unit-1", CRC, 9, 1), of("u2-2019", "unit-2", CRC, 10, 30),
        of("o-2019", "other", CRC, 5, 5));

    Portfolio byCases = PortfolioCalculator.builder().frameworks(id -> Optional.of(F2019)).registry(registry).build()
        .summarise(units);
    Portfolio byUnit = PortfolioCalculator.builder().frameworks(id -> Optional.of(F2019)).registry(registry)
        .policy(PortfolioPolicy.builder().rollUp(RollUpRule.UNIT_MEAN).build()).build()
        .summarise(units);

    RegionRollUp r = byCases.regions().get(0);
    assertThat(byCases.regions()).hasSize(1);
    assertThat(r.region()).isEqualTo(ProviderId.of("region-r"));
    assertThat(r.name()).isEqualTo("Region R");
    assertThat(r.units()).containsExactly(ProviderId.of("unit-1"), ProviderId.of("unit-2"));
    KeyQuestionPicture pooled = question(r);
    assertThat(pooled.share().getAsDouble()).as("19 of 50, weighted by cases").isCloseTo(0.38, within(1e-12));
    assertThat(pooled.intervalLow()).isPresent();
    KeyQuestionPicture mean = question(byUnit.regions().get(0));
    assertThat(mean.share().getAsDouble()).as("(90% + 25%) / 2, each unit the same").isCloseTo(0.575, within(1e-12));
    assertThat(mean.intervalLow()).as("no interval for a mean of shares").isEmpty();
    assertThat(r.cases()).isEqualTo(units.get(0).assessments().size() + units.get(1).assessments().size());
    assertThat(CALCULATOR.summarise(units).regions()).as("no registry, no roll-up").isEmpty();
  }

  @Test
  void summarise_ofOneInspection_agreesWithItsRating() {
    Inspection i = uniform(CRC, 6, Answer.YES, Rating.GOOD).build();
    var rating = org.inspectionkit.rules.rating.RatingCalculator.probation().rateOrThrow(F2019, i);

    Portfolio p = CALCULATOR.summarise(List.of(i));

    assertThat(p.overall(Cycle.of(2019), CRC).orElseThrow().count(rating.overall().rating())).isEqualTo(1);
    assertThat(p.inspections().get(0).standards().values())
        .containsExactlyElementsOf(rating.standards().stream().map(s -> s.finalRating()).collect(Collectors.toList()));
  }

  private static KeyQuestionPicture question(RegionRollUp r) {
    return r.keyQuestions().stream().filter(k -> k.keyQuestion().equals(K213)).findFirst().orElseThrow();
  }

  private static RegistryEntry entry(String id, String name, ProviderType type, String parent) {
    RegistryEntry.Builder b = RegistryEntry.builder().id(id).name(name).type(type.code())
        .from(LocalDate.of(2014, 6, 1)).source(EntrySource.DEFAULT);
    if (parent != null) {
      b.parent(parent);
    }
    return b.build();
  }

  private static Recommendation recommendation(String inspection, int number) {
    return Recommendation.builder().inspection(InspectionId.of(inspection)).number(number)
        .target(StandardCode.of(2, 1)).text("Recommendation " + number).addressedTo("The provider").build();
  }

  private static ProgressAssessment progress(String inspection, int number, Progress progress) {
    return ProgressAssessment.builder().recommendation(RecommendationId.of(InspectionId.of(inspection), number))
        .assessedIn(InspectionId.of("a-2019")).progress(progress).addEvidenceOfResult("Result seen").build();
  }
}
