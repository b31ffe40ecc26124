package org.inspectionkit.json.internal;

import static org.inspectionkit.json.internal.Codecs.DOUBLE;
import static org.inspectionkit.json.internal.Codecs.INT;
import static org.inspectionkit.json.internal.Codecs.TEXT;
import static org.inspectionkit.json.internal.Codecs.enumKey;
import static org.inspectionkit.json.internal.Codecs.enumeration;
import static org.inspectionkit.json.internal.Codecs.listOf;
import static org.inspectionkit.json.internal.Codecs.mapOf;
import static org.inspectionkit.json.internal.ModelCodecs.CYCLE;
import static org.inspectionkit.json.internal.ModelCodecs.INSPECTION_ID;
import static org.inspectionkit.json.internal.ModelCodecs.KEY_QUESTION_CODE;
import static org.inspectionkit.json.internal.ModelCodecs.PROVIDER;
import static org.inspectionkit.json.internal.ModelCodecs.PROVIDER_ID;
import static org.inspectionkit.json.internal.ModelCodecs.PROVIDER_TYPE;
import static org.inspectionkit.json.internal.ModelCodecs.RATING;
import static org.inspectionkit.json.internal.ModelCodecs.STANDARD_CODE;

import java.util.OptionalDouble;
import java.util.TreeMap;
import org.inspectionkit.model.Rating;
import org.inspectionkit.model.framework.StandardCode;
import org.inspectionkit.rules.portfolio.FollowUpTally;
import org.inspectionkit.rules.portfolio.KeyQuestionPicture;
import org.inspectionkit.rules.portfolio.Portfolio;
import org.inspectionkit.rules.portfolio.PortfolioInspection;
import org.inspectionkit.rules.portfolio.PortfolioPolicy;
import org.inspectionkit.rules.portfolio.ProviderTrend;
import org.inspectionkit.rules.portfolio.RatingDistribution;
import org.inspectionkit.rules.portfolio.RegionRollUp;
import org.inspectionkit.rules.portfolio.RollUpRule;
import org.inspectionkit.rules.portfolio.StandardChange;
import org.inspectionkit.rules.portfolio.UnratedInspection;

/**
 * The codecs of the portfolio document ({@code "type": "portfolio"}), in the style of {@link ResultCodecs}: every
 * member of {@link Portfolio} and its parts, with the policy it was made with. Derived members (a distribution's
 * total, a trend's directions, a picture's spread) are left out; a reader recomputes them from what is written.
 */
final class PortfolioCodecs {

  private PortfolioCodecs() {}

  static final Codec<RollUpRule> ROLL_UP_RULE = enumeration(RollUpRule.class, "roll-up rule");

  static final ObjectCodec<PortfolioPolicy, PortfolioPolicy.Builder> POLICY =
      ObjectCodec.define("portfolio-policy", PortfolioPolicy::builder, PortfolioPolicy.Builder::build)
          .required("rollUp", ROLL_UP_RULE, PortfolioPolicy::rollUp, (b, v) -> b.rollUp(v))
          .required("intervalZ", DOUBLE, PortfolioPolicy::intervalZ, (b, v) -> b.intervalZ(v))
          .build();

  static final ObjectCodec<PortfolioInspection, PortfolioInspection.Builder> INSPECTION =
      ObjectCodec.define("portfolio-inspection", PortfolioInspection::builder, PortfolioInspection.Builder::build)
          .required("inspection", INSPECTION_ID, PortfolioInspection::inspection, (b, v) -> b.inspection(v))
          .required("provider", PROVIDER, PortfolioInspection::provider, (b, v) -> b.provider(v))
          .required("cycle", CYCLE, PortfolioInspection::cycle, (b, v) -> b.cycle(v))
          .required("overall", RATING, PortfolioInspection::overall, (b, v) -> b.overall(v))
          .required("score", INT, PortfolioInspection::score, (b, v) -> b.score(v))
          .required("cases", INT, PortfolioInspection::cases, (b, v) -> b.cases(v))
          .required(
              "standards",
              mapOf("standard code", StandardCode::parse, RATING),
              i -> new TreeMap<>(i.standards()),
              (b, v) -> b.standards(v))
          .build();

  static final ObjectCodec<UnratedInspection, UnratedInspection.Builder> UNRATED =
      ObjectCodec.define("unrated-inspection", UnratedInspection::builder, UnratedInspection.Builder::build)
          .required("inspection", INSPECTION_ID, UnratedInspection::inspection, (b, v) -> b.inspection(v))
          .optional("provider", PROVIDER_ID, u -> u.provider().orElse(null), (b, v) -> b.provider(v))
          .optional("cycle", CYCLE, u -> u.cycle().orElse(null), (b, v) -> b.cycle(v))
          .required("problems", listOf(ResultCodecs.PROBLEM), UnratedInspection::problems, (b, v) -> b.problems(v))
          .build();

  static final ObjectCodec<RatingDistribution, RatingDistribution.Builder> DISTRIBUTION =
      ObjectCodec.define("rating-distribution", RatingDistribution::builder, RatingDistribution.Builder::build)
          .required("cycle", CYCLE, RatingDistribution::cycle, (b, v) -> b.cycle(v))
          .required("providerType", PROVIDER_TYPE, RatingDistribution::providerType, (b, v) -> b.providerType(v))
          .required("subject", TEXT, RatingDistribution::subject, (b, v) -> b.subject(v))
          .required(
              "counts",
              mapOf("rating", enumKey(Rating.class, "rating"), INT),
              d -> new TreeMap<>(d.counts()),
              (b, v) -> b.counts(v))
          .build();

  static final ObjectCodec<KeyQuestionPicture, KeyQuestionPicture.Builder> PICTURE =
      ObjectCodec.define("key-question-picture", KeyQuestionPicture::builder, KeyQuestionPicture.Builder::build)
          .required("cycle", CYCLE, KeyQuestionPicture::cycle, (b, v) -> b.cycle(v))
          .required("providerType", PROVIDER_TYPE, KeyQuestionPicture::providerType, (b, v) -> b.providerType(v))
          .required("keyQuestion", KEY_QUESTION_CODE, KeyQuestionPicture::keyQuestion, (b, v) -> b.keyQuestion(v))
          .required("providers", INT, KeyQuestionPicture::providers, (b, v) -> b.providers(v))
          .required("yes", INT, KeyQuestionPicture::yes, (b, v) -> b.yes(v))
          .required("applicable", INT, KeyQuestionPicture::applicable, (b, v) -> b.applicable(v))
          .optional("share", DOUBLE, k -> boxed(k.share()), (b, v) -> b.share(v))
          .optional("intervalLow", DOUBLE, k -> boxed(k.intervalLow()), (b, v) -> b.intervalLow(v))
          .optional("intervalHigh", DOUBLE, k -> boxed(k.intervalHigh()), (b, v) -> b.intervalHigh(v))
          .optional("lowestShare", DOUBLE, k -> boxed(k.lowestShare()), (b, v) -> b.lowestShare(v))
          .optional("medianShare", DOUBLE, k -> boxed(k.medianShare()), (b, v) -> b.medianShare(v))
          .optional("highestShare", DOUBLE, k -> boxed(k.highestShare()), (b, v) -> b.highestShare(v))
          .optional("lowestProvider", PROVIDER_ID, k -> k.lowestProvider().orElse(null), (b, v) -> b.lowestProvider(v))
          .optional(
              "highestProvider", PROVIDER_ID, k -> k.highestProvider().orElse(null), (b, v) -> b.highestProvider(v))
          .build();

  static final ObjectCodec<StandardChange, ChangeParts> STANDARD_CHANGE =
      ObjectCodec.define("standard-change", ChangeParts::new, p -> StandardChange.of(p.standard, p.from, p.to))
          .required("standard", STANDARD_CODE, StandardChange::standard, (p, v) -> p.standard = v)
          .required("from", RATING, StandardChange::from, (p, v) -> p.from = v)
          .required("to", RATING, StandardChange::to, (p, v) -> p.to = v)
          .build();

  /** What a standard change is read into before it is built. */
  static final class ChangeParts {
    StandardCode standard;
    Rating from;
    Rating to;
  }

  static final ObjectCodec<ProviderTrend, ProviderTrend.Builder> TREND =
      ObjectCodec.define("provider-trend", ProviderTrend::builder, ProviderTrend.Builder::build)
          .required("provider", PROVIDER, ProviderTrend::provider, (b, v) -> b.provider(v))
          .required("previous", INSPECTION_ID, ProviderTrend::previous, (b, v) -> b.previous(v))
          .required("previousCycle", CYCLE, ProviderTrend::previousCycle, (b, v) -> b.previousCycle(v))
          .required("current", INSPECTION_ID, ProviderTrend::current, (b, v) -> b.current(v))
          .required("currentCycle", CYCLE, ProviderTrend::currentCycle, (b, v) -> b.currentCycle(v))
          .required("overallFrom", RATING, ProviderTrend::overallFrom, (b, v) -> b.overallFrom(v))
          .required("overallTo", RATING, ProviderTrend::overallTo, (b, v) -> b.overallTo(v))
          .optional("standards", listOf(STANDARD_CHANGE), ProviderTrend::standards, (b, v) -> b.standards(v))
          .build();

  static final ObjectCodec<FollowUpTally, FollowUpTally.Builder> FOLLOW_UP =
      ObjectCodec.define("follow-up-tally", FollowUpTally::builder, FollowUpTally.Builder::build)
          .required("cycle", CYCLE, FollowUpTally::cycle, (b, v) -> b.cycle(v))
          .required("providerType", PROVIDER_TYPE, FollowUpTally::providerType, (b, v) -> b.providerType(v))
          .required("sufficient", INT, FollowUpTally::sufficient, (b, v) -> b.sufficient(v))
          .required("insufficient", INT, FollowUpTally::insufficient, (b, v) -> b.insufficient(v))
          .required("noProgress", INT, FollowUpTally::noProgress, (b, v) -> b.noProgress(v))
          .required("notAssessed", INT, FollowUpTally::notAssessed, (b, v) -> b.notAssessed(v))
          .required("inspections", INT, FollowUpTally::inspections, (b, v) -> b.inspections(v))
          .build();

  static final ObjectCodec<RegionRollUp, RegionRollUp.Builder> REGION =
      ObjectCodec.define("region-roll-up", RegionRollUp::builder, RegionRollUp.Builder::build)
          .required("cycle", CYCLE, RegionRollUp::cycle, (b, v) -> b.cycle(v))
          .required("region", PROVIDER_ID, RegionRollUp::region, (b, v) -> b.region(v))
          .required("name", TEXT, RegionRollUp::name, (b, v) -> b.name(v))
          .required("units", listOf(PROVIDER_ID), RegionRollUp::units, (b, v) -> b.units(v))
          .required("cases", INT, RegionRollUp::cases, (b, v) -> b.cases(v))
          .required("rule", ROLL_UP_RULE, RegionRollUp::rule, (b, v) -> b.rule(v))
          .optional("keyQuestions", listOf(PICTURE), RegionRollUp::keyQuestions, (b, v) -> b.keyQuestions(v))
          .build();

  /** The portfolio document. */
  static final ObjectCodec<Portfolio, Portfolio.Builder> PORTFOLIO =
      ObjectCodec.define("portfolio", Portfolio::builder, Portfolio.Builder::build)
          .documentType("portfolio")
          .optional("cycle", CYCLE, p -> p.cycle().orElse(null), (b, v) -> b.cycle(v))
          .optional("providerType", PROVIDER_TYPE, p -> p.providerType().orElse(null), (b, v) -> b.providerType(v))
          .required("policy", POLICY, Portfolio::policy, (b, v) -> b.policy(v))
          .optional("inspections", listOf(INSPECTION), Portfolio::inspections, (b, v) -> b.inspections(v))
          .optional("unrated", listOf(UNRATED), Portfolio::unrated, (b, v) -> b.unrated(v))
          .optional("distributions", listOf(DISTRIBUTION), Portfolio::distributions, (b, v) -> b.distributions(v))
          .optional("keyQuestions", listOf(PICTURE), Portfolio::keyQuestions, (b, v) -> b.keyQuestions(v))
          .optional("trends", listOf(TREND), Portfolio::trends, (b, v) -> b.trends(v))
          .optional("followUp", listOf(FOLLOW_UP), Portfolio::followUp, (b, v) -> b.followUp(v))
          .optional("regions", listOf(REGION), Portfolio::regions, (b, v) -> b.regions(v))
          .build();

  private static Double boxed(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }
}
