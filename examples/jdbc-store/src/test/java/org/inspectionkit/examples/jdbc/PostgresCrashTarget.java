package org.inspectionkit.examples.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.h2.jdbcx.JdbcConnectionPool;
import org.inspectionkit.testkit.store.CrashTarget;
import org.postgresql.ds.PGConnectionPoolDataSource;

/**
 * The JDBC store on PostgreSQL, for the crash contract: the server {@code INSPECTIONKIT_PG_URL} names, in a schema
 * named after the test's directory (so the writer process and the test meet in it).
 */
public final class PostgresCrashTarget implements CrashTarget {

  /** The schemas this process has opened, for the test to drop afterwards. */
  static final java.util.Set<String> OPENED = java.util.concurrent.ConcurrentHashMap.newKeySet();

  /** Creates the target. */
  public PostgresCrashTarget() {}

  static String schemaOf(Path directory) {
    return "inspectionkit_crash_" + Integer.toHexString(directory.toAbsolutePath().toString().hashCode());
  }

  @Override
  public Opened open(Path directory) throws Exception {
    String url = System.getenv(PostgresSchema.URL_VARIABLE);
    String schema = schemaOf(directory);
    OPENED.add(schema);
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
    }
    PGConnectionPoolDataSource connections = new PGConnectionPoolDataSource();
    connections.setURL(url);
    connections.setCurrentSchema(schema);
    JdbcConnectionPool pool = JdbcConnectionPool.create(connections);
    DatabaseSchema.migrate(pool);
    return CrashTarget.opened(JdbcInspectionStore.of(pool), pool::dispose);
  }
}
