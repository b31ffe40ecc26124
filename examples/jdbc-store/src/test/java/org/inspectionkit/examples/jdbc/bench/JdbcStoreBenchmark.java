package org.inspectionkit.examples.jdbc.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.inspectionkit.examples.jdbc.DatabaseSchema;
import org.inspectionkit.examples.jdbc.JdbcInspectionStore;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.inspection.InspectionId;
import org.inspectionkit.model.provider.ProviderId;
import org.inspectionkit.model.store.InspectionStore;
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
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * Bulk figures for the JDBC store: insert, update (replace the whole aggregate) and load of one inspection of
 * 10,000 cases, each assessed on the twelve domain-two key questions (120,000 key question answers, about 30,000
 * prompt answers, and every other kind of row), on H2 (embedded, file) and PostgreSQL.
 *
 * <p>Run by hand, never in {@code mvn verify} (see the module README):
 *
 * <pre>
 * INSPECTIONKIT_PG_URL=jdbc:postgresql://127.0.0.1:5432/test?user=postgres \
 *   ./mvnw -B -pl examples/jdbc-store -am -Pbench -DskipTests verify
 * </pre>
 *
 * <p>Single-shot timing: each operation takes long enough (hundreds of milliseconds) to be timed alone, and
 * every insert needs an empty database, prepared outside the timed call.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 8)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class JdbcStoreBenchmark {

  /**
   * Saves the inspection as new: one transaction of batched inserts.
   *
   * @param s an empty store
   * @return the saved inspection
   */
  @Benchmark
  public Versioned<Inspection> insert(Empty s) {
    return s.store.insert(s.inspection);
  }

  /**
   * Saves the inspection over its stored version: the version check, then a delete and re-insert of every child
   * row, in one transaction.
   *
   * @param s a store holding the inspection
   * @return the saved inspection
   */
  @Benchmark
  public Versioned<Inspection> update(Stored s) {
    return s.store.update(s.inspection, s.version);
  }

  /**
   * Loads the inspection: one query per table, then the model's own checks as it is built.
   *
   * @param s a store holding the inspection
   * @return the loaded inspection
   */
  @Benchmark
  public Versioned<Inspection> load(Stored s) {
    return s.store.load(s.id);
  }

  /** A database with the current schema and the inspection to save; made once per trial. */
  @State(Scope.Benchmark)
  public abstract static class Database {

    /** {@code h2-file}, {@code postgresql}, or {@code postgresql-rewrite} (with {@code reWriteBatchedInserts}). */
    @Param({"h2-file", "postgresql", "postgresql-rewrite"})
    public String database;

    /** Cases in the inspection. */
    @Param("10000")
    public int cases;

    InspectionStore store;
    Inspection inspection;
    InspectionId id;
    private Path directory;
    private JdbcConnectionPool pool;
    private String pgUrl;
    private String pgSchema;

    /**
     * Creates an empty database and the inspection.
     *
     * @throws Exception if the database cannot be set up
     */
    @Setup(Level.Trial)
    public void createDatabase() throws Exception {
      id = InspectionId.of("crc-bench-2019-20");
      inspection = LargeInspections.withCases(id, ProviderId.of("crc-bench"), cases);
      DataSource dataSource;
      if (database.equals("h2-file")) {
        directory = Files.createTempDirectory("inspectionkit-bench");
        // A pool, as an application would use: it keeps the database open between calls (an H2 file database
        // closes, and must be opened again, whenever its last connection closes).
        pool = JdbcConnectionPool.create("jdbc:h2:file:" + directory.resolve("inspections").toAbsolutePath(), "sa", "");
        dataSource = pool;
      } else {
        pgUrl = System.getenv("INSPECTIONKIT_PG_URL");
        if (pgUrl == null || pgUrl.isBlank()) {
          throw new IllegalStateException(
              "INSPECTIONKIT_PG_URL is not set; set it, or run only -p database=h2-file");
        }
        pgSchema = "inspectionkit_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute(pgUrl, "CREATE SCHEMA " + pgSchema);
        PGConnectionPoolDataSource pg = new PGConnectionPoolDataSource();
        pg.setURL(pgUrl);
        pg.setCurrentSchema(pgSchema);
        pg.setReWriteBatchedInserts(database.equals("postgresql-rewrite"));
        pool = JdbcConnectionPool.create(pg); // H2's small generic pool, standing in for the application's
        dataSource = pool;
      }
      DatabaseSchema.migrate(dataSource);
      store = JdbcInspectionStore.of(dataSource);
    }

    /**
     * Drops the database.
     *
     * @throws Exception if it cannot be dropped
     */
    @TearDown(Level.Trial)
    public void dropDatabase() throws Exception {
      if (pool != null) {
        pool.dispose();
      }
      if (directory != null) {
        try (Stream<Path> files = Files.walk(directory)) {
          files.sorted(Comparator.reverseOrder()).forEach(Database::deleteQuietly);
        }
      }
      if (pgSchema != null) {
        execute(pgUrl, "DROP SCHEMA " + pgSchema + " CASCADE");
      }
    }

    private static void execute(String url, String sql) throws SQLException {
      try (Connection c = DriverManager.getConnection(url);
          PreparedStatement ps = c.prepareStatement(sql)) {
        ps.execute();
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

  /** The database emptied before each (timed) insert. */
  public static class Empty extends Database {
    /** Deletes the inspection if stored; not timed. */
    @Setup(Level.Iteration)
    public void empty() {
      store.find(id).ifPresent(stored -> store.delete(id, stored.version()));
    }
  }

  /** The database holding the inspection before each (timed) update or load. */
  public static class Stored extends Database {
    long version;

    /** Stores the inspection if it is not stored, and notes its version; not timed. */
    @Setup(Level.Iteration)
    public void store() {
      version = store.find(id).orElseGet(() -> store.insert(inspection)).version();
    }
  }
}
