package org.inspectionkit.testkit;

import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
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
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of valid model objects, for property-based tests of the library and of code that uses
 * it.
 *
 * <p>Every generator produces objects that build without error. Composite generators draw their parts from the
 * simpler ones, so QuickTheories can shrink a failing example towards a small one. Sizes are kept small by default
 * (a handful of cases, domains, standards); {@link #inspectionsFor(Framework, ProviderType, int)} takes the largest
 * number of cases per sample.
 *
 * <p>Thread-safe: generators hold no state. For inputs that must be rejected, see {@link InvalidInputs}.
 */
public final class ModelGenerators {

  private static final LocalDate EPOCH = LocalDate.of(2018, 6, 1);

  private ModelGenerators() {}

  // ---------------------------------------------------------------------------------------------------- leaves

  /**
   * Any rating.
   *
   * @return the generator
   */
  public static Gen<Rating> ratings() {
    return Generate.enumValues(Rating.class);
  }

  /**
   * Any answer, yes and no more often than not applicable.
   *
   * @return the generator
   */
  public static Gen<Answer> answers() {
    return Generate.pick(List.of(Answer.YES, Answer.YES, Answer.NO, Answer.NO, Answer.NOT_APPLICABLE));
  }

  /**
   * Dates in the 2018-2021 inspection years.
   *
   * @return the generator
   */
  public static Gen<LocalDate> dates() {
    return integers().between(0, 3 * 365).map(d -> EPOCH.plusDays(d));
  }

  /**
   * Domain codes 1 to 99.
   *
   * @return the generator
   */
  public static Gen<DomainCode> domainCodes() {
    return number().map(DomainCode::of);
  }

  /**
   * Standard codes over the whole valid range.
   *
   * @return the generator
   */
  public static Gen<StandardCode> standardCodes() {
    return number().zip(number(), StandardCode::of);
  }

  /**
   * Key question codes over the whole valid range.
   *
   * @return the generator
   */
  public static Gen<KeyQuestionCode> keyQuestionCodes() {
    return number().zip(number(), number(), KeyQuestionCode::of);
  }

  /**
   * Prompt codes over the whole valid range.
   *
   * @return the generator
   */
  public static Gen<PromptCode> promptCodes() {
    return keyQuestionCodes().zip(Generate.characters('a', 'z'), PromptCode::of);
  }

  /**
   * Codes of any level.
   *
   * @return the generator
   */
  public static Gen<ElementCode> elementCodes() {
    return Generate.oneOf(
        domainCodes().map(c -> (ElementCode) c),
        standardCodes().map(c -> (ElementCode) c),
        keyQuestionCodes().map(c -> (ElementCode) c),
        promptCodes().map(c -> (ElementCode) c));
  }

  /**
   * Cycles from 2000-01 to 2099-00.
   *
   * @return the generator
   */
  public static Gen<Cycle> cycles() {
    return integers().between(2000, 2099).map(Cycle::of);
  }

  /**
   * Well-formed identifiers: lower-case letters, digits and hyphens, starting with a letter.
   *
   * @return the generator
   */
  public static Gen<String> identifiers() {
    return rs -> {
      int length = integers().between(1, 20).generate(rs);
      StringBuilder sb = new StringBuilder(length);
      sb.append((char) ('a' + integers().between(0, 25).generate(rs)));
      String rest = "abcdefghijklmnopqrstuvwxyz0123456789-";
      for (int i = 1; i < length; i++) {
        sb.append(rest.charAt(integers().between(0, rest.length() - 1).generate(rs)));
      }
      return sb.toString();
    };
  }

  /**
   * Framework ids.
   *
   * @return the generator
   */
  public static Gen<FrameworkId> frameworkIds() {
    return identifiers().map(FrameworkId::of);
  }

  /**
   * Provider ids.
   *
   * @return the generator
   */
  public static Gen<ProviderId> providerIds() {
    return identifiers().map(ProviderId::of);
  }

  /**
   * Inspection ids.
   *
   * @return the generator
   */
  public static Gen<InspectionId> inspectionIds() {
    return identifiers().map(InspectionId::of);
  }

  /**
   * Pseudonymous case references.
   *
   * @return the generator
   */
  public static Gen<CaseRef> caseRefs() {
    return rs -> {
      int length = integers().between(1, 40).generate(rs);
      String first = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
      String rest = first + "-_";
      StringBuilder sb = new StringBuilder(length);
      sb.append(first.charAt(integers().between(0, first.length() - 1).generate(rs)));
      for (int i = 1; i < length; i++) {
        sb.append(rest.charAt(integers().between(0, rest.length() - 1).generate(rs)));
      }
      return CaseRef.of(sb.toString());
    };
  }

  /**
   * The built-in provider types and some user-defined ones.
   *
   * @return the generator
   */
  public static Gen<ProviderType> providerTypes() {
    return Generate.oneOf(
        Generate.pick(
            List.of(
                ProviderType.CRC,
                ProviderType.NPS_DIVISION,
                ProviderType.PROBATION_REGION,
                ProviderType.YOUTH_OFFENDING_SERVICE)),
        identifiers().map(ProviderType::of));
  }

  /**
   * The built-in sample kinds and some user-defined ones.
   *
   * @return the generator
   */
  public static Gen<SampleKind> sampleKinds() {
    return Generate.oneOf(
        Generate.pick(
            List.of(
                SampleKind.DOMAIN_TWO,
                SampleKind.UNPAID_WORK,
                SampleKind.THROUGH_THE_GATE,
                SampleKind.COURT_WORK,
                SampleKind.VICTIM_WORK)),
        identifiers().map(SampleKind::of));
  }

  /**
   * Short non-blank texts.
   *
   * @return the generator
   */
  public static Gen<String> texts() {
    return rs -> {
      int words = integers().between(1, 12).generate(rs);
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < words; i++) {
        if (i > 0) {
          sb.append(' ');
        }
        sb.append(WORDS.get(integers().between(0, WORDS.size() - 1).generate(rs)));
      }
      return sb.toString();
    };
  }

  /**
   * One-line labels (names, titles, areas): words as {@link #texts()} makes them, without tabs, line breaks or
   * any other control or invisible formatting character, which the model refuses in names.
   *
   * @return the generator
   */
  public static Gen<String> names() {
    return rs -> {
      int words = integers().between(1, 8).generate(rs);
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < words; i++) {
        if (i > 0) {
          sb.append(' ');
        }
        sb.append(NAME_WORDS.get(integers().between(0, NAME_WORDS.size() - 1).generate(rs)));
      }
      return sb.toString();
    };
  }

  private static final List<String> WORDS =
      List.of(
          "assessment", "planning", "risk", "harm", "desistance", "engagement", "review", "victims", "safety",
          "staff", "leaders", "services", "partners", "court", "unpaid", "work", "custody", "release", "plan",
          "quality", "sufficient", "evidence", "analysis", "diversity", "needs", "café", "ÄÖÜ", "“quoted”", "tab\tseparated");

  private static final List<String> NAME_WORDS =
      WORDS.stream().filter(w -> w.chars().noneMatch(Character::isISOControl)).collect(Collectors.toUnmodifiableList());

  // ---------------------------------------------------------------------------------------------- framework

  /**
   * Providers of any type.
   *
   * @return the generator
   */
  public static Gen<Provider> providers() {
    return providersOf(providerTypes());
  }

  /**
   * Providers of the given types.
   *
   * @param types the type generator
   * @return the generator
   */
  public static Gen<Provider> providersOf(Gen<ProviderType> types) {
    return rs ->
        Provider.builder()
            .id(providerIds().generate(rs))
            .name(names().generate(rs))
            .type(types.generate(rs))
            .area(optional(names()).generate(rs))
            .build();
  }

  /**
   * Prompts with arbitrary codes.
   *
   * @return the generator
   */
  public static Gen<Prompt> prompts() {
    return promptCodes().flatMap(ModelGenerators::promptsWith);
  }

  /**
   * Key questions with arbitrary codes and up to four prompts.
   *
   * @return the generator
   */
  public static Gen<KeyQuestion> keyQuestions() {
    return keyQuestionCodes().flatMap(ModelGenerators::keyQuestionsWith);
  }

  /**
   * Standards with arbitrary codes and up to four key questions.
   *
   * @return the generator
   */
  public static Gen<Standard> standards() {
    return standardCodes().flatMap(c -> standardsWith(c, List.of(), Optional.empty()));
  }

  /**
   * Frameworks of one to three domains, each of one to three standards of one to three key questions, covering CRC
   * and NPS divisions, with case-rated and judgement-rated standards and, sometimes, two standards that share a code
   * for different provider types (as domain three of the probation framework does).
   *
   * @return the generator
   */
  public static Gen<Framework> frameworks() {
    return rs -> {
      Framework.Builder f =
          Framework.builder()
              .id(frameworkIds().generate(rs))
              .title(names().generate(rs))
              .cycle(cycles().generate(rs))
              .addProviderTypes(ProviderType.CRC, ProviderType.NPS_DIVISION);
      int domains = integers().between(1, 3).generate(rs);
      for (int d = 1; d <= domains; d++) {
        Domain.Builder domain =
            Domain.builder().code(DomainCode.of(d)).title(names().generate(rs)).wordingSource(sources().generate(rs));
        int standards = integers().between(1, 3).generate(rs);
        for (int s = 1; s <= standards; s++) {
          StandardCode code = StandardCode.of(d, s);
          if (Generate.booleans().generate(rs)) {
            domain.addStandard(standardsWith(code, List.of(), Optional.empty()).generate(rs));
          } else {
            domain.addStandard(standardsWith(code, List.of(ProviderType.CRC), Optional.empty()).generate(rs));
            domain.addStandard(
                standardsWith(code, List.of(ProviderType.NPS_DIVISION), Optional.empty()).generate(rs));
          }
        }
        f.addDomain(domain.build());
      }
      return f.build();
    };
  }

  private static Gen<Prompt> promptsWith(PromptCode code) {
    return rs ->
        Prompt.builder().code(code).text(texts().generate(rs)).wordingSource(sources().generate(rs)).build();
  }

  private static Gen<KeyQuestion> keyQuestionsWith(KeyQuestionCode code) {
    return rs -> {
      KeyQuestion.Builder b =
          KeyQuestion.builder().code(code).text(texts().generate(rs)).wordingSource(sources().generate(rs));
      int prompts = integers().between(0, 4).generate(rs);
      for (int i = 0; i < prompts; i++) {
        b.addPrompt(promptsWith(code.prompt((char) ('a' + i))).generate(rs));
      }
      return b.build();
    };
  }

  private static Gen<Standard> standardsWith(
      StandardCode code, List<ProviderType> appliesTo, Optional<RatingBasis> basis) {
    return rs -> {
      RatingBasis b = basis.orElseGet(() -> Generate.enumValues(RatingBasis.class).generate(rs));
      Standard.Builder s =
          Standard.builder()
              .code(code)
              .title(names().generate(rs))
              .description(optional(texts()).generate(rs))
              .ratingBasis(b)
              .appliesTo(appliesTo)
              .wordingSource(sources().generate(rs));
      if (b == RatingBasis.CASE_DATA) {
        s.sampleKind(
            Generate.pick(List.of(SampleKind.DOMAIN_TWO, SampleKind.UNPAID_WORK, SampleKind.COURT_WORK))
                .generate(rs));
      }
      int questions = integers().between(1, 4).generate(rs);
      for (int k = 1; k <= questions; k++) {
        s.addKeyQuestion(keyQuestionsWith(code.keyQuestion(k)).generate(rs));
      }
      return s.build();
    };
  }

  private static Gen<WordingSource> sources() {
    return Generate.enumValues(WordingSource.class);
  }

  // ----------------------------------------------------------------------------------------------- casework

  /**
   * Inspected cases in any sample, with or without sampling attributes and diversity characteristics.
   *
   * @return the generator
   */
  public static Gen<InspectedCase> inspectedCases() {
    return caseRefs().zip(sampleKinds(), ModelGenerators::caseWith).flatMap(g -> g);
  }

  private static Gen<InspectedCase> caseWith(CaseRef ref, SampleKind sample) {
    return rs -> {
      InspectedCase.Builder b =
          InspectedCase.builder()
              .ref(ref)
              .sample(sample)
              .gender(optional(Generate.enumValues(Gender.class)).generate(rs))
              .sentenceType(optional(Generate.enumValues(SentenceType.class)).generate(rs))
              .riskOfSeriousHarm(optional(Generate.enumValues(RiskOfSeriousHarm.class)).generate(rs))
              .startDate(optional(dates()).generate(rs));
      if (Generate.booleans().generate(rs)) {
        b.putAttribute("requirement", Generate.pick(List.of("unpaid-work", "rar", "programme")).generate(rs));
      }
      if (Generate.booleans().generate(rs)) {
        b.putDiversity("ethnicity", Generate.pick(List.of("Asian", "Black", "Mixed", "White", "Other")).generate(rs));
        b.putDiversity("age-band", Generate.pick(List.of("18-24", "25-39", "40+")).generate(rs));
      }
      return b.build();
    };
  }

  /**
   * Assessments of an arbitrary case, answering one to six arbitrary key questions and some of their prompts.
   *
   * @return the generator
   */
  public static Gen<CaseAssessment> caseAssessments() {
    return caseRefs().flatMap(ref -> assessmentsOf(ref, listOf(keyQuestionCodes(), 1, 6), k -> List.of(k.prompt('a'))));
  }

  private static Gen<CaseAssessment> assessmentsOf(
      CaseRef ref, Gen<List<KeyQuestionCode>> questions, Function<KeyQuestionCode, List<PromptCode>> promptsOf) {
    return rs -> {
      CaseAssessment.Builder b =
          CaseAssessment.builder()
              .caseRef(ref)
              .assessor("insp-" + integers().between(1, 40).generate(rs))
              .assessedOn(dates().generate(rs));
      for (KeyQuestionCode k : questions.generate(rs)) {
        b.putAnswer(k, answers().generate(rs));
        List<PromptCode> prompts = promptsOf.apply(k);
        if (!prompts.isEmpty() && integers().between(0, 3).generate(rs) == 0) {
          b.putPromptAnswer(Generate.pick(prompts).generate(rs), answers().generate(rs));
        }
      }
      return b.build();
    };
  }

  /**
   * Service user interview records for arbitrary cases.
   *
   * @return the generator
   */
  public static Gen<ServiceUserInterview> serviceUserInterviews() {
    return caseRefs().flatMap(ModelGenerators::interviewsFor);
  }

  private static Gen<ServiceUserInterview> interviewsFor(CaseRef ref) {
    return rs -> {
      InterviewOutcome outcome = Generate.enumValues(InterviewOutcome.class).generate(rs);
      ServiceUserInterview.Builder b =
          ServiceUserInterview.builder().caseRef(ref).outcome(outcome).date(optional(dates()).generate(rs));
      if (outcome == InterviewOutcome.DONE) {
        for (int i = integers().between(0, 3).generate(rs); i > 0; i--) {
          b.addThemes(Generate.pick(InterviewTheme.builtIn()).generate(rs));
        }
      }
      return b.build();
    };
  }

  /**
   * Service user forum meetings.
   *
   * @return the generator
   */
  public static Gen<ServiceUserForumMeeting> forumMeetings() {
    return rs -> {
      ServiceUserForumMeeting.Builder b =
          ServiceUserForumMeeting.builder()
              .date(dates().generate(rs))
              .forum(names().generate(rs))
              .notes(optional(texts()).generate(rs));
      if (Generate.booleans().generate(rs)) {
        b.attendees(integers().between(0, 30).generate(rs));
      }
      return b.build();
    };
  }

  // ----------------------------------------------------------------------------------------------- evidence

  /**
   * Evidence items.
   *
   * @return the generator
   */
  public static Gen<EvidenceItem> evidenceItems() {
    return rs ->
        EvidenceItem.builder()
            .title(names().generate(rs))
            .description(optional(texts()).generate(rs))
            .documentRef(optional(identifiers()).generate(rs))
            .build();
  }

  /**
   * Evidence submissions for an arbitrary key question, with zero to seven items (so some break the 2019-20
   * three-to-five rule, which the model allows and the rules report).
   *
   * @return the generator
   */
  public static Gen<EvidenceSubmission> evidenceSubmissions() {
    return keyQuestionCodes().flatMap(ModelGenerators::submissionsFor);
  }

  private static Gen<EvidenceSubmission> submissionsFor(KeyQuestionCode code) {
    return rs ->
        EvidenceSubmission.builder()
            .keyQuestion(code)
            .items(listOf(evidenceItems(), 0, 7).generate(rs))
            .narrative(optional(texts()).generate(rs))
            .submittedOn(optional(dates()).generate(rs))
            .build();
  }

  /**
   * Unpaid work qualitative evidence.
   *
   * @return the generator
   */
  public static Gen<UnpaidWorkEvidence> unpaidWorkEvidence() {
    return rs ->
        UnpaidWorkEvidence.builder()
            .method(Generate.enumValues(UnpaidWorkMethod.class).generate(rs))
            .date(optional(dates()).generate(rs))
            .summary(texts().generate(rs))
            .build();
  }

  /**
   * Judgements of an arbitrary standard, citing arbitrary standards and key questions (no cases, so they fit any
   * inspection).
   *
   * @return the generator
   */
  public static Gen<StandardJudgement> standardJudgements() {
    return standardCodes().flatMap(s -> judgementsOf(s, null));
  }

  /** Judgements citing some of {@code citable}, or arbitrary codes when {@code citable} is null. */
  private static Gen<StandardJudgement> judgementsOf(StandardCode standard, List<ElementCode> citable) {
    return rs -> {
      StandardJudgement.Builder b =
          StandardJudgement.builder()
              .standard(standard)
              .rating(ratings().generate(rs))
              .rationale(texts().generate(rs))
              .inspector(optional(Generate.constant("insp-01")).generate(rs));
      List<ElementCode> pool = citable == null ? listOf(elementCodes(), 0, 3).generate(rs) : citable;
      for (ElementCode c : distinctBy(pool, x -> x)) {
        if (Generate.booleans().generate(rs)) {
          b.addCitedElement(c);
        }
      }
      return b.build();
    };
  }

  /**
   * Overrides of an arbitrary standard, with a computed and a different final rating.
   *
   * @return the generator
   */
  public static Gen<RatingOverride> ratingOverrides() {
    return standardCodes().flatMap(ModelGenerators::overridesOf);
  }

  private static Gen<RatingOverride> overridesOf(StandardCode standard) {
    return rs -> {
      Rating computed = ratings().generate(rs);
      Rating other = ratings().assuming(r -> r != computed).generate(rs);
      return RatingOverride.builder()
          .standard(standard)
          .computed(computed)
          .rating(other)
          .reason(texts().generate(rs))
          .inspector(optional(Generate.constant("insp-02")).generate(rs))
          .build();
    };
  }

  /**
   * Moves of an arbitrary standard's case-data rating on qualitative evidence, citing some methods and perhaps the
   * outcomes (structurally valid; whether the rules accept one depends on the inspection and the policy).
   *
   * @return the generator
   */
  public static Gen<QualitativeAdjustment> qualitativeAdjustments() {
    return standardCodes().flatMap(ModelGenerators::adjustmentsOf);
  }

  private static Gen<QualitativeAdjustment> adjustmentsOf(StandardCode standard) {
    return rs -> {
      Rating caseData = ratings().generate(rs);
      Rating other = ratings().assuming(r -> r != caseData).generate(rs);
      QualitativeAdjustment.Builder b = QualitativeAdjustment.builder()
          .standard(standard)
          .caseData(caseData)
          .rating(other)
          .citesOutcomes(Generate.booleans().generate(rs))
          .reason(texts().generate(rs))
          .inspector(optional(Generate.constant("insp-03")).generate(rs));
      for (int i = integers().between(0, 2).generate(rs); i > 0; i--) {
        b.addCitedMethods(Generate.enumValues(UnpaidWorkMethod.class).generate(rs));
      }
      return b.build();
    };
  }

  /**
   * Unpaid work outcome figures for a year, each figure present or not.
   *
   * @return the generator
   */
  public static Gen<UnpaidWorkOutcomes> unpaidWorkOutcomes() {
    return rs -> {
      LocalDate start = dates().generate(rs);
      UnpaidWorkOutcomes.Builder b = UnpaidWorkOutcomes.builder().periodStart(start).periodEnd(start.plusYears(1)
          .minusDays(1));
      int completed = integers().between(0, 2_000).generate(rs);
      if (Generate.booleans().generate(rs)) {
        b.ordersMade(integers().between(0, 3_000).generate(rs));
      }
      if (Generate.booleans().generate(rs)) {
        b.hoursOrdered(integers().between(0, 400_000).generate(rs)).hoursWorked(integers().between(0, 400_000)
            .generate(rs));
      }
      if (Generate.booleans().generate(rs)) {
        b.ordersCompleted(completed).completedWithinTwelveMonths(integers().between(0, completed).generate(rs));
      }
      return b.build();
    };
  }

  /**
   * Fieldwork periods of three or four weeks.
   *
   * @return the generator
   */
  public static Gen<FieldworkPeriod> fieldworkPeriods() {
    return dates().zip(integers().between(3, 4), FieldworkPeriod::of);
  }

  // ----------------------------------------------------------------------------------------- recommendations

  /**
   * Recommendations made by arbitrary inspections.
   *
   * @return the generator
   */
  public static Gen<Recommendation> recommendations() {
    return inspectionIds().zip(integers().between(1, 30), ModelGenerators::recommendationsOf).flatMap(g -> g);
  }

  private static Gen<Recommendation> recommendationsOf(InspectionId inspection, int number) {
    return rs ->
        Recommendation.builder()
            .inspection(inspection)
            .number(number)
            .target(
                Generate.oneOf(
                        standardCodes().map(c -> (ElementCode) c),
                        keyQuestionCodes().map(c -> (ElementCode) c),
                        promptCodes().map(c -> (ElementCode) c))
                    .generate(rs))
            .text(texts().generate(rs))
            .addressedTo(names().generate(rs))
            .build();
  }

  /**
   * Progress assessments, made by an arbitrary inspection, of a recommendation of another.
   *
   * @return the generator
   */
  public static Gen<ProgressAssessment> progressAssessments() {
    return rs -> {
      InspectionId assessedIn = inspectionIds().generate(rs);
      InspectionId madeIn = inspectionIds().assuming(i -> !i.equals(assessedIn)).generate(rs);
      return progressOf(RecommendationId.of(madeIn, integers().between(1, 30).generate(rs)), assessedIn)
          .generate(rs);
    };
  }

  private static Gen<ProgressAssessment> progressOf(RecommendationId recommendation, InspectionId assessedIn) {
    return rs ->
        ProgressAssessment.builder()
            .recommendation(recommendation)
            .assessedIn(assessedIn)
            .progress(Generate.enumValues(Progress.class).generate(rs))
            .evidenceOfResult(listOf(texts(), 0, 3).generate(rs))
            .commentary(optional(texts()).generate(rs))
            .build();
  }

  // ------------------------------------------------------------------------------------------------ inspections

  /**
   * Inspections with arbitrary content that is structurally valid (every reference resolves) but not fitted to any
   * framework: answers name arbitrary key questions. For inspections that fit a framework, see
   * {@link #inspectionsFor(Framework, ProviderType, int)}.
   *
   * @return the generator
   */
  public static Gen<Inspection> inspections() {
    return rs -> {
      InspectionId id = inspectionIds().generate(rs);
      Inspection.Builder b = header(id, providers(), frameworkIds().map(FrameworkId::toString)).generate(rs);
      List<InspectedCase> cases = uniqueCases(integers().between(0, 8).generate(rs)).generate(rs);
      b.cases(cases);
      for (InspectedCase c : cases) {
        if (Generate.booleans().generate(rs)) {
          b.addAssessment(
              assessmentsOf(c.ref(), listOf(keyQuestionCodes(), 1, 4), k -> List.of(k.prompt('a'))).generate(rs));
        }
        if (integers().between(0, 2).generate(rs) == 0) {
          b.addInterview(interviewsFor(c.ref()).generate(rs));
        }
      }
      fillEvidence(b, id, rs, listOf(standardCodes(), 0, 3).generate(rs));
      b.evidenceSubmissions(distinctBy(listOf(evidenceSubmissions(), 0, 3).generate(rs), EvidenceSubmission::keyQuestion));
      return b.build();
    };
  }

  /**
   * Inspections of a provider of type {@code type} that fit {@code framework}: cases in the samples of the
   * case-rated standards that apply to the type (up to {@code maxCasesPerSample} each, sometimes none), each
   * assessed on every key question of those standards with random answers (and some of their prompts), and a judgement for most
   * judgement-rated standards citing case-rated standards. No overrides; add them where a test needs them.
   *
   * @param framework the framework
   * @param type a provider type the framework covers
   * @param maxCasesPerSample the largest number of cases in one sample
   * @return the generator
   */
  public static Gen<Inspection> inspectionsFor(Framework framework, ProviderType type, int maxCasesPerSample) {
    if (!framework.covers(type)) {
      throw new IllegalArgumentException(
          "framework " + framework.id() + " does not cover provider type " + type);
    }
    return rs -> {
      InspectionId id = inspectionIds().generate(rs);
      Inspection.Builder b =
          header(id, providersOf(Generate.constant(type)), Generate.constant(framework.id().toString()))
              .generate(rs)
              .cycle(framework.cycle());
      List<ElementCode> caseRated = new ArrayList<>();
      int serial = 0;
      for (SampleKind sample : samplesOf(framework, type)) {
        List<KeyQuestionCode> questions = new ArrayList<>();
        java.util.Map<KeyQuestionCode, List<PromptCode>> prompts = new java.util.HashMap<>();
        for (Standard s : framework.standardsRatedFrom(type, sample)) {
          caseRated.add(s.code());
          for (KeyQuestion k : s.keyQuestions()) {
            questions.add(k.code());
            List<PromptCode> codes = new ArrayList<>();
            k.prompts().forEach(p -> codes.add(p.code()));
            prompts.put(k.code(), codes);
          }
        }
        int n = integers().between(0, maxCasesPerSample).generate(rs);
        for (int i = 0; i < n; i++) {
          CaseRef ref = CaseRef.of("C" + (++serial));
          b.addCase(caseWith(ref, sample).generate(rs));
          b.addAssessment(assessmentsOf(ref, Generate.constant(questions), prompts::get).generate(rs));
        }
      }
      for (Standard s : framework.standardsFor(type)) {
        if (!s.isCaseRated() && integers().between(0, 4).generate(rs) > 0) {
          b.addJudgement(judgementsOf(s.code(), caseRated).generate(rs));
        }
      }
      return b.build();
    };
  }

  private static List<SampleKind> samplesOf(Framework framework, ProviderType type) {
    List<SampleKind> out = new ArrayList<>();
    for (Standard s : framework.standardsFor(type)) {
      s.sampleKind().filter(k -> !out.contains(k)).ifPresent(out::add);
    }
    return out;
  }

  private static Gen<Inspection.Builder> header(
      InspectionId id, Gen<Provider> providers, Gen<String> frameworkIds) {
    return rs -> {
      Inspection.Builder b =
          Inspection.builder()
              .id(id)
              .provider(providers.generate(rs))
              .frameworkId(frameworkIds.generate(rs))
              .cycle(cycles().generate(rs))
              .status(Generate.enumValues(InspectionStatus.class).generate(rs))
              .fieldwork(optional(fieldworkPeriods()).generate(rs));
      if (Generate.booleans().generate(rs)) {
        b.previousInspection(inspectionIds().assuming(p -> !p.equals(id)).generate(rs));
      }
      return b;
    };
  }

  private static void fillEvidence(
      Inspection.Builder b, InspectionId id, RandomnessSource rs, List<StandardCode> standards) {
    for (StandardCode s : distinctBy(standards, c -> c)) {
      int kind = integers().between(0, 2).generate(rs);
      if (kind == 0) {
        b.addJudgement(judgementsOf(s, null).generate(rs));
      } else if (kind == 1) {
        b.addOverride(overridesOf(s).generate(rs));
      } else {
        b.addQualitativeAdjustment(adjustmentsOf(s).generate(rs));
      }
    }
    b.forumMeetings(listOf(forumMeetings(), 0, 2).generate(rs));
    if (Generate.booleans().generate(rs)) {
      b.forumMeetings(List.of()).noServiceUserForum(NoServiceUserForum.builder()
          .establishedBy(Generate.enumValues(ForumEnquiry.class).generate(rs))
          .date(optional(dates()).generate(rs))
          .note(optional(texts()).generate(rs))
          .build());
    }
    b.unpaidWorkEvidence(listOf(unpaidWorkEvidence(), 0, 3).generate(rs));
    b.unpaidWorkOutcomes(optional(unpaidWorkOutcomes()).generate(rs));
    int recommendations = integers().between(0, 3).generate(rs);
    for (int n = 1; n <= recommendations; n++) {
      b.addRecommendation(recommendationsOf(id, n).generate(rs));
    }
    InspectionId earlier = inspectionIds().assuming(i -> !i.equals(id)).generate(rs);
    int assessed = integers().between(0, 3).generate(rs);
    for (int n = 1; n <= assessed; n++) {
      b.addProgressAssessment(progressOf(RecommendationId.of(earlier, n), id).generate(rs));
    }
  }

  private static Gen<List<InspectedCase>> uniqueCases(int n) {
    return rs -> {
      List<InspectedCase> out = new ArrayList<>();
      for (int i = 1; i <= n; i++) {
        out.add(caseWith(CaseRef.of("C" + i), sampleKinds().generate(rs)).generate(rs));
      }
      return out;
    };
  }

  // ------------------------------------------------------------------------------------------------- helpers

  /**
   * Lists of {@code min} to {@code max} elements from {@code elements}.
   *
   * @param elements the element generator
   * @param min the fewest elements
   * @param max the most elements
   * @param <T> the element type
   * @return the generator
   */
  public static <T> Gen<List<T>> listOf(Gen<T> elements, int min, int max) {
    return rs -> {
      int n = integers().between(min, max).generate(rs);
      List<T> out = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        out.add(elements.generate(rs));
      }
      return out;
    };
  }

  /**
   * Present or empty, about half each.
   *
   * @param values the value generator
   * @param <T> the value type
   * @return the generator
   */
  public static <T> Gen<Optional<T>> optional(Gen<T> values) {
    return rs -> Generate.booleans().generate(rs) ? Optional.of(values.generate(rs)) : Optional.empty();
  }

  private static <T, K> List<T> distinctBy(List<T> items, Function<T, K> key) {
    List<K> seen = new ArrayList<>();
    List<T> out = new ArrayList<>();
    for (T item : items) {
      K k = key.apply(item);
      if (!seen.contains(k)) {
        seen.add(k);
        out.add(item);
      }
    }
    return out;
  }

  private static Gen<Integer> number() {
    return integers().between(1, ElementCode.MAX_NUMBER);
  }
}
