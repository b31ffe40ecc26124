package org.inspectionkit.examples.jdbc;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.inspectionkit.model.store.FrameworkStore;
import org.inspectionkit.testkit.store.FailureInjector;
import org.inspectionkit.testkit.store.FrameworkStoreContract;
import org.junit.jupiter.api.AfterEach;

/**
 * The JDBC framework store on embedded H2 runs the whole contract, each store on a new in-memory database. The
 * failure injector breaks the data source of the store it is given. A JDBC store holds nothing to close, so the
 * contract's closing does nothing; the databases are shut down after each test.
 */
class H2FrameworkStoreTest extends FrameworkStoreContract {

  private final H2Databases databases = new H2Databases();
  private final Map<FrameworkStore, InstrumentedDataSource> dataSources = new IdentityHashMap<>();

  @Override
  protected FrameworkStore newStore() {
    InstrumentedDataSource dataSource = new InstrumentedDataSource(databases.create());
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

  @AfterEach
  void shutDown() throws SQLException {
    databases.shutDown();
  }
}
