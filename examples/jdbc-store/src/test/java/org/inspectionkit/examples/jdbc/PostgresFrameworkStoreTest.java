package org.inspectionkit.examples.jdbc;

import java.sql.SQLException;
import java.util.Optional;
import org.inspectionkit.model.store.FrameworkStore;
import org.inspectionkit.testkit.store.FailureInjector;
import org.inspectionkit.testkit.store.FrameworkStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The JDBC framework store on a real PostgreSQL server runs the whole contract, in a schema of its own. Every
 * test is skipped, saying why, unless {@code INSPECTIONKIT_PG_URL} is set; the class fails if it is set and the
 * server cannot be reached.
 */
class PostgresFrameworkStoreTest extends FrameworkStoreContract {

  private static PostgresSchema schema;
  private InstrumentedDataSource latest;

  @BeforeAll
  static void createSchema() {
    schema = PostgresSchema.createIfConfigured();
  }

  @AfterAll
  static void dropSchema() throws SQLException {
    if (schema != null) {
      schema.close();
    }
  }

  @Override
  protected FrameworkStore newStore() {
    PostgresSchema.requireConfigured(schema).empty();
    latest = new InstrumentedDataSource(schema.dataSource());
    return JdbcFrameworkStore.of(latest);
  }

  @Override
  protected Optional<FailureInjector> failureInjector() {
    InstrumentedDataSource dataSource = latest;
    return Optional.of(dataSource::failNextSave);
  }
}
