package org.inspectionkit.examples.jdbc;

import java.sql.SQLException;
import java.util.Optional;
import org.inspectionkit.model.store.InspectionStore;
import org.inspectionkit.testkit.store.FailureInjector;
import org.inspectionkit.testkit.store.InspectionStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The JDBC inspection store on a real PostgreSQL server runs the whole contract, in a schema of its own. Every
 * test is skipped, saying why, unless {@code INSPECTIONKIT_PG_URL} is set; the class fails if it is set and the
 * server cannot be reached.
 */
class PostgresInspectionStoreTest extends InspectionStoreContract {

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
  protected InspectionStore newStore() {
    PostgresSchema.requireConfigured(schema).empty();
    latest = new InstrumentedDataSource(schema.dataSource());
    return JdbcInspectionStore.of(latest);
  }

  @Override
  protected Optional<FailureInjector> failureInjector() {
    InstrumentedDataSource dataSource = latest;
    return Optional.of(dataSource::failNextSave);
  }
}
