package org.inspectionkit.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.inspection.InspectionId;
import org.inspectionkit.model.provider.ProviderId;
import org.inspectionkit.model.store.InspectionStore;
import org.inspectionkit.model.store.StoreException;
import org.inspectionkit.testkit.store.LargeInspections;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the contract cannot see: how many round trips the JDBC store makes, and how it reports a broken database. */
class JdbcInspectionStoreTest {

  private final H2Databases databases = new H2Databases();
  private final InstrumentedDataSource dataSource = new InstrumentedDataSource(databases.create());
  private final InspectionStore store = JdbcInspectionStore.of(dataSource);

  @AfterEach
  void shutDown() throws SQLException {
    databases.shutDown();
  }

  @Test
  void find_makesAFixedNumberOfQueries_whateverTheNumberOfCases() {
    Inspection small = large("crc-small-2019-20", 2);
    Inspection big = large("crc-big-2019-20", 300);
    store.insert(small);
    store.insert(big);

    dataSource.resetCount();
    assertThat(store.load(small.id()).value()).isEqualTo(small);
    int forSmall = dataSource.executions();
    dataSource.resetCount();
    assertThat(store.load(big.id()).value()).isEqualTo(big);
    int forBig = dataSource.executions();

    assertThat(forBig).isEqualTo(forSmall).isLessThanOrEqualTo(25);
  }

  @Test
  void insert_batchesRows_soRoundTripsStayFewForThousandsOfRows() {
    Inspection big = large("crc-big-2019-20", 300); // 300 cases, 3,600 key question answers and more

    dataSource.resetCount();
    store.insert(big);

    assertThat(dataSource.executions()).isLessThanOrEqualTo(40);
  }

  @Test
  void update_replacesTheChildRowsInAFixedNumberOfStatements() {
    Inspection big = large("crc-big-2019-20", 300);
    store.insert(big);

    dataSource.resetCount();
    store.update(big, 1);

    assertThat(dataSource.executions()).isLessThanOrEqualTo(60);
    assertThat(store.load(big.id()).version()).isEqualTo(2);
  }

  @Test
  void find_databaseDown_failsWithAStoreExceptionNamingTheRecordAndTheSqlStateOnly() {
    Switchable switchable = new Switchable(dataSource);
    InspectionStore goneDown = JdbcInspectionStore.of(switchable);
    switchable.target = new Unreachable();

    assertThatThrownBy(() -> goneDown.find(InspectionId.of("crc-p-2019-20")))
        .isInstanceOfSatisfying(
            StoreException.class,
            e -> {
              assertThat(e.recordKey()).isEqualTo("inspection crc-p-2019-20");
              assertThat(e.getMessage())
                  .isEqualTo("could not load inspection crc-p-2019-20: the database cannot be reached (SQL state 08001)");
              assertThat(e.getCause()).isInstanceOf(SQLException.class);
            });
  }

  private static Inspection large(String id, int cases) {
    return LargeInspections.withCases(InspectionId.of(id), ProviderId.of("crc-p"), cases);
  }

  /** A data source that refuses every connection, as a stopped server does. */
  private static final class Unreachable extends Switchable {
    Unreachable() {
      super(null);
    }

    @Override
    public Connection getConnection() throws SQLException {
      throw new SQLException("Connection refused", "08001");
    }
  }

  /** A data source whose target can be swapped. */
  private static class Switchable implements DataSource {
    DataSource target;

    Switchable(DataSource target) {
      this.target = target;
    }

    @Override
    public Connection getConnection() throws SQLException {
      return target.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return target.getConnection(username, password);
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
      return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
      throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
      return false;
    }
  }
}
