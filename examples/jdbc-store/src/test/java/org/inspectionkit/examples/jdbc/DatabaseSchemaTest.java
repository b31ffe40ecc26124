package org.inspectionkit.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.h2.jdbcx.JdbcDataSource;
import org.inspectionkit.model.store.StoreException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DatabaseSchemaTest {

  private static int serial;
  private final JdbcDataSource h2 = new JdbcDataSource();

  DatabaseSchemaTest() {
    h2.setURL("jdbc:h2:mem:schema-test-" + (++serial) + ";DB_CLOSE_DELAY=-1");
  }

  @AfterEach
  void shutDown() throws SQLException {
    execute("SHUTDOWN");
  }

  @Test
  void migrate_emptyDatabase_appliesEveryMigrationOnceInOrder() {
    assertThat(DatabaseSchema.version(h2)).isZero();

    assertThat(DatabaseSchema.migrate(h2)).containsExactly(1, 2, 3, 4, 5);
    assertThat(DatabaseSchema.migrate(h2)).isEmpty();
    assertThat(DatabaseSchema.version(h2)).isEqualTo(DatabaseSchema.latestVersion()).isEqualTo(5);
  }

  @Test
  void migrate_appliedMigrationChangedSince_isRefused() throws SQLException {
    DatabaseSchema.migrate(h2);
    execute("UPDATE schema_version SET checksum = 'edited' WHERE version = 1");

    assertThatThrownBy(() -> DatabaseSchema.migrate(h2))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("migration V1__inspections.sql was changed after it was applied");
  }

  @Test
  void migrate_databaseUpgradedByNewerCode_isRefused() throws SQLException {
    DatabaseSchema.migrate(h2);
    execute("INSERT INTO schema_version (version, script, checksum) VALUES (6, 'V6__future.sql', 'x')");

    assertThatThrownBy(() -> DatabaseSchema.migrate(h2))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("migration V6, which this code does not know");
    assertThatThrownBy(() -> JdbcInspectionStore.of(h2))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("a newer version of the application has upgraded it");
  }

  @Test
  void stores_onAnUnmigratedDatabase_refuseToStartSayingWhatToDo() {
    assertThatThrownBy(() -> JdbcInspectionStore.of(h2))
        .isInstanceOf(StoreException.class)
        .hasMessage(
            "the database schema is at version 0 but the JDBC stores need version 5;"
                + " call DatabaseSchema.migrate(dataSource) at start");
    assertThatThrownBy(() -> JdbcFrameworkStore.of(h2)).isInstanceOf(StoreException.class);
  }

  @Test
  void statements_dropCommentLinesAndSplitAtSemicolonsEndingALine() {
    String script =
        "-- a comment; with a semicolon\n"
            + "CREATE TABLE a (\n  x INTEGER -- trailing words stay\n);\n\n"
            + "CREATE INDEX a_x ON a (x);\r\n"
            + "INSERT INTO a VALUES (1)";

    assertThat(DatabaseSchema.statements(script.replace("\r\n", "\n")))
        .containsExactly(
            "CREATE TABLE a (\nx INTEGER -- trailing words stay\n)",
            "CREATE INDEX a_x ON a (x)",
            "INSERT INTO a VALUES (1)");
  }

  private void execute(String sql) throws SQLException {
    try (Connection c = h2.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.execute();
    }
  }
}
