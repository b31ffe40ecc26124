package org.inspectionkit.examples.jdbc;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.inspectionkit.model.store.InspectionStore;
import org.inspectionkit.testkit.store.FailureInjector;
import org.inspectionkit.testkit.store.InspectionStoreContract;
import org.junit.jupiter.api.AfterEach;

/**
 * The JDBC inspection store on embedded H2, the default database, runs the whole contract, each store on a new
 * in-memory database. The failure injector breaks the data source of the store it is given. A JDBC store holds
 * nothing to close, so the contract's closing does nothing; the databases are shut down after each test.
 */
class H2InspectionStoreTest extends InspectionStoreContract {

  private final H2Databases databases = new H2Databases();
  private final Map<InspectionStore, InstrumentedDataSource> dataSources = new IdentityHashMap<>();

  @Override
  protected InspectionStore newStore() {
    InstrumentedDataSource dataSource = new InstrumentedDataSource(databases.create());
    InspectionStore store = JdbcInspectionStore.of(dataSource);
    dataSources.put(store, dataSource);
    return store;
  }

  @Override
  protected Optional<FailureInjector<InspectionStore>> failureInjector() {
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
