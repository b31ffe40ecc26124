package org.inspectionkit.rules.consistency;

import org.inspectionkit.model.evidence.EvidenceSubmission;
import org.inspectionkit.model.inspection.FieldworkPeriod;
import org.inspectionkit.rules.fieldwork.FieldworkPattern;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.inspectionkit.model.Rating;
import org.inspectionkit.model.casework.InspectedCase;
import org.inspectionkit.model.evidence.RatingOverride;
import org.inspectionkit.model.evidence.StandardJudgement;
import org.inspectionkit.model.framework.Cycle;
import org.inspectionkit.model.framework.ElementCode;
import org.inspectionkit.model.framework.FrameworkId;
import org.inspectionkit.model.framework.SampleKind;
import org.inspectionkit.model.framework.Standard;
import org.inspectionkit.model.framework.StandardCode;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.recommendation.Progress;
import org.inspectionkit.model.recommendation.ProgressAssessment;
import org.inspectionkit.model.recommendation.Recommendation;
import org.inspectionkit.model.recommendation.RecommendationId;
import org.inspectionkit.rules.Problem;
import org.inspectionkit.rules.evidence.DomainOneEvidence;
import org.inspectionkit.rules.unpaidwork.UnpaidWorkEvidenceSummary;
import org.inspectionkit.rules.voice.ServiceUserVoice;
import org.inspectionkit.rules.rating.KeyQuestionResult;
import org.inspectionkit.rules.rating.StandardRating;

/**
 * The built-in consistency checks, to compose into a {@link CheckSet} of your own. Each factory's javadoc names the
 * check's code and what it finds.
 */
public final class BuiltInChecks {

  /** The frameworks of the probation method: the 2019-20 rules, service user voice, the disconnect, timetables. */
  private static final Predicate<FrameworkId> PROBATION = CheckSet::isProbation;
  /** Every framework: checks of case data and samples that any framework with case-rated standards has. */
  private static final Predicate<FrameworkId> ANY = id -> true;
  /** The first cycle whose method links domain one to the case data (the 2019-20 notice). */
  private static final Cycle LINKED_DOMAINS_FROM = Cycle.of(2019);

  private BuiltInChecks() {}

  /**
   * {@code domain-one-disconnect}: a judgement-rated standard rated well (Good or better by default) while case-rated
   * standards are Inadequate (at least one, by default) — the failure the 2019-20 changes were made to fix. One
   * finding per judgement-rated standard concerned, naming the case data; severity from the policy. Under a
   * framework of a cycle before 2019-20 the same finding is {@code domain-one-disconnect.retrospective}, for
   * information: the 2018-19 method treated each domain separately, so the finding reproduces what the 2019-20
   * notice found rather than faulting the inspection's own method. Probation frameworks only.
   *
   * @return the check
   */
  public static ConsistencyCheck domainOneDisconnect() {
    return new Check("domain-one-disconnect",
        "a judgement-rated (domain one) standard rated well while case-rated standards are Inadequate",
        BuiltInChecks::disconnect, PROBATION);
  }

  /**
   * {@code judgement-without-case-evidence}: from 2019-20 every domain-one judgement must cite the domain two or three
   * data it considered; a judgement that cites none is a warning, and a citation of something that is not case data
   * of this provider type is information.
   *
   * @return the check
   */
  public static ConsistencyCheck judgementCitesCaseData() {
    return new Check("judgement-without-case-evidence",
        "a domain-one judgement that cites no domain two or three case data", BuiltInChecks::citations, PROBATION);
  }

  /**
   * {@code case-rated-not-from-case-data}: a case-rated standard that cannot be rated from case data (no case, or no
   * applicable answer), an override that no longer matches the computed rating, or a judgement recorded for a
   * case-rated standard are errors. When {@code solelyCaseData} (2019-20: domains two and three are rated solely on
   * case data), an override of a case-rated standard is a warning; otherwise it is information.
   *
   * @param solelyCaseData whether case-rated standards must rest on case data alone
   * @return the check
   */
  public static ConsistencyCheck caseRatedFromCaseData(boolean solelyCaseData) {
    return new Check("case-rated-not-from-case-data",
        "a domain two or three rating that does not rest on case data", c -> caseData(c, solelyCaseData),
        solelyCaseData ? PROBATION : ANY);
  }

  /**
   * {@code domain-three-provider-mismatch}: domain-three work of another provider type in the inspection: cases in a
   * sample no standard of the provider type is rated from (unpaid work or Through the Gate in an NPS inspection,
   * court or victim work in a CRC inspection), unpaid work evidence where unpaid work is not rated, or judgements and
   * overrides of standards that do not apply.
   *
   * @return the check
   */
  public static ConsistencyCheck domainThreeMatchesProviderType() {
    return new Check("domain-three-provider-mismatch",
        "domain-three work that does not match the provider type", BuiltInChecks::providerMismatch);
  }

  /**
   * {@code evidence-submissions}: a provider's domain-one evidence outside the 2019-20 rules (by default three to
   * five pieces per domain-one key question, a narrative of at most 300 words, every key question covered); one
   * warning per problem, as {@link DomainOneEvidence} finds them.
   *
   * @return the check
   */
  public static ConsistencyCheck evidenceSubmissions() {
    return new Check("evidence-submissions", "domain-one evidence submissions outside the 2019-20 rules",
        BuiltInChecks::evidence, PROBATION);
  }

  /**
   * {@code service-user-voice}: domain-two cases with no service user interview record (attempted, done, declined
   * or unreachable) beyond the policy's allowance (none by default), and fewer service user forum meetings than the
   * policy asks (one by default). Warnings.
   *
   * @return the check
   */
  public static ConsistencyCheck serviceUserVoice() {
    return new Check("service-user-voice", "service user interviews and forum meetings missing",
        BuiltInChecks::voice, PROBATION);
  }

  /**
   * {@code unpaid-work-qualitative-evidence}: the unpaid work standard rated without the 2019-20 qualitative
   * evidence the policy requires (by default a site visit, a supervisor interview and an induction observation); a
   * warning naming the missing methods. Only for provider types rated on unpaid work.
   *
   * @return the check
   */
  public static ConsistencyCheck unpaidWorkQualitativeEvidence() {
    return new Check("unpaid-work-qualitative-evidence",
        "unpaid work rated without the 2019-20 qualitative evidence", BuiltInChecks::unpaidWork, PROBATION);
  }

  /**
   * {@code recommendation-follow-up}: recommendations of the previous inspection with no progress assessment
   * (warning), progress judged sufficient without evidence of a result (error: achievement, not effort), and
   * progress assessments of recommendations the previous inspection did not make (warning). Information only when
   * the inspection names a previous inspection that was not supplied.
   *
   * @return the check
   */
  public static ConsistencyCheck recommendationFollowUp() {
    return new Check("recommendation-follow-up",
        "the previous inspection's recommendations followed up, on results", BuiltInChecks::followUp, PROBATION);
  }

  /**
   * {@code timetable}: fieldwork outside its cycle's inspection window ({@code timetable.fieldwork-outside-cycle}),
   * fieldwork that does not follow the cycle's pattern in length or first day ({@code timetable.fieldwork-pattern};
   * in 2019-20 two weeks on site, a week off site, then a week on site), and domain-one evidence submitted on or
   * after the first day of fieldwork where the method asks for it "prior to fieldwork"
   * ({@code timetable.evidence-after-fieldwork-began}). Warnings; nothing when the inspection records no fieldwork
   * or the policy has no pattern for its cycle.
   *
   * @return the check
   */
  public static ConsistencyCheck timetable() {
    return new Check("timetable", "fieldwork or evidence outside the cycle's timetable", BuiltInChecks::timetable,
        PROBATION);
  }

  /**
   * {@code sample-composition}: when the eligible population's profile is given, a category (such as female cases,
   * or high risk of serious harm) whose share of the domain-two sample differs from its share of the population by
   * more than the policy's margin (10 percentage points by default).
   *
   * @return the check
   */
  public static ConsistencyCheck sampleComposition() {
    return new Check("sample-composition",
        "a domain-two sample whose make-up differs from the eligible population's", BuiltInChecks::composition);
  }

  // ----------------------------------------------------------------------------------------------------- checks

  private static List<Finding> disconnect(CheckContext c) {
    ConsistencyPolicy p = c.policy();
    List<StandardRating> weak = new ArrayList<>();
    for (Standard s : c.standards()) {
      boolean considered =
          s.isCaseRated() && (p.disconnectStandards().isEmpty() || p.disconnectStandards().contains(s.code()));
      if (!considered) {
        continue;
      }
      Validation<List<Problem>, StandardRating> r = c.standardRating(s.code());
      if (r.isValid() && !r.get().finalRating().isBetterThan(p.disconnectCaseRatedAtOrBelow())) {
        weak.add(r.get());
      }
    }
    if (weak.size() < p.disconnectMinimumCount()) {
      return List.of();
    }
    boolean retrospective = c.framework().cycle().compareTo(LINKED_DOMAINS_FROM) < 0;
    List<Finding> out = new ArrayList<>();
    for (Standard s : c.standards()) {
      if (s.isCaseRated()) {
        continue;
      }
      Validation<List<Problem>, StandardRating> r = c.standardRating(s.code());
      if (r.isInvalid() || r.get().finalRating().isWorseThan(p.disconnectJudgedAtOrAbove())) {
        continue;
      }
      Rating judged = r.get().finalRating();
      Finding.Builder f =
          Finding.builder()
              .code(retrospective ? "domain-one-disconnect.retrospective" : "domain-one-disconnect")
              .severity(retrospective ? Severity.INFO : p.disconnectSeverity())
              .addElement(s.code())
              .putFigure(s.code() + ".rating", judged.label())
              .putFigure("weak-standards", Integer.toString(weak.size()));
      List<String> described = new ArrayList<>();
      for (StandardRating w : weak) {
        f.addElement(w.code());
        f.putFigure(w.code() + ".rating", w.finalRating().label());
        StringBuilder d = new StringBuilder(w.code() + " " + w.title() + " (" + w.finalRating().label());
        List<KeyQuestionResult> driving =
            w.keyQuestions().stream().filter(KeyQuestionResult::driving).collect(Collectors.toList());
        for (KeyQuestionResult k : driving) {
          d.append("; ").append(k.code()).append(": ").append(k.yes()).append(" of ").append(k.applicable())
              .append(" applicable cases, ").append(k.shareText());
          f.putFigure(k.code() + ".share", k.shareText());
          f.putFigure(k.code() + ".yes", Integer.toString(k.yes()));
          f.putFigure(k.code() + ".applicable", Integer.toString(k.applicable()));
        }
        if (w.isOverridden()) {
          d.append("; overridden from ").append(w.computed().label());
        }
        d.append(')');
        described.add(d.toString());
      }
      f.message(
          s.code() + " " + s.title() + " is rated " + judged.label() + " by judgement, while the case data rate "
              + (weak.size() == 1 ? "this standard " : "these standards ")
              + p.disconnectCaseRatedAtOrBelow().label()
              + (p.disconnectCaseRatedAtOrBelow() == Rating.INADEQUATE ? "" : " or worse") + ": "
              + String.join("; ", described)
              + (retrospective
                  ? ". A retrospective finding, not a warning against this inspection's method: the "
                      + c.framework().cycle() + " method treated each domain separately, and the 2019-20 notice"
                      + " names this disconnect as what it changes, linking domain-one judgements to the domain two"
                      + " and three case data."
                  : ". Check that the judgement reflects the quality of casework it oversees."));
      out.add(f.build());
    }
    return out;
  }

  private static List<Finding> citations(CheckContext c) {
    Set<ElementCode> caseData = new HashSet<>();
    for (Standard s : c.standards()) {
      if (s.isCaseRated()) {
        caseData.add(s.code());
        s.keyQuestions().forEach(k -> caseData.add(k.code()));
      }
    }
    List<Finding> out = new ArrayList<>();
    for (StandardJudgement j : c.inspection().judgements()) {
      Optional<Standard> s = c.framework().standard(c.providerType(), j.standard());
      if (s.isEmpty() || s.get().isCaseRated()) {
        continue; // reported by other checks
      }
      if (!j.citesCaseData()) {
        out.add(
            Finding.builder()
                .code("judgement-without-case-evidence")
                .severity(Severity.WARNING)
                .addElement(j.standard())
                .message(
                    "the judgement of " + j.standard() + " " + s.get().title() + " (" + j.rating().label()
                        + ") cites no domain two or three case data; from 2019-20 a domain-one judgement must say"
                        + " which case data it considered")
                .build());
        continue;
      }
      List<ElementCode> notCaseData =
          j.citedElements().stream().filter(e -> !caseData.contains(e)).collect(Collectors.toList());
      if (!notCaseData.isEmpty()) {
        out.add(
            Finding.builder()
                .code("judgement-without-case-evidence.not-case-data")
                .severity(Severity.INFO)
                .addElement(j.standard())
                .addAllElements(notCaseData)
                .message(
                    "the judgement of " + j.standard() + " cites "
                        + notCaseData.stream().map(Object::toString).collect(Collectors.joining(", "))
                        + ", which " + (notCaseData.size() == 1 ? "is not a" : "are not") + " case-rated standard"
                        + (notCaseData.size() == 1 ? "" : "s") + " or key question" + (notCaseData.size() == 1 ? "" : "s")
                        + " of provider type " + c.providerType())
                .build());
      }
    }
    return out;
  }

  private static List<Finding> caseData(CheckContext c, boolean solely) {
    List<Finding> out = new ArrayList<>();
    Map<StandardCode, RatingOverride> overrides = new HashMap<>();
    c.inspection().overrides().forEach(o -> overrides.put(o.standard(), o));
    Set<StandardCode> judged = new HashSet<>();
    c.inspection().judgements().forEach(j -> judged.add(j.standard()));
    for (Standard s : c.standards()) {
      if (!s.isCaseRated()) {
        continue;
      }
      Validation<List<Problem>, StandardRating> r = c.standardRating(s.code());
      if (r.isInvalid()) {
        for (Problem p : r.getError()) {
          if (p.where().equals("standard " + s.code())) {
            out.add(
                Finding.builder()
                    .code("case-rated-not-from-case-data." + p.code().replace("rating.", ""))
                    .severity(Severity.ERROR)
                    .addElement(s.code())
                    .message(s.code() + " " + s.title() + ": " + p.message())
                    .build());
          }
        }
      }
      if (judged.contains(s.code())) {
        out.add(
            Finding.builder()
                .code("case-rated-not-from-case-data.judgement")
                .severity(Severity.ERROR)
                .addElement(s.code())
                .message(
                    s.code() + " " + s.title() + " is rated from case data, but the inspection records a judgement"
                        + " for it; record a departure from the case data as an override with its reason")
                .build());
      }
      RatingOverride o = overrides.get(s.code());
      if (o != null && r.isValid()) {
        out.add(
            Finding.builder()
                .code("case-rated-not-from-case-data.override")
                .severity(solely ? Severity.WARNING : Severity.INFO)
                .addElement(s.code())
                .putFigure("computed", o.computed().label())
                .putFigure("final", o.rating().label())
                .message(
                    s.code() + " " + s.title() + " is overridden from " + o.computed().label() + " to "
                        + o.rating().label()
                        + (solely
                            ? "; from 2019-20 ratings of domains two and three rest solely on case data, so the"
                                + " recorded reason must be reviewed"
                            : " with a recorded reason"))
                .build());
      }
    }
    return out;
  }

  private static List<Finding> timetable(CheckContext c) {
    List<Finding> out = new ArrayList<>();
    Inspection inspection = c.inspection();
    Optional<FieldworkPattern> found =
        c.policy().fieldworkPatterns().stream().filter(p -> p.cycle().equals(inspection.cycle())).findFirst();
    if (found.isEmpty() || inspection.fieldwork().isEmpty()) {
      return out;
    }
    FieldworkPattern pattern = found.get();
    FieldworkPeriod fieldwork = inspection.fieldwork().get();
    boolean early = pattern.cycleOpens().isPresent() && fieldwork.start().isBefore(pattern.cycleOpens().get());
    boolean late = pattern.cycleCloses().isPresent() && fieldwork.end().isAfter(pattern.cycleCloses().get());
    if (early || late) {
      out.add(
          Finding.builder()
              .code("timetable.fieldwork-outside-cycle")
              .severity(Severity.WARNING)
              .putFigure("fieldwork-start", fieldwork.start().toString())
              .putFigure("fieldwork-end", fieldwork.end().toString())
              .message(
                  "the fieldwork (" + fieldwork.start() + " to " + fieldwork.end() + ") lies outside the "
                      + inspection.cycle() + " cycle, which runs from "
                      + pattern.cycleOpens().map(Object::toString).orElse("its start") + " to "
                      + pattern.cycleCloses().map(Object::toString).orElse("its end"))
              .build());
    }
    if (fieldwork.weeks() != pattern.weeks().size() || fieldwork.start().getDayOfWeek() != pattern.firstDay()) {
      out.add(
          Finding.builder()
              .code("timetable.fieldwork-pattern")
              .severity(Severity.WARNING)
              .putFigure("weeks", Integer.toString(fieldwork.weeks()))
              .putFigure("pattern-weeks", Integer.toString(pattern.weeks().size()))
              .message(
                  "the fieldwork runs " + fieldwork.weeks() + (fieldwork.weeks() == 1 ? " week" : " weeks")
                      + " from a " + dayName(fieldwork.start().getDayOfWeek()) + ", but the " + inspection.cycle()
                      + " pattern is " + pattern.weeks().size() + " weeks from a " + dayName(pattern.firstDay())
                      + ": " + pattern.describeWeeks())
              .build());
    }
    if (pattern.evidenceLeadTime().isPresent()) {
      for (EvidenceSubmission e : inspection.evidenceSubmissions()) {
        if (e.submittedOn().isPresent() && !e.submittedOn().get().isBefore(fieldwork.start())) {
          out.add(
              Finding.builder()
                  .code("timetable.evidence-after-fieldwork-began")
                  .severity(Severity.WARNING)
                  .addElement(e.keyQuestion())
                  .putFigure("submitted-on", e.submittedOn().get().toString())
                  .message(
                      "the domain-one evidence for key question " + e.keyQuestion() + " was submitted on "
                          + e.submittedOn().get() + ", once fieldwork had begun (" + fieldwork.start()
                          + "); the method asks for it prior to fieldwork")
                  .build());
        }
      }
    }
    return out;
  }

  private static String dayName(java.time.DayOfWeek day) {
    String name = day.name();
    return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
  }

  private static List<Finding> providerMismatch(CheckContext c) {
    List<Finding> out = new ArrayList<>();
    Set<SampleKind> rated = new HashSet<>();
    for (Standard s : c.standards()) {
      s.sampleKind().ifPresent(rated::add);
    }
    Map<SampleKind, List<InspectedCase>> stray = new TreeMap<>();
    for (InspectedCase k : c.inspection().cases()) {
      if (!rated.contains(k.sample())) {
        stray.computeIfAbsent(k.sample(), x -> new ArrayList<>()).add(k);
      }
    }
    for (Map.Entry<SampleKind, List<InspectedCase>> e : stray.entrySet()) {
      Finding.Builder f =
          Finding.builder()
              .code("domain-three-provider-mismatch.sample")
              .severity(Severity.ERROR)
              .putFigure("cases", Integer.toString(e.getValue().size()))
              .message(
                  e.getValue().size() + (e.getValue().size() == 1 ? " case is" : " cases are") + " in the "
                      + e.getKey() + " sample, which no standard of provider type " + c.providerType()
                      + " is rated from in framework " + c.framework().id());
      e.getValue().forEach(k -> f.addCase(k.ref()));
      out.add(f.build());
    }
    if (!rated.contains(SampleKind.UNPAID_WORK) && !c.inspection().unpaidWorkEvidence().isEmpty()) {
      out.add(
          Finding.builder()
              .code("domain-three-provider-mismatch.unpaid-work-evidence")
              .severity(Severity.ERROR)
              .putFigure("evidence", Integer.toString(c.inspection().unpaidWorkEvidence().size()))
              .message(
                  "unpaid work evidence is recorded, but provider type " + c.providerType()
                      + " is not rated on unpaid work")
              .build());
    }
    for (StandardJudgement j : c.inspection().judgements()) {
      unknownStandard(c, j.standard(), "judgement").ifPresent(out::add);
    }
    for (RatingOverride o : c.inspection().overrides()) {
      unknownStandard(c, o.standard(), "override").ifPresent(out::add);
    }
    return out;
  }

  private static Optional<Finding> unknownStandard(CheckContext c, StandardCode code, String what) {
    if (c.framework().standard(c.providerType(), code).isPresent()) {
      return Optional.empty();
    }
    return Optional.of(
        Finding.builder()
            .code("domain-three-provider-mismatch." + what)
            .severity(Severity.ERROR)
            .addElement(code)
            .message(
                "a " + what + " of standard " + code + " is recorded, but no such standard applies to provider type "
                    + c.providerType() + " in framework " + c.framework().id())
            .build());
  }

  private static List<Finding> evidence(CheckContext c) {
    List<Finding> out = new ArrayList<>();
    for (Problem p : DomainOneEvidence.check(c.framework(), c.inspection(), c.policy().evidence())) {
      Finding.Builder f =
          Finding.builder()
              .code("evidence-submissions." + p.code().replace("evidence.", ""))
              .severity(Severity.WARNING)
              .message(p.where() + ": " + p.message());
      keyQuestionIn(p.where()).ifPresent(f::addElement);
      out.add(f.build());
    }
    return out;
  }

  private static final java.util.regex.Pattern KEY_QUESTION_AT_END =
      java.util.regex.Pattern.compile("(\\d+\\.\\d+\\.\\d+)$");

  /** The key question named at the end of a problem's location, such as {@code key question 1.2.3}. */
  private static Optional<ElementCode> keyQuestionIn(String where) {
    java.util.regex.Matcher m = KEY_QUESTION_AT_END.matcher(where);
    return m.find() ? Optional.of(ElementCode.parse(m.group(1))) : Optional.empty();
  }

  private static List<Finding> voice(CheckContext c) {
    ServiceUserVoice v = ServiceUserVoice.of(c.inspection());
    List<Finding> out = new ArrayList<>();
    List<org.inspectionkit.model.casework.CaseRef> missing = v.casesWithoutInterviewRecord();
    if (missing.size() > c.policy().voiceMaximumCasesWithoutInterviewRecord()) {
      out.add(
          Finding.builder()
              .code("service-user-voice.no-interview-record")
              .severity(Severity.WARNING)
              .addAllCases(missing)
              .putFigure("domain-two-cases", Integer.toString(v.domainTwoCases()))
              .putFigure("without-record", Integer.toString(missing.size()))
              .putFigure("interviewed", Integer.toString(v.interviewedCases()))
              .message(
                  missing.size() + " of " + v.domainTwoCases() + " domain-two cases have no record of an interview"
                      + " with the service user (done, declined, unreachable or offered); 2019-20 inspections"
                      + " interview the service users of the inspected cases")
              .build());
    }
    // "We will also meet with service user fora or the equivalent where one exists": a recorded absence of any
    // forum or equivalent accounts for the meeting.
    if (v.forumMeetings() < c.policy().voiceMinimumForumMeetings() && v.noForumEstablishedBy().isEmpty()) {
      out.add(
          Finding.builder()
              .code("service-user-voice.no-forum-meeting")
              .severity(Severity.WARNING)
              .putFigure("forum-meetings", Integer.toString(v.forumMeetings()))
              .message(
                  "the inspection records " + v.forumMeetings() + " service user forum meeting"
                      + (v.forumMeetings() == 1 ? "" : "s") + " and no record that none exists; 2019-20 inspections"
                      + " meet a service user forum or its equivalent where one exists")
              .build());
    }
    return out;
  }

  private static List<Finding> unpaidWork(CheckContext c) {
    Optional<Standard> unpaid =
        c.standards().stream().filter(s -> s.sampleKind().filter(SampleKind.UNPAID_WORK::equals).isPresent())
            .findFirst();
    if (unpaid.isEmpty()) {
      return List.of();
    }
    UnpaidWorkEvidenceSummary summary =
        UnpaidWorkEvidenceSummary.of(c.inspection().unpaidWorkEvidence(), c.policy().unpaidWorkRequiredMethods());
    if (summary.missingMethods().isEmpty()) {
      return List.of();
    }
    Finding.Builder f =
        Finding.builder()
            .code("unpaid-work-qualitative-evidence")
            .severity(Severity.WARNING)
            .addElement(unpaid.get().code())
            .message(
                unpaid.get().code() + " " + unpaid.get().title() + " is rated without the 2019-20 qualitative"
                    + " evidence: no " + summary.missingMethods().stream()
                        .map(m -> m.name().toLowerCase(Locale.ROOT).replace('_', ' '))
                        .collect(Collectors.joining(", no ")) + " is recorded");
    summary.countsByMethod().forEach((m, n) -> f.putFigure(m.name().toLowerCase(Locale.ROOT), Integer.toString(n)));
    return List.of(f.build());
  }

  private static List<Finding> followUp(CheckContext c) {
    List<Finding> out = new ArrayList<>();
    Inspection current = c.inspection();
    Map<RecommendationId, ProgressAssessment> assessed = new TreeMap<>();
    current.progressAssessments().forEach(p -> assessed.put(p.recommendation(), p));
    for (ProgressAssessment p : current.progressAssessments()) {
      if (p.progress() == Progress.SUFFICIENT && p.evidenceOfResult().isEmpty()) {
        out.add(
            Finding.builder()
                .code("recommendation-follow-up.sufficient-without-result")
                .severity(Severity.ERROR)
                .message(
                    "recommendation " + p.recommendation() + " is judged sufficient progress with no evidence of a"
                        + " result; progress is judged on the result of the action, not the action itself")
                .build());
      }
    }
    Optional<Inspection> previous = c.previousInspection();
    if (previous.isEmpty()) {
      current
          .previousInspection()
          .ifPresent(
              id ->
                  out.add(
                      Finding.builder()
                          .code("recommendation-follow-up.previous-not-supplied")
                          .severity(Severity.INFO)
                          .message(
                              "the previous inspection " + id + " was not supplied, so the follow-up of its"
                                  + " recommendations was not checked")
                          .build()));
      return out;
    }
    Map<RecommendationId, Recommendation> made = new TreeMap<>();
    previous.get().recommendations().forEach(r -> made.put(r.id(), r));
    for (Recommendation r : made.values()) {
      if (!assessed.containsKey(r.id())) {
        out.add(
            Finding.builder()
                .code("recommendation-follow-up.not-assessed")
                .severity(Severity.WARNING)
                .addElement(r.target())
                .message(
                    "recommendation " + r.id() + " (" + r.level().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + " " + r.target() + ") of the previous inspection has no progress assessment")
                .build());
      }
    }
    for (RecommendationId id : assessed.keySet()) {
      if (!made.containsKey(id)) {
        out.add(
            Finding.builder()
                .code("recommendation-follow-up.unknown-recommendation")
                .severity(Severity.WARNING)
                .message(
                    "progress is assessed on recommendation " + id + ", which the previous inspection "
                        + previous.get().id() + " did not make")
                .build());
      }
    }
    return out;
  }

  private static List<Finding> composition(CheckContext c) {
    if (c.population().isEmpty()) {
      return List.of();
    }
    List<InspectedCase> sample =
        c.inspection().cases().stream()
            .filter(k -> k.sample().equals(SampleKind.DOMAIN_TWO))
            .collect(Collectors.toList());
    if (sample.isEmpty()) {
      return List.of();
    }
    List<Finding> out = new ArrayList<>();
    Map<String, Function<InspectedCase, Optional<String>>> attributes = new TreeMap<>();
    attributes.put(PopulationProfile.GENDER, k -> k.gender().map(Enum::name));
    attributes.put(PopulationProfile.SENTENCE_TYPE, k -> k.sentenceType().map(Enum::name));
    attributes.put(PopulationProfile.RISK_OF_SERIOUS_HARM, k -> k.riskOfSeriousHarm().map(Enum::name));
    double margin = c.policy().samplingMarginPoints();
    for (Map.Entry<String, Map<String, Integer>> a : c.population().get().counts().entrySet()) {
      Function<InspectedCase, Optional<String>> value =
          attributes.getOrDefault(a.getKey(), k -> Optional.ofNullable(k.attributes().get(a.getKey())));
      long populationTotal = a.getValue().values().stream().mapToLong(Integer::longValue).sum();
      if (populationTotal == 0) {
        continue;
      }
      Map<String, Integer> sampled = new TreeMap<>();
      int recorded = 0;
      for (InspectedCase k : sample) {
        Optional<String> v = value.apply(k);
        if (v.isPresent()) {
          sampled.merge(v.get(), 1, Integer::sum);
          recorded++;
        }
      }
      if (recorded == 0) {
        continue;
      }
      Set<String> values = new java.util.TreeSet<>(a.getValue().keySet());
      values.addAll(sampled.keySet());
      for (String v : values) {
        double populationShare = 100.0 * a.getValue().getOrDefault(v, 0) / populationTotal;
        double sampleShare = 100.0 * sampled.getOrDefault(v, 0) / recorded;
        if (Math.abs(sampleShare - populationShare) > margin) {
          out.add(
              Finding.builder()
                  .code("sample-composition")
                  .severity(Severity.WARNING)
                  .putFigure(a.getKey() + "." + v + ".sample", String.format(Locale.ROOT, "%.1f%%", sampleShare))
                  .putFigure(a.getKey() + "." + v + ".population", String.format(Locale.ROOT, "%.1f%%", populationShare))
                  .message(
                      String.format(
                          Locale.ROOT,
                          "%s %s is %.1f%% of the domain-two sample (%d of %d cases) but %.1f%% of the eligible"
                              + " population, a difference of more than %.1f percentage points",
                          a.getKey(), v, sampleShare, sampled.getOrDefault(v, 0), recorded, populationShare, margin))
                  .build());
        }
      }
    }
    return out;
  }

  /** A check from a code, a description and a function. */
  private static final class Check implements ConsistencyCheck {
    private final String code;
    private final String description;
    private final Function<CheckContext, List<Finding>> body;
    private final Predicate<FrameworkId> frameworks;

    Check(String code, String description, Function<CheckContext, List<Finding>> body) {
      this(code, description, body, ANY);
    }

    Check(String code, String description, Function<CheckContext, List<Finding>> body,
        Predicate<FrameworkId> frameworks) {
      this.code = code;
      this.description = description;
      this.body = body;
      this.frameworks = frameworks;
    }

    @Override
    public boolean appliesTo(FrameworkId framework) {
      return frameworks.test(framework);
    }

    @Override
    public String code() {
      return code;
    }

    @Override
    public String description() {
      return description;
    }

    @Override
    public List<Finding> check(CheckContext context) {
      return body.apply(context);
    }

    @Override
    public String toString() {
      return code;
    }
  }
}
