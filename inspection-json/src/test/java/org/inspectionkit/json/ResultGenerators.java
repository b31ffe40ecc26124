package org.inspectionkit.json;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.inspectionkit.model.Rating;
import org.inspectionkit.model.evidence.RatingOverride;
import org.inspectionkit.model.framework.Cycle;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.SampleKind;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.provider.ProviderType;
import org.inspectionkit.rules.consistency.ConsistencyChecker;
import org.inspectionkit.rules.consistency.ConsistencyReport;
import org.inspectionkit.rules.fieldwork.FieldworkPattern;
import org.inspectionkit.rules.fieldwork.FieldworkPlan;
import org.inspectionkit.rules.rating.InspectionRating;
import org.inspectionkit.rules.rating.Limiter;
import org.inspectionkit.rules.rating.RatingCalculator;
import org.inspectionkit.rules.rating.RatingPolicy;
import org.inspectionkit.rules.rating.ShareRounding;
import org.inspectionkit.rules.rating.StandardRating;
import org.inspectionkit.rules.sampling.CaseSample;
import org.inspectionkit.rules.sampling.ReserveRule;
import org.inspectionkit.rules.sampling.SampleSpecification;
import org.inspectionkit.rules.sampling.SamplingPolicy;
import org.inspectionkit.rules.sampling.StratumAttribute;
import org.inspectionkit.testkit.rating.RateableInspections;
import org.quicktheories.core.Gen;

/**
 * Generators of results: inspections from {@code RateableInspections} rated under several policies (rounding,
 * limiters, fractional thresholds, other confidence levels), some with an override; their consistency reports;
 * samples of generated populations under several specifications; fieldwork plans from every Monday of a year.
 */
final class ResultGenerators {

  private static final List<Framework> FRAMEWORKS =
      List.of(Frameworks.load("probation-2019-20"), Frameworks.load("probation-2018-19"));
  private static final List<ProviderType> TYPES = List.of(ProviderType.CRC, ProviderType.NPS_DIVISION);

  private ResultGenerators() {}

  /** The policies the ratings are computed under: each scores the ten standards of a probation framework. */
  static final List<RatingPolicy> POLICIES = List.of(
      RatingPolicy.probation(),
      RatingPolicy.builder().from(RatingPolicy.probation()).name("probation, rounded")
          .rounding(ShareRounding.HALF_UP_WHOLE_PERCENT).build(),
      RatingPolicy.builder().from(RatingPolicy.probation()).name("probation with limiters")
          .addLimiter(Limiter.of(Rating.INADEQUATE, 1, Rating.REQUIRES_IMPROVEMENT))
          .addLimiter(Limiter.of(Rating.REQUIRES_IMPROVEMENT, 4, Rating.REQUIRES_IMPROVEMENT)).build(),
      RatingPolicy.builder().from(RatingPolicy.probation()).name("fractional, 95%")
          .putThreshold(Rating.OUTSTANDING, new BigDecimal("80.0"))
          .putThreshold(Rating.GOOD, new BigDecimal("66.7"))
          .putThreshold(Rating.REQUIRES_IMPROVEMENT, new BigDecimal("50.25"))
          .intervalConfidence(0.95).build(),
      RatingPolicy.builder().from(RatingPolicy.probation()).name("z 1.5").intervalZ(1.5).build());

  static Gen<Inspection> inspections() {
    return integers().between(0, FRAMEWORKS.size() * TYPES.size() - 1)
        .flatMap(i -> RateableInspections.of(FRAMEWORKS.get(i / TYPES.size()), TYPES.get(i % TYPES.size())));
  }

  /**
   * Portfolios of one to eight rateable inspections of three providers (so that some have trends), some not
   * rateable (no judgements), under either roll-up rule, with every provider a unit of one region.
   */
  static Gen<org.inspectionkit.rules.portfolio.Portfolio> portfolios() {
    return rs -> {
      int n = integers().between(1, 8).generate(rs);
      List<Inspection> all = new java.util.ArrayList<>();
      for (int i = 0; i < n; i++) {
        Inspection generated = inspections().generate(rs);
        String provider = "crc-unit-" + integers().between(0, 2).generate(rs);
        Inspection.Builder b = Inspection.builder().from(generated).id(provider + "-" + i)
            .provider(org.inspectionkit.model.provider.Provider.of(
                org.inspectionkit.model.provider.ProviderId.of(provider), "Unit " + provider,
                generated.provider().type()));
        if (integers().between(0, 5).generate(rs) == 0) {
          b.judgements(List.of());
        }
        all.add(b.build());
      }
      org.inspectionkit.model.provider.ProviderRegistry registry = org.inspectionkit.model.provider.ProviderRegistry.of(
          unit("region-test", "Test region", null), unit("crc-unit-0", "Unit 0", "region-test"),
          unit("crc-unit-1", "Unit 1", "region-test"), unit("crc-unit-2", "Unit 2", "region-test"));
      org.inspectionkit.rules.portfolio.RollUpRule rule =
          org.inspectionkit.rules.portfolio.RollUpRule.values()[integers().between(0, 1).generate(rs)];
      return org.inspectionkit.rules.portfolio.PortfolioCalculator.builder().frameworks(Frameworks::find)
          .registry(registry)
          .policy(org.inspectionkit.rules.portfolio.PortfolioPolicy.builder().rollUp(rule).build())
          .build().summarise(all);
    };
  }

  private static org.inspectionkit.model.provider.RegistryEntry unit(String id, String name, String parent) {
    org.inspectionkit.model.provider.RegistryEntry.Builder b = org.inspectionkit.model.provider.RegistryEntry.builder()
        .id(id).name(name).type(parent == null ? "probation-region" : "crc")
        .from(LocalDate.of(2014, 6, 1)).source(org.inspectionkit.model.provider.EntrySource.DEFAULT);
    if (parent != null) {
      b.parent(parent);
    }
    return b.build();
  }

  /** Rated inspections under one of {@link #POLICIES}; some with an override of one standard. */
  static Gen<InspectionRating> ratings() {
    return inspections().zip(integers().between(0, POLICIES.size() - 1), integers().between(-1, 9),
        integers().between(0, 3), (inspection, p, overridden, to) -> rate(inspection, POLICIES.get(p), overridden, to));
  }

  private static InspectionRating rate(Inspection inspection, RatingPolicy policy, int overridden, int to) {
    Framework framework = Frameworks.find(inspection.frameworkId()).orElseThrow();
    RatingCalculator calculator = RatingCalculator.of(policy);
    InspectionRating rating = calculator.rateOrThrow(framework, inspection);
    if (overridden < 0) {
      return rating;
    }
    StandardRating s = rating.standards().get(overridden);
    Rating other = Rating.values()[to] == s.computed() ? Rating.values()[(to + 1) % 4] : Rating.values()[to];
    Inspection withOverride = Inspection.builder().from(inspection)
        .addOverride(RatingOverride.builder().standard(s.code()).computed(s.computed()).rating(other)
            .inspector("insp-09").reason("The inspector's reason, recorded.").build())
        .build();
    return calculator.rateOrThrow(framework, withOverride);
  }

  /** Consistency reports of rateable inspections under the built-in checks. */
  static Gen<ConsistencyReport> findings() {
    return inspections().map(i -> ConsistencyChecker.builtIn().check(Frameworks.find(i.frameworkId()).orElseThrow(), i));
  }

  /** Samples of 0 to 400 records under the built-in specifications and variations of them, any seed. */
  static Gen<CaseSample> samples() {
    return integers().between(0, 400).zip(longs().all(), integers().between(0, 4), integers().between(0, 60),
        (size, seed, variant, fieldworkDay) -> CaseSample.drawOrThrow(Results.population(size),
            specification(variant), LocalDate.of(2019, 6, 1).plusDays(fieldworkDay), seed));
  }

  private static SampleSpecification specification(int variant) {
    SampleSpecification builtIn =
        SamplingPolicy.PROBATION_2019_20.specification(SampleKind.DOMAIN_TWO).orElseThrow();
    switch (variant) {
      case 0:
        return builtIn;
      case 1:
        return SamplingPolicy.PROBATION_2018_19.specification(SampleKind.of("through-the-gate")).orElseThrow();
      case 2:
        return SampleSpecification.builder().sampleKind(SampleKind.DOMAIN_TWO).confidence(0.95).marginOfError(0.1)
            .reserve(ReserveRule.NONE).minimumSize(10).maximumSize(60).build();
      case 3:
        return SampleSpecification.builder().from(builtIn).strata(List.of(StratumAttribute.of("requirement"),
            StratumAttribute.GENDER)).eligibilityWindow(Period.ofMonths(9)).eligibilityGap(Period.ofWeeks(2))
            .reserve(ReserveRule.of(50, 2)).build();
      default:
        return builtIn.withConfidence(0.9).withMarginOfError(0.07);
    }
  }

  /** The plans of both built-in patterns from every Monday of 2019. */
  static Gen<FieldworkPlan> plans() {
    LocalDate firstMonday = LocalDate.of(2019, 1, 7);
    return integers().between(0, 51).zip(booleans().all(), (week, recent) -> {
      LocalDate start = firstMonday.plusWeeks(week);
      return FieldworkPlan.scheduleOrThrow(recent ? FieldworkPattern.PROBATION_2019_20 : FieldworkPattern.PROBATION_2018_19,
          start);
    });
  }

  /** A pattern of the user's own: Tuesday to Saturday weeks, no deadline, notes. */
  static FieldworkPlan tuesdayPlan() {
    FieldworkPattern pattern = FieldworkPattern.builder().from(FieldworkPattern.PROBATION_2019_20)
        .cycle(Cycle.parse("2020-21")).firstDay(DayOfWeek.TUESDAY).workingDays(4)
        .evidenceLeadTime(java.util.Optional.empty()).interviewWeeks(List.of()).build();
    return FieldworkPlan.scheduleOrThrow(pattern, LocalDate.of(2020, 9, 1));
  }
}
