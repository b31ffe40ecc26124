package org.inspectionkit.examples.jdbc;

import static org.inspectionkit.examples.jdbc.Sql.date;
import static org.inspectionkit.examples.jdbc.Sql.integer;
import static org.inspectionkit.examples.jdbc.Sql.setDate;
import static org.inspectionkit.examples.jdbc.Sql.setInt;
import static org.inspectionkit.examples.jdbc.Sql.setText;
import static org.inspectionkit.examples.jdbc.Sql.text;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
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
import org.inspectionkit.model.framework.ElementCode;
import org.inspectionkit.model.framework.FrameworkId;
import org.inspectionkit.model.framework.KeyQuestionCode;
import org.inspectionkit.model.framework.PromptCode;
import org.inspectionkit.model.framework.SampleKind;
import org.inspectionkit.model.framework.StandardCode;
import org.inspectionkit.model.inspection.FieldworkPeriod;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.inspection.InspectionId;
import org.inspectionkit.model.inspection.InspectionStatus;
import org.inspectionkit.model.provider.Provider;
import org.inspectionkit.model.provider.ProviderId;
import org.inspectionkit.model.provider.ProviderType;
import org.inspectionkit.model.store.StoreException;
import org.inspectionkit.model.recommendation.Progress;
import org.inspectionkit.model.recommendation.ProgressAssessment;
import org.inspectionkit.model.recommendation.Recommendation;
import org.inspectionkit.model.recommendation.RecommendationId;

/**
 * The relational mapping of the {@link Inspection} aggregate (tables of {@code V1__inspections.sql}): writes the
 * child rows of an aggregate in batches, deletes them, and reads an aggregate back with one query per table.
 */
final class InspectionRows {

  /** Child tables, children before parents: the order to delete in (inserts go the other way). */
  static final List<String> CHILD_TABLES =
      List.of(
          "progress_evidence",
          "progress_assessment",
          "recommendation",
          "rating_override",
          "interview_theme",
          "no_service_user_forum",
          "qualitative_adjustment_method",
          "qualitative_adjustment",
          "unpaid_work_outcomes",
          "judgement_citation",
          "standard_judgement",
          "unpaid_work_evidence",
          "evidence_item",
          "evidence_submission",
          "forum_meeting",
          "service_user_interview",
          "case_answer",
          "case_assessment",
          "case_diversity",
          "case_attribute",
          "inspected_case");

  static final String CITES_ELEMENT = "ELEMENT";
  static final String CITES_CASE = "CASE";
  static final String CITES_RECOMMENDATION = "RECOMMENDATION";

  private static final String HEADER_COLUMNS =
      "provider_id, provider_name, provider_type, provider_area, framework_id, cycle_start_year, status,"
          + " fieldwork_start, fieldwork_weeks, previous_inspection";

  private InspectionRows() {}

  // ------------------------------------------------------------------------------------------------------ header

  /** Inserts the inspection row at {@code version}; a unique violation means the id is taken. */
  static void insertHeader(Connection c, Inspection i, long version) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO inspection (id, version, " + HEADER_COLUMNS
                + ", content_digest) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, i.id().value());
      ps.setLong(2, version);
      setHeader(ps, 3, i);
      ps.setString(13, ContentDigest.of(i));
      ps.executeUpdate();
    }
  }

  /**
   * Moves the inspection row from {@code expectedVersion} to the next version and rewrites its header, in one
   * statement that only matches the expected version; returns whether it matched. The row stays locked until the
   * transaction ends, so concurrent writers of one inspection queue here.
   */
  static boolean updateHeader(Connection c, Inspection i, long expectedVersion) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE inspection SET version = ?, provider_id = ?, provider_name = ?, provider_type = ?,"
                + " provider_area = ?, framework_id = ?, cycle_start_year = ?, status = ?, fieldwork_start = ?,"
                + " fieldwork_weeks = ?, previous_inspection = ?, content_digest = ? WHERE id = ? AND version = ?")) {
      ps.setLong(1, expectedVersion + 1);
      setHeader(ps, 2, i);
      ps.setString(12, ContentDigest.of(i));
      ps.setString(13, i.id().value());
      ps.setLong(14, expectedVersion);
      return ps.executeUpdate() == 1;
    }
  }

  private static void setHeader(PreparedStatement ps, int first, Inspection i) throws SQLException {
    Provider p = i.provider();
    ps.setString(first, p.id().value());
    ps.setString(first + 1, p.name());
    ps.setString(first + 2, p.type().code());
    setText(ps, first + 3, p.area());
    ps.setString(first + 4, i.frameworkId().value());
    ps.setInt(first + 5, i.cycle().startYear());
    ps.setString(first + 6, i.status().name());
    setDate(ps, first + 7, i.fieldwork().map(FieldworkPeriod::start));
    if (i.fieldwork().isPresent()) {
      ps.setInt(first + 8, i.fieldwork().get().weeks());
    } else {
      ps.setNull(first + 8, Types.INTEGER);
    }
    setText(ps, first + 9, i.previousInspection().map(InspectionId::value));
  }

  /** The stored version of an inspection, if it is stored. */
  static OptionalLong version(Connection c, InspectionId id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT version FROM inspection WHERE id = ?")) {
      ps.setString(1, id.value());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
      }
    }
  }

  /**
   * The stored version of an inspection, having locked its row until the transaction ends (so no save of it can
   * start or be half done meanwhile); empty if it is not stored. A write, so no database serves it from a cache.
   */
  static OptionalLong lockVersion(Connection c, InspectionId id) throws SQLException {
    if (Sql.execute(c, "UPDATE inspection SET version = version WHERE id = ?", id.value()) == 0) {
      return OptionalLong.empty();
    }
    return version(c, id);
  }

  // ------------------------------------------------------------------------------------------------------ delete

  /** Deletes every child row of an inspection, children before parents. */
  static void deleteChildren(Connection c, InspectionId id) throws SQLException {
    for (String table : CHILD_TABLES) {
      Sql.execute(c, "DELETE FROM " + table + " WHERE inspection_id = ?", id.value());
    }
  }

  // ------------------------------------------------------------------------------------------------------- write

  /** Inserts every child row of an inspection, parents before children, in batches. */
  static void insertChildren(Connection c, Inspection i) throws SQLException {
    String id = i.id().value();
    insertCases(c, id, i.cases());
    insertAssessments(c, id, i.assessments());
    insertInterviews(c, id, i.interviews());
    insertForumMeetings(c, id, i.forumMeetings());
    insertNoForum(c, id, i);
    insertEvidence(c, id, i.evidenceSubmissions());
    insertUnpaidWork(c, id, i.unpaidWorkEvidence());
    insertJudgements(c, id, i.judgements());
    insertOverrides(c, id, i.overrides());
    insertUnpaidWorkRatingBasis(c, id, i);
    insertRecommendations(c, id, i.recommendations());
    insertProgress(c, id, i.progressAssessments());
  }

  private static void insertCases(Connection c, String id, List<InspectedCase> cases) throws SQLException {
    if (cases.isEmpty()) {
      return;
    }
    try (Sql.Batch rows =
            new Sql.Batch(
                c,
                "INSERT INTO inspected_case (inspection_id, case_ref, sample_kind, gender, sentence_type,"
                    + " risk_of_serious_harm, start_date) VALUES (?, ?, ?, ?, ?, ?, ?)");
        Sql.Batch attributes =
            new Sql.Batch(
                c,
                "INSERT INTO case_attribute (inspection_id, case_ref, name, attribute_value) VALUES (?, ?, ?, ?)");
        Sql.Batch diversity =
            new Sql.Batch(
                c,
                "INSERT INTO case_diversity (inspection_id, case_ref, name, characteristic) VALUES (?, ?, ?, ?)")) {
      for (InspectedCase k : cases) {
        PreparedStatement ps = rows.row();
        ps.setString(1, id);
        ps.setString(2, k.ref().value());
        ps.setString(3, k.sample().code());
        setText(ps, 4, k.gender().map(Enum::name));
        setText(ps, 5, k.sentenceType().map(Enum::name));
        setText(ps, 6, k.riskOfSeriousHarm().map(Enum::name));
        setDate(ps, 7, k.startDate());
        rows.add();
      }
      rows.flush();
      for (InspectedCase k : cases) {
        addNamedValues(attributes, id, k.ref(), k.attributes());
        addNamedValues(diversity, id, k.ref(), k.diversity());
      }
      attributes.flush();
      diversity.flush();
    }
  }

  private static void addNamedValues(Sql.Batch batch, String id, CaseRef ref, Map<String, String> values)
      throws SQLException {
    for (Map.Entry<String, String> e : values.entrySet()) {
      PreparedStatement ps = batch.row();
      ps.setString(1, id);
      ps.setString(2, ref.value());
      ps.setString(3, e.getKey());
      ps.setString(4, e.getValue());
      batch.add();
    }
  }

  private static void insertAssessments(Connection c, String id, List<CaseAssessment> assessments)
      throws SQLException {
    if (assessments.isEmpty()) {
      return;
    }
    try (Sql.Batch rows =
            new Sql.Batch(
                c,
                "INSERT INTO case_assessment (inspection_id, case_ref, assessor, assessed_on) VALUES (?, ?, ?, ?)");
        Sql.Batch answers =
            new Sql.Batch(
                c,
                "INSERT INTO case_answer (inspection_id, case_ref, element_code, answer) VALUES (?, ?, ?, ?)")) {
      for (CaseAssessment a : assessments) {
        PreparedStatement ps = rows.row();
        ps.setString(1, id);
        ps.setString(2, a.caseRef().value());
        ps.setString(3, a.assessor());
        setDate(ps, 4, a.assessedOn());
        rows.add();
      }
      rows.flush();
      for (CaseAssessment a : assessments) {
        addAnswers(answers, id, a.caseRef(), a.answers());
        addAnswers(answers, id, a.caseRef(), a.promptAnswers());
      }
      answers.flush();
    }
  }

  private static void addAnswers(Sql.Batch batch, String id, CaseRef ref, Map<? extends ElementCode, Answer> answers)
      throws SQLException {
    for (Map.Entry<? extends ElementCode, Answer> e : answers.entrySet()) {
      PreparedStatement ps = batch.row();
      ps.setString(1, id);
      ps.setString(2, ref.value());
      ps.setString(3, e.getKey().toString());
      ps.setString(4, e.getValue().name());
      batch.add();
    }
  }

  private static void insertInterviews(Connection c, String id, List<ServiceUserInterview> interviews)
      throws SQLException {
    if (interviews.isEmpty()) {
      return;
    }
    try (Sql.Batch rows =
        new Sql.Batch(
            c,
            "INSERT INTO service_user_interview (inspection_id, list_index, case_ref, outcome, interview_date)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      int index = 0;
      for (ServiceUserInterview v : interviews) {
        PreparedStatement ps = rows.row();
        ps.setString(1, id);
        ps.setInt(2, index++);
        ps.setString(3, v.caseRef().value());
        ps.setString(4, v.outcome().name());
        setDate(ps, 5, v.date());
        rows.add();
      }
      rows.flush();
    }
    try (Sql.Batch themes =
        new Sql.Batch(c, "INSERT INTO interview_theme (inspection_id, list_index, theme) VALUES (?, ?, ?)")) {
      int index = 0;
      for (ServiceUserInterview v : interviews) {
        for (InterviewTheme t : v.themes()) {
          PreparedStatement ps = themes.row();
          ps.setString(1, id);
          ps.setInt(2, index);
          ps.setString(3, t.code());
          themes.add();
        }
        index++;
      }
      themes.flush();
    }
  }

  private static void insertNoForum(Connection c, String id, Inspection i) throws SQLException {
    if (i.noServiceUserForum().isEmpty()) {
      return;
    }
    NoServiceUserForum n = i.noServiceUserForum().get();
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO no_service_user_forum (inspection_id, established_by, enquiry_date, note) VALUES (?, ?, ?, ?)")) {
      ps.setString(1, id);
      ps.setString(2, n.establishedBy().name());
      setDate(ps, 3, n.date());
      setText(ps, 4, n.note());
      ps.executeUpdate();
    }
  }

  private static void insertForumMeetings(Connection c, String id, List<ServiceUserForumMeeting> meetings)
      throws SQLException {
    if (meetings.isEmpty()) {
      return;
    }
    try (Sql.Batch rows =
        new Sql.Batch(
            c,
            "INSERT INTO forum_meeting (inspection_id, list_index, meeting_date, forum, attendees, notes)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
      int index = 0;
      for (ServiceUserForumMeeting m : meetings) {
        PreparedStatement ps = rows.row();
        ps.setString(1, id);
        ps.setInt(2, index++);
        setDate(ps, 3, m.date());
        ps.setString(4, m.forum());
        setInt(ps, 5, m.attendees());
        setText(ps, 6, m.notes());
        rows.add();
      }
      rows.flush();
    }
  }

  private static void insertEvidence(Connection c, String id, List<EvidenceSubmission> submissions)
      throws SQLException {
    if (submissions.isEmpty()) {
      return;
    }
    try (Sql.Batch rows =
            new Sql.Batch(
                c,
                "INSERT INTO evidence_submission (inspection_id, key_question, narrative, submitted_on)"
                    + " VALUES (?, ?, ?, ?)");
        Sql.Batch items =
            new Sql.Batch(
                c,
                "INSERT INTO evidence_item (inspection_id, key_question, list_index, title, description,"
                    + " document_ref) VALUES (?, ?, ?, ?, ?, ?)")) {
      for (EvidenceSubmission s : submissions) {
        PreparedStatement ps = rows.row();
        ps.setString(1, id);
        ps.setString(2, s.keyQuestion().toString());
        setText(ps, 3, s.narrative());
        setDate(ps, 4, s.submittedOn());
        rows.add();
      }
      rows.flush();
      for (EvidenceSubmission s : submissions) {
        int index = 0;
        for (EvidenceItem item : s.items()) {
          PreparedStatement ps = items.row();
          ps.setString(1, id);
          ps.setString(2, s.keyQuestion().toString());
          ps.setInt(3, index++);
          ps.setString(4, item.title());
          setText(ps, 5, item.description());
          setText(ps, 6, item.documentRef());
          items.add();
        }
      }
      items.flush();
    }
  }

  private static void insertUnpaidWork(Connection c, String id, List<UnpaidWorkEvidence> evidence)
      throws SQLException {
    if (evidence.isEmpty()) {
      return;
    }
    try (Sql.Batch rows =
        new Sql.Batch(
            c,
            "INSERT INTO unpaid_work_evidence (inspection_id, list_index, method, evidence_date, summary)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      int index = 0;
      for (UnpaidWorkEvidence e : evidence) {
        PreparedStatement ps = rows.row();
        ps.setString(1, id);
        ps.setInt(2, index++);
        ps.setString(3, e.method().name());
        setDate(ps, 4, e.date());
        ps.setString(5, e.summary());
        rows.add();
      }
      rows.flush();
    }
  }

  private static void insertJudgements(Connection c, String id, List<StandardJudgement> judgements)
      throws SQLException {
    if (judgements.isEmpty()) {
      return;
    }
    try (Sql.Batch rows =
            new Sql.Batch(
                c,
                "INSERT INTO standard_judgement (inspection_id, standard_code, rating, rationale, inspector)"
                    + " VALUES (?, ?, ?, ?, ?)");
        Sql.Batch citations =
            new Sql.Batch(
                c,
                "INSERT INTO judgement_citation (inspection_id, standard_code, cited_kind, cited)"
                    + " VALUES (?, ?, ?, ?)")) {
      for (StandardJudgement j : judgements) {
        PreparedStatement ps = rows.row();
        ps.setString(1, id);
        ps.setString(2, j.standard().toString());
        ps.setString(3, j.rating().name());
        ps.setString(4, j.rationale());
        setText(ps, 5, j.inspector());
        rows.add();
      }
      rows.flush();
      for (StandardJudgement j : judgements) {
        for (ElementCode e : j.citedElements()) {
          addCitation(citations, id, j, CITES_ELEMENT, e.toString());
        }
        for (CaseRef r : j.citedCases()) {
          addCitation(citations, id, j, CITES_CASE, r.value());
        }
        for (RecommendationId r : j.citedRecommendations()) {
          addCitation(citations, id, j, CITES_RECOMMENDATION, r.toString());
        }
      }
      citations.flush();
    }
  }

  private static void addCitation(Sql.Batch batch, String id, StandardJudgement j, String kind, String cited)
      throws SQLException {
    PreparedStatement ps = batch.row();
    ps.setString(1, id);
    ps.setString(2, j.standard().toString());
    ps.setString(3, kind);
    ps.setString(4, cited);
    batch.add();
  }

  private static void insertOverrides(Connection c, String id, List<RatingOverride> overrides) throws SQLException {
    if (overrides.isEmpty()) {
      return;
    }
    try (Sql.Batch rows =
        new Sql.Batch(
            c,
            "INSERT INTO rating_override (inspection_id, standard_code, computed_rating, final_rating, reason,"
                + " inspector) VALUES (?, ?, ?, ?, ?, ?)")) {
      for (RatingOverride o : overrides) {
        PreparedStatement ps = rows.row();
        ps.setString(1, id);
        ps.setString(2, o.standard().toString());
        ps.setString(3, o.computed().name());
        ps.setString(4, o.rating().name());
        ps.setString(5, o.reason());
        setText(ps, 6, o.inspector());
        rows.add();
      }
      rows.flush();
    }
  }

  private static void insertUnpaidWorkRatingBasis(Connection c, String id, Inspection i) throws SQLException {
    if (i.unpaidWorkOutcomes().isPresent()) {
      UnpaidWorkOutcomes o = i.unpaidWorkOutcomes().get();
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO unpaid_work_outcomes (inspection_id, period_start, period_end, orders_made, hours_ordered,"
                  + " hours_worked, orders_completed, completed_within_twelve_months)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
        ps.setString(1, id);
        setDate(ps, 2, o.periodStart());
        setDate(ps, 3, o.periodEnd());
        setInt(ps, 4, o.ordersMade());
        setInt(ps, 5, o.hoursOrdered());
        setInt(ps, 6, o.hoursWorked());
        setInt(ps, 7, o.ordersCompleted());
        setInt(ps, 8, o.completedWithinTwelveMonths());
        ps.executeUpdate();
      }
    }
    if (i.qualitativeAdjustments().isEmpty()) {
      return;
    }
    try (Sql.Batch rows =
            new Sql.Batch(
                c,
                "INSERT INTO qualitative_adjustment (inspection_id, standard_code, case_data_rating, final_rating,"
                    + " cites_outcomes, reason, inspector) VALUES (?, ?, ?, ?, ?, ?, ?)");
        Sql.Batch methods =
            new Sql.Batch(
                c,
                "INSERT INTO qualitative_adjustment_method (inspection_id, standard_code, method) VALUES (?, ?, ?)")) {
      for (QualitativeAdjustment a : i.qualitativeAdjustments()) {
        PreparedStatement ps = rows.row();
        ps.setString(1, id);
        ps.setString(2, a.standard().toString());
        ps.setString(3, a.caseData().name());
        ps.setString(4, a.rating().name());
        ps.setBoolean(5, a.citesOutcomes());
        ps.setString(6, a.reason());
        setText(ps, 7, a.inspector());
        rows.add();
      }
      rows.flush();
      for (QualitativeAdjustment a : i.qualitativeAdjustments()) {
        for (UnpaidWorkMethod m : a.citedMethods()) {
          PreparedStatement ps = methods.row();
          ps.setString(1, id);
          ps.setString(2, a.standard().toString());
          ps.setString(3, m.name());
          methods.add();
        }
      }
      methods.flush();
    }
  }

  private static void insertRecommendations(Connection c, String id, List<Recommendation> recommendations)
      throws SQLException {
    if (recommendations.isEmpty()) {
      return;
    }
    try (Sql.Batch rows =
        new Sql.Batch(
            c,
            "INSERT INTO recommendation (inspection_id, recommendation_number, target_code, recommendation_text,"
                + " addressed_to) VALUES (?, ?, ?, ?, ?)")) {
      for (Recommendation r : recommendations) {
        PreparedStatement ps = rows.row();
        ps.setString(1, id);
        ps.setInt(2, r.number());
        ps.setString(3, r.target().toString());
        ps.setString(4, r.text());
        ps.setString(5, r.addressedTo());
        rows.add();
      }
      rows.flush();
    }
  }

  private static void insertProgress(Connection c, String id, List<ProgressAssessment> assessments)
      throws SQLException {
    if (assessments.isEmpty()) {
      return;
    }
    try (Sql.Batch rows =
            new Sql.Batch(
                c,
                "INSERT INTO progress_assessment (inspection_id, made_in, recommendation_number, progress,"
                    + " commentary) VALUES (?, ?, ?, ?, ?)");
        Sql.Batch evidence =
            new Sql.Batch(
                c,
                "INSERT INTO progress_evidence (inspection_id, made_in, recommendation_number, list_index,"
                    + " statement) VALUES (?, ?, ?, ?, ?)")) {
      for (ProgressAssessment p : assessments) {
        PreparedStatement ps = rows.row();
        ps.setString(1, id);
        ps.setString(2, p.recommendation().inspection().value());
        ps.setInt(3, p.recommendation().number());
        ps.setString(4, p.progress().name());
        setText(ps, 5, p.commentary());
        rows.add();
      }
      rows.flush();
      for (ProgressAssessment p : assessments) {
        int index = 0;
        for (String statement : p.evidenceOfResult()) {
          PreparedStatement ps = evidence.row();
          ps.setString(1, id);
          ps.setString(2, p.recommendation().inspection().value());
          ps.setInt(3, p.recommendation().number());
          ps.setInt(4, index++);
          ps.setString(5, statement);
          evidence.add();
        }
      }
      evidence.flush();
    }
  }

  // -------------------------------------------------------------------------------------------------------- read

  /**
   * Reads a whole inspection and the version it was read at, with one query per table; empty if it is not
   * stored. The caller makes the queries one consistent read (see {@link Sql#readWhole}).
   */
  static Optional<Read> read(Connection c, InspectionId inspectionId) throws SQLException {
    String id = inspectionId.value();
    Inspection.Builder b = Inspection.builder().id(inspectionId);
    long version;
    Optional<String> digest;
    try (PreparedStatement ps =
        c.prepareStatement("SELECT version, " + HEADER_COLUMNS + ", content_digest FROM inspection WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        version = rs.getLong(1);
        b.provider(
                Provider.builder()
                    .id(ProviderId.of(rs.getString(2)))
                    .name(rs.getString(3))
                    .type(ProviderType.of(rs.getString(4)))
                    .area(text(rs, 5))
                    .build())
            .frameworkId(FrameworkId.of(rs.getString(6)))
            .cycle(Cycle.of(rs.getInt(7)))
            .status(InspectionStatus.valueOf(rs.getString(8)));
        Optional<LocalDate> start = date(rs, 9);
        if (start.isPresent()) {
          b.fieldwork(FieldworkPeriod.of(start.get(), rs.getInt(10)));
        }
        text(rs, 11).map(InspectionId::of).ifPresent(b::previousInspection);
        digest = text(rs, 12);
      }
    }
    b.cases(readCases(c, id));
    b.assessments(readAssessments(c, id));
    b.interviews(readInterviews(c, id));
    b.forumMeetings(readForumMeetings(c, id));
    b.noServiceUserForum(readNoForum(c, id));
    b.evidenceSubmissions(readEvidence(c, id));
    b.unpaidWorkEvidence(readUnpaidWork(c, id));
    b.judgements(readJudgements(c, id));
    b.overrides(readOverrides(c, id));
    b.qualitativeAdjustments(readAdjustments(c, id));
    b.unpaidWorkOutcomes(readUnpaidWorkOutcomes(c, id));
    b.recommendations(readRecommendations(c, "WHERE inspection_id = ?", id));
    b.progressAssessments(readProgress(c, "WHERE p.inspection_id = ?", id));
    Inspection inspection = b.build();
    if (digest.isPresent() && !digest.get().equals(ContentDigest.of(inspection))) {
      String key = StoreException.keyOf(inspectionId);
      throw new StoreException(
          key,
          key + " version " + version + " is damaged: its rows do not match the digest saved with them (rows were"
              + " lost or changed outside the store); restore it from a backup");
    }
    return Optional.of(new Read(inspection, version));
  }

  /** An inspection as read, with the version its header row had. */
  static final class Read {
    final Inspection inspection;
    final long version;

    Read(Inspection inspection, long version) {
      this.inspection = inspection;
      this.version = version;
    }
  }

  private static List<InspectedCase> readCases(Connection c, String id) throws SQLException {
    Map<String, InspectedCase.Builder> cases = new LinkedHashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT case_ref, sample_kind, gender, sentence_type, risk_of_serious_harm, start_date"
                + " FROM inspected_case WHERE inspection_id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        Map<String, SampleKind> samples = new HashMap<>();
        while (rs.next()) {
          String ref = rs.getString(1);
          InspectedCase.Builder k =
              InspectedCase.builder()
                  .ref(CaseRef.of(ref))
                  .sample(samples.computeIfAbsent(rs.getString(2), SampleKind::of))
                  .gender(text(rs, 3).map(Gender::valueOf))
                  .sentenceType(text(rs, 4).map(SentenceType::valueOf))
                  .riskOfSeriousHarm(text(rs, 5).map(RiskOfSeriousHarm::valueOf))
                  .startDate(date(rs, 6));
          cases.put(ref, k);
        }
      }
    }
    if (cases.isEmpty()) {
      return List.of();
    }
    try (PreparedStatement ps =
        c.prepareStatement("SELECT case_ref, name, attribute_value FROM case_attribute WHERE inspection_id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Sql.parent(cases, rs.getString(1), "case_attribute").putAttribute(rs.getString(2), rs.getString(3));
        }
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement("SELECT case_ref, name, characteristic FROM case_diversity WHERE inspection_id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Sql.parent(cases, rs.getString(1), "case_diversity").putDiversity(rs.getString(2), rs.getString(3));
        }
      }
    }
    List<InspectedCase> out = new ArrayList<>(cases.size());
    for (InspectedCase.Builder k : cases.values()) {
      out.add(k.build());
    }
    return out;
  }

  private static List<CaseAssessment> readAssessments(Connection c, String id) throws SQLException {
    Map<String, CaseAssessment.Builder> assessments = new LinkedHashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT case_ref, assessor, assessed_on FROM case_assessment WHERE inspection_id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String ref = rs.getString(1);
          assessments.put(
              ref,
              CaseAssessment.builder()
                  .caseRef(CaseRef.of(ref))
                  .assessor(rs.getString(2))
                  .assessedOn(rs.getObject(3, LocalDate.class)));
        }
      }
    }
    if (assessments.isEmpty()) {
      return List.of();
    }
    Map<String, ElementCode> codes = new HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement("SELECT case_ref, element_code, answer FROM case_answer WHERE inspection_id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          CaseAssessment.Builder a = Sql.parent(assessments, rs.getString(1), "case_answer");
          ElementCode code = codes.computeIfAbsent(rs.getString(2), ElementCode::parse);
          Answer answer = Answer.valueOf(rs.getString(3));
          if (code instanceof PromptCode) {
            a.putPromptAnswer((PromptCode) code, answer);
          } else {
            a.putAnswer((KeyQuestionCode) code, answer);
          }
        }
      }
    }
    List<CaseAssessment> out = new ArrayList<>(assessments.size());
    for (CaseAssessment.Builder a : assessments.values()) {
      out.add(a.build());
    }
    return out;
  }

  private static List<ServiceUserInterview> readInterviews(Connection c, String id) throws SQLException {
    Map<Integer, ServiceUserInterview.Builder> out = new java.util.TreeMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT list_index, case_ref, outcome, interview_date FROM service_user_interview"
                + " WHERE inspection_id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(
              rs.getInt(1),
              ServiceUserInterview.builder()
                  .caseRef(CaseRef.of(rs.getString(2)))
                  .outcome(InterviewOutcome.valueOf(rs.getString(3)))
                  .date(date(rs, 4)));
        }
      }
    }
    // Queried even when there is no interview, so that a load makes the same queries whatever it holds.
    try (PreparedStatement ps =
        c.prepareStatement("SELECT list_index, theme FROM interview_theme WHERE inspection_id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Sql.parent(out, rs.getInt(1), "interview_theme").addThemes(InterviewTheme.of(rs.getString(2)));
        }
      }
    }
    List<ServiceUserInterview> built = new ArrayList<>();
    out.values().forEach(b -> built.add(b.build()));
    return built;
  }

  private static Optional<NoServiceUserForum> readNoForum(Connection c, String id) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT established_by, enquiry_date, note FROM no_service_user_forum WHERE inspection_id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            NoServiceUserForum.builder()
                .establishedBy(ForumEnquiry.valueOf(rs.getString(1)))
                .date(date(rs, 2))
                .note(text(rs, 3))
                .build());
      }
    }
  }

  private static List<ServiceUserForumMeeting> readForumMeetings(Connection c, String id) throws SQLException {
    List<ServiceUserForumMeeting> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT meeting_date, forum, attendees, notes FROM forum_meeting WHERE inspection_id = ?"
                + " ORDER BY list_index")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              ServiceUserForumMeeting.builder()
                  .date(rs.getObject(1, LocalDate.class))
                  .forum(rs.getString(2))
                  .attendees(integer(rs, 3))
                  .notes(text(rs, 4))
                  .build());
        }
      }
    }
    return out;
  }

  private static List<EvidenceSubmission> readEvidence(Connection c, String id) throws SQLException {
    Map<String, EvidenceSubmission.Builder> submissions = new LinkedHashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT key_question, narrative, submitted_on FROM evidence_submission WHERE inspection_id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String code = rs.getString(1);
          submissions.put(
              code,
              EvidenceSubmission.builder()
                  .keyQuestion(KeyQuestionCode.parse(code))
                  .narrative(text(rs, 2))
                  .submittedOn(date(rs, 3)));
        }
      }
    }
    if (submissions.isEmpty()) {
      return List.of();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT key_question, title, description, document_ref FROM evidence_item WHERE inspection_id = ?"
                + " ORDER BY key_question, list_index")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Sql.parent(submissions, rs.getString(1), "evidence_item")
              .addItem(
                  EvidenceItem.builder()
                      .title(rs.getString(2))
                      .description(text(rs, 3))
                      .documentRef(text(rs, 4))
                      .build());
        }
      }
    }
    List<EvidenceSubmission> out = new ArrayList<>(submissions.size());
    for (EvidenceSubmission.Builder s : submissions.values()) {
      out.add(s.build());
    }
    return out;
  }

  private static List<UnpaidWorkEvidence> readUnpaidWork(Connection c, String id) throws SQLException {
    List<UnpaidWorkEvidence> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT method, evidence_date, summary FROM unpaid_work_evidence WHERE inspection_id = ?"
                + " ORDER BY list_index")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              UnpaidWorkEvidence.builder()
                  .method(UnpaidWorkMethod.valueOf(rs.getString(1)))
                  .date(date(rs, 2))
                  .summary(rs.getString(3))
                  .build());
        }
      }
    }
    return out;
  }

  private static List<StandardJudgement> readJudgements(Connection c, String id) throws SQLException {
    Map<String, StandardJudgement.Builder> judgements = new LinkedHashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT standard_code, rating, rationale, inspector FROM standard_judgement WHERE inspection_id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String code = rs.getString(1);
          judgements.put(
              code,
              StandardJudgement.builder()
                  .standard(StandardCode.parse(code))
                  .rating(Rating.valueOf(rs.getString(2)))
                  .rationale(rs.getString(3))
                  .inspector(text(rs, 4)));
        }
      }
    }
    if (judgements.isEmpty()) {
      return List.of();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT standard_code, cited_kind, cited FROM judgement_citation WHERE inspection_id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          StandardJudgement.Builder j = Sql.parent(judgements, rs.getString(1), "judgement_citation");
          String kind = rs.getString(2);
          String cited = rs.getString(3);
          if (CITES_ELEMENT.equals(kind)) {
            j.addCitedElement(ElementCode.parse(cited));
          } else if (CITES_CASE.equals(kind)) {
            j.addCitedCase(CaseRef.of(cited));
          } else if (CITES_RECOMMENDATION.equals(kind)) {
            j.addCitedRecommendation(RecommendationId.parse(cited));
          } else {
            throw new SQLException("judgement_citation.cited_kind: unknown kind '" + kind + "'");
          }
        }
      }
    }
    List<StandardJudgement> out = new ArrayList<>(judgements.size());
    for (StandardJudgement.Builder j : judgements.values()) {
      out.add(j.build());
    }
    return out;
  }

  private static Optional<UnpaidWorkOutcomes> readUnpaidWorkOutcomes(Connection c, String id) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT period_start, period_end, orders_made, hours_ordered, hours_worked, orders_completed,"
                + " completed_within_twelve_months FROM unpaid_work_outcomes WHERE inspection_id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            UnpaidWorkOutcomes.builder()
                .periodStart(rs.getObject(1, LocalDate.class))
                .periodEnd(rs.getObject(2, LocalDate.class))
                .ordersMade(integer(rs, 3))
                .hoursOrdered(integer(rs, 4))
                .hoursWorked(integer(rs, 5))
                .ordersCompleted(integer(rs, 6))
                .completedWithinTwelveMonths(integer(rs, 7))
                .build());
      }
    }
  }

  private static List<QualitativeAdjustment> readAdjustments(Connection c, String id) throws SQLException {
    Map<String, QualitativeAdjustment.Builder> out = new LinkedHashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT standard_code, case_data_rating, final_rating, cites_outcomes, reason, inspector"
                + " FROM qualitative_adjustment WHERE inspection_id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(
              rs.getString(1),
              QualitativeAdjustment.builder()
                  .standard(StandardCode.parse(rs.getString(1)))
                  .caseData(Rating.valueOf(rs.getString(2)))
                  .rating(Rating.valueOf(rs.getString(3)))
                  .citesOutcomes(rs.getBoolean(4))
                  .reason(rs.getString(5))
                  .inspector(text(rs, 6)));
        }
      }
    }
    // Queried even when there is no adjustment, so that a load makes the same queries whatever it holds.
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT standard_code, method FROM qualitative_adjustment_method WHERE inspection_id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Sql.parent(out, rs.getString(1), "qualitative_adjustment_method")
              .addCitedMethods(UnpaidWorkMethod.valueOf(rs.getString(2)));
        }
      }
    }
    List<QualitativeAdjustment> built = new ArrayList<>();
    out.values().forEach(b -> built.add(b.build()));
    return built;
  }

  private static List<RatingOverride> readOverrides(Connection c, String id) throws SQLException {
    List<RatingOverride> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT standard_code, computed_rating, final_rating, reason, inspector FROM rating_override"
                + " WHERE inspection_id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              RatingOverride.builder()
                  .standard(StandardCode.parse(rs.getString(1)))
                  .computed(Rating.valueOf(rs.getString(2)))
                  .rating(Rating.valueOf(rs.getString(3)))
                  .reason(rs.getString(4))
                  .inspector(text(rs, 5))
                  .build());
        }
      }
    }
    return out;
  }

  /** Recommendations matching {@code where} (on table {@code recommendation}) with string parameters. */
  static List<Recommendation> readRecommendations(Connection c, String where, String... parameters)
      throws SQLException {
    List<Recommendation> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT inspection_id, recommendation_number, target_code, recommendation_text, addressed_to"
                + " FROM recommendation " + where)) {
      for (int i = 0; i < parameters.length; i++) {
        ps.setString(i + 1, parameters[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(recommendationAt(rs));
        }
      }
    }
    return out;
  }

  /** The recommendation in columns 1 to 5 of the current row. */
  static Recommendation recommendationAt(ResultSet rs) throws SQLException {
    return Recommendation.builder()
        .inspection(InspectionId.of(rs.getString(1)))
        .number(rs.getInt(2))
        .target(ElementCode.parse(rs.getString(3)))
        .text(rs.getString(4))
        .addressedTo(rs.getString(5))
        .build();
  }

  /**
   * Progress assessments matching {@code where} (on {@code progress_assessment p}), each with its evidence of
   * result, in one query so that the assessments and their evidence come from one snapshot.
   */
  static List<ProgressAssessment> readProgress(Connection c, String where, Object... parameters)
      throws SQLException {
    Map<List<Object>, ProgressAssessment.Builder> assessments = new LinkedHashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT p.inspection_id, p.made_in, p.recommendation_number, p.progress, p.commentary, e.statement"
                + " FROM progress_assessment p LEFT JOIN progress_evidence e"
                + " ON e.inspection_id = p.inspection_id AND e.made_in = p.made_in"
                + " AND e.recommendation_number = p.recommendation_number "
                + where
                + " ORDER BY p.inspection_id, p.made_in, p.recommendation_number, e.list_index")) {
      for (int i = 0; i < parameters.length; i++) {
        ps.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String assessedIn = rs.getString(1);
          String madeIn = rs.getString(2);
          int number = rs.getInt(3);
          ProgressAssessment.Builder p =
              assessments.get(List.of(assessedIn, madeIn, number));
          if (p == null) {
            p =
                ProgressAssessment.builder()
                    .recommendation(RecommendationId.of(InspectionId.of(madeIn), number))
                    .assessedIn(InspectionId.of(assessedIn))
                    .progress(Progress.valueOf(rs.getString(4)))
                    .commentary(text(rs, 5));
            assessments.put(List.of(assessedIn, madeIn, number), p);
          }
          String statement = rs.getString(6);
          if (statement != null) {
            p.addEvidenceOfResult(statement);
          }
        }
      }
    }
    List<ProgressAssessment> out = new ArrayList<>(assessments.size());
    for (ProgressAssessment.Builder p : assessments.values()) {
      out.add(p.build());
    }
    return out;
  }
}
