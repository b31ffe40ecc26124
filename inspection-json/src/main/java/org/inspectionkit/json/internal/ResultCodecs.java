package org.inspectionkit.json.internal;

import static org.inspectionkit.json.internal.Codecs.BOOLEAN;
import static org.inspectionkit.json.internal.Codecs.DATE;
import static org.inspectionkit.json.internal.Codecs.DECIMAL;
import static org.inspectionkit.json.internal.Codecs.DOUBLE;
import static org.inspectionkit.json.internal.Codecs.INT;
import static org.inspectionkit.json.internal.Codecs.LONG;
import static org.inspectionkit.json.internal.Codecs.TEXT;
import static org.inspectionkit.json.internal.Codecs.enumKey;
import static org.inspectionkit.json.internal.Codecs.enumeration;
import static org.inspectionkit.json.internal.Codecs.listOf;
import static org.inspectionkit.json.internal.Codecs.mapOf;
import static org.inspectionkit.json.internal.Codecs.parsed;
import static org.inspectionkit.json.internal.JsonPaths.index;
import static org.inspectionkit.json.internal.JsonPaths.member;
import static org.inspectionkit.json.internal.ModelCodecs.CASE_REF;
import static org.inspectionkit.json.internal.ModelCodecs.CYCLE;
import static org.inspectionkit.json.internal.ModelCodecs.DOMAIN_CODE;
import static org.inspectionkit.json.internal.ModelCodecs.ELEMENT_CODE;
import static org.inspectionkit.json.internal.ModelCodecs.FRAMEWORK_ID;
import static org.inspectionkit.json.internal.ModelCodecs.GENDER;
import static org.inspectionkit.json.internal.ModelCodecs.INSPECTION_ID;
import static org.inspectionkit.json.internal.ModelCodecs.JUDGEMENT;
import static org.inspectionkit.json.internal.ModelCodecs.KEY_QUESTION_CODE;
import static org.inspectionkit.json.internal.ModelCodecs.NAMED_VALUES;
import static org.inspectionkit.json.internal.ModelCodecs.OVERRIDE;
import static org.inspectionkit.json.internal.ModelCodecs.PROGRESS;
import static org.inspectionkit.json.internal.ModelCodecs.PROVIDER_TYPE;
import static org.inspectionkit.json.internal.ModelCodecs.QUALITATIVE_ADJUSTMENT;
import static org.inspectionkit.json.internal.ModelCodecs.RATING;
import static org.inspectionkit.json.internal.ModelCodecs.RATING_BASIS;
import static org.inspectionkit.json.internal.ModelCodecs.RECOMMENDATION_ID;
import static org.inspectionkit.json.internal.ModelCodecs.RISK;
import static org.inspectionkit.json.internal.ModelCodecs.SAMPLE_KIND;
import static org.inspectionkit.json.internal.ModelCodecs.SENTENCE_TYPE;
import static org.inspectionkit.json.internal.ModelCodecs.STANDARD_CODE;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.inspectionkit.model.Rating;
import org.inspectionkit.model.casework.CaseRef;
import org.inspectionkit.model.evidence.QualitativeAdjustment;
import org.inspectionkit.model.evidence.RatingOverride;
import org.inspectionkit.model.evidence.StandardJudgement;
import org.inspectionkit.model.framework.ElementCode;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.FrameworkId;
import org.inspectionkit.model.framework.FrameworkLevel;
import org.inspectionkit.model.framework.KeyQuestionCode;
import org.inspectionkit.model.framework.PromptCode;
import org.inspectionkit.model.framework.RatingBasis;
import org.inspectionkit.model.framework.SampleKind;
import org.inspectionkit.model.framework.StandardCode;
import org.inspectionkit.model.inspection.InspectionId;
import org.inspectionkit.model.provider.ProviderType;
import org.inspectionkit.model.recommendation.Progress;
import org.inspectionkit.model.recommendation.RecommendationId;
import org.inspectionkit.rules.Problem;
import org.inspectionkit.rules.ProblemsException;
import org.inspectionkit.rules.consistency.ConsistencyReport;
import org.inspectionkit.rules.consistency.Finding;
import org.inspectionkit.rules.consistency.Severity;
import org.inspectionkit.rules.diff.Change;
import org.inspectionkit.rules.diff.ChangeKind;
import org.inspectionkit.rules.diff.FrameworkChanges;
import org.inspectionkit.rules.diff.FrameworkDiff;
import org.inspectionkit.rules.fieldwork.DateSpan;
import org.inspectionkit.rules.fieldwork.FieldworkActivity;
import org.inspectionkit.rules.fieldwork.FieldworkPattern;
import org.inspectionkit.rules.fieldwork.FieldworkPlan;
import org.inspectionkit.rules.fieldwork.FieldworkWeek;
import org.inspectionkit.rules.fieldwork.PlannedWeek;
import org.inspectionkit.rules.followup.FollowUpRow;
import org.inspectionkit.rules.followup.FollowUpSummary;
import org.inspectionkit.rules.rating.InspectionRating;
import org.inspectionkit.rules.rating.KeyQuestionResult;
import org.inspectionkit.rules.rating.Limiter;
import org.inspectionkit.rules.rating.OverallRating;
import org.inspectionkit.rules.rating.RatingCalculator;
import org.inspectionkit.rules.rating.RatingPolicy;
import org.inspectionkit.rules.rating.ScoreBand;
import org.inspectionkit.rules.rating.ShareRounding;
import org.inspectionkit.rules.rating.StandardRating;
import org.inspectionkit.rules.sampling.AllocationMethod;
import org.inspectionkit.rules.sampling.CaseSample;
import org.inspectionkit.rules.sampling.PopulationCase;
import org.inspectionkit.rules.sampling.ReserveCase;
import org.inspectionkit.rules.sampling.ReserveRule;
import org.inspectionkit.rules.sampling.SampleSize;
import org.inspectionkit.rules.sampling.SampleSpecification;
import org.inspectionkit.rules.sampling.SamplingRule;
import org.inspectionkit.rules.sampling.SpecificationBasis;
import org.inspectionkit.rules.sampling.Stratum;
import org.inspectionkit.rules.sampling.StratumAllocation;
import org.inspectionkit.rules.sampling.StratumAttribute;

/**
 * The wire format of what the rules compute: the result documents, one codec per result type, declared member by
 * member in wire order, with the same conventions as the model's ({@link ModelCodecs}).
 *
 * <p>A result document's first members are {@code formatVersion} and {@code type} (such as {@code "rating"}), so
 * that a reader can tell the documents apart. Each document carries what the result was computed from in full (a
 * rating its whole policy, a sample its specification, window, seed and eligible cases, a fieldwork plan its
 * pattern), so that a third party can compute it again.
 *
 * <p><b>Derived members.</b> Some members are derived from others and written for people reading the document: a
 * standard's {@code finalRating} and {@code reason}, the overall {@code rating} and {@code reason}, a policy's
 * {@code maxScore} and {@code intervalConfidenceLabel}, a finding report's {@code hasErrors}, a follow-up's
 * {@code counts} and {@code note}, a row's {@code level} and standards, a sample's size, allocations, selection and
 * reserves, a plan's dated weeks. The reader <em>checks</em> them rather than trust them: a derived member may be
 * left out, but one that is present must be exactly what this library derives, or it is a problem at its path. So
 * a document cannot carry a reason that disagrees with its numbers. Beyond those, the reader rebuilds the result
 * from its inputs where the rules can (a sample is drawn again, a plan dated again, framework changes found again
 * from the two frameworks) and otherwise checks it against the rules that made it (see {@link #RATING_DOCUMENT}).
 *
 * <p>Messages never repeat free text or case data: where the rules' own checks quote a value, the quote is
 * replaced by "(the value given)".
 */
public final class ResultCodecs {

  private ResultCodecs() {}

  // ------------------------------------------------------------------------------------------------ leaves

  static final Codec<ShareRounding> SHARE_ROUNDING = enumeration(ShareRounding.class, "share rounding");
  static final Codec<Severity> SEVERITY = enumeration(Severity.class, "severity");
  static final Codec<ChangeKind> CHANGE_KIND = enumeration(ChangeKind.class, "change kind");
  static final Codec<FrameworkLevel> FRAMEWORK_LEVEL = enumeration(FrameworkLevel.class, "framework level");
  static final Codec<SpecificationBasis> SPECIFICATION_BASIS =
      enumeration(SpecificationBasis.class, "specification basis");
  static final Codec<SamplingRule> SAMPLING_RULE = enumeration(SamplingRule.class, "sampling rule");
  static final Codec<AllocationMethod> ALLOCATION_METHOD = enumeration(AllocationMethod.class, "allocation method");
  static final Codec<DayOfWeek> DAY_OF_WEEK = enumeration(DayOfWeek.class, "day of the week");
  static final Codec<Period> PERIOD = parsed("period", ResultCodecs::period, Period::toString);
  static final Codec<StratumAttribute> STRATUM_ATTRIBUTE =
      parsed("stratum attribute", StratumAttribute::of, StratumAttribute::name);

  /** A count of cases or answers: a whole number from 0. */
  static final Codec<Integer> COUNT =
      new Codec<>() {
        @Override
        public Integer read(Input in) throws IOException {
          Integer n = INT.read(in);
          if (n != null && n < 0) {
            in.problem("expected a count, a whole number from 0, was a negative number");
            return null;
          }
          return n;
        }

        @Override
        public void write(Integer value, JsonGenerator out) throws IOException {
          out.writeNumber(value);
        }
      };

  /** How the problem of a derived member that disagrees with what it is derived from ends. */
  private static final String DERIVED_RULE =
      ", from which it is derived: leave it out, or give what this library derives";

  // ------------------------------------------------------------------------------------------------ rating

  static final ObjectCodec<ScoreBand, ScoreBandParts> SCORE_BAND =
      ObjectCodec.define("score-band", ScoreBandParts::new, p -> ScoreBand.of(p.rating, p.min, p.max))
          .required("rating", RATING, ScoreBand::rating, (p, v) -> p.rating = v)
          .required("min", INT, ScoreBand::min, (p, v) -> p.min = v)
          .required("max", INT, ScoreBand::max, (p, v) -> p.max = v)
          .build();

  static final ObjectCodec<Limiter, LimiterParts> LIMITER =
      ObjectCodec.define("limiter", LimiterParts::new, p -> Limiter.of(p.atOrBelow, p.minimumCount, p.capAt))
          .required("atOrBelow", RATING, Limiter::atOrBelow, (p, v) -> p.atOrBelow = v)
          .required("minimumCount", INT, Limiter::minimumCount, (p, v) -> p.minimumCount = v)
          .required("capAt", RATING, Limiter::capAt, (p, v) -> p.capAt = v)
          .build();

  /** A rating policy in full: every number the rating rules use. */
  static final ObjectCodec<RatingPolicy, PolicyParts> RATING_POLICY =
      ObjectCodec.assembled("rating-policy", PolicyParts::new, ResultCodecs::assemblePolicy)
          .required("name", TEXT, RatingPolicy::name, (p, v) -> p.name = v)
          .required(
              "thresholds",
              mapOf("rating", enumKey(Rating.class, "rating"), DECIMAL),
              RatingPolicy::thresholds,
              (p, v) -> p.thresholds = v)
          .required(
              "points", mapOf("rating", enumKey(Rating.class, "rating"), INT), RatingPolicy::points,
              (p, v) -> p.points = v)
          .required("standardCount", INT, RatingPolicy::standardCount, (p, v) -> p.standardCount = v)
          .optional("maxScore", INT, RatingPolicy::maxScore, (p, v) -> p.maxScore = v)
          .required("overallBands", listOf(SCORE_BAND), RatingPolicy::overallBands, (p, v) -> p.overallBands = v)
          .required("rounding", SHARE_ROUNDING, RatingPolicy::rounding, (p, v) -> p.rounding = v)
          .optional("limiters", listOf(LIMITER), RatingPolicy::limiters, (p, v) -> p.limiters = v)
          .optional(
              "qualitativeBands",
              mapOf("sample kind", SampleKind::of, INT),
              r -> new TreeMap<>(r.qualitativeBands()),
              (p, v) -> p.qualitativeBands = v)
          .required("intervalZ", DOUBLE, RatingPolicy::intervalZ, (p, v) -> p.intervalZ = v)
          .optional(
              "intervalConfidenceLabel", TEXT, RatingPolicy::intervalConfidenceLabel,
              (p, v) -> p.intervalConfidenceLabel = v)
          .build();

  static final ObjectCodec<KeyQuestionResult, KeyQuestionResult.Builder> KEY_QUESTION_RESULT =
      ObjectCodec.define("key-question-result", KeyQuestionResult::builder, KeyQuestionResult.Builder::build)
          .required("code", KEY_QUESTION_CODE, KeyQuestionResult::code, (b, v) -> b.code(v))
          .required("yes", COUNT, KeyQuestionResult::yes, (b, v) -> b.yes(v))
          .required("no", COUNT, KeyQuestionResult::no, (b, v) -> b.no(v))
          .required("notApplicable", COUNT, KeyQuestionResult::notApplicable, (b, v) -> b.notApplicable(v))
          .required("notAnswered", COUNT, KeyQuestionResult::notAnswered, (b, v) -> b.notAnswered(v))
          .optional("band", RATING, k -> k.band().orElse(null), (b, v) -> b.band(v))
          .optional("intervalLow", DOUBLE, k -> boxed(k.intervalLow()), (b, v) -> b.intervalLow(v))
          .optional("intervalHigh", DOUBLE, k -> boxed(k.intervalHigh()), (b, v) -> b.intervalHigh(v))
          .optional("casesToBandUp", COUNT, k -> boxed(k.casesToBandUp()), (b, v) -> b.casesToBandUp(v))
          .optional("bandWithCasesUp", RATING, k -> k.bandWithCasesUp().orElse(null), (b, v) -> b.bandWithCasesUp(v))
          .optional("casesToBandDown", COUNT, k -> boxed(k.casesToBandDown()), (b, v) -> b.casesToBandDown(v))
          .required("driving", BOOLEAN, KeyQuestionResult::driving, (b, v) -> b.driving(v))
          .build();

  static final ObjectCodec<StandardRating, StandardParts> STANDARD_RATING =
      ObjectCodec.assembled("standard-rating", StandardParts::new, ResultCodecs::assembleStandard)
          .required("code", STANDARD_CODE, StandardRating::code, (p, v) -> p.code = v)
          .required("title", TEXT, StandardRating::title, (p, v) -> p.title = v)
          .required("basis", RATING_BASIS, StandardRating::basis, (p, v) -> p.basis = v)
          .required("computed", RATING, StandardRating::computed, (p, v) -> p.computed = v)
          .optional("finalRating", RATING, StandardRating::finalRating, (p, v) -> p.finalRating = v)
          .required(
              "worstWithinSamplingError", RATING, StandardRating::worstWithinSamplingError, (p, v) -> p.worst = v)
          .required("bestWithinSamplingError", RATING, StandardRating::bestWithinSamplingError, (p, v) -> p.best = v)
          .required("unassessedCases", COUNT, StandardRating::unassessedCases, (p, v) -> p.unassessedCases = v)
          .optional("judgement", JUDGEMENT, s -> s.judgement().orElse(null), (p, v) -> p.judgement = v)
          .optional(
              "adjustment", QUALITATIVE_ADJUSTMENT, s -> s.adjustment().orElse(null), (p, v) -> p.adjustment = v)
          .optional("override", OVERRIDE, s -> s.override().orElse(null), (p, v) -> p.override = v)
          .optional(
              "keyQuestions", listOf(KEY_QUESTION_RESULT), StandardRating::keyQuestions, (p, v) -> p.keyQuestions = v)
          .optional("reason", TEXT, StandardRating::reason, (p, v) -> p.reason = v)
          .build();

  static final ObjectCodec<OverallRating, OverallParts> OVERALL_RATING =
      ObjectCodec.assembled("overall-rating", OverallParts::new, ResultCodecs::assembleOverall)
          .required("score", COUNT, OverallRating::score, (p, v) -> p.score = v)
          .required("maxScore", COUNT, OverallRating::maxScore, (p, v) -> p.maxScore = v)
          .required("band", SCORE_BAND, OverallRating::band, (p, v) -> p.band = v)
          .optional("limiterApplied", LIMITER, o -> o.limiterApplied().orElse(null), (p, v) -> p.limiter = v)
          .optional("rating", RATING, OverallRating::rating, (p, v) -> p.rating = v)
          .optional("reason", TEXT, OverallRating::reason, (p, v) -> p.reason = v)
          .build();

  /**
   * The rating document. Besides its derived members, the reader checks that the rating is the one its policy and
   * the calculator's rules give from its own numbers: standards in code order, as many as the policy scores; each
   * key question's band the policy's band of its yes and no answers (none without an applicable case, with its
   * interval exactly when it has a band); each case-rated standard's computed rating its lowest band, its driving
   * key questions those with that band; a judgement-rated standard's computed rating its judgement's, the same at
   * both ends of the sampling range; an override or adjustment of the standard, departing from its computed rating;
   * and the overall rating the one the policy gives the final standard ratings (score, band, maximum, limiter). The
   * sampling intervals and the distances to the next band are taken as written.
   */
  static final ObjectCodec<InspectionRating, RatingParts> RATING_DOCUMENT =
      ObjectCodec.assembled("rating", RatingParts::new, ResultCodecs::assembleRating)
          .documentType("rating")
          .required("inspection", INSPECTION_ID, InspectionRating::inspection, (p, v) -> p.inspection = v)
          .required("framework", FRAMEWORK_ID, InspectionRating::framework, (p, v) -> p.framework = v)
          .required("providerType", PROVIDER_TYPE, InspectionRating::providerType, (p, v) -> p.providerType = v)
          .required("policy", RATING_POLICY, InspectionRating::policy, (p, v) -> p.policy = v)
          .required("standards", listOf(STANDARD_RATING), InspectionRating::standards, (p, v) -> p.standards = v)
          .required("overall", OVERALL_RATING, InspectionRating::overall, (p, v) -> p.overall = v)
          .build();

  // ---------------------------------------------------------------------------------------------- findings

  static final ObjectCodec<Finding, Finding.Builder> FINDING =
      ObjectCodec.define("finding", Finding::builder, Finding.Builder::build)
          .required("code", TEXT, Finding::code, (b, v) -> b.code(v))
          .required("severity", SEVERITY, Finding::severity, (b, v) -> b.severity(v))
          .optional("elements", listOf(ELEMENT_CODE), Finding::elements, (b, v) -> b.elements(v))
          .optional("cases", listOf(CASE_REF), Finding::cases, (b, v) -> b.cases(v))
          .required("message", TEXT, Finding::message, (b, v) -> b.message(v))
          .optional("figures", NAMED_VALUES, Finding::figures, (b, v) -> b.figures(v))
          .build();

  /** The findings document: a consistency report; {@code hasErrors} is derived. */
  static final ObjectCodec<ConsistencyReport, FindingsParts> FINDINGS =
      ObjectCodec.assembled("findings", FindingsParts::new, ResultCodecs::assembleFindings)
          .documentType("findings")
          .required("inspection", INSPECTION_ID, ConsistencyReport::inspection, (p, v) -> p.inspection = v)
          .required("checkSet", TEXT, ConsistencyReport::checkSet, (p, v) -> p.checkSet = v)
          .optional("hasErrors", BOOLEAN, ConsistencyReport::hasErrors, (p, v) -> p.hasErrors = v)
          .optional("findings", listOf(FINDING), ConsistencyReport::findings, (p, v) -> p.findings = v)
          .build();

  // --------------------------------------------------------------------------------------------- follow-up

  static final ObjectCodec<Problem, ProblemParts> PROBLEM =
      ObjectCodec.define("problem", ProblemParts::new, p -> Problem.of(p.code, p.where, p.message))
          .required("code", TEXT, Problem::code, (p, v) -> p.code = v)
          .required("where", TEXT, Problem::where, (p, v) -> p.where = v)
          .required("message", TEXT, Problem::message, (p, v) -> p.message = v)
          .build();

  static final ObjectCodec<FollowUpRow, RowParts> FOLLOW_UP_ROW =
      ObjectCodec.assembled("follow-up-row", RowParts::new, ResultCodecs::assembleRow)
          .required("recommendation", RECOMMENDATION_ID, FollowUpRow::recommendation, (p, v) -> p.recommendation = v)
          .required("text", TEXT, FollowUpRow::text, (p, v) -> p.text = v)
          .optional("level", FRAMEWORK_LEVEL, FollowUpRow::level, (p, v) -> p.level = v)
          .required("target", ELEMENT_CODE, FollowUpRow::target, (p, v) -> p.target = v)
          .optional("currentTarget", ELEMENT_CODE, r -> r.currentTarget().orElse(null), (p, v) -> p.currentTarget = v)
          .optional("standardThen", STANDARD_CODE, FollowUpRow::standardThen, (p, v) -> p.standardThen = v)
          .optional("standardNow", STANDARD_CODE, r -> r.standardNow().orElse(null), (p, v) -> p.standardNow = v)
          .optional("progress", PROGRESS, r -> r.progress().orElse(null), (p, v) -> p.progress = v)
          .required("evidenceOfResult", COUNT, FollowUpRow::evidenceOfResult, (p, v) -> p.evidenceOfResult = v)
          .optional("ratingThen", RATING, r -> r.ratingThen().orElse(null), (p, v) -> p.ratingThen = v)
          .optional("ratingNow", RATING, r -> r.ratingNow().orElse(null), (p, v) -> p.ratingNow = v)
          .build();

  /** The follow-up document: a follow-up summary; {@code counts} and {@code note} are derived. */
  static final ObjectCodec<FollowUpSummary, FollowUpParts> FOLLOW_UP =
      ObjectCodec.assembled("follow-up", FollowUpParts::new, ResultCodecs::assembleFollowUp)
          .documentType("follow-up")
          .required("previous", INSPECTION_ID, FollowUpSummary::previous, (p, v) -> p.previous = v)
          .required("current", INSPECTION_ID, FollowUpSummary::current, (p, v) -> p.current = v)
          .optional("rows", listOf(FOLLOW_UP_ROW), FollowUpSummary::rows, (p, v) -> p.rows = v)
          .optional(
              "counts", mapOf("progress count", enumKey(Count.class, "progress count"), COUNT), ResultCodecs::counts,
              (p, v) -> p.counts = v)
          .optional("note", TEXT, s -> FollowUpSummary.NOTE, (p, v) -> p.note = v)
          .optional("problems", listOf(PROBLEM), FollowUpSummary::problems, (p, v) -> p.problems = v)
          .build();

  // ------------------------------------------------------------------------------------- framework changes

  static final ObjectCodec<Change, Change.Builder> CHANGE =
      ObjectCodec.define("change", Change::builder, Change.Builder::build)
          .required("kind", CHANGE_KIND, Change::kind, (b, v) -> b.kind(v))
          .required("level", FRAMEWORK_LEVEL, Change::level, (b, v) -> b.level(v))
          .optional("oldCode", ELEMENT_CODE, c -> c.oldCode().orElse(null), (b, v) -> b.oldCode(v))
          .optional("newCode", ELEMENT_CODE, c -> c.newCode().orElse(null), (b, v) -> b.newCode(v))
          .required("providerTypes", listOf(PROVIDER_TYPE), Change::providerTypes, (b, v) -> b.providerTypes(v))
          .optional("before", TEXT, c -> c.before().orElse(null), (b, v) -> b.before(v))
          .optional("after", TEXT, c -> c.after().orElse(null), (b, v) -> b.after(v))
          .build();

  /**
   * The framework-changes document. The changes are derived from the two frameworks it names: the reader looks
   * them up with its framework resolver, finds the changes between them again, and refuses a document whose
   * changes differ.
   */
  static final ObjectCodec<FrameworkChanges, ChangesParts> FRAMEWORK_CHANGES =
      ObjectCodec.assembled("framework-changes", ChangesParts::new, ResultCodecs::assembleChanges)
          .documentType("framework-changes")
          .required("from", FRAMEWORK_ID, FrameworkChanges::from, (p, v) -> p.from = v)
          .required("to", FRAMEWORK_ID, FrameworkChanges::to, (p, v) -> p.to = v)
          .optional("changes", listOf(CHANGE), FrameworkChanges::changes, (p, v) -> p.changes = v)
          .build();

  // ------------------------------------------------------------------------------------------------ sample

  static final ObjectCodec<DateSpan, SpanParts> DATE_SPAN =
      ObjectCodec.assembled("date-span", SpanParts::new, ResultCodecs::assembleSpan)
          .required("from", DATE, DateSpan::from, (p, v) -> p.from = v)
          .required("to", DATE, DateSpan::to, (p, v) -> p.to = v)
          .build();

  static final ObjectCodec<ReserveRule, ReserveRuleParts> RESERVE_RULE =
      ObjectCodec.define(
              "reserve-rule", ReserveRuleParts::new, p -> ReserveRule.of(p.percentOfSample, p.minimumPerStratum))
          .required("percentOfSample", INT, ReserveRule::percentOfSample, (p, v) -> p.percentOfSample = v)
          .required("minimumPerStratum", INT, ReserveRule::minimumPerStratum, (p, v) -> p.minimumPerStratum = v)
          .build();

  static final ObjectCodec<SampleSpecification, SampleSpecification.Builder> SAMPLE_SPECIFICATION =
      ObjectCodec.define(
              "sample-specification", SampleSpecification::builder, quietly(SampleSpecification.Builder::build))
          .required("sampleKind", SAMPLE_KIND, SampleSpecification::sampleKind, (b, v) -> b.sampleKind(v))
          .required("confidence", DOUBLE, SampleSpecification::confidence, (b, v) -> b.confidence(v))
          .required("marginOfError", DOUBLE, SampleSpecification::marginOfError, (b, v) -> b.marginOfError(v))
          .required(
              "assumedProportion", DOUBLE, SampleSpecification::assumedProportion, (b, v) -> b.assumedProportion(v))
          .optional("strata", listOf(STRATUM_ATTRIBUTE), SampleSpecification::strata, (b, v) -> b.strata(v))
          .optional("eligibleCases", TEXT, s -> s.eligibleCases().orElse(null), (b, v) -> b.eligibleCases(v))
          .required("allocation", ALLOCATION_METHOD, SampleSpecification::allocation, (b, v) -> b.allocation(v))
          .required("reserve", RESERVE_RULE, SampleSpecification::reserve, (b, v) -> b.reserve(v))
          .required(
              "eligibilityWindow", PERIOD, SampleSpecification::eligibilityWindow, (b, v) -> b.eligibilityWindow(v))
          .required("eligibilityGap", PERIOD, SampleSpecification::eligibilityGap, (b, v) -> b.eligibilityGap(v))
          .optional("minimumSize", INT, s -> boxed(s.minimumSize()), (b, v) -> b.minimumSize(v))
          .optional("maximumSize", INT, s -> boxed(s.maximumSize()), (b, v) -> b.maximumSize(v))
          .required("basis", SPECIFICATION_BASIS, SampleSpecification::basis, (b, v) -> b.basis(v))
          .optional("note", TEXT, s -> s.note().orElse(null), (b, v) -> b.note(v))
          .optional(
              "ruleBases",
              mapOf("sampling rule", enumKey(SamplingRule.class, "sampling rule"), SPECIFICATION_BASIS),
              s -> ruleBases(s),
              (b, v) -> b.ruleBases(v))
          .build();

  static final ObjectCodec<PopulationCase, PopulationCase.Builder> POPULATION_CASE =
      ObjectCodec.define("population-case", PopulationCase::builder, quietly(PopulationCase.Builder::build))
          .required("ref", CASE_REF, PopulationCase::ref, (b, v) -> b.ref(v))
          .required("startDate", DATE, PopulationCase::startDate, (b, v) -> b.startDate(v))
          .optional("gender", GENDER, c -> c.gender().orElse(null), (b, v) -> b.gender(v))
          .optional("sentenceType", SENTENCE_TYPE, c -> c.sentenceType().orElse(null), (b, v) -> b.sentenceType(v))
          .optional(
              "riskOfSeriousHarm", RISK, c -> c.riskOfSeriousHarm().orElse(null), (b, v) -> b.riskOfSeriousHarm(v))
          .optional("attributes", NAMED_VALUES, PopulationCase::attributes, (b, v) -> b.attributes(v))
          .build();

  /** A stratum: its value for each attribute, as a JSON object in the specification's order of attributes. */
  static final Codec<Map<String, String>> STRATUM =
      new Codec<>() {
        @Override
        public Map<String, String> read(Input in) throws IOException {
          if (in.token() != JsonToken.START_OBJECT) {
            in.wrongType("an object (a stratum: a value for each attribute)");
            return null;
          }
          Map<String, String> out = new LinkedHashMap<>();
          boolean bad = false;
          while (in.next() == JsonToken.FIELD_NAME) {
            String name = in.parser().currentName();
            in.next();
            String value = TEXT.read(in);
            if (value == null) {
              bad = true;
            } else if (out.putIfAbsent(name, value) != null) {
              in.problem("duplicate field");
              bad = true;
            }
          }
          return bad ? null : out;
        }

        @Override
        public void write(Map<String, String> value, JsonGenerator out) throws IOException {
          out.writeStartObject();
          for (Map.Entry<String, String> e : value.entrySet()) {
            out.writeStringField(e.getKey(), e.getValue());
          }
          out.writeEndObject();
        }
      };

  static final ObjectCodec<SampleSizeView, SampleSizeView.Parts> SAMPLE_SIZE =
      ObjectCodec.define("sample-size", SampleSizeView.Parts::new, SampleSizeView.Parts::build)
          .required("population", COUNT, SampleSizeView::population, (p, v) -> p.population = v)
          .required("confidence", DOUBLE, SampleSizeView::confidence, (p, v) -> p.confidence = v)
          .required("marginOfError", DOUBLE, SampleSizeView::marginOfError, (p, v) -> p.marginOfError = v)
          .required("assumedProportion", DOUBLE, SampleSizeView::assumedProportion, (p, v) -> p.assumedProportion = v)
          .required("z", DOUBLE, SampleSizeView::z, (p, v) -> p.z = v)
          .required(
              "infinitePopulationSize", DOUBLE, SampleSizeView::infinitePopulationSize,
              (p, v) -> p.infinitePopulationSize = v)
          .required("correctedSize", DOUBLE, SampleSizeView::correctedSize, (p, v) -> p.correctedSize = v)
          .required("formulaSize", COUNT, SampleSizeView::formulaSize, (p, v) -> p.formulaSize = v)
          .required("size", COUNT, SampleSizeView::size, (p, v) -> p.size = v)
          .required("explanation", TEXT, SampleSizeView::explanation, (p, v) -> p.explanation = v)
          .build();

  static final ObjectCodec<AllocationView, AllocationView.Parts> ALLOCATION =
      ObjectCodec.define("stratum-allocation", AllocationView.Parts::new, AllocationView.Parts::build)
          .required("stratum", STRATUM, AllocationView::stratum, (p, v) -> p.stratum = v)
          .required("eligible", COUNT, AllocationView::eligible, (p, v) -> p.eligible = v)
          .required("share", DOUBLE, AllocationView::share, (p, v) -> p.share = v)
          .required("target", COUNT, AllocationView::target, (p, v) -> p.target = v)
          .build();

  static final ObjectCodec<ReserveView, ReserveView.Parts> RESERVE =
      ObjectCodec.define("reserve-case", ReserveView.Parts::new, ReserveView.Parts::build)
          .required("ref", CASE_REF, ReserveView::ref, (p, v) -> p.ref = v)
          .required("stratum", STRATUM, ReserveView::stratum, (p, v) -> p.stratum = v)
          .required("position", COUNT, ReserveView::position, (p, v) -> p.position = v)
          .build();

  /**
   * The sample document: a case sample with its reserve list. What it was drawn from (specification, window, seed,
   * eligible cases) is read; the sample is drawn again from it, which gives the same sample, and the derived
   * members (size, allocations, selection, reserves) are checked against the sample drawn (decimals to within one
   * part in 10^9, since the last digit of a computed decimal may differ on another platform).
   */
  static final ObjectCodec<CaseSample, SampleParts> SAMPLE =
      ObjectCodec.assembled("sample", SampleParts::new, ResultCodecs::assembleSample)
          .documentType("sample")
          .required("specification", SAMPLE_SPECIFICATION, CaseSample::specification, (p, v) -> p.specification = v)
          .required("window", DATE_SPAN, CaseSample::window, (p, v) -> p.window = v)
          .required("seed", LONG, CaseSample::seed, (p, v) -> p.seed = v)
          .required("eligible", listOf(POPULATION_CASE), CaseSample::eligible, (p, v) -> p.eligible = v)
          .optional("sampleSize", SAMPLE_SIZE, s -> SampleSizeView.of(s.sampleSize()), (p, v) -> p.sampleSize = v)
          .optional("allocations", listOf(ALLOCATION), ResultCodecs::allocations, (p, v) -> p.allocations = v)
          .optional("selected", listOf(CASE_REF), ResultCodecs::selected, (p, v) -> p.selected = v)
          .optional("reserves", listOf(RESERVE), ResultCodecs::reserves, (p, v) -> p.reserves = v)
          .build();

  // --------------------------------------------------------------------------------------------- fieldwork

  static final ObjectCodec<FieldworkActivity, FieldworkActivity.Builder> FIELDWORK_ACTIVITY =
      ObjectCodec.define(
              "fieldwork-activity", FieldworkActivity::builder, quietly(FieldworkActivity.Builder::build))
          .required("description", TEXT, FieldworkActivity::description, (b, v) -> b.description(v))
          .optional("domains", listOf(DOMAIN_CODE), a -> List.copyOf(a.domains()), (b, v) -> b.domains(v))
          .build();

  static final ObjectCodec<FieldworkWeek, FieldworkWeek.Builder> FIELDWORK_WEEK =
      ObjectCodec.define("fieldwork-week", FieldworkWeek::builder, quietly(FieldworkWeek.Builder::build))
          .required("number", INT, FieldworkWeek::number, (b, v) -> b.number(v))
          .required("onSite", BOOLEAN, FieldworkWeek::onSite, (b, v) -> b.onSite(v))
          .required("activities", listOf(FIELDWORK_ACTIVITY), FieldworkWeek::activities, (b, v) -> b.activities(v))
          .build();

  static final ObjectCodec<FieldworkPattern, FieldworkPattern.Builder> FIELDWORK_PATTERN =
      ObjectCodec.define("fieldwork-pattern", FieldworkPattern::builder, quietly(FieldworkPattern.Builder::build))
          .required("cycle", CYCLE, FieldworkPattern::cycle, (b, v) -> b.cycle(v))
          .required("title", TEXT, FieldworkPattern::title, (b, v) -> b.title(v))
          .required("weeks", listOf(FIELDWORK_WEEK), FieldworkPattern::weeks, (b, v) -> b.weeks(v))
          .optional(
              "evidenceLeadTime", PERIOD, f -> f.evidenceLeadTime().orElse(null), (b, v) -> b.evidenceLeadTime(v))
          .optional("interviewWeeks", listOf(INT), FieldworkPattern::interviewWeeks, (b, v) -> b.interviewWeeks(v))
          .required(
              "domainsKeptSeparate", BOOLEAN, FieldworkPattern::domainsKeptSeparate,
              (b, v) -> b.domainsKeptSeparate(v))
          .optional("cycleOpens", DATE, f -> f.cycleOpens().orElse(null), (b, v) -> b.cycleOpens(v))
          .optional("cycleCloses", DATE, f -> f.cycleCloses().orElse(null), (b, v) -> b.cycleCloses(v))
          .required("firstDay", DAY_OF_WEEK, FieldworkPattern::firstDay, (b, v) -> b.firstDay(v))
          .required("workingDays", INT, FieldworkPattern::workingDays, (b, v) -> b.workingDays(v))
          .optional("notes", listOf(TEXT), FieldworkPattern::notes, (b, v) -> b.notes(v))
          .build();

  static final ObjectCodec<PlannedWeekView, PlannedWeekView.Parts> PLANNED_WEEK =
      ObjectCodec.define("planned-week", PlannedWeekView.Parts::new, PlannedWeekView.Parts::build)
          .required("number", INT, PlannedWeekView::number, (p, v) -> p.number = v)
          .required("dates", DATE_SPAN, PlannedWeekView::dates, (p, v) -> p.dates = v)
          .required("onSite", BOOLEAN, PlannedWeekView::onSite, (p, v) -> p.onSite = v)
          .required("activities", listOf(FIELDWORK_ACTIVITY), PlannedWeekView::activities, (p, v) -> p.activities = v)
          .build();

  /**
   * The fieldwork-plan document: the pattern and the first day are read, the plan is dated again from them, and
   * the derived members (last day, dated weeks, evidence deadline, interview window) are checked against it.
   */
  static final ObjectCodec<FieldworkPlan, PlanParts> FIELDWORK_PLAN =
      ObjectCodec.assembled("fieldwork-plan", PlanParts::new, ResultCodecs::assemblePlan)
          .documentType("fieldwork-plan")
          .required("pattern", FIELDWORK_PATTERN, FieldworkPlan::pattern, (p, v) -> p.pattern = v)
          .required("start", DATE, FieldworkPlan::start, (p, v) -> p.start = v)
          .optional("end", DATE, FieldworkPlan::end, (p, v) -> p.end = v)
          .optional("weeks", listOf(PLANNED_WEEK), ResultCodecs::plannedWeeks, (p, v) -> p.weeks = v)
          .optional(
              "evidenceDeadline", DATE, f -> f.evidenceDeadline().orElse(null), (p, v) -> p.evidenceDeadline = v)
          .optional(
              "interviewWindow", DATE_SPAN, f -> f.interviewWindow().orElse(null), (p, v) -> p.interviewWindow = v)
          .build();

  // --------------------------------------------------------------------------------------------- registry

  private static final Map<Class<?>, ObjectCodec<?, ?>> DOCUMENTS = documents();

  private static Map<Class<?>, ObjectCodec<?, ?>> documents() {
    Map<Class<?>, ObjectCodec<?, ?>> m = new LinkedHashMap<>();
    m.put(InspectionRating.class, RATING_DOCUMENT);
    m.put(ConsistencyReport.class, FINDINGS);
    m.put(FollowUpSummary.class, FOLLOW_UP);
    m.put(FrameworkChanges.class, FRAMEWORK_CHANGES);
    m.put(CaseSample.class, SAMPLE);
    m.put(FieldworkPlan.class, FIELDWORK_PLAN);
    m.put(org.inspectionkit.rules.portfolio.Portfolio.class, PortfolioCodecs.PORTFOLIO);
    return Collections.unmodifiableMap(m);
  }

  /**
   * The result document types, in a fixed order.
   *
   * @return the types
   */
  public static List<Class<?>> documentTypes() {
    return List.copyOf(DOCUMENTS.keySet());
  }

  /**
   * The codec of a result document type, or of the result document type a class (such as a generated
   * implementation) extends.
   *
   * @param type the result type or a subclass of it
   * @param <T> the type
   * @return the codec, or {@code null} if the type is not a result document type
   */
  @SuppressWarnings("unchecked")
  public static <T> ObjectCodec<T, ?> document(Class<T> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      ObjectCodec<?, ?> codec = DOCUMENTS.get(c);
      if (codec != null) {
        return (ObjectCodec<T, ?>) codec;
      }
    }
    return null;
  }

  /**
   * The parts of results that an application can also hold in its own objects, read and written as plain JSON
   * objects wherever they stand (they are not documents): standard and key question results, policies, findings,
   * follow-up rows, framework changes, population records, sample specifications and fieldwork patterns.
   *
   * @return the codecs by type
   */
  public static Map<Class<?>, ObjectCodec<?, ?>> parts() {
    Map<Class<?>, ObjectCodec<?, ?>> m = new LinkedHashMap<>();
    m.put(StandardRating.class, STANDARD_RATING);
    m.put(KeyQuestionResult.class, KEY_QUESTION_RESULT);
    m.put(OverallRating.class, OVERALL_RATING);
    m.put(RatingPolicy.class, RATING_POLICY);
    m.put(ScoreBand.class, SCORE_BAND);
    m.put(Limiter.class, LIMITER);
    m.put(Finding.class, FINDING);
    m.put(FollowUpRow.class, FOLLOW_UP_ROW);
    m.put(Change.class, CHANGE);
    m.put(PopulationCase.class, POPULATION_CASE);
    m.put(SampleSpecification.class, SAMPLE_SPECIFICATION);
    m.put(ReserveRule.class, RESERVE_RULE);
    m.put(FieldworkPattern.class, FIELDWORK_PATTERN);
    m.put(FieldworkWeek.class, FIELDWORK_WEEK);
    m.put(FieldworkActivity.class, FIELDWORK_ACTIVITY);
    return Collections.unmodifiableMap(m);
  }

  /**
   * The enums of the results, written as their constant names.
   *
   * @return the codecs by type
   */
  public static Map<Class<?>, Codec<?>> values() {
    Map<Class<?>, Codec<?>> m = new LinkedHashMap<>();
    m.put(ShareRounding.class, SHARE_ROUNDING);
    m.put(Severity.class, SEVERITY);
    m.put(ChangeKind.class, CHANGE_KIND);
    m.put(FrameworkLevel.class, FRAMEWORK_LEVEL);
    m.put(SpecificationBasis.class, SPECIFICATION_BASIS);
    m.put(SamplingRule.class, SAMPLING_RULE);
    m.put(AllocationMethod.class, ALLOCATION_METHOD);
    return Collections.unmodifiableMap(m);
  }

  // ------------------------------------------------------------------------------------------- assembling

  private static RatingPolicy assemblePolicy(PolicyParts p, Input in, String path, boolean hadProblems) {
    if (hadProblems) {
      return null;
    }
    RatingPolicy policy = ObjectCodec.built(in, path, () -> {
      try {
        return RatingPolicy.builder()
            .name(p.name)
            .thresholds(p.thresholds)
            .points(p.points)
            .standardCount(p.standardCount)
            .overallBands(p.overallBands)
            .rounding(p.rounding)
            .limiters(p.limiters)
            .qualitativeBands(p.qualitativeBands)
            .intervalZ(p.intervalZ)
            .build();
      } catch (IllegalArgumentException e) {
        // The policy's checks start with "RatingPolicy <name>": the name is the document's text.
        String m = String.valueOf(e.getMessage()).replace("RatingPolicy " + p.name, "the policy");
        throw new IllegalArgumentException(Texts.withoutQuoted(m), e);
      }
    });
    if (policy == null) {
      return null;
    }
    int before = in.problemCount();
    derived(in, path, "maxScore", p.maxScore, policy.maxScore(), "standardCount and the points of Outstanding");
    derived(in, path, "intervalConfidenceLabel", p.intervalConfidenceLabel, policy.intervalConfidenceLabel(),
        "intervalZ");
    return in.problemCount() > before ? null : policy;
  }

  private static StandardRating assembleStandard(StandardParts p, Input in, String path, boolean hadProblems) {
    if (hadProblems) {
      return null;
    }
    int before = in.problemCount();
    if (p.basis == RatingBasis.JUDGEMENT) {
      if (p.judgement == null) {
        in.problem(path, "missing required field 'judgement' (a standard rated by judgement carries the"
            + " inspector's judgement)");
      } else {
        if (!p.judgement.standard().equals(p.code)) {
          in.problem(member(member(path, "judgement"), "standard"), "is not this standard's code");
        }
        if (p.judgement.rating() != p.computed) {
          in.problem(member(path, "computed"), "is not the judgement's rating, which is the computed rating of a"
              + " standard rated by judgement");
        }
      }
      if (!p.keyQuestions.isEmpty()) {
        in.problem(member(path, "keyQuestions"), "a standard rated by judgement has no key question results");
      }
      if (p.worst != p.computed) {
        in.problem(member(path, "worstWithinSamplingError"),
            "is not the computed rating, which a standard rated by judgement has at both ends of the range");
      }
      if (p.best != p.computed) {
        in.problem(member(path, "bestWithinSamplingError"),
            "is not the computed rating, which a standard rated by judgement has at both ends of the range");
      }
    } else {
      if (p.judgement != null) {
        in.problem(member(path, "judgement"), "a standard rated from case data carries no judgement");
      }
      checkKeyQuestions(p, in, path);
    }
    if (p.adjustment != null) {
      if (!p.adjustment.standard().equals(p.code)) {
        in.problem(member(member(path, "adjustment"), "standard"), "is not this standard's code");
      }
      if (p.adjustment.caseData() != p.computed) {
        in.problem(member(member(path, "adjustment"), "caseData"),
            "is not the standard's computed rating, from which the adjustment moves");
      }
    }
    if (p.override != null) {
      if (!p.override.standard().equals(p.code)) {
        in.problem(member(member(path, "override"), "standard"), "is not this standard's code");
      }
      if (p.override.computed() != p.computed) {
        in.problem(member(member(path, "override"), "computed"),
            "is not the standard's computed rating, from which the override departs");
      }
    }
    if (in.problemCount() > before) {
      return null;
    }
    StandardRating s = ObjectCodec.built(in, path, () -> StandardRating.builder()
        .code(p.code)
        .title(p.title)
        .basis(p.basis)
        .computed(p.computed)
        .worstWithinSamplingError(p.worst)
        .bestWithinSamplingError(p.best)
        .unassessedCases(p.unassessedCases)
        .judgement(Optional.ofNullable(p.judgement))
        .adjustment(Optional.ofNullable(p.adjustment))
        .override(Optional.ofNullable(p.override))
        .keyQuestions(p.keyQuestions)
        .build());
    if (s == null) {
      return null;
    }
    derived(in, path, "finalRating", p.finalRating, s.finalRating(), "computed, adjustment and override");
    derived(in, path, "reason", p.reason, s.reason(), "the standard's other members");
    return in.problemCount() > before ? null : s;
  }

  /** The key questions of a case-rated standard against each other and its computed rating. */
  private static void checkKeyQuestions(StandardParts p, Input in, String path) {
    String list = member(path, "keyQuestions");
    if (p.keyQuestions.isEmpty()) {
      in.problem(path, "missing required field 'keyQuestions' (a standard rated from case data carries its key"
          + " question results)");
      return;
    }
    Rating lowest = null;
    for (int k = 0; k < p.keyQuestions.size(); k++) {
      KeyQuestionResult q = p.keyQuestions.get(k);
      String at = index(list, k);
      boolean applicable = q.yes() + q.no() > 0;
      if (q.band().isPresent() != applicable) {
        in.problem(member(at, "band"), applicable
            ? "missing: a key question with an applicable case (answered yes or no) has a band"
            : "a key question with no applicable case (none answered yes or no) has no band");
      }
      if (q.intervalLow().isPresent() != q.band().isPresent() || q.intervalHigh().isPresent() != q.band().isPresent()) {
        in.problem(at, "intervalLow and intervalHigh are given exactly when the key question has a band");
      } else if (q.intervalLow().isPresent()
          && !(0 <= q.intervalLow().getAsDouble() && q.intervalLow().getAsDouble() <= q.intervalHigh().getAsDouble()
              && q.intervalHigh().getAsDouble() <= 1)) {
        in.problem(at, "the sampling interval must satisfy 0 <= intervalLow <= intervalHigh <= 1");
      }
      if (q.casesToBandUp().isPresent() != q.bandWithCasesUp().isPresent()) {
        in.problem(at, "casesToBandUp and bandWithCasesUp are given together or not at all");
      }
      if (k > 0 && q.code().compareTo(p.keyQuestions.get(k - 1).code()) <= 0) {
        in.problem(member(at, "code"), "key questions are listed once each, in code order");
      }
      if (!q.code().standard().equals(p.code)) {
        in.problem(member(at, "code"), "is not a key question of this standard");
      }
      if (q.band().isPresent() && (lowest == null || q.band().get().isWorseThan(lowest))) {
        lowest = q.band().get();
      }
    }
    if (lowest == null) {
      in.problem(list, "no key question has an applicable case, so the standard could not have been rated");
      return;
    }
    if (lowest != p.computed) {
      in.problem(member(path, "computed"), "is not the lowest band of the key questions, which is the computed"
          + " rating of a standard rated from case data");
      return;
    }
    for (int k = 0; k < p.keyQuestions.size(); k++) {
      KeyQuestionResult q = p.keyQuestions.get(k);
      if (q.driving() != (q.band().isPresent() && q.band().get() == lowest)) {
        in.problem(member(index(list, k), "driving"), q.driving()
            ? "the key question is not in the standard's lowest band, so it did not drive the rating"
            : "the key question is in the standard's lowest band, so it drove the rating");
      }
    }
  }

  private static OverallRating assembleOverall(OverallParts p, Input in, String path, boolean hadProblems) {
    if (hadProblems) {
      return null;
    }
    OverallRating o = ObjectCodec.built(in, path, () -> OverallRating.builder()
        .score(p.score)
        .maxScore(p.maxScore)
        .band(p.band)
        .limiterApplied(Optional.ofNullable(p.limiter))
        .build());
    if (o == null) {
      return null;
    }
    int before = in.problemCount();
    if (!p.band.contains(p.score)) {
      in.problem(member(path, "band"), "does not contain the score");
    }
    derived(in, path, "rating", p.rating, o.rating(), "the band and the limiter applied");
    derived(in, path, "reason", p.reason, o.reason(), "the score, the band and the limiter applied");
    return in.problemCount() > before ? null : o;
  }

  private static InspectionRating assembleRating(RatingParts p, Input in, String path, boolean hadProblems) {
    if (hadProblems) {
      return null;
    }
    int before = in.problemCount();
    String list = member(path, "standards");
    Map<StandardCode, Integer> seen = new HashMap<>();
    for (int i = 0; i < p.standards.size(); i++) {
      StandardRating s = p.standards.get(i);
      Integer first = seen.putIfAbsent(s.code(), i);
      if (first != null) {
        in.problem(member(index(list, i), "code"), "duplicate standard (also at " + index(list, first) + ")");
      } else if (i > 0 && s.code().compareTo(p.standards.get(i - 1).code()) < 0) {
        in.problem(member(index(list, i), "code"), "standards are listed in code order");
      }
      for (int k = 0; k < s.keyQuestions().size(); k++) {
        KeyQuestionResult q = s.keyQuestions().get(k);
        if (q.applicable() > 0 && q.band().isPresent() && q.band().get() != p.policy.band(q.yes(), q.applicable())) {
          in.problem(member(index(member(index(list, i), "keyQuestions"), k), "band"),
              "is not the band the policy gives the key question's yes and no answers");
        }
      }
    }
    if (p.standards.size() != p.policy.standardCount()) {
      in.problem(list, "has " + p.standards.size() + " standards, but the policy scores "
          + p.policy.standardCount());
    }
    if (in.problemCount() > before) {
      return null;
    }
    OverallRating expected = RatingCalculator.of(p.policy).overall(p.standards);
    String overall = member(path, "overall");
    if (expected.score() != p.overall.score()) {
      in.problem(member(overall, "score"), "is not the sum of the policy's points for the final standard ratings");
    }
    if (expected.maxScore() != p.overall.maxScore()) {
      in.problem(member(overall, "maxScore"), "is not the policy's highest possible score");
    }
    if (!expected.band().equals(p.overall.band())) {
      in.problem(member(overall, "band"), "is not the policy's band of the score");
    }
    if (!expected.limiterApplied().equals(p.overall.limiterApplied())) {
      in.problem(member(overall, "limiterApplied"),
          "is not the limiter the policy applies to the final standard ratings");
    }
    if (in.problemCount() > before) {
      return null;
    }
    return ObjectCodec.built(in, path, () -> InspectionRating.builder()
        .inspection(p.inspection)
        .framework(p.framework)
        .providerType(p.providerType)
        .policy(p.policy)
        .standards(p.standards)
        .overall(p.overall)
        .build());
  }

  private static ConsistencyReport assembleFindings(FindingsParts p, Input in, String path, boolean hadProblems) {
    if (hadProblems) {
      return null;
    }
    ConsistencyReport r = ObjectCodec.built(in, path, () -> ConsistencyReport.builder()
        .inspection(p.inspection)
        .checkSet(p.checkSet)
        .findings(p.findings)
        .build());
    if (r == null) {
      return null;
    }
    int before = in.problemCount();
    derived(in, path, "hasErrors", p.hasErrors, r.hasErrors(), "the severities of the findings");
    return in.problemCount() > before ? null : r;
  }

  private static FollowUpRow assembleRow(RowParts p, Input in, String path, boolean hadProblems) {
    if (hadProblems) {
      return null;
    }
    int before = in.problemCount();
    StandardCode then = standardOf(p.target);
    if (then == null) {
      in.problem(member(path, "target"), "a recommendation targets a standard, key question or prompt, not a domain");
    }
    StandardCode now = p.currentTarget == null ? null : standardOf(p.currentTarget);
    if (p.currentTarget != null && now == null) {
      in.problem(member(path, "currentTarget"), "a recommendation targets a standard, key question or prompt, not a"
          + " domain");
    }
    if (p.currentTarget != null && p.currentTarget.level() != p.target.level()) {
      in.problem(member(path, "currentTarget"), "is not at the level of the target");
    }
    if (in.problemCount() > before) {
      return null;
    }
    derived(in, path, "level", p.level, p.target.level(), "target");
    derived(in, path, "standardThen", p.standardThen, then, "target");
    derived(in, path, "standardNow", p.standardNow, now, "currentTarget");
    if (in.problemCount() > before) {
      return null;
    }
    return ObjectCodec.built(in, path, () -> FollowUpRow.builder()
        .recommendation(p.recommendation)
        .text(p.text)
        .level(p.target.level())
        .target(p.target)
        .currentTarget(Optional.ofNullable(p.currentTarget))
        .standardThen(then)
        .standardNow(Optional.ofNullable(now))
        .progress(Optional.ofNullable(p.progress))
        .evidenceOfResult(p.evidenceOfResult)
        .ratingThen(Optional.ofNullable(p.ratingThen))
        .ratingNow(Optional.ofNullable(p.ratingNow))
        .build());
  }

  private static FollowUpSummary assembleFollowUp(FollowUpParts p, Input in, String path, boolean hadProblems) {
    if (hadProblems) {
      return null;
    }
    FollowUpSummary s =
        ObjectCodec.built(in, path, () -> FollowUpSummary.of(p.previous, p.current, p.rows, p.problems));
    if (s == null) {
      return null;
    }
    int before = in.problemCount();
    derived(in, path, "counts", p.counts, counts(s), "the progress of the rows");
    derived(in, path, "note", p.note, FollowUpSummary.NOTE, "nothing: it is the note every follow-up carries");
    return in.problemCount() > before ? null : s;
  }

  private static FrameworkChanges assembleChanges(ChangesParts p, Input in, String path, boolean hadProblems) {
    Framework from = p.from == null ? null : framework(in, member(path, "from"), p.from);
    Framework to = p.to == null ? null : framework(in, member(path, "to"), p.to);
    if (hadProblems || from == null || to == null) {
      return null;
    }
    FrameworkChanges found = FrameworkDiff.between(from, to);
    int before = in.problemCount();
    derivedList(in, path, "changes", p.changes, found.changes(), Object::equals,
        "the two frameworks named, between which the changes are found again");
    return in.problemCount() > before ? null : found;
  }

  private static Framework framework(Input in, String path, FrameworkId id) {
    Optional<Framework> f = in.options().frameworks().apply(id);
    if (f.isEmpty()) {
      in.problem(path, "no framework with this id is known to the reader: the changes are found again from the"
          + " frameworks (give it with InspectionJson.builder().frameworks(...))");
      return null;
    }
    return f.get();
  }

  private static DateSpan assembleSpan(SpanParts p, Input in, String path, boolean hadProblems) {
    if (hadProblems) {
      return null;
    }
    if (p.to.isBefore(p.from)) {
      in.problem(member(path, "to"), "must not be before from");
      return null;
    }
    return DateSpan.of(p.from, p.to);
  }

  private static CaseSample assembleSample(SampleParts p, Input in, String path, boolean hadProblems) {
    int before = in.problemCount();
    if (p.eligible != null) {
      // Checked even when other members have problems: each eligible case is its own.
      String list = member(path, "eligible");
      Map<CaseRef, Integer> seen = new HashMap<>();
      for (int i = 0; i < p.eligible.size(); i++) {
        PopulationCase c = p.eligible.get(i);
        if (c == null) {
          continue;
        }
        Integer first = seen.putIfAbsent(c.ref(), i);
        if (first != null) {
          in.problem(member(index(list, i), "ref"), "duplicate case reference (also at " + index(list, first) + ")");
        }
        if (p.window != null && !p.window.contains(c.startDate())) {
          in.problem(member(index(list, i), "startDate"), "is outside the window, so the case is not eligible");
        }
      }
    }
    if (hadProblems || in.problemCount() > before) {
      return null;
    }
    CaseSample drawn;
    try {
      drawn = CaseSample.drawOrThrow(p.eligible, p.specification, p.window, p.seed);
    } catch (ProblemsException e) {
      for (Problem problem : e.problems()) {
        in.problem(path, "cannot draw the sample again: " + problem.message());
      }
      return null;
    }
    derived(in, path, "sampleSize", p.sampleSize, SampleSizeView.of(drawn.sampleSize()), SampleSizeView::agrees,
        "the specification and the number of eligible cases");
    derivedList(in, path, "allocations", p.allocations, allocations(drawn), AllocationView::agrees,
        "the specification and the eligible cases");
    derivedList(in, path, "selected", p.selected, selected(drawn), Object::equals,
        "the specification, the eligible cases and the seed");
    derivedList(in, path, "reserves", p.reserves, reserves(drawn), Object::equals,
        "the specification, the eligible cases and the seed");
    return in.problemCount() > before ? null : drawn;
  }

  private static FieldworkPlan assemblePlan(PlanParts p, Input in, String path, boolean hadProblems) {
    if (hadProblems) {
      return null;
    }
    if (p.start.getDayOfWeek() != p.pattern.firstDay()) {
      in.problem(member(path, "start"), "must be a " + p.pattern.firstDay() + ", the first day of the pattern's"
          + " weeks");
      return null;
    }
    FieldworkPlan plan;
    try {
      plan = FieldworkPlan.scheduleOrThrow(p.pattern, p.start);
    } catch (ProblemsException e) {
      for (Problem problem : e.problems()) {
        in.problem(path, "cannot date the plan again: " + problem.message());
      }
      return null;
    }
    int before = in.problemCount();
    derived(in, path, "end", p.end, plan.end(), "the pattern and the start");
    derivedList(in, path, "weeks", p.weeks, plannedWeeks(plan), Object::equals, "the pattern and the start");
    derived(in, path, "evidenceDeadline", p.evidenceDeadline, plan.evidenceDeadline().orElse(null),
        "the pattern and the start");
    derived(in, path, "interviewWindow", p.interviewWindow, plan.interviewWindow().orElse(null),
        "the pattern and the start");
    return in.problemCount() > before ? null : plan;
  }

  // -------------------------------------------------------------------------------------------- helpers

  /** A derived member, if given, must be what is derived. */
  private static <V> void derived(Input in, String path, String name, V given, V actual, String from) {
    derived(in, path, name, given, actual, Objects::equals, from);
  }

  private static <V> void derived(
      Input in, String path, String name, V given, V actual, BiPredicate<V, V> agree, String from) {
    if (given != null && (actual == null || !agree.test(given, actual))) {
      in.problem(member(path, name), "disagrees with " + from + DERIVED_RULE);
    }
  }

  /** A derived list, if given, must be what is derived, element by element. */
  private static <V> void derivedList(
      Input in, String path, String name, List<V> given, List<V> actual, BiPredicate<V, V> agree, String from) {
    if (given == null) {
      return;
    }
    String at = member(path, name);
    for (int i = 0; i < Math.min(given.size(), actual.size()); i++) {
      if (!agree.test(given.get(i), actual.get(i))) {
        in.problem(index(at, i), "disagrees with " + from + DERIVED_RULE);
        return;
      }
    }
    if (given.size() != actual.size()) {
      in.problem(at, "has " + given.size() + " elements, but " + actual.size() + " are derived from " + from);
    }
  }

  /**
   * A builder's {@code build} whose rejection names the field and the rule but not the value: the rules' checks
   * quote what they were given.
   */
  private static <B, T> Function<B, T> quietly(Function<B, T> build) {
    return b -> {
      try {
        return build.apply(b);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(Texts.withoutQuoted(e.getMessage()), e);
      }
    };
  }

  private static Period period(String text) {
    try {
      return Period.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("period: expected an ISO-8601 period such as P6M or P2W", e);
    }
  }

  private static StandardCode standardOf(ElementCode code) {
    if (code instanceof StandardCode) {
      return (StandardCode) code;
    }
    if (code instanceof KeyQuestionCode) {
      return ((KeyQuestionCode) code).standard();
    }
    if (code instanceof PromptCode) {
      return ((PromptCode) code).keyQuestion().standard();
    }
    return null;
  }

  private static NavigableMap<SamplingRule, SpecificationBasis> ruleBases(SampleSpecification s) {
    return new TreeMap<>(s.ruleBases());
  }

  private static NavigableMap<Count, Integer> counts(FollowUpSummary s) {
    NavigableMap<Count, Integer> m = new TreeMap<>();
    m.put(Count.SUFFICIENT, s.count(Progress.SUFFICIENT));
    m.put(Count.INSUFFICIENT, s.count(Progress.INSUFFICIENT));
    m.put(Count.NO_PROGRESS, s.count(Progress.NO_PROGRESS));
    m.put(Count.NOT_ASSESSED, s.notAssessed());
    return m;
  }

  private static List<AllocationView> allocations(CaseSample s) {
    return s.allocations().stream().map(AllocationView::of).collect(Collectors.toList());
  }

  private static List<CaseRef> selected(CaseSample s) {
    return s.selected().stream().map(PopulationCase::ref).collect(Collectors.toList());
  }

  private static List<ReserveView> reserves(CaseSample s) {
    return s.reserves().stream().map(ReserveView::of).collect(Collectors.toList());
  }

  private static List<PlannedWeekView> plannedWeeks(FieldworkPlan p) {
    return p.weeks().stream().map(PlannedWeekView::of).collect(Collectors.toList());
  }

  static Map<String, String> stratumValues(Stratum s) {
    Map<String, String> m = new LinkedHashMap<>();
    s.values().forEach(e -> m.put(e.getKey(), e.getValue()));
    return m;
  }

  /** Two computed decimals within one part in 10^9 of each other (or of 1, near 0). */
  static boolean close(double a, double b) {
    return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
  }

  private static Integer boxed(OptionalInt value) {
    return value.isPresent() ? value.getAsInt() : null;
  }

  private static Double boxed(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }

  // ----------------------------------------------------------------------------------------------- parts

  /** The keys of a follow-up's {@code counts}: each progress category, then the recommendations not assessed. */
  enum Count {
    SUFFICIENT,
    INSUFFICIENT,
    NO_PROGRESS,
    NOT_ASSESSED
  }

  static final class ScoreBandParts {
    Rating rating;
    Integer min;
    Integer max;
  }

  static final class LimiterParts {
    Rating atOrBelow;
    Integer minimumCount;
    Rating capAt;
  }

  static final class PolicyParts {
    String name;
    NavigableMap<Rating, BigDecimal> thresholds;
    NavigableMap<Rating, Integer> points;
    Integer standardCount;
    Integer maxScore;
    List<ScoreBand> overallBands;
    ShareRounding rounding;
    List<Limiter> limiters = List.of();
    NavigableMap<SampleKind, Integer> qualitativeBands = new TreeMap<>();
    Double intervalZ;
    String intervalConfidenceLabel;
  }

  static final class StandardParts {
    StandardCode code;
    String title;
    RatingBasis basis;
    Rating computed;
    Rating finalRating;
    Rating worst;
    Rating best;
    Integer unassessedCases;
    StandardJudgement judgement;
    QualitativeAdjustment adjustment;
    RatingOverride override;
    List<KeyQuestionResult> keyQuestions = List.of();
    String reason;
  }

  static final class OverallParts {
    Integer score;
    Integer maxScore;
    ScoreBand band;
    Limiter limiter;
    Rating rating;
    String reason;
  }

  static final class RatingParts {
    InspectionId inspection;
    FrameworkId framework;
    ProviderType providerType;
    RatingPolicy policy;
    List<StandardRating> standards;
    OverallRating overall;
  }

  static final class FindingsParts {
    InspectionId inspection;
    String checkSet;
    Boolean hasErrors;
    List<Finding> findings = List.of();
  }

  static final class ProblemParts {
    String code;
    String where;
    String message;
  }

  static final class RowParts {
    RecommendationId recommendation;
    String text;
    FrameworkLevel level;
    ElementCode target;
    ElementCode currentTarget;
    StandardCode standardThen;
    StandardCode standardNow;
    Progress progress;
    Integer evidenceOfResult;
    Rating ratingThen;
    Rating ratingNow;
  }

  static final class FollowUpParts {
    InspectionId previous;
    InspectionId current;
    List<FollowUpRow> rows = List.of();
    NavigableMap<Count, Integer> counts;
    String note;
    List<Problem> problems = List.of();
  }

  static final class ChangesParts {
    FrameworkId from;
    FrameworkId to;
    List<Change> changes;
  }

  static final class SpanParts {
    LocalDate from;
    LocalDate to;
  }

  static final class ReserveRuleParts {
    Integer percentOfSample;
    Integer minimumPerStratum;
  }

  static final class SampleParts {
    SampleSpecification specification;
    DateSpan window;
    Long seed;
    List<PopulationCase> eligible;
    SampleSizeView sampleSize;
    List<AllocationView> allocations;
    List<CaseRef> selected;
    List<ReserveView> reserves;
  }

  static final class PlanParts {
    FieldworkPattern pattern;
    LocalDate start;
    LocalDate end;
    List<PlannedWeekView> weeks;
    LocalDate evidenceDeadline;
    DateSpan interviewWindow;
  }

  /** How a sample's size was reached, as written: every number of {@link SampleSize}. */
  record SampleSizeView(
      int population,
      double confidence,
      double marginOfError,
      double assumedProportion,
      double z,
      double infinitePopulationSize,
      double correctedSize,
      int formulaSize,
      int size,
      String explanation) {

    static SampleSizeView of(SampleSize s) {
      return new SampleSizeView(s.population(), s.confidence(), s.marginOfError(), s.assumedProportion(), s.z(),
          s.infinitePopulationSize(), s.correctedSize(), s.formulaSize(), s.size(), s.explanation());
    }

    boolean agrees(SampleSizeView o) {
      return population == o.population && formulaSize == o.formulaSize && size == o.size
          && close(confidence, o.confidence) && close(marginOfError, o.marginOfError)
          && close(assumedProportion, o.assumedProportion) && close(z, o.z)
          && close(infinitePopulationSize, o.infinitePopulationSize) && close(correctedSize, o.correctedSize)
          && explanation.equals(o.explanation);
    }

    static final class Parts {
      Integer population;
      Double confidence;
      Double marginOfError;
      Double assumedProportion;
      Double z;
      Double infinitePopulationSize;
      Double correctedSize;
      Integer formulaSize;
      Integer size;
      String explanation;

      SampleSizeView build() {
        return new SampleSizeView(population, confidence, marginOfError, assumedProportion, z,
            infinitePopulationSize, correctedSize, formulaSize, size, explanation);
      }
    }
  }

  /** One stratum's allocation, as written. */
  record AllocationView(Map<String, String> stratum, int eligible, double share, int target) {

    static AllocationView of(StratumAllocation a) {
      return new AllocationView(stratumValues(a.stratum()), a.eligible(), a.share(), a.target());
    }

    boolean agrees(AllocationView o) {
      return stratum.equals(o.stratum) && eligible == o.eligible && close(share, o.share) && target == o.target;
    }

    static final class Parts {
      Map<String, String> stratum;
      Integer eligible;
      Double share;
      Integer target;

      AllocationView build() {
        return new AllocationView(stratum, eligible, share, target);
      }
    }
  }

  /** One case of the reserve list, as written. */
  record ReserveView(CaseRef ref, Map<String, String> stratum, int position) {

    static ReserveView of(ReserveCase r) {
      return new ReserveView(r.ref(), stratumValues(r.stratum()), r.position());
    }

    static final class Parts {
      CaseRef ref;
      Map<String, String> stratum;
      Integer position;

      ReserveView build() {
        return new ReserveView(ref, stratum, position);
      }
    }
  }

  /** One dated week of a plan, as written. */
  record PlannedWeekView(int number, DateSpan dates, boolean onSite, List<FieldworkActivity> activities) {

    static PlannedWeekView of(PlannedWeek w) {
      return new PlannedWeekView(w.number(), w.dates(), w.onSite(), w.activities());
    }

    static final class Parts {
      Integer number;
      DateSpan dates;
      Boolean onSite;
      List<FieldworkActivity> activities;

      PlannedWeekView build() {
        return new PlannedWeekView(number, dates, onSite, activities);
      }
    }
  }
}
