package org.inspectionkit.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.inspectionkit.model.casework.Answer;
import org.inspectionkit.model.casework.CaseAssessment;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.KeyQuestionCode;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.inspection.InspectionId;
import org.inspectionkit.model.provider.Provider;
import org.inspectionkit.model.provider.ProviderId;
import org.inspectionkit.model.provider.ProviderType;
import org.inspectionkit.rules.portfolio.KeyQuestionPicture;
import org.inspectionkit.rules.portfolio.Portfolio;
import org.inspectionkit.rules.portfolio.PortfolioCalculator;
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
 * The national picture of {@code inspections} loaded inspections of about 200 domain-two cases each (plus the
 * unpaid work and through-the-gate samples of {@link BenchmarkData}: 230 cases, 2,700 answers an inspection),
 * against the embedded database's {@code GROUP BY} over the same answers.
 *
 * <ul>
 *   <li>Library: {@link PortfolioCalculator#summarise} of the inspections in memory (after loading): every
 *       inspection rated under the 2019-20 policy, then the distributions of overall and standard ratings, every
 *       key question's pooled share with its interval and the spread between providers, the trends and the
 *       follow-up.
 *   <li>Baseline: one {@code SELECT cycle, provider_type, key_question, SUM(yes), SUM(applicable) ... GROUP BY
 *       cycle, provider_type, key_question} over a table of the same answers (one row per answer, 2.7 million rows)
 *       in an in-memory H2 database, reading the result rows: the pooled shares alone, no rating, no spread.
 * </ul>
 *
 * <p>The setup checks that both give the same yes and applicable counts for every key question. The inspections
 * are 20 shapes (190 to 209 domain-two cases) under 1,000 providers' ids.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xms3g", "-Xmx3g"})
@State(Scope.Benchmark)
public class PortfolioBenchmark {

  /** Inspections in the portfolio. */
  @Param({"1000"})
  public int inspections;

  private List<Inspection> loaded;
  private PortfolioCalculator calculator;
  private Connection database;

  private static final String GROUP_BY =
      "SELECT cycle, provider_type, key_question, SUM(CASE WHEN answer = 1 THEN 1 ELSE 0 END),"
          + " SUM(CASE WHEN answer IN (0, 1) THEN 1 ELSE 0 END) FROM answer"
          + " GROUP BY cycle, provider_type, key_question";

  /**
   * Builds the inspections, loads their answers into the database, and checks that both sides count the same.
   *
   * @throws SQLException if the database fails
   */
  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    Framework framework = BenchmarkData.framework();
    List<Inspection> shapes = new ArrayList<>();
    for (int s = 0; s < 20; s++) {
      shapes.add(BenchmarkData.inspection(framework, 190 + s));
    }
    loaded = new ArrayList<>(inspections);
    for (int i = 0; i < inspections; i++) {
      String provider = String.format("crc-%04d", i);
      loaded.add(Inspection.builder().from(shapes.get(i % shapes.size()))
          .id(InspectionId.of(provider + "-2019-20"))
          .provider(Provider.of(ProviderId.of(provider), "Provider " + i, ProviderType.CRC))
          .build());
    }
    calculator = PortfolioCalculator.builder().frameworks(id -> Optional.of(framework)).build();
    database = DriverManager.getConnection("jdbc:h2:mem:portfolio;DB_CLOSE_DELAY=-1;OPTIMIZE_REUSE_RESULTS=FALSE");
    try (Statement st = database.createStatement()) {
      st.execute("CREATE TABLE answer (inspection VARCHAR(64), cycle VARCHAR(8), provider_type VARCHAR(32),"
          + " provider VARCHAR(64), case_ref VARCHAR(32), key_question VARCHAR(16), answer TINYINT)");
    }
    database.setAutoCommit(false);
    try (PreparedStatement insert = database.prepareStatement("INSERT INTO answer VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      int batch = 0;
      for (Inspection i : loaded) {
        for (CaseAssessment a : i.assessments()) {
          for (Map.Entry<KeyQuestionCode, Answer> e : a.answers().entrySet()) {
            insert.setString(1, i.id().value());
            insert.setString(2, i.cycle().toString());
            insert.setString(3, i.provider().type().code());
            insert.setString(4, i.provider().id().value());
            insert.setString(5, a.caseRef().value());
            insert.setString(6, e.getKey().toString());
            insert.setInt(7, e.getValue() == Answer.YES ? 1 : e.getValue() == Answer.NO ? 0 : 2);
            insert.addBatch();
            if (++batch % 5_000 == 0) {
              insert.executeBatch();
            }
          }
        }
      }
      insert.executeBatch();
    }
    database.commit();
    Portfolio p = library();
    List<long[]> sql = baseline();
    if (sql.size() != p.keyQuestions().size()) {
      throw new IllegalStateException("the GROUP BY gives " + sql.size() + " key questions, the portfolio "
          + p.keyQuestions().size());
    }
    long yes = p.keyQuestions().stream().mapToLong(KeyQuestionPicture::yes).sum();
    long applicable = p.keyQuestions().stream().mapToLong(KeyQuestionPicture::applicable).sum();
    long sqlYes = sql.stream().mapToLong(r -> r[0]).sum();
    long sqlApplicable = sql.stream().mapToLong(r -> r[1]).sum();
    if (yes != sqlYes || applicable != sqlApplicable || !p.unrated().isEmpty()) {
      throw new IllegalStateException("the two sides differ: yes " + yes + " and " + sqlYes + ", applicable "
          + applicable + " and " + sqlApplicable + ", unrated " + p.unrated().size());
    }
    BenchmarkData.settle();
  }

  /**
   * Closes the database.
   *
   * @throws SQLException if it fails
   */
  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    database.close();
  }

  /**
   * Library: the portfolio of the loaded inspections.
   *
   * @return the portfolio
   */
  @Benchmark
  public Portfolio library() {
    return calculator.summarise(loaded);
  }

  /**
   * Baseline: the embedded database's GROUP BY over the same answers, read into rows.
   *
   * @return yes and applicable per key question
   * @throws SQLException if the database fails
   */
  @Benchmark
  public List<long[]> baseline() throws SQLException {
    List<long[]> rows = new ArrayList<>();
    try (PreparedStatement q = database.prepareStatement(GROUP_BY); ResultSet rs = q.executeQuery()) {
      while (rs.next()) {
        rs.getString(1);
        rs.getString(2);
        rs.getString(3);
        rows.add(new long[] {rs.getLong(4), rs.getLong(5)});
      }
    }
    return rows;
  }
}
