package org.inspectionkit.examples.jdbc;

import java.sql.SQLException;
import java.util.Optional;
import org.inspectionkit.model.store.InspectionStore;
import org.inspectionkit.testkit.store.FailureInjector;
import org.inspectionkit.testkit.store.InspectionStoreContract;
import org.junit.jupiter.api.AfterEach;

/** The JDBC inspection store on embedded H2, the default database, runs the whole contract. */
class H2InspectionStoreTest extends InspectionStoreContract {

  private final H2Databases databases = new H2Databases();
  private InstrumentedDataSource latest;

  @Override
  protected InspectionStore newStore() {
    latest = new InstrumentedDataSource(databases.create());
    return JdbcInspectionStore.of(latest);
  }

  @Override
  protected Optional<FailureInjector> failureInjector() {
    InstrumentedDataSource dataSource = latest;
    return Optional.of(dataSource::failNextSave);
  }

  @AfterEach
  void shutDown() throws SQLException {
    databases.shutDown();
  }
}
