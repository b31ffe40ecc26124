package org.inspectionkit.examples.jdbc;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * A uniquely named PostgreSQL schema for one test class, migrated to the current version and dropped afterwards,
 * so that parallel runs against one server never meet.
 *
 * <p>The server is named by the environment variable {@value #URL_VARIABLE}, such as
 * {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}. When it is not set, every test is skipped with a
 * message naming the variable ({@link #requireConfigured}, called for each test: Surefire reports a skip of the
 * whole class from {@code @BeforeAll} as "0 tests run", without the reason, which reads like a silent pass); when
 * it is set but the server cannot be reached, the class fails.
 */
final class PostgresSchema implements AutoCloseable {

  static final String URL_VARIABLE = "INSPECTIONKIT_PG_URL";

  private final String url;
  private final String name;
  private final JdbcConnectionPool dataSource;
  private final List<String> tables;

  private PostgresSchema(String url, String name, JdbcConnectionPool dataSource, List<String> tables) {
    this.url = url;
    this.name = name;
    this.dataSource = dataSource;
    this.tables = tables;
  }

  private static final String NOT_SET =
      URL_VARIABLE + " is not set, so the PostgreSQL store tests are skipped. Set it to run them against a real"
          + " server, for example " + URL_VARIABLE + "=jdbc:postgresql://127.0.0.1:5432/test?user=postgres"
          + " (.ci/run sets it).";

  /** Skips the calling test, naming the variable, when {@value #URL_VARIABLE} is not set ({@code schema} null). */
  static PostgresSchema requireConfigured(PostgresSchema schema) {
    Assumptions.assumeTrue(schema != null, NOT_SET);
    return schema;
  }

  /**
   * Creates and migrates a new schema on the server {@value #URL_VARIABLE} names; null if it is not set. Fails if
   * it is set but the server cannot be reached.
   */
  static PostgresSchema createIfConfigured() {
    String url = System.getenv(URL_VARIABLE);
    if (url == null || url.isBlank()) {
      return null;
    }
    String name = "inspectionkit_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    try (Connection c = DriverManager.getConnection(url);
        PreparedStatement ps = c.prepareStatement("CREATE SCHEMA " + name)) {
      ps.execute();
    } catch (SQLException e) {
      fail(
          URL_VARIABLE + " is set, but the PostgreSQL server at " + withoutParameters(url)
              + " could not be reached or refused us (SQL state " + e.getSQLState() + ": " + e.getMessage()
              + "). Start the server, or unset " + URL_VARIABLE + " to skip these tests.",
          e);
    }
    // Pooled, as an application's would be: a new PostgreSQL connection costs a server process each time.
    PGConnectionPoolDataSource connections = new PGConnectionPoolDataSource();
    connections.setURL(url);
    connections.setCurrentSchema(name);
    JdbcConnectionPool dataSource = JdbcConnectionPool.create(connections);
    dataSource.setMaxConnections(16);
    DatabaseSchema.migrate(dataSource);
    // Children before parents, for the foreign keys.
    List<String> tables = new ArrayList<>(InspectionRows.CHILD_TABLES);
    tables.add("inspection");
    tables.addAll(FrameworkRows.CHILD_TABLES);
    tables.add("framework");
    return new PostgresSchema(url, name, dataSource, tables);
  }

  DataSource dataSource() {
    return dataSource;
  }

  String name() {
    return name;
  }

  /**
   * Empties every table but {@code schema_version}, children first, in one transaction. (DELETE, not TRUNCATE:
   * on tables this small, TRUNCATE's new files and catalogue changes cost half a second a time.)
   */
  void empty() {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      for (String table : tables) {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + table)) {
          ps.execute();
        }
      }
      c.commit();
    } catch (SQLException e) {
      throw new IllegalStateException("could not empty schema " + name, e);
    }
  }

  /** Closes the pool, and drops the schema and everything in it. */
  @Override
  public void close() throws SQLException {
    dataSource.dispose();
    try (Connection c = DriverManager.getConnection(url);
        PreparedStatement ps = c.prepareStatement("DROP SCHEMA " + name + " CASCADE")) {
      ps.execute();
    }
  }

  /** The URL without its query, which may hold a password. */
  private static String withoutParameters(String url) {
    int q = url.indexOf('?');
    return q < 0 ? url : url.substring(0, q);
  }
}
