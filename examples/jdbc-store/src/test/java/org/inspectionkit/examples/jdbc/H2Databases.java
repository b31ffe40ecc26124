package org.inspectionkit.examples.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Fresh in-memory H2 databases for tests, migrated to the current schema, each kept open until
 * {@link #shutDown()} (an in-memory H2 database otherwise vanishes when its last connection closes).
 */
final class H2Databases {

  private static final AtomicInteger SERIAL = new AtomicInteger();

  private final List<JdbcDataSource> opened = new ArrayList<>();

  /** A new, empty, migrated in-memory database. */
  synchronized JdbcDataSource create() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:inspections-" + SERIAL.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
    DatabaseSchema.migrate(h2);
    opened.add(h2);
    return h2;
  }

  /** Closes every database made by {@link #create()}, freeing its memory. */
  synchronized void shutDown() throws SQLException {
    for (JdbcDataSource h2 : opened) {
      try (Connection c = h2.getConnection();
          PreparedStatement ps = c.prepareStatement("SHUTDOWN")) {
        ps.execute();
      }
    }
    opened.clear();
  }
}
