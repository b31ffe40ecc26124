package org.inspectionkit.examples.jdbc;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.inspectionkit.testkit.store.CrashTarget;
import org.inspectionkit.testkit.store.InspectionStoreCrashContract;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;

/**
 * The JDBC store on PostgreSQL survives a writer killed at random points during saves; skipped, saying why, when
 * {@code INSPECTIONKIT_PG_URL} is not set.
 */
class PostgresStoreCrashTest implements InspectionStoreCrashContract {

  @Override
  public Class<? extends CrashTarget> crashTarget() {
    String url = System.getenv(PostgresSchema.URL_VARIABLE);
    Assumptions.assumeTrue(url != null && !url.isBlank(),
        PostgresSchema.URL_VARIABLE + " is not set, so the PostgreSQL crash test is skipped (set it, for example to"
            + " jdbc:postgresql://127.0.0.1:5432/test?user=postgres, to run it)");
    return PostgresCrashTarget.class;
  }

  @AfterEach
  void dropSchema() throws Exception {
    String url = System.getenv(PostgresSchema.URL_VARIABLE);
    if (url == null || url.isBlank()) {
      return;
    }
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      for (String schema : PostgresCrashTarget.OPENED) {
        s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
      }
    }
    PostgresCrashTarget.OPENED.clear();
  }
}
