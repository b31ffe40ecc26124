package org.inspectionkit.examples.jdbc;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.inspectionkit.model.store.FrameworkStore;
import org.inspectionkit.testkit.store.FailureInjector;
import org.inspectionkit.testkit.store.FrameworkStoreContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The JDBC framework store on a real PostgreSQL server runs the whole contract, in a schema of its own. Every
 * test is skipped, saying why, unless {@code INSPECTIONKIT_PG_URL} is set; the class fails if it is set and the
 * server cannot be reached. Each store empties the schema first; the failure injector breaks the data source of
 * the store it is given. A JDBC store holds nothing to close (the schema's pool is closed after the class).
 */
class PostgresFrameworkStoreTest extends FrameworkStoreContract {

  private static PostgresSchema schema;
  private final Map<FrameworkStore, InstrumentedDataSource> dataSources = new IdentityHashMap<>();

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
    InstrumentedDataSource dataSource = new InstrumentedDataSource(schema.dataSource());
    FrameworkStore store = JdbcFrameworkStore.of(dataSource);
    dataSources.put(store, dataSource);
    return store;
  }

  @Override
  protected Optional<FailureInjector<FrameworkStore>> failureInjector() {
    return Optional.of(
        store ->
            Objects.requireNonNull(dataSources.get(store), () -> store + " was not made by newStore()")
                .failNextSave());
  }
}
