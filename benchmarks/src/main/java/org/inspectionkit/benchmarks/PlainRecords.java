package org.inspectionkit.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inspectionkit.model.casework.Answer;
import org.inspectionkit.model.casework.CaseAssessment;
import org.inspectionkit.model.casework.InspectedCase;
import org.inspectionkit.model.casework.ServiceUserForumMeeting;
import org.inspectionkit.model.casework.ServiceUserInterview;
import org.inspectionkit.model.evidence.EvidenceItem;
import org.inspectionkit.model.evidence.EvidenceSubmission;
import org.inspectionkit.model.evidence.RatingOverride;
import org.inspectionkit.model.evidence.StandardJudgement;
import org.inspectionkit.model.evidence.UnpaidWorkEvidence;
import org.inspectionkit.model.inspection.FieldworkPeriod;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.inspection.InspectionId;
import org.inspectionkit.model.provider.Provider;
import org.inspectionkit.model.recommendation.ProgressAssessment;
import org.inspectionkit.model.recommendation.Recommendation;

/**
 * The baseline's data: an inspection as the plain Java records a developer would write without the library (no
 * validation, no value types: codes, references and enumerations are strings, absent values are {@code null}),
 * used by {@link JsonBenchmark}, {@link StoreBenchmark} and {@link MemoryFootprint}, with the converter that makes
 * them from a model {@link Inspection}, so that library and baseline work on the same data.
 *
 * <p>The converter shares what the model shares: one string per distinct element code (the generated
 * inspections share their key question codes), and the enumerations' own names ({@link Enum#name()}). Maps are
 * {@link LinkedHashMap}s, in the model's (sorted) order, which is also what Jackson makes when it reads a map.
 */
public final class PlainRecords {

  private PlainRecords() {}

  /**
   * An inspection: the header, then one list per kind of content, as in the model.
   *
   * @param id the inspection id
   * @param provider the provider as inspected
   * @param frameworkId the framework id, such as {@code probation-2019-20}
   * @param cycleStartYear the first year of the cycle, 2019 for 2019-20
   * @param status the status name
   * @param fieldwork the fieldwork period, or {@code null}
   * @param previousInspection the previous inspection's id, or {@code null}
   * @param cases the inspected cases
   * @param assessments the case assessments
   * @param interviews the service user interviews
   * @param forumMeetings the service user forum meetings
   * @param evidenceSubmissions the domain-one evidence submissions
   * @param unpaidWorkEvidence the unpaid work evidence
   * @param judgements the standard judgements
   * @param overrides the rating overrides
   * @param recommendations the recommendations made
   * @param progressAssessments the assessments of progress on earlier recommendations
   */
  public record InspectionRecord(
      String id,
      ProviderRecord provider,
      String frameworkId,
      int cycleStartYear,
      String status,
      FieldworkRecord fieldwork,
      String previousInspection,
      List<CaseRecord> cases,
      List<AssessmentRecord> assessments,
      List<InterviewRecord> interviews,
      List<ForumMeetingRecord> forumMeetings,
      List<EvidenceSubmissionRecord> evidenceSubmissions,
      List<UnpaidWorkRecord> unpaidWorkEvidence,
      List<JudgementRecord> judgements,
      List<OverrideRecord> overrides,
      List<RecommendationRecord> recommendations,
      List<ProgressRecord> progressAssessments) {}

  /**
   * A provider.
   *
   * @param id the provider id
   * @param name the name
   * @param type the provider type code, such as {@code crc}
   * @param area the area, or {@code null}
   */
  public record ProviderRecord(String id, String name, String type, String area) {}

  /**
   * A fieldwork period.
   *
   * @param start the first day
   * @param weeks the length in weeks
   */
  public record FieldworkRecord(LocalDate start, int weeks) {}

  /**
   * An inspected case.
   *
   * @param ref the case reference
   * @param sample the sample kind code, such as {@code domain-two}
   * @param gender the gender name, or {@code null}
   * @param sentenceType the sentence type name, or {@code null}
   * @param risk the risk of serious harm name, or {@code null}
   * @param startDate the start date, or {@code null}
   * @param attributes other sampling attributes, by name
   * @param diversity diversity characteristics, by name
   */
  public record CaseRecord(
      String ref,
      String sample,
      String gender,
      String sentenceType,
      String risk,
      LocalDate startDate,
      Map<String, String> attributes,
      Map<String, String> diversity) {}

  /**
   * A case assessment.
   *
   * @param caseRef the case reference
   * @param assessor the assessor
   * @param assessedOn the day of the assessment
   * @param answers key question code ({@code 2.1.3}) to answer ({@code YES}, {@code NO}, {@code NOT_APPLICABLE})
   * @param promptAnswers prompt code ({@code 2.1.3.b}) to answer
   */
  public record AssessmentRecord(
      String caseRef,
      String assessor,
      LocalDate assessedOn,
      Map<String, String> answers,
      Map<String, String> promptAnswers) {}

  /**
   * A service user interview.
   *
   * @param caseRef the case reference
   * @param outcome the outcome name
   * @param date the day, or {@code null}
   */
  public record InterviewRecord(String caseRef, String outcome, LocalDate date) {}

  /**
   * A service user forum meeting.
   *
   * @param date the day
   * @param forum the forum
   * @param attendees the number of attendees, or {@code null}
   * @param notes the notes, or {@code null}
   */
  public record ForumMeetingRecord(LocalDate date, String forum, Integer attendees, String notes) {}

  /**
   * A domain-one evidence submission.
   *
   * @param keyQuestion the key question code
   * @param items the items, in order
   * @param narrative the narrative, or {@code null}
   * @param submittedOn the day of submission, or {@code null}
   */
  public record EvidenceSubmissionRecord(
      String keyQuestion, List<EvidenceItemRecord> items, String narrative, LocalDate submittedOn) {}

  /**
   * An item of evidence.
   *
   * @param title the title
   * @param description the description, or {@code null}
   * @param documentRef the document reference, or {@code null}
   */
  public record EvidenceItemRecord(String title, String description, String documentRef) {}

  /**
   * Unpaid work evidence.
   *
   * @param method the method name
   * @param date the day, or {@code null}
   * @param summary the summary
   */
  public record UnpaidWorkRecord(String method, LocalDate date, String summary) {}

  /**
   * A standard judgement.
   *
   * @param standard the standard code
   * @param rating the rating name
   * @param rationale the rationale
   * @param citedElements the element codes cited
   * @param citedCases the case references cited
   * @param citedRecommendations the recommendation ids cited, {@code inspection/number}
   * @param inspector the inspector, or {@code null}
   */
  public record JudgementRecord(
      String standard,
      String rating,
      String rationale,
      List<String> citedElements,
      List<String> citedCases,
      List<String> citedRecommendations,
      String inspector) {}

  /**
   * A rating override.
   *
   * @param standard the standard code
   * @param computed the computed rating name
   * @param rating the final rating name
   * @param reason the reason
   * @param inspector the inspector, or {@code null}
   */
  public record OverrideRecord(String standard, String computed, String rating, String reason, String inspector) {}

  /**
   * A recommendation.
   *
   * @param inspection the id of the inspection that made it
   * @param number its number
   * @param target the element code it targets
   * @param text the text
   * @param addressedTo to whom it is addressed
   */
  public record RecommendationRecord(String inspection, int number, String target, String text, String addressedTo) {}

  /**
   * An assessment of progress on an earlier recommendation.
   *
   * @param madeIn the id of the inspection that made the recommendation
   * @param recommendationNumber the recommendation's number
   * @param assessedIn the id of the inspection that assessed it
   * @param progress the progress name
   * @param evidenceOfResult the evidence of result, in order
   * @param commentary the commentary, or {@code null}
   */
  public record ProgressRecord(
      String madeIn,
      int recommendationNumber,
      String assessedIn,
      String progress,
      List<String> evidenceOfResult,
      String commentary) {}

  /**
   * The Jackson mapper of the baseline: plain databind, dates as ISO strings ({@code 2019-09-02}, written and
   * parsed here rather than by the {@code jackson-datatype-jsr310} module), absent and empty values left out as
   * the library's writer leaves them out, and indented output as the library writes it, so that the two documents
   * are of comparable size.
   *
   * @return a new mapper
   */
  public static ObjectMapper mapper() {
    SimpleModule dates = new SimpleModule("iso-dates");
    dates.addSerializer(LocalDate.class, new IsoDateSerializer());
    dates.addDeserializer(LocalDate.class, new IsoDateDeserializer());
    return new ObjectMapper()
        .registerModule(dates)
        .setDefaultPropertyInclusion(
            JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, JsonInclude.Include.USE_DEFAULTS))
        .enable(SerializationFeature.INDENT_OUTPUT);
  }

  /**
   * The plain records holding the same data as a model inspection.
   *
   * @param inspection the inspection
   * @return its records
   */
  public static InspectionRecord of(Inspection inspection) {
    return new Converter().inspection(inspection);
  }

  /** Converts one inspection, with its own table of shared code strings. */
  private static final class Converter {
    private final Map<Object, String> codes = new HashMap<>();

    InspectionRecord inspection(Inspection i) {
      Provider p = i.provider();
      List<CaseRecord> cases = new ArrayList<>(i.cases().size());
      for (InspectedCase c : i.cases()) {
        cases.add(inspectedCase(c));
      }
      List<AssessmentRecord> assessments = new ArrayList<>(i.assessments().size());
      for (CaseAssessment a : i.assessments()) {
        assessments.add(assessment(a));
      }
      List<InterviewRecord> interviews = new ArrayList<>(i.interviews().size());
      for (ServiceUserInterview v : i.interviews()) {
        interviews.add(new InterviewRecord(v.caseRef().value(), v.outcome().name(), v.date().orElse(null)));
      }
      List<ForumMeetingRecord> meetings = new ArrayList<>();
      for (ServiceUserForumMeeting m : i.forumMeetings()) {
        Integer attendees = m.attendees().isPresent() ? m.attendees().getAsInt() : null;
        meetings.add(new ForumMeetingRecord(m.date(), m.forum(), attendees, m.notes().orElse(null)));
      }
      List<EvidenceSubmissionRecord> submissions = new ArrayList<>();
      for (EvidenceSubmission s : i.evidenceSubmissions()) {
        List<EvidenceItemRecord> items = new ArrayList<>();
        for (EvidenceItem item : s.items()) {
          items.add(
              new EvidenceItemRecord(item.title(), item.description().orElse(null), item.documentRef().orElse(null)));
        }
        submissions.add(
            new EvidenceSubmissionRecord(
                code(s.keyQuestion()), items, s.narrative().orElse(null), s.submittedOn().orElse(null)));
      }
      List<UnpaidWorkRecord> unpaidWork = new ArrayList<>();
      for (UnpaidWorkEvidence e : i.unpaidWorkEvidence()) {
        unpaidWork.add(new UnpaidWorkRecord(e.method().name(), e.date().orElse(null), e.summary()));
      }
      List<JudgementRecord> judgements = new ArrayList<>();
      for (StandardJudgement j : i.judgements()) {
        List<String> elements = new ArrayList<>();
        j.citedElements().forEach(e -> elements.add(code(e)));
        List<String> citedCases = new ArrayList<>();
        j.citedCases().forEach(r -> citedCases.add(r.value()));
        List<String> citedRecommendations = new ArrayList<>();
        j.citedRecommendations().forEach(r -> citedRecommendations.add(r.toString()));
        judgements.add(
            new JudgementRecord(
                code(j.standard()),
                j.rating().name(),
                j.rationale(),
                elements,
                citedCases,
                citedRecommendations,
                j.inspector().orElse(null)));
      }
      List<OverrideRecord> overrides = new ArrayList<>();
      for (RatingOverride o : i.overrides()) {
        overrides.add(
            new OverrideRecord(
                code(o.standard()), o.computed().name(), o.rating().name(), o.reason(), o.inspector().orElse(null)));
      }
      List<RecommendationRecord> recommendations = new ArrayList<>();
      for (Recommendation r : i.recommendations()) {
        recommendations.add(
            new RecommendationRecord(r.inspection().value(), r.number(), code(r.target()), r.text(), r.addressedTo()));
      }
      List<ProgressRecord> progress = new ArrayList<>();
      for (ProgressAssessment a : i.progressAssessments()) {
        progress.add(
            new ProgressRecord(
                a.recommendation().inspection().value(),
                a.recommendation().number(),
                a.assessedIn().value(),
                a.progress().name(),
                new ArrayList<>(a.evidenceOfResult()),
                a.commentary().orElse(null)));
      }
      Optional<FieldworkPeriod> fieldwork = i.fieldwork();
      return new InspectionRecord(
          i.id().value(),
          new ProviderRecord(p.id().value(), p.name(), p.type().code(), p.area().orElse(null)),
          i.frameworkId().value(),
          i.cycle().startYear(),
          i.status().name(),
          fieldwork.map(f -> new FieldworkRecord(f.start(), f.weeks())).orElse(null),
          i.previousInspection().map(InspectionId::value).orElse(null),
          cases,
          assessments,
          interviews,
          meetings,
          submissions,
          unpaidWork,
          judgements,
          overrides,
          recommendations,
          progress);
    }

    private AssessmentRecord assessment(CaseAssessment a) {
      return new AssessmentRecord(
          a.caseRef().value(), a.assessor(), a.assessedOn(), answers(a.answers()), answers(a.promptAnswers()));
    }

    private static CaseRecord inspectedCase(InspectedCase c) {
      return new CaseRecord(
          c.ref().value(),
          c.sample().code(),
          c.gender().map(Enum::name).orElse(null),
          c.sentenceType().map(Enum::name).orElse(null),
          c.riskOfSeriousHarm().map(Enum::name).orElse(null),
          c.startDate().orElse(null),
          new LinkedHashMap<>(c.attributes()),
          new LinkedHashMap<>(c.diversity()));
    }

    private Map<String, String> answers(Map<?, Answer> answers) {
      Map<String, String> out = new LinkedHashMap<>();
      for (Map.Entry<?, Answer> e : answers.entrySet()) {
        out.put(code(e.getKey()), e.getValue().name());
      }
      return out;
    }

    private String code(Object code) {
      return codes.computeIfAbsent(code, Object::toString);
    }
  }

  /** Writes a date as its ISO text, {@code 2019-09-02}. */
  private static final class IsoDateSerializer extends StdSerializer<LocalDate> {
    IsoDateSerializer() {
      super(LocalDate.class);
    }

    @Override
    public void serialize(LocalDate value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeString(value.toString());
    }
  }

  /** Reads a date from its ISO text, {@code 2019-09-02}. */
  private static final class IsoDateDeserializer extends StdDeserializer<LocalDate> {
    IsoDateDeserializer() {
      super(LocalDate.class);
    }

    @Override
    public LocalDate deserialize(JsonParser p, DeserializationContext context) throws IOException {
      return LocalDate.parse(p.getValueAsString());
    }
  }
}
