package org.inspectionkit.json.internal;

import static org.inspectionkit.json.internal.Codecs.BOOLEAN;
import static org.inspectionkit.json.internal.Codecs.DATE;
import static org.inspectionkit.json.internal.Codecs.INT;
import static org.inspectionkit.json.internal.Codecs.TEXT;
import static org.inspectionkit.json.internal.Codecs.enumeration;
import static org.inspectionkit.json.internal.Codecs.listOf;
import static org.inspectionkit.json.internal.Codecs.mapOf;
import static org.inspectionkit.json.internal.Codecs.parsed;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;
import org.inspectionkit.model.Rating;
import org.inspectionkit.model.casework.Answer;
import org.inspectionkit.model.casework.CaseAssessment;
import org.inspectionkit.model.casework.CaseRef;
import org.inspectionkit.model.casework.Gender;
import org.inspectionkit.model.casework.InspectedCase;
import org.inspectionkit.model.casework.ForumEnquiry;
import org.inspectionkit.model.casework.InterviewOutcome;
import org.inspectionkit.model.casework.InterviewTheme;
import org.inspectionkit.model.casework.NoServiceUserForum;
import org.inspectionkit.model.casework.RiskOfSeriousHarm;
import org.inspectionkit.model.casework.SentenceType;
import org.inspectionkit.model.casework.ServiceUserForumMeeting;
import org.inspectionkit.model.casework.ServiceUserInterview;
import org.inspectionkit.model.evidence.EvidenceItem;
import org.inspectionkit.model.evidence.EvidenceSubmission;
import org.inspectionkit.model.evidence.QualitativeAdjustment;
import org.inspectionkit.model.evidence.RatingOverride;
import org.inspectionkit.model.evidence.StandardJudgement;
import org.inspectionkit.model.evidence.UnpaidWorkEvidence;
import org.inspectionkit.model.evidence.UnpaidWorkMethod;
import org.inspectionkit.model.evidence.UnpaidWorkOutcomes;
import org.inspectionkit.model.framework.Cycle;
import org.inspectionkit.model.framework.Domain;
import org.inspectionkit.model.framework.DomainCode;
import org.inspectionkit.model.framework.ElementCode;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.FrameworkId;
import org.inspectionkit.model.framework.KeyQuestion;
import org.inspectionkit.model.framework.KeyQuestionCode;
import org.inspectionkit.model.framework.Prompt;
import org.inspectionkit.model.framework.PromptCode;
import org.inspectionkit.model.framework.RatingBasis;
import org.inspectionkit.model.framework.SampleKind;
import org.inspectionkit.model.framework.Standard;
import org.inspectionkit.model.framework.StandardCode;
import org.inspectionkit.model.framework.WordingSource;
import org.inspectionkit.model.inspection.FieldworkPeriod;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.inspection.InspectionId;
import org.inspectionkit.model.inspection.InspectionStatus;
import org.inspectionkit.model.provider.Provider;
import org.inspectionkit.model.provider.ProviderId;
import org.inspectionkit.model.provider.ProviderType;
import org.inspectionkit.model.recommendation.Progress;
import org.inspectionkit.model.recommendation.ProgressAssessment;
import org.inspectionkit.model.recommendation.Recommendation;
import org.inspectionkit.model.recommendation.RecommendationId;

/**
 * The wire format of every model type: one codec per type, declared member by member in wire order.
 *
 * <p>Conventions: member names are the model's attribute names; codes, identifiers and cycles are strings in their
 * {@code parse} form ({@code "2.1.3"}, {@code "crc"}, {@code "2019-20"}); enums are their constant names
 * ({@code "REQUIRES_IMPROVEMENT"}); dates are {@code yyyy-MM-dd}; absent optional values and empty lists and maps
 * are left out. An inspection's cases carry their assessments (see {@link CaseEntry}).
 */
public final class ModelCodecs {

  private ModelCodecs() {}

  // ------------------------------------------------------------------------------------------------ leaves

  static final Codec<DomainCode> DOMAIN_CODE = parsed("domain code", DomainCode::parse, Object::toString);
  static final Codec<StandardCode> STANDARD_CODE = parsed("standard code", StandardCode::parse, Object::toString);
  static final Codec<KeyQuestionCode> KEY_QUESTION_CODE =
      parsed("key question code", KeyQuestionCode::parse, Object::toString);
  static final Codec<PromptCode> PROMPT_CODE = parsed("prompt code", PromptCode::parse, Object::toString);
  static final Codec<ElementCode> ELEMENT_CODE = parsed("framework code", ElementCode::parse, Object::toString);
  static final Codec<FrameworkId> FRAMEWORK_ID = parsed("framework id", FrameworkId::of, FrameworkId::value);
  static final Codec<Cycle> CYCLE = parsed("cycle", Cycle::parse, Object::toString);
  static final Codec<ProviderId> PROVIDER_ID = parsed("provider id", ProviderId::of, ProviderId::value);
  static final Codec<ProviderType> PROVIDER_TYPE = parsed("provider type", ProviderType::of, ProviderType::code);
  static final Codec<SampleKind> SAMPLE_KIND = parsed("sample kind", SampleKind::of, SampleKind::code);
  static final Codec<InterviewTheme> INTERVIEW_THEME =
      parsed("interview theme", InterviewTheme::of, InterviewTheme::code);
  static final Codec<CaseRef> CASE_REF = parsed("case reference", CaseRef::of, CaseRef::value);
  static final Codec<InspectionId> INSPECTION_ID = parsed("inspection id", InspectionId::of, InspectionId::value);
  static final Codec<RecommendationId> RECOMMENDATION_ID =
      parsed("recommendation id", RecommendationId::parse, Object::toString);

  static final Codec<Rating> RATING = enumeration(Rating.class, "rating");
  static final Codec<Answer> ANSWER = enumeration(Answer.class, "answer");
  static final Codec<RatingBasis> RATING_BASIS = enumeration(RatingBasis.class, "rating basis");
  static final Codec<WordingSource> WORDING_SOURCE = enumeration(WordingSource.class, "wording source");
  static final Codec<Gender> GENDER = enumeration(Gender.class, "gender");
  static final Codec<SentenceType> SENTENCE_TYPE = enumeration(SentenceType.class, "sentence type");
  static final Codec<RiskOfSeriousHarm> RISK = enumeration(RiskOfSeriousHarm.class, "risk of serious harm");
  static final Codec<InterviewOutcome> INTERVIEW_OUTCOME = enumeration(InterviewOutcome.class, "interview outcome");
  static final Codec<ForumEnquiry> FORUM_ENQUIRY = enumeration(ForumEnquiry.class, "forum enquiry");
  static final Codec<UnpaidWorkMethod> UNPAID_WORK_METHOD = enumeration(UnpaidWorkMethod.class, "unpaid work method");
  static final Codec<InspectionStatus> INSPECTION_STATUS = enumeration(InspectionStatus.class, "inspection status");
  static final Codec<Progress> PROGRESS = enumeration(Progress.class, "progress");

  static final Codec<java.util.NavigableMap<String, String>> NAMED_VALUES =
      mapOf("name", Function.identity(), TEXT);

  // --------------------------------------------------------------------------------------------- framework

  static final ObjectCodec<Prompt, Prompt.Builder> PROMPT =
      ObjectCodec.define("prompt", Prompt::builder, Prompt.Builder::build)
          .required("code", PROMPT_CODE, Prompt::code, Prompt.Builder::code)
          .required("text", TEXT, Prompt::text, Prompt.Builder::text)
          .optional("wordingSource", WORDING_SOURCE, Prompt::wordingSource, Prompt.Builder::wordingSource)
          .build();

  static final ObjectCodec<KeyQuestion, KeyQuestion.Builder> KEY_QUESTION =
      ObjectCodec.define("key-question", KeyQuestion::builder, KeyQuestion.Builder::build)
          .required("code", KEY_QUESTION_CODE, KeyQuestion::code, KeyQuestion.Builder::code)
          .required("text", TEXT, KeyQuestion::text, KeyQuestion.Builder::text)
          .optional("wordingSource", WORDING_SOURCE, KeyQuestion::wordingSource, KeyQuestion.Builder::wordingSource)
          .optional("prompts", listOf(PROMPT), KeyQuestion::prompts, KeyQuestion.Builder::prompts)
          .build();

  static final ObjectCodec<Standard, Standard.Builder> STANDARD =
      ObjectCodec.define("standard", Standard::builder, Standard.Builder::build)
          .required("code", STANDARD_CODE, Standard::code, Standard.Builder::code)
          .required("title", TEXT, Standard::title, Standard.Builder::title)
          .optional("description", TEXT, s -> s.description().orElse(null), Standard.Builder::description)
          .required("ratingBasis", RATING_BASIS, Standard::ratingBasis, Standard.Builder::ratingBasis)
          .optional("sampleKind", SAMPLE_KIND, s -> s.sampleKind().orElse(null), Standard.Builder::sampleKind)
          .optional("appliesTo", listOf(PROVIDER_TYPE), Standard::appliesTo, Standard.Builder::appliesTo)
          .optional("wordingSource", WORDING_SOURCE, Standard::wordingSource, Standard.Builder::wordingSource)
          .required("keyQuestions", listOf(KEY_QUESTION), Standard::keyQuestions, Standard.Builder::keyQuestions)
          .build();

  static final ObjectCodec<Domain, Domain.Builder> DOMAIN =
      ObjectCodec.define("domain", Domain::builder, Domain.Builder::build)
          .required("code", DOMAIN_CODE, Domain::code, Domain.Builder::code)
          .required("title", TEXT, Domain::title, Domain.Builder::title)
          .optional("wordingSource", WORDING_SOURCE, Domain::wordingSource, Domain.Builder::wordingSource)
          .required("standards", listOf(STANDARD), Domain::standards, Domain.Builder::standards)
          .build();

  static final ObjectCodec<Framework, Framework.Builder> FRAMEWORK =
      ObjectCodec.define("framework", Framework::builder, Framework.Builder::build)
          .required("id", FRAMEWORK_ID, Framework::id, Framework.Builder::id)
          .required("title", TEXT, Framework::title, Framework.Builder::title)
          .required("cycle", CYCLE, Framework::cycle, Framework.Builder::cycle)
          .required("providerTypes", listOf(PROVIDER_TYPE), Framework::providerTypes, Framework.Builder::providerTypes)
          .required("domains", listOf(DOMAIN), Framework::domains, Framework.Builder::domains)
          .build();

  // ---------------------------------------------------------------------------------------------- provider

  static final ObjectCodec<Provider, Provider.Builder> PROVIDER =
      ObjectCodec.define("provider", Provider::builder, Provider.Builder::build)
          .required("id", PROVIDER_ID, Provider::id, Provider.Builder::id)
          .required("name", TEXT, Provider::name, Provider.Builder::name)
          .required("type", PROVIDER_TYPE, Provider::type, Provider.Builder::type)
          .optional("area", TEXT, p -> p.area().orElse(null), Provider.Builder::area)
          .build();

  // ---------------------------------------------------------------------------------------------- casework

  static final ObjectCodec<InspectedCase, InspectedCase.Builder> INSPECTED_CASE =
      ObjectCodec.define("inspected-case", InspectedCase::builder, InspectedCase.Builder::build)
          .required("ref", CASE_REF, InspectedCase::ref, InspectedCase.Builder::ref)
          .required("sample", SAMPLE_KIND, InspectedCase::sample, InspectedCase.Builder::sample)
          .optional("gender", GENDER, c -> c.gender().orElse(null), InspectedCase.Builder::gender)
          .optional(
              "sentenceType", SENTENCE_TYPE, c -> c.sentenceType().orElse(null), InspectedCase.Builder::sentenceType)
          .optional(
              "riskOfSeriousHarm",
              RISK,
              c -> c.riskOfSeriousHarm().orElse(null),
              InspectedCase.Builder::riskOfSeriousHarm)
          .optional("startDate", DATE, c -> c.startDate().orElse(null), InspectedCase.Builder::startDate)
          .optional("attributes", NAMED_VALUES, InspectedCase::attributes, InspectedCase.Builder::attributes)
          .optional("diversity", NAMED_VALUES, InspectedCase::diversity, InspectedCase.Builder::diversity)
          .build();

  static final ObjectCodec<CaseAssessment, CaseAssessment.Builder> CASE_ASSESSMENT =
      ObjectCodec.define("case-assessment", CaseAssessment::builder, CaseAssessment.Builder::build)
          .required("caseRef", CASE_REF, CaseAssessment::caseRef, CaseAssessment.Builder::caseRef)
          .required("assessor", TEXT, CaseAssessment::assessor, CaseAssessment.Builder::assessor)
          .required("assessedOn", DATE, CaseAssessment::assessedOn, CaseAssessment.Builder::assessedOn)
          .required(
              "answers",
              mapOf("key question code", KeyQuestionCode::parse, ANSWER),
              CaseAssessment::answers,
              CaseAssessment.Builder::answers)
          .optional(
              "promptAnswers",
              mapOf("prompt code", PromptCode::parse, ANSWER),
              CaseAssessment::promptAnswers,
              CaseAssessment.Builder::promptAnswers)
          .build();

  /**
   * An inspection's case: the case's members, then (when assessed) its assessment's, without the case reference.
   * A case with problems still gives its reference, so that duplicates and references to it can be checked.
   */
  static final ObjectCodec<CaseEntry, CaseEntry.Parts> CASE_ENTRY =
      ObjectCodec.assembled("case", CaseEntry.Parts::new, CaseEntry::assemble)
          .flatten(INSPECTED_CASE, CaseEntry::inspectedCase, p -> p.inspectedCase, true)
          .replacing("ref", CASE_REF, e -> e.inspectedCase().ref(), CaseEntry.Parts::ref)
          .flatten(CASE_ASSESSMENT, CaseEntry::assessment, CaseEntry.Parts::assessment, false)
          .without("caseRef")
          .requiredTogether(
              List.of("assessor", "assessedOn", "answers", "promptAnswers"),
              List.of("assessor", "assessedOn", "answers"),
              "an assessed case has assessor, assessedOn and answers")
          .build();

  static final ObjectCodec<ServiceUserInterview, ServiceUserInterview.Builder> INTERVIEW =
      ObjectCodec.define("service-user-interview", ServiceUserInterview::builder, ServiceUserInterview.Builder::build)
          .required("caseRef", CASE_REF, ServiceUserInterview::caseRef, ServiceUserInterview.Builder::caseRef)
          .required(
              "outcome", INTERVIEW_OUTCOME, ServiceUserInterview::outcome, ServiceUserInterview.Builder::outcome)
          .optional("date", DATE, i -> i.date().orElse(null), ServiceUserInterview.Builder::date)
          .optional(
              "themes",
              listOf(INTERVIEW_THEME),
              i -> List.copyOf(i.themes()),
              ServiceUserInterview.Builder::themes)
          .build();

  static final ObjectCodec<NoServiceUserForum, NoServiceUserForum.Builder> NO_SERVICE_USER_FORUM =
      ObjectCodec.define("no-service-user-forum", NoServiceUserForum::builder, NoServiceUserForum.Builder::build)
          .required(
              "establishedBy", FORUM_ENQUIRY, NoServiceUserForum::establishedBy,
              NoServiceUserForum.Builder::establishedBy)
          .optional("date", DATE, n -> n.date().orElse(null), NoServiceUserForum.Builder::date)
          .optional("note", TEXT, n -> n.note().orElse(null), NoServiceUserForum.Builder::note)
          .build();

  static final ObjectCodec<ServiceUserForumMeeting, ServiceUserForumMeeting.Builder> FORUM_MEETING =
      ObjectCodec.define(
              "service-user-forum-meeting", ServiceUserForumMeeting::builder, ServiceUserForumMeeting.Builder::build)
          .required("date", DATE, ServiceUserForumMeeting::date, ServiceUserForumMeeting.Builder::date)
          .required("forum", TEXT, ServiceUserForumMeeting::forum, ServiceUserForumMeeting.Builder::forum)
          .optional("attendees", INT, m -> boxed(m.attendees()), ServiceUserForumMeeting.Builder::attendees)
          .optional("notes", TEXT, m -> m.notes().orElse(null), ServiceUserForumMeeting.Builder::notes)
          .build();

  // ---------------------------------------------------------------------------------------------- evidence

  static final ObjectCodec<EvidenceItem, EvidenceItem.Builder> EVIDENCE_ITEM =
      ObjectCodec.define("evidence-item", EvidenceItem::builder, EvidenceItem.Builder::build)
          .required("title", TEXT, EvidenceItem::title, EvidenceItem.Builder::title)
          .optional("description", TEXT, e -> e.description().orElse(null), EvidenceItem.Builder::description)
          .optional("documentRef", TEXT, e -> e.documentRef().orElse(null), EvidenceItem.Builder::documentRef)
          .build();

  static final ObjectCodec<EvidenceSubmission, EvidenceSubmission.Builder> EVIDENCE_SUBMISSION =
      ObjectCodec.define("evidence-submission", EvidenceSubmission::builder, EvidenceSubmission.Builder::build)
          .required(
              "keyQuestion",
              KEY_QUESTION_CODE,
              EvidenceSubmission::keyQuestion,
              EvidenceSubmission.Builder::keyQuestion)
          .optional(
              "submittedOn", DATE, e -> e.submittedOn().orElse(null), EvidenceSubmission.Builder::submittedOn)
          .optional("narrative", TEXT, e -> e.narrative().orElse(null), EvidenceSubmission.Builder::narrative)
          .optional("items", listOf(EVIDENCE_ITEM), EvidenceSubmission::items, EvidenceSubmission.Builder::items)
          .build();

  static final ObjectCodec<UnpaidWorkEvidence, UnpaidWorkEvidence.Builder> UNPAID_WORK_EVIDENCE =
      ObjectCodec.define("unpaid-work-evidence", UnpaidWorkEvidence::builder, UnpaidWorkEvidence.Builder::build)
          .required("method", UNPAID_WORK_METHOD, UnpaidWorkEvidence::method, UnpaidWorkEvidence.Builder::method)
          .optional("date", DATE, e -> e.date().orElse(null), UnpaidWorkEvidence.Builder::date)
          .required("summary", TEXT, UnpaidWorkEvidence::summary, UnpaidWorkEvidence.Builder::summary)
          .build();

  static final ObjectCodec<UnpaidWorkOutcomes, UnpaidWorkOutcomes.Builder> UNPAID_WORK_OUTCOMES =
      ObjectCodec.define("unpaid-work-outcomes", UnpaidWorkOutcomes::builder, UnpaidWorkOutcomes.Builder::build)
          .required("periodStart", DATE, UnpaidWorkOutcomes::periodStart, UnpaidWorkOutcomes.Builder::periodStart)
          .required("periodEnd", DATE, UnpaidWorkOutcomes::periodEnd, UnpaidWorkOutcomes.Builder::periodEnd)
          .optional("ordersMade", INT, o -> boxed(o.ordersMade()), (b, v) -> b.ordersMade(v))
          .optional("hoursOrdered", INT, o -> boxed(o.hoursOrdered()), (b, v) -> b.hoursOrdered(v))
          .optional("hoursWorked", INT, o -> boxed(o.hoursWorked()), (b, v) -> b.hoursWorked(v))
          .optional("ordersCompleted", INT, o -> boxed(o.ordersCompleted()), (b, v) -> b.ordersCompleted(v))
          .optional(
              "completedWithinTwelveMonths",
              INT,
              o -> boxed(o.completedWithinTwelveMonths()),
              (b, v) -> b.completedWithinTwelveMonths(v))
          .build();

  static final ObjectCodec<QualitativeAdjustment, QualitativeAdjustment.Builder> QUALITATIVE_ADJUSTMENT =
      ObjectCodec.define(
              "qualitative-adjustment", QualitativeAdjustment::builder, QualitativeAdjustment.Builder::build)
          .required(
              "standard", STANDARD_CODE, QualitativeAdjustment::standard, QualitativeAdjustment.Builder::standard)
          .required("caseData", RATING, QualitativeAdjustment::caseData, QualitativeAdjustment.Builder::caseData)
          .required("rating", RATING, QualitativeAdjustment::rating, QualitativeAdjustment.Builder::rating)
          .optional(
              "citedMethods",
              listOf(UNPAID_WORK_METHOD),
              a -> List.copyOf(a.citedMethods()),
              QualitativeAdjustment.Builder::citedMethods)
          .optional(
              "citesOutcomes",
              BOOLEAN,
              a -> a.citesOutcomes() ? Boolean.TRUE : null,
              QualitativeAdjustment.Builder::citesOutcomes)
          .optional("inspector", TEXT, a -> a.inspector().orElse(null), QualitativeAdjustment.Builder::inspector)
          .required("reason", TEXT, QualitativeAdjustment::reason, QualitativeAdjustment.Builder::reason)
          .build();

  static final ObjectCodec<StandardJudgement, StandardJudgement.Builder> JUDGEMENT =
      ObjectCodec.define("standard-judgement", StandardJudgement::builder, StandardJudgement.Builder::build)
          .required("standard", STANDARD_CODE, StandardJudgement::standard, StandardJudgement.Builder::standard)
          .required("rating", RATING, StandardJudgement::rating, StandardJudgement.Builder::rating)
          .optional("inspector", TEXT, j -> j.inspector().orElse(null), StandardJudgement.Builder::inspector)
          .required("rationale", TEXT, StandardJudgement::rationale, StandardJudgement.Builder::rationale)
          .optional(
              "citedElements",
              listOf(ELEMENT_CODE),
              StandardJudgement::citedElements,
              StandardJudgement.Builder::citedElements)
          .optional(
              "citedCases", listOf(CASE_REF), StandardJudgement::citedCases, StandardJudgement.Builder::citedCases)
          .optional(
              "citedRecommendations",
              listOf(RECOMMENDATION_ID),
              StandardJudgement::citedRecommendations,
              StandardJudgement.Builder::citedRecommendations)
          .build();

  static final ObjectCodec<RatingOverride, RatingOverride.Builder> OVERRIDE =
      ObjectCodec.define("rating-override", RatingOverride::builder, RatingOverride.Builder::build)
          .required("standard", STANDARD_CODE, RatingOverride::standard, RatingOverride.Builder::standard)
          .required("computed", RATING, RatingOverride::computed, RatingOverride.Builder::computed)
          .required("rating", RATING, RatingOverride::rating, RatingOverride.Builder::rating)
          .optional("inspector", TEXT, o -> o.inspector().orElse(null), RatingOverride.Builder::inspector)
          .required("reason", TEXT, RatingOverride::reason, RatingOverride.Builder::reason)
          .build();

  // --------------------------------------------------------------------------------------- recommendations

  static final ObjectCodec<Recommendation, Recommendation.Builder> RECOMMENDATION =
      ObjectCodec.define("recommendation", Recommendation::builder, Recommendation.Builder::build)
          .required("inspection", INSPECTION_ID, Recommendation::inspection, Recommendation.Builder::inspection)
          .required("number", INT, Recommendation::number, Recommendation.Builder::number)
          .required("target", ELEMENT_CODE, Recommendation::target, Recommendation.Builder::target)
          .required("addressedTo", TEXT, Recommendation::addressedTo, Recommendation.Builder::addressedTo)
          .required("text", TEXT, Recommendation::text, Recommendation.Builder::text)
          .build();

  static final ObjectCodec<ProgressAssessment, ProgressAssessment.Builder> PROGRESS_ASSESSMENT =
      ObjectCodec.define("progress-assessment", ProgressAssessment::builder, ProgressAssessment.Builder::build)
          .required(
              "recommendation",
              RECOMMENDATION_ID,
              ProgressAssessment::recommendation,
              ProgressAssessment.Builder::recommendation)
          .required("assessedIn", INSPECTION_ID, ProgressAssessment::assessedIn, ProgressAssessment.Builder::assessedIn)
          .required("progress", PROGRESS, ProgressAssessment::progress, ProgressAssessment.Builder::progress)
          .optional("commentary", TEXT, p -> p.commentary().orElse(null), ProgressAssessment.Builder::commentary)
          .optional(
              "evidenceOfResult",
              listOf(TEXT),
              ProgressAssessment::evidenceOfResult,
              ProgressAssessment.Builder::evidenceOfResult)
          .build();

  // ------------------------------------------------------------------------------------------- inspection

  static final ObjectCodec<FieldworkPeriod, FieldworkParts> FIELDWORK_PERIOD =
      ObjectCodec.define("fieldwork-period", FieldworkParts::new, p -> FieldworkPeriod.of(p.start, p.weeks))
          .required("start", DATE, FieldworkPeriod::start, (p, v) -> p.start = v)
          .required("weeks", INT, FieldworkPeriod::weeks, (p, v) -> p.weeks = v)
          .build();

  static final ObjectCodec<Inspection, InspectionParts> INSPECTION =
      ObjectCodec.assembled("inspection", InspectionParts::new, InspectionAssembly::assemble)
          .required("id", INSPECTION_ID, Inspection::id, (p, v) -> p.id = v)
          .required("frameworkId", FRAMEWORK_ID, Inspection::frameworkId, (p, v) -> p.frameworkId = v)
          .required("cycle", CYCLE, Inspection::cycle, (p, v) -> p.cycle = v)
          .optional("status", INSPECTION_STATUS, Inspection::status, (p, v) -> p.status = v)
          .required("provider", PROVIDER, Inspection::provider, (p, v) -> p.provider = v)
          .optional("fieldwork", FIELDWORK_PERIOD, i -> i.fieldwork().orElse(null), (p, v) -> p.fieldwork = v)
          .optional(
              "previousInspection",
              INSPECTION_ID,
              i -> i.previousInspection().orElse(null),
              (p, v) -> p.previousInspection = v)
          .optional("judgements", listOf(JUDGEMENT), Inspection::judgements, (p, v) -> p.judgements = v)
          .optional("overrides", listOf(OVERRIDE), Inspection::overrides, (p, v) -> p.overrides = v)
          .optional(
              "qualitativeAdjustments",
              listOf(QUALITATIVE_ADJUSTMENT),
              Inspection::qualitativeAdjustments,
              (p, v) -> p.qualitativeAdjustments = v)
          .optional(
              "recommendations", listOf(RECOMMENDATION), Inspection::recommendations, (p, v) -> p.recommendations = v)
          .optional(
              "progressAssessments",
              listOf(PROGRESS_ASSESSMENT),
              Inspection::progressAssessments,
              (p, v) -> p.progressAssessments = v)
          .optional(
              "evidenceSubmissions",
              listOf(EVIDENCE_SUBMISSION),
              Inspection::evidenceSubmissions,
              (p, v) -> p.evidenceSubmissions = v)
          .optional(
              "unpaidWorkEvidence",
              listOf(UNPAID_WORK_EVIDENCE),
              Inspection::unpaidWorkEvidence,
              (p, v) -> p.unpaidWorkEvidence = v)
          .optional(
              "unpaidWorkOutcomes",
              UNPAID_WORK_OUTCOMES,
              i -> i.unpaidWorkOutcomes().orElse(null),
              (p, v) -> p.unpaidWorkOutcomes = v)
          .optional("forumMeetings", listOf(FORUM_MEETING), Inspection::forumMeetings, (p, v) -> p.forumMeetings = v)
          .optional(
              "noServiceUserForum",
              NO_SERVICE_USER_FORUM,
              i -> i.noServiceUserForum().orElse(null),
              (p, v) -> p.noServiceUserForum = v)
          .optional("interviews", listOf(INTERVIEW), Inspection::interviews, (p, v) -> p.interviews = v)
          .optional("cases", listOf(CASE_ENTRY), CaseEntry::of, (p, v) -> p.cases = v)
          .build();

  // --------------------------------------------------------------------------------------------- registry

  private static final Map<Class<?>, ObjectCodec<?, ?>> DOCUMENTS = documents();

  private static Map<Class<?>, ObjectCodec<?, ?>> documents() {
    Map<Class<?>, ObjectCodec<?, ?>> m = new LinkedHashMap<>();
    m.put(Framework.class, FRAMEWORK);
    m.put(Domain.class, DOMAIN);
    m.put(Standard.class, STANDARD);
    m.put(KeyQuestion.class, KEY_QUESTION);
    m.put(Prompt.class, PROMPT);
    m.put(Provider.class, PROVIDER);
    m.put(Inspection.class, INSPECTION);
    m.put(FieldworkPeriod.class, FIELDWORK_PERIOD);
    m.put(InspectedCase.class, INSPECTED_CASE);
    m.put(CaseAssessment.class, CASE_ASSESSMENT);
    m.put(ServiceUserInterview.class, INTERVIEW);
    m.put(ServiceUserForumMeeting.class, FORUM_MEETING);
    m.put(NoServiceUserForum.class, NO_SERVICE_USER_FORUM);
    m.put(EvidenceSubmission.class, EVIDENCE_SUBMISSION);
    m.put(EvidenceItem.class, EVIDENCE_ITEM);
    m.put(UnpaidWorkEvidence.class, UNPAID_WORK_EVIDENCE);
    m.put(StandardJudgement.class, JUDGEMENT);
    m.put(RatingOverride.class, OVERRIDE);
    m.put(UnpaidWorkOutcomes.class, UNPAID_WORK_OUTCOMES);
    m.put(QualitativeAdjustment.class, QUALITATIVE_ADJUSTMENT);
    m.put(Recommendation.class, RECOMMENDATION);
    m.put(ProgressAssessment.class, PROGRESS_ASSESSMENT);
    return Collections.unmodifiableMap(m);
  }

  /**
   * The model types that are written as JSON objects, each of which can be a document, in a fixed order.
   *
   * @return the types
   */
  public static List<Class<?>> documentTypes() {
    return List.copyOf(DOCUMENTS.keySet());
  }

  /**
   * The codec of a document type, or of the document type a model class (such as a generated implementation)
   * extends.
   *
   * @param type the model type or a subclass of it
   * @param <T> the model type
   * @return the codec, or {@code null} if the type is not a document type
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
   * The codecs of the model's values written as JSON strings: codes, identifiers, cycles and enums.
   *
   * @return the codecs by type
   */
  public static Map<Class<?>, Codec<?>> values() {
    Map<Class<?>, Codec<?>> m = new LinkedHashMap<>();
    m.put(DomainCode.class, DOMAIN_CODE);
    m.put(StandardCode.class, STANDARD_CODE);
    m.put(KeyQuestionCode.class, KEY_QUESTION_CODE);
    m.put(PromptCode.class, PROMPT_CODE);
    m.put(ElementCode.class, ELEMENT_CODE);
    m.put(FrameworkId.class, FRAMEWORK_ID);
    m.put(Cycle.class, CYCLE);
    m.put(ProviderId.class, PROVIDER_ID);
    m.put(ProviderType.class, PROVIDER_TYPE);
    m.put(SampleKind.class, SAMPLE_KIND);
    m.put(CaseRef.class, CASE_REF);
    m.put(InspectionId.class, INSPECTION_ID);
    m.put(RecommendationId.class, RECOMMENDATION_ID);
    m.put(Rating.class, RATING);
    m.put(Answer.class, ANSWER);
    m.put(RatingBasis.class, RATING_BASIS);
    m.put(WordingSource.class, WORDING_SOURCE);
    m.put(Gender.class, GENDER);
    m.put(SentenceType.class, SENTENCE_TYPE);
    m.put(RiskOfSeriousHarm.class, RISK);
    m.put(InterviewOutcome.class, INTERVIEW_OUTCOME);
    m.put(ForumEnquiry.class, FORUM_ENQUIRY);
    m.put(InterviewTheme.class, INTERVIEW_THEME);
    m.put(UnpaidWorkMethod.class, UNPAID_WORK_METHOD);
    m.put(InspectionStatus.class, INSPECTION_STATUS);
    m.put(Progress.class, PROGRESS);
    return Collections.unmodifiableMap(m);
  }

  /**
   * The parsers of the codes and identifiers, for reading them as map keys.
   *
   * @return the parsers by type
   */
  public static Map<Class<?>, Function<String, ?>> keyParsers() {
    Map<Class<?>, Function<String, ?>> m = new LinkedHashMap<>();
    m.put(DomainCode.class, DomainCode::parse);
    m.put(StandardCode.class, StandardCode::parse);
    m.put(KeyQuestionCode.class, KeyQuestionCode::parse);
    m.put(PromptCode.class, PromptCode::parse);
    m.put(ElementCode.class, ElementCode::parse);
    m.put(FrameworkId.class, FrameworkId::of);
    m.put(Cycle.class, Cycle::parse);
    m.put(ProviderId.class, ProviderId::of);
    m.put(ProviderType.class, ProviderType::of);
    m.put(SampleKind.class, SampleKind::of);
    m.put(CaseRef.class, CaseRef::of);
    m.put(InspectionId.class, InspectionId::of);
    m.put(RecommendationId.class, RecommendationId::parse);
    return Collections.unmodifiableMap(m);
  }

  private static Integer boxed(OptionalInt value) {
    return value.isPresent() ? value.getAsInt() : null;
  }

  /** A fieldwork period's members while it is read (the model offers a factory, not a builder). */
  static final class FieldworkParts {
    LocalDate start;
    Integer weeks;
  }
}
