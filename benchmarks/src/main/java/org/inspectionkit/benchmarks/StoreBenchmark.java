package org.inspectionkit.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.inspectionkit.benchmarks.PlainRecords.AssessmentRecord;
import org.inspectionkit.benchmarks.PlainRecords.CaseRecord;
import org.inspectionkit.benchmarks.PlainRecords.EvidenceItemRecord;
import org.inspectionkit.benchmarks.PlainRecords.EvidenceSubmissionRecord;
import org.inspectionkit.benchmarks.PlainRecords.FieldworkRecord;
import org.inspectionkit.benchmarks.PlainRecords.ForumMeetingRecord;
import org.inspectionkit.benchmarks.PlainRecords.InspectionRecord;
import org.inspectionkit.benchmarks.PlainRecords.InterviewRecord;
import org.inspectionkit.benchmarks.PlainRecords.JudgementRecord;
import org.inspectionkit.benchmarks.PlainRecords.OverrideRecord;
import org.inspectionkit.benchmarks.PlainRecords.ProgressRecord;
import org.inspectionkit.benchmarks.PlainRecords.ProviderRecord;
import org.inspectionkit.benchmarks.PlainRecords.RecommendationRecord;
import org.inspectionkit.benchmarks.PlainRecords.UnpaidWorkRecord;
import org.inspectionkit.examples.jdbc.DatabaseSchema;
import org.inspectionkit.examples.jdbc.JdbcInspectionStore;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.inspection.InspectionId;
import org.inspectionkit.model.provider.ProviderId;
import org.inspectionkit.model.store.Versioned;
import org.inspectionkit.testkit.store.LargeInspections;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Saving and loading a large inspection in a relational database: the example adapter
 * {@link JdbcInspectionStore} against raw JDBC writing and reading the same rows of the same schema, on the same
 * embedded H2 database, in memory ({@code h2-mem}), in a file in a temporary directory ({@code h2-file}), or in a
 * file with every commit written before the save returns ({@code h2-file-durable}, {@code WRITE_DELAY=0}, as
 * {@code EmbeddedStore} opens it).
 *
 * <p>The data: {@link LargeInspections#withCases} with 10,000 domain-two cases, 191,664 rows in all (printed
 * once by the setup): 10,000 cases with 4,987 attribute and 13,362 diversity rows, 10,000 assessments with
 * 120,000 key question and 29,942 prompt answer rows, 3,333 interviews, and 40 rows of header, evidence,
 * judgements and the rest.
 *
 * <ul>
 *   <li>Save. Library: {@link JdbcInspectionStore#insert}, one transaction of batched inserts (2,000 rows a
 *       batch) after the aggregate was checked by the model. Baseline: the same rows of the same tables, from the
 *       plain records of {@link PlainRecords}, inserted with {@link PreparedStatement} batches of the same size in
 *       one transaction. Each save starts from an empty database: the rows of the previous one are deleted before
 *       it, outside the timed call.
 *   <li>Load. Library: {@link JdbcInspectionStore#load}, one query per table (after locking the inspection row,
 *       as the adapter does on H2) and the model's checks as the aggregate is built. Baseline: one select per
 *       table of the same rows into the plain records, grouped by case reference, unchecked.
 * </ul>
 *
 * <p>The setup checks that the two do the same work: the baseline's rows load through the adapter as the
 * inspection, the adapter's rows load through the baseline as the records, and both write as many rows to each
 * table. Connections come from H2's connection pool, as an application's would (a file database also closes
 * whenever its last connection does). Single-shot timing: each call takes hundreds of milliseconds.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 8)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class StoreBenchmark {

  /** The schema's tables, children before parents: the order to delete in, and to count rows of. */
  private static final List<String> TABLES =
      List.of(
          "progress_evidence",
          "progress_assessment",
          "recommendation",
          "interview_theme",
          "no_service_user_forum",
          "qualitative_adjustment_method",
          "qualitative_adjustment",
          "unpaid_work_outcomes",
          "rating_override",
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
          "inspected_case",
          "inspection");

  /** Rows per batch round trip, as the adapter sends them. */
  private static final int BATCH_SIZE = 2_000;

  /**
   * Library: saves the inspection as new with {@link JdbcInspectionStore#insert}.
   *
   * @param s an empty database
   * @return the saved inspection
   */
  @Benchmark
  public Versioned<Inspection> librarySave(Empty s) {
    return s.store.insert(s.inspection);
  }

  /**
   * Baseline: inserts the same rows from the plain records with raw JDBC batches, in one transaction.
   *
   * @param s an empty database
   * @return the number of rows inserted
   * @throws SQLException if the database fails
   */
  @Benchmark
  public int baselineSave(Empty s) throws SQLException {
    return insert(s.dataSource, s.record);
  }

  /**
   * Library: loads the inspection with {@link JdbcInspectionStore#load}.
   *
   * @param s a database holding the inspection
   * @return the loaded inspection
   */
  @Benchmark
  public Versioned<Inspection> libraryLoad(Stored s) {
    return s.store.load(s.inspection.id());
  }

  /**
   * Baseline: reads the same rows into the plain records with one select per table, in one transaction.
   *
   * @param s a database holding the inspection
   * @return the records read
   * @throws SQLException if the database fails
   */
  @Benchmark
  public InspectionRecord baselineLoad(Stored s) throws SQLException {
    return read(s.dataSource, s.record.id());
  }

  /** A migrated database, the store over it, and the inspection with its plain records; one per trial. */
  @State(Scope.Benchmark)
  public abstract static class Database {

    /** {@code h2-mem} (in memory) or {@code h2-file} (a file in a temporary directory). */
    @Param({"h2-mem", "h2-file", "h2-file-durable"})
    public String database;

    /** The inspection, 10,000 cases. */
    Inspection inspection;

    /** The inspection as plain records. */
    InspectionRecord record;

    /** The database, through H2's connection pool. */
    DataSource dataSource;

    /** The adapter over {@link #dataSource}. */
    JdbcInspectionStore store;

    private JdbcConnectionPool pool;
    private Path directory;

    /**
     * Creates the database and the data, and checks that library and baseline write and read the same rows;
     * leaves the database empty.
     *
     * @throws Exception if the database cannot be set up, or the two do not do the same work
     */
    void open() throws Exception {
      inspection = LargeInspections.withCases(InspectionId.of("bench-json"), ProviderId.of("bench-crc"), 10_000);
      record = PlainRecords.of(inspection);
      String url;
      if (database.equals("h2-mem")) {
        url = "jdbc:h2:mem:bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
      } else if (database.equals("h2-file")) {
        directory = Files.createTempDirectory("inspectionkit-bench");
        url = "jdbc:h2:file:" + directory.resolve("inspections").toAbsolutePath();
      } else if (database.equals("h2-file-durable")) {
        // As EmbeddedStore opens it: every commit written before the save returns.
        directory = Files.createTempDirectory("inspectionkit-bench");
        url = "jdbc:h2:file:" + directory.resolve("inspections").toAbsolutePath() + ";WRITE_DELAY=0";
      } else {
        throw new IllegalArgumentException(
            "database: expected h2-mem, h2-file or h2-file-durable, was " + database);
      }
      pool = JdbcConnectionPool.create(url, "sa", "");
      dataSource = pool;
      DatabaseSchema.migrate(dataSource);
      store = JdbcInspectionStore.of(dataSource);

      System.out.printf("%nRows saved: %,d%n", insert(dataSource, record));
      List<Long> baselineRows = rowCounts(dataSource);
      if (!store.load(inspection.id()).value().equals(inspection)) {
        throw new IllegalStateException("the baseline's rows do not load through the adapter as the inspection");
      }
      deleteAll(dataSource);
      store.insert(inspection);
      if (!rowCounts(dataSource).equals(baselineRows)) {
        throw new IllegalStateException(
            "row counts of " + TABLES + ": the adapter wrote " + rowCounts(dataSource) + ", the baseline "
                + baselineRows);
      }
      if (!read(dataSource, record.id()).equals(record)) {
        throw new IllegalStateException("the adapter's rows do not load through the baseline as the records");
      }
      deleteAll(dataSource);
    }

    /**
     * Closes the database and deletes its files.
     *
     * @throws Exception if it cannot be closed
     */
    @TearDown(Level.Trial)
    public void close() throws Exception {
      try (Connection c = dataSource.getConnection();
          Statement s = c.createStatement()) {
        s.execute("SHUTDOWN");
      }
      pool.dispose();
      if (directory != null) {
        try (Stream<Path> files = Files.walk(directory)) {
          files.sorted(Comparator.reverseOrder()).forEach(Database::deleteQuietly);
        }
      }
    }

    private static void deleteQuietly(Path p) {
      try {
        Files.delete(p);
      } catch (IOException e) {
        // a temporary directory: the operating system cleans up what is left
      }
    }
  }

  /** The database, emptied before each (timed) save. */
  public static class Empty extends Database {

    /**
     * Creates the database.
     *
     * @throws Exception if it cannot be set up
     */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
      open();
    }

    /**
     * Deletes every row; not timed.
     *
     * @throws SQLException if the database fails
     */
    @Setup(Level.Invocation)
    public void empty() throws SQLException {
      deleteAll(dataSource);
    }
  }

  /** The database holding the inspection, saved once by the adapter, for the (timed) loads. */
  public static class Stored extends Database {

    /**
     * Creates the database and saves the inspection.
     *
     * @throws Exception if it cannot be set up
     */
    @Setup(Level.Trial)
    public void setUp() throws Exception {
      open();
      store.insert(inspection);
    }
  }

  // ------------------------------------------------------------------------------------------- baseline: save

  /** Inserts the rows of an inspection in one transaction; returns the number of rows. */
  private static int insert(DataSource dataSource, InspectionRecord i) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        int rows = insertRows(c, i);
        c.commit();
        return rows;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    }
  }

  private static int insertRows(Connection c, InspectionRecord i) throws SQLException {
    String id = i.id();
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO inspection (id, version, provider_id, provider_name, provider_type, provider_area,"
                + " framework_id, cycle_start_year, status, fieldwork_start, fieldwork_weeks, previous_inspection)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ProviderRecord p = i.provider();
      FieldworkRecord f = i.fieldwork();
      ps.setString(1, id);
      ps.setLong(2, 1);
      ps.setString(3, p.id());
      ps.setString(4, p.name());
      ps.setString(5, p.type());
      ps.setString(6, p.area());
      ps.setString(7, i.frameworkId());
      ps.setInt(8, i.cycleStartYear());
      ps.setString(9, i.status());
      setDate(ps, 10, f == null ? null : f.start());
      setInt(ps, 11, f == null ? null : f.weeks());
      ps.setString(12, i.previousInspection());
      ps.executeUpdate();
    }
    int rows = 1;
    try (Batch cases =
            new Batch(
                c,
                "INSERT INTO inspected_case (inspection_id, case_ref, sample_kind, gender, sentence_type,"
                    + " risk_of_serious_harm, start_date) VALUES (?, ?, ?, ?, ?, ?, ?)");
        Batch attributes =
            new Batch(
                c, "INSERT INTO case_attribute (inspection_id, case_ref, name, attribute_value) VALUES (?, ?, ?, ?)");
        Batch diversity =
            new Batch(
                c,
                "INSERT INTO case_diversity (inspection_id, case_ref, name, characteristic) VALUES (?, ?, ?, ?)")) {
      for (CaseRecord k : i.cases()) {
        PreparedStatement ps = cases.statement;
        ps.setString(1, id);
        ps.setString(2, k.ref());
        ps.setString(3, k.sample());
        ps.setString(4, k.gender());
        ps.setString(5, k.sentenceType());
        ps.setString(6, k.risk());
        setDate(ps, 7, k.startDate());
        cases.add();
      }
      cases.flush();
      for (CaseRecord k : i.cases()) {
        addNamedValues(attributes, id, k.ref(), k.attributes());
        addNamedValues(diversity, id, k.ref(), k.diversity());
      }
      attributes.flush();
      diversity.flush();
      rows += cases.rows + attributes.rows + diversity.rows;
    }
    try (Batch assessments =
            new Batch(
                c, "INSERT INTO case_assessment (inspection_id, case_ref, assessor, assessed_on) VALUES (?, ?, ?, ?)");
        Batch answers =
            new Batch(
                c, "INSERT INTO case_answer (inspection_id, case_ref, element_code, answer) VALUES (?, ?, ?, ?)")) {
      for (AssessmentRecord a : i.assessments()) {
        PreparedStatement ps = assessments.statement;
        ps.setString(1, id);
        ps.setString(2, a.caseRef());
        ps.setString(3, a.assessor());
        setDate(ps, 4, a.assessedOn());
        assessments.add();
      }
      assessments.flush();
      for (AssessmentRecord a : i.assessments()) {
        addNamedValues(answers, id, a.caseRef(), a.answers());
        addNamedValues(answers, id, a.caseRef(), a.promptAnswers());
      }
      answers.flush();
      rows += assessments.rows + answers.rows;
    }
    try (Batch interviews =
        new Batch(
            c,
            "INSERT INTO service_user_interview (inspection_id, list_index, case_ref, outcome, interview_date)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      for (InterviewRecord v : i.interviews()) {
        PreparedStatement ps = interviews.statement;
        ps.setString(1, id);
        ps.setInt(2, interviews.rows);
        ps.setString(3, v.caseRef());
        ps.setString(4, v.outcome());
        setDate(ps, 5, v.date());
        interviews.add();
      }
      interviews.flush();
      rows += interviews.rows;
    }
    try (Batch meetings =
        new Batch(
            c,
            "INSERT INTO forum_meeting (inspection_id, list_index, meeting_date, forum, attendees, notes)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
      for (ForumMeetingRecord m : i.forumMeetings()) {
        PreparedStatement ps = meetings.statement;
        ps.setString(1, id);
        ps.setInt(2, meetings.rows);
        setDate(ps, 3, m.date());
        ps.setString(4, m.forum());
        setInt(ps, 5, m.attendees());
        ps.setString(6, m.notes());
        meetings.add();
      }
      meetings.flush();
      rows += meetings.rows;
    }
    try (Batch submissions =
            new Batch(
                c,
                "INSERT INTO evidence_submission (inspection_id, key_question, narrative, submitted_on)"
                    + " VALUES (?, ?, ?, ?)");
        Batch items =
            new Batch(
                c,
                "INSERT INTO evidence_item (inspection_id, key_question, list_index, title, description,"
                    + " document_ref) VALUES (?, ?, ?, ?, ?, ?)")) {
      for (EvidenceSubmissionRecord s : i.evidenceSubmissions()) {
        PreparedStatement ps = submissions.statement;
        ps.setString(1, id);
        ps.setString(2, s.keyQuestion());
        ps.setString(3, s.narrative());
        setDate(ps, 4, s.submittedOn());
        submissions.add();
      }
      submissions.flush();
      for (EvidenceSubmissionRecord s : i.evidenceSubmissions()) {
        int index = 0;
        for (EvidenceItemRecord item : s.items()) {
          PreparedStatement ps = items.statement;
          ps.setString(1, id);
          ps.setString(2, s.keyQuestion());
          ps.setInt(3, index++);
          ps.setString(4, item.title());
          ps.setString(5, item.description());
          ps.setString(6, item.documentRef());
          items.add();
        }
      }
      items.flush();
      rows += submissions.rows + items.rows;
    }
    try (Batch unpaidWork =
        new Batch(
            c,
            "INSERT INTO unpaid_work_evidence (inspection_id, list_index, method, evidence_date, summary)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      for (UnpaidWorkRecord e : i.unpaidWorkEvidence()) {
        PreparedStatement ps = unpaidWork.statement;
        ps.setString(1, id);
        ps.setInt(2, unpaidWork.rows);
        ps.setString(3, e.method());
        setDate(ps, 4, e.date());
        ps.setString(5, e.summary());
        unpaidWork.add();
      }
      unpaidWork.flush();
      rows += unpaidWork.rows;
    }
    try (Batch judgements =
            new Batch(
                c,
                "INSERT INTO standard_judgement (inspection_id, standard_code, rating, rationale, inspector)"
                    + " VALUES (?, ?, ?, ?, ?)");
        Batch citations =
            new Batch(
                c,
                "INSERT INTO judgement_citation (inspection_id, standard_code, cited_kind, cited)"
                    + " VALUES (?, ?, ?, ?)")) {
      for (JudgementRecord j : i.judgements()) {
        PreparedStatement ps = judgements.statement;
        ps.setString(1, id);
        ps.setString(2, j.standard());
        ps.setString(3, j.rating());
        ps.setString(4, j.rationale());
        ps.setString(5, j.inspector());
        judgements.add();
      }
      judgements.flush();
      for (JudgementRecord j : i.judgements()) {
        addCitations(citations, id, j.standard(), "ELEMENT", j.citedElements());
        addCitations(citations, id, j.standard(), "CASE", j.citedCases());
        addCitations(citations, id, j.standard(), "RECOMMENDATION", j.citedRecommendations());
      }
      citations.flush();
      rows += judgements.rows + citations.rows;
    }
    try (Batch overrides =
        new Batch(
            c,
            "INSERT INTO rating_override (inspection_id, standard_code, computed_rating, final_rating, reason,"
                + " inspector) VALUES (?, ?, ?, ?, ?, ?)")) {
      for (OverrideRecord o : i.overrides()) {
        PreparedStatement ps = overrides.statement;
        ps.setString(1, id);
        ps.setString(2, o.standard());
        ps.setString(3, o.computed());
        ps.setString(4, o.rating());
        ps.setString(5, o.reason());
        ps.setString(6, o.inspector());
        overrides.add();
      }
      overrides.flush();
      rows += overrides.rows;
    }
    try (Batch recommendations =
        new Batch(
            c,
            "INSERT INTO recommendation (inspection_id, recommendation_number, target_code, recommendation_text,"
                + " addressed_to) VALUES (?, ?, ?, ?, ?)")) {
      for (RecommendationRecord r : i.recommendations()) {
        PreparedStatement ps = recommendations.statement;
        ps.setString(1, id);
        ps.setInt(2, r.number());
        ps.setString(3, r.target());
        ps.setString(4, r.text());
        ps.setString(5, r.addressedTo());
        recommendations.add();
      }
      recommendations.flush();
      rows += recommendations.rows;
    }
    try (Batch progress =
            new Batch(
                c,
                "INSERT INTO progress_assessment (inspection_id, made_in, recommendation_number, progress,"
                    + " commentary) VALUES (?, ?, ?, ?, ?)");
        Batch evidence =
            new Batch(
                c,
                "INSERT INTO progress_evidence (inspection_id, made_in, recommendation_number, list_index,"
                    + " statement) VALUES (?, ?, ?, ?, ?)")) {
      for (ProgressRecord p : i.progressAssessments()) {
        PreparedStatement ps = progress.statement;
        ps.setString(1, id);
        ps.setString(2, p.madeIn());
        ps.setInt(3, p.recommendationNumber());
        ps.setString(4, p.progress());
        ps.setString(5, p.commentary());
        progress.add();
      }
      progress.flush();
      for (ProgressRecord p : i.progressAssessments()) {
        int index = 0;
        for (String statement : p.evidenceOfResult()) {
          PreparedStatement ps = evidence.statement;
          ps.setString(1, id);
          ps.setString(2, p.madeIn());
          ps.setInt(3, p.recommendationNumber());
          ps.setInt(4, index++);
          ps.setString(5, statement);
          evidence.add();
        }
      }
      evidence.flush();
      rows += progress.rows + evidence.rows;
    }
    return rows;
  }

  private static void addNamedValues(Batch batch, String id, String ref, Map<String, String> values)
      throws SQLException {
    for (Map.Entry<String, String> e : values.entrySet()) {
      PreparedStatement ps = batch.statement;
      ps.setString(1, id);
      ps.setString(2, ref);
      ps.setString(3, e.getKey());
      ps.setString(4, e.getValue());
      batch.add();
    }
  }

  private static void addCitations(Batch batch, String id, String standard, String kind, List<String> cited)
      throws SQLException {
    for (String value : cited) {
      PreparedStatement ps = batch.statement;
      ps.setString(1, id);
      ps.setString(2, standard);
      ps.setString(3, kind);
      ps.setString(4, value);
      batch.add();
    }
  }

  private static void setDate(PreparedStatement ps, int index, LocalDate value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.DATE);
    } else {
      ps.setObject(index, value, Types.DATE);
    }
  }

  private static void setInt(PreparedStatement ps, int index, Integer value) throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.INTEGER);
    } else {
      ps.setInt(index, value);
    }
  }

  /** A prepared insert sent in batches of {@value #BATCH_SIZE} rows; counts the rows added. */
  private static final class Batch implements AutoCloseable {
    final PreparedStatement statement;
    int rows;
    private int pending;

    Batch(Connection c, String sql) throws SQLException {
      this.statement = c.prepareStatement(sql);
    }

    void add() throws SQLException {
      statement.addBatch();
      rows++;
      if (++pending == BATCH_SIZE) {
        flush();
      }
    }

    void flush() throws SQLException {
      if (pending > 0) {
        statement.executeBatch();
        pending = 0;
      }
    }

    @Override
    public void close() throws SQLException {
      statement.close();
    }
  }

  // ------------------------------------------------------------------------------------------- baseline: load

  /** Reads the rows of an inspection into its records, one select per table, in one transaction. */
  private static InspectionRecord read(DataSource dataSource, String id) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        InspectionRecord i = readRows(c, id);
        c.commit();
        return i;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    }
  }

  private static InspectionRecord readRows(Connection c, String id) throws SQLException {
    ProviderRecord provider;
    String frameworkId;
    int cycle;
    String status;
    FieldworkRecord fieldwork;
    String previous;
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT provider_id, provider_name, provider_type, provider_area, framework_id, cycle_start_year,"
                + " status, fieldwork_start, fieldwork_weeks, previous_inspection FROM inspection WHERE id = ?")) {
      try (ResultSet rs = query(ps, id)) {
        if (!rs.next()) {
          throw new IllegalStateException("inspection " + id + " is not stored");
        }
        provider = new ProviderRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
        frameworkId = rs.getString(5);
        cycle = rs.getInt(6);
        status = rs.getString(7);
        LocalDate start = rs.getObject(8, LocalDate.class);
        fieldwork = start == null ? null : new FieldworkRecord(start, rs.getInt(9));
        previous = rs.getString(10);
      }
    }

    Map<String, CaseRecord> cases = new LinkedHashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT case_ref, sample_kind, gender, sentence_type, risk_of_serious_harm, start_date"
                + " FROM inspected_case WHERE inspection_id = ?")) {
      try (ResultSet rs = query(ps, id)) {
        while (rs.next()) {
          String ref = rs.getString(1);
          cases.put(
              ref,
              new CaseRecord(
                  ref,
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getString(5),
                  rs.getObject(6, LocalDate.class),
                  new LinkedHashMap<>(),
                  new LinkedHashMap<>()));
        }
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement("SELECT case_ref, name, attribute_value FROM case_attribute WHERE inspection_id = ?")) {
      try (ResultSet rs = query(ps, id)) {
        while (rs.next()) {
          cases.get(rs.getString(1)).attributes().put(rs.getString(2), rs.getString(3));
        }
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement("SELECT case_ref, name, characteristic FROM case_diversity WHERE inspection_id = ?")) {
      try (ResultSet rs = query(ps, id)) {
        while (rs.next()) {
          cases.get(rs.getString(1)).diversity().put(rs.getString(2), rs.getString(3));
        }
      }
    }

    Map<String, AssessmentRecord> assessments = new LinkedHashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement("SELECT case_ref, assessor, assessed_on FROM case_assessment WHERE inspection_id = ?")) {
      try (ResultSet rs = query(ps, id)) {
        while (rs.next()) {
          String ref = rs.getString(1);
          assessments.put(
              ref,
              new AssessmentRecord(
                  ref,
                  rs.getString(2),
                  rs.getObject(3, LocalDate.class),
                  new LinkedHashMap<>(),
                  new LinkedHashMap<>()));
        }
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement("SELECT case_ref, element_code, answer FROM case_answer WHERE inspection_id = ?")) {
      try (ResultSet rs = query(ps, id)) {
        while (rs.next()) {
          AssessmentRecord a = assessments.get(rs.getString(1));
          String code = rs.getString(2);
          // A prompt code ends in its letter (2.1.3.b), a key question code in a digit (2.1.3).
          boolean prompt = Character.isLetter(code.charAt(code.length() - 1));
          (prompt ? a.promptAnswers() : a.answers()).put(code, rs.getString(3));
        }
      }
    }

    List<InterviewRecord> interviews = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT case_ref, outcome, interview_date FROM service_user_interview WHERE inspection_id = ?"
                + " ORDER BY list_index")) {
      try (ResultSet rs = query(ps, id)) {
        while (rs.next()) {
          interviews.add(new InterviewRecord(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class)));
        }
      }
    }

    List<ForumMeetingRecord> meetings = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT meeting_date, forum, attendees, notes FROM forum_meeting WHERE inspection_id = ?"
                + " ORDER BY list_index")) {
      try (ResultSet rs = query(ps, id)) {
        while (rs.next()) {
          meetings.add(
              new ForumMeetingRecord(
                  rs.getObject(1, LocalDate.class), rs.getString(2), rs.getObject(3, Integer.class), rs.getString(4)));
        }
      }
    }

    Map<String, EvidenceSubmissionRecord> submissions = new LinkedHashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT key_question, narrative, submitted_on FROM evidence_submission WHERE inspection_id = ?")) {
      try (ResultSet rs = query(ps, id)) {
        while (rs.next()) {
          String code = rs.getString(1);
          submissions.put(
              code,
              new EvidenceSubmissionRecord(
                  code, new ArrayList<>(), rs.getString(2), rs.getObject(3, LocalDate.class)));
        }
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT key_question, title, description, document_ref FROM evidence_item WHERE inspection_id = ?"
                + " ORDER BY key_question, list_index")) {
      try (ResultSet rs = query(ps, id)) {
        while (rs.next()) {
          submissions
              .get(rs.getString(1))
              .items()
              .add(new EvidenceItemRecord(rs.getString(2), rs.getString(3), rs.getString(4)));
        }
      }
    }

    List<UnpaidWorkRecord> unpaidWork = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT method, evidence_date, summary FROM unpaid_work_evidence WHERE inspection_id = ?"
                + " ORDER BY list_index")) {
      try (ResultSet rs = query(ps, id)) {
        while (rs.next()) {
          unpaidWork.add(new UnpaidWorkRecord(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3)));
        }
      }
    }

    Map<String, JudgementRecord> judgements = new LinkedHashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT standard_code, rating, rationale, inspector FROM standard_judgement WHERE inspection_id = ?")) {
      try (ResultSet rs = query(ps, id)) {
        while (rs.next()) {
          String code = rs.getString(1);
          judgements.put(
              code,
              new JudgementRecord(
                  code,
                  rs.getString(2),
                  rs.getString(3),
                  new ArrayList<>(),
                  new ArrayList<>(),
                  new ArrayList<>(),
                  rs.getString(4)));
        }
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT standard_code, cited_kind, cited FROM judgement_citation WHERE inspection_id = ?")) {
      try (ResultSet rs = query(ps, id)) {
        while (rs.next()) {
          JudgementRecord j = judgements.get(rs.getString(1));
          String kind = rs.getString(2);
          List<String> cited =
              kind.equals("ELEMENT")
                  ? j.citedElements()
                  : kind.equals("CASE") ? j.citedCases() : j.citedRecommendations();
          cited.add(rs.getString(3));
        }
      }
    }

    List<OverrideRecord> overrides = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT standard_code, computed_rating, final_rating, reason, inspector FROM rating_override"
                + " WHERE inspection_id = ?")) {
      try (ResultSet rs = query(ps, id)) {
        while (rs.next()) {
          overrides.add(
              new OverrideRecord(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)));
        }
      }
    }

    List<RecommendationRecord> recommendations = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT recommendation_number, target_code, recommendation_text, addressed_to FROM recommendation"
                + " WHERE inspection_id = ?")) {
      try (ResultSet rs = query(ps, id)) {
        while (rs.next()) {
          recommendations.add(
              new RecommendationRecord(id, rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)));
        }
      }
    }

    Map<String, ProgressRecord> progress = new LinkedHashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT made_in, recommendation_number, progress, commentary FROM progress_assessment"
                + " WHERE inspection_id = ?")) {
      try (ResultSet rs = query(ps, id)) {
        while (rs.next()) {
          String madeIn = rs.getString(1);
          int number = rs.getInt(2);
          progress.put(
              madeIn + "/" + number,
              new ProgressRecord(madeIn, number, id, rs.getString(3), new ArrayList<>(), rs.getString(4)));
        }
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT made_in, recommendation_number, statement FROM progress_evidence WHERE inspection_id = ?"
                + " ORDER BY made_in, recommendation_number, list_index")) {
      try (ResultSet rs = query(ps, id)) {
        while (rs.next()) {
          progress.get(rs.getString(1) + "/" + rs.getInt(2)).evidenceOfResult().add(rs.getString(3));
        }
      }
    }

    return new InspectionRecord(
        id,
        provider,
        frameworkId,
        cycle,
        status,
        fieldwork,
        previous,
        new ArrayList<>(cases.values()),
        new ArrayList<>(assessments.values()),
        interviews,
        meetings,
        new ArrayList<>(submissions.values()),
        unpaidWork,
        new ArrayList<>(judgements.values()),
        overrides,
        recommendations,
        new ArrayList<>(progress.values()));
  }

  private static ResultSet query(PreparedStatement ps, String id) throws SQLException {
    ps.setString(1, id);
    return ps.executeQuery();
  }

  // --------------------------------------------------------------------------------------------- housekeeping

  /** Deletes every row of every table of the schema, children first, in one transaction. */
  private static void deleteAll(DataSource dataSource) throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      for (String table : TABLES) {
        s.executeUpdate("DELETE FROM " + table);
      }
      c.commit();
      c.setAutoCommit(true);
    }
  }

  /** The number of rows in each table, in the order of {@link #TABLES}. */
  private static List<Long> rowCounts(DataSource dataSource) throws SQLException {
    List<Long> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      for (String table : TABLES) {
        try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
          rs.next();
          out.add(rs.getLong(1));
        }
      }
    }
    return out;
  }
}
