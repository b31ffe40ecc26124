package org.inspectionkit.examples.jdbc;

import java.sql.SQLException;
import java.util.Optional;
import org.inspectionkit.model.store.FrameworkStore;
import org.inspectionkit.testkit.store.FailureInjector;
import org.inspectionkit.testkit.store.FrameworkStoreContract;
import org.junit.jupiter.api.AfterEach;

/** The JDBC framework store on embedded H2 runs the whole contract. */
class H2FrameworkStoreTest extends FrameworkStoreContract {

  private final H2Databases databases = new H2Databases();
  private InstrumentedDataSource latest;

  @Override
  protected FrameworkStore newStore() {
    latest = new InstrumentedDataSource(databases.create());
    return JdbcFrameworkStore.of(latest);
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
