package org.inspectionkit.examples.jdbc;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A test data source that wraps a real one to watch and break the stores' JDBC traffic: it counts statement
 * executions (round trips), and when armed by {@link #failNextSave()} makes the next batch of answer rows (or of
 * framework key questions) fail with an {@link SQLException}, after the rows before it in the same transaction
 * have been written and before the commit: a failure part-way through a save, as a lost connection would cause.
 */
final class InstrumentedDataSource implements DataSource {

  private final DataSource target;
  private final AtomicBoolean failNext = new AtomicBoolean();
  private final AtomicInteger executions = new AtomicInteger();

  InstrumentedDataSource(DataSource target) {
    this.target = target;
  }

  /** Makes the next save fail part-way. */
  void failNextSave() {
    failNext.set(true);
  }

  /** Statement executions (queries, updates, batches) since the last {@link #resetCount()}. */
  int executions() {
    return executions.get();
  }

  void resetCount() {
    executions.set(0);
  }

  private static boolean isFailurePoint(String sql) {
    return sql.startsWith("INSERT INTO case_answer") || sql.startsWith("INSERT INTO framework_key_question");
  }

  @Override
  public Connection getConnection() throws SQLException {
    return wrap(target.getConnection());
  }

  @Override
  public Connection getConnection(String username, String password) throws SQLException {
    return wrap(target.getConnection(username, password));
  }

  private Connection wrap(Connection connection) {
    return (Connection)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {Connection.class},
            (proxy, method, args) -> {
              Object result = invoke(connection, method, args);
              if (result instanceof PreparedStatement && method.getName().equals("prepareStatement")) {
                return wrap((PreparedStatement) result, (String) args[0]);
              }
              return result;
            });
  }

  private PreparedStatement wrap(PreparedStatement statement, String sql) {
    return (PreparedStatement)
        Proxy.newProxyInstance(
            getClass().getClassLoader(),
            new Class<?>[] {PreparedStatement.class},
            (proxy, method, args) -> {
              String name = method.getName();
              if (name.startsWith("execute")) {
                executions.incrementAndGet();
                if (name.equals("executeBatch") && isFailurePoint(sql) && failNext.compareAndSet(true, false)) {
                  throw new SQLException("injected failure part-way through a save", "08006");
                }
              }
              return invoke(statement, method, args);
            });
  }

  private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Override
  public PrintWriter getLogWriter() throws SQLException {
    return target.getLogWriter();
  }

  @Override
  public void setLogWriter(PrintWriter out) throws SQLException {
    target.setLogWriter(out);
  }

  @Override
  public void setLoginTimeout(int seconds) throws SQLException {
    target.setLoginTimeout(seconds);
  }

  @Override
  public int getLoginTimeout() throws SQLException {
    return target.getLoginTimeout();
  }

  @Override
  public Logger getParentLogger() throws SQLFeatureNotSupportedException {
    return target.getParentLogger();
  }

  @Override
  public <T> T unwrap(Class<T> type) throws SQLException {
    return target.unwrap(type);
  }

  @Override
  public boolean isWrapperFor(Class<?> type) throws SQLException {
    return target.isWrapperFor(type);
  }
}
