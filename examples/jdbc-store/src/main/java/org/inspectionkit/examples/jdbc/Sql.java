package org.inspectionkit.examples.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.inspectionkit.model.store.StoreException;

/** Transactions, parameters and batches: the JDBC plumbing shared by the stores. */
final class Sql {

  /** SQL state of a unique or primary key violation, the same on H2 and PostgreSQL. */
  static final String UNIQUE_VIOLATION = "23505";

  /** Rows sent to the database per batch round trip. */
  private static final int BATCH_SIZE = 2_000;

  private Sql() {}

  /** Work done on a connection inside a transaction. */
  @FunctionalInterface
  interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /**
   * Runs {@code work} in one transaction: committed if it returns, rolled back if it throws. A
   * {@link StoreException} thrown by the work passes through; an {@link SQLException} becomes one naming the record
   * and the SQL state (the driver's exception is kept as the cause).
   */
  static <T> T inTransaction(DataSource dataSource, String recordKey, String doing, Work<T> work) {
    return inTransaction(dataSource, recordKey, doing, false, work);
  }

  /**
   * Runs a read in one transaction; on PostgreSQL at repeatable-read isolation, which there is a snapshot of the
   * whole database for the transaction, restoring the connection's isolation afterwards. Elsewhere the read stays
   * at the connection's isolation (read committed by default; H2's repeatable read is no snapshot) and
   * {@link #readWhole} locks the aggregate instead.
   */
  static <T> T inReadTransaction(DataSource dataSource, String recordKey, String doing, Work<T> work) {
    return inTransaction(dataSource, recordKey, doing, true, work);
  }

  private static <T> T inTransaction(
      DataSource dataSource, String recordKey, String doing, boolean snapshot, Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      int isolation = c.getTransactionIsolation();
      boolean raise = snapshot && isolation < Connection.TRANSACTION_REPEATABLE_READ && isPostgres(c);
      if (raise) {
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      }
      boolean autoCommit = c.getAutoCommit();
      if (autoCommit) {
        c.setAutoCommit(false);
      }
      T result;
      try {
        result = work.run(c);
        c.commit();
      } catch (SQLException | RuntimeException | Error e) {
        try {
          c.rollback();
        } catch (SQLException r) {
          e.addSuppressed(r);
        }
        throw e;
      } finally {
        restore(c, autoCommit, raise ? isolation : -1);
      }
      return result;
    } catch (SQLException e) {
      throw failure(recordKey, doing, e);
    }
  }

  /** Gives a (pooled) connection back as it was lent: auto-commit and isolation level. */
  private static void restore(Connection c, boolean autoCommit, int isolation) {
    try {
      if (autoCommit) {
        c.setAutoCommit(true);
      }
      if (isolation >= 0) {
        c.setTransactionIsolation(isolation);
      }
    } catch (SQLException ignored) {
      // The connection is broken; closing it is all that is left, and the original outcome stands.
    }
  }

  /**
   * A store exception for a database error: names the record, the cause in plain words where the SQL state or
   * H2 error code says it, and the SQL state; never data (the driver's message, which can quote values, stays in
   * the cause).
   */
  static StoreException failure(String recordKey, String doing, SQLException e) {
    return new StoreException(
        recordKey,
        "could not " + doing + " " + recordKey + ": " + cause(e) + " (SQL state " + e.getSQLState() + ")",
        e);
  }

  /** What a database error means, from its SQL state (standard and PostgreSQL's) or H2's error code. */
  static String cause(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.io.IOException && String.valueOf(t.getMessage()).contains("No space left")) {
        return "the disk is full";
      }
    }
    switch (e.getErrorCode()) {
      case 90098:
        return "the database was closed after an earlier failure (such as a full disk); open the store again";
      case 90020:
        return "the database is in use by another process";
      case 90097:
        return "the database is read-only";
      case 90100:
        return "the disk is full";
      case 90028:
      case 90030:
        return "the database file is damaged or cannot be read";
      default:
        break;
    }
    if (state.startsWith("08")) {
      return "the database cannot be reached";
    }
    if (state.startsWith("28")) {
      return "the database refused the user name or password";
    }
    if (state.equals("53100")) {
      return "the database server's disk is full";
    }
    if (state.startsWith("53")) {
      return "the database server is out of resources";
    }
    if (state.startsWith("57")) {
      return "the database server is shutting down or cancelled the statement";
    }
    if (state.equals("40001") || state.equals("40P01")) {
      return "the transaction clashed with another one";
    }
    if (state.equals(UNIQUE_VIOLATION)) {
      return "a record with this key is already stored";
    }
    if (state.equals("22001")) {
      return "a value is longer than its column allows";
    }
    if (state.startsWith("42")) {
      return "the database's tables are not the stores' (is the schema current?)";
    }
    if (state.startsWith("23")) {
      return "the rows would break a constraint of the schema";
    }
    return "database error";
  }

  /** Whether {@code e}, or an exception it chains to, is a unique key violation. */
  static boolean isUniqueViolation(SQLException e) {
    for (SQLException x = e; x != null; x = x.getNextException()) {
      if (UNIQUE_VIOLATION.equals(x.getSQLState())) {
        return true;
      }
    }
    return e.getCause() instanceof SQLException && isUniqueViolation((SQLException) e.getCause());
  }

  /**
   * The parent row's builder for a child row; an {@link IllegalStateException} if there is none, which happens
   * when a read straddles a save (or the rows were written by other means).
   */
  static <K, V> V parent(Map<K, V> parents, K key, String childTable) {
    V parent = parents.get(key);
    if (parent == null) {
      throw new IllegalStateException(childTable + " row without its parent row");
    }
    return parent;
  }

  /**
   * Reads a whole aggregate (many queries) as one consistent read. {@code hold} reads the aggregate's version (or
   * revision) and keeps any save of it out until the transaction ends, then {@code read} reads the rest; empty if
   * the aggregate is not stored. A read that does not make a valid value is a {@link StoreException}: its rows
   * were written by other means.
   *
   * <p>On PostgreSQL the transaction is a snapshot ({@link #inReadTransaction}), so {@code hold} need not lock.
   * Elsewhere it must: every save locks the aggregate's root row first, so a reader holding that lock sees no
   * save half done. (A version check before and after the read is not enough on H2, whose reuse of cached query
   * results can return a version from before a concurrent commit: the store's contract test caught that.)
   */
  static <T> Optional<T> readWhole(
      Connection c, String recordKey, Work<OptionalLong> hold, Work<Optional<T>> read) throws SQLException {
    if (hold.run(c).isEmpty()) {
      return Optional.empty();
    }
    try {
      return read.run(c);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new StoreException(
          recordKey,
          recordKey + " is stored in a form that does not make a valid value (were its rows written by other means?)",
          e);
    }
  }

  /** Whether the connection is to PostgreSQL, whose repeatable read is a snapshot of the whole database. */
  static boolean isPostgres(Connection c) throws SQLException {
    return "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
  }

  static void setText(PreparedStatement ps, int index, Optional<String> value) throws SQLException {
    if (value.isPresent()) {
      ps.setString(index, value.get());
    } else {
      ps.setNull(index, Types.VARCHAR);
    }
  }

  static void setDate(PreparedStatement ps, int index, Optional<LocalDate> value) throws SQLException {
    if (value.isPresent()) {
      ps.setObject(index, value.get(), Types.DATE);
    } else {
      ps.setNull(index, Types.DATE);
    }
  }

  static void setDate(PreparedStatement ps, int index, LocalDate value) throws SQLException {
    ps.setObject(index, value, Types.DATE);
  }

  static void setInt(PreparedStatement ps, int index, OptionalInt value) throws SQLException {
    if (value.isPresent()) {
      ps.setInt(index, value.getAsInt());
    } else {
      ps.setNull(index, Types.INTEGER);
    }
  }

  static Optional<String> text(ResultSet rs, int column) throws SQLException {
    return Optional.ofNullable(rs.getString(column));
  }

  static Optional<LocalDate> date(ResultSet rs, int column) throws SQLException {
    return Optional.ofNullable(rs.getObject(column, LocalDate.class));
  }

  static OptionalInt integer(ResultSet rs, int column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(value);
  }

  /** Runs an update or delete with string parameters; returns the row count. */
  static int execute(Connection c, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        ps.setObject(i + 1, parameters[i]);
      }
      return ps.executeUpdate();
    }
  }

  /**
   * A prepared insert whose rows are sent in batches of {@value #BATCH_SIZE}. Set the parameters on
   * {@link #row()}, call {@link #add()}, and {@link #flush()} before closing.
   */
  static final class Batch implements AutoCloseable {
    private final PreparedStatement statement;
    private int pending;

    Batch(Connection c, String sql) throws SQLException {
      this.statement = c.prepareStatement(sql);
    }

    PreparedStatement row() {
      return statement;
    }

    void add() throws SQLException {
      statement.addBatch();
      if (++pending == BATCH_SIZE) {
        flush();
      }
    }

    void flush() throws SQLException {
      if (pending > 0) {
        statement.executeBatch();
        pending = 0;
      }
    }

    @Override
    public void close() throws SQLException {
      statement.close();
    }
  }
}
