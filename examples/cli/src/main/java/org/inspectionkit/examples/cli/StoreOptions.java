package org.inspectionkit.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.inspectionkit.examples.files.JsonFileStore;
import org.inspectionkit.examples.jdbc.DatabaseSchema;
import org.inspectionkit.examples.jdbc.EmbeddedStore;
import org.inspectionkit.examples.jdbc.JdbcFrameworkStore;
import org.inspectionkit.examples.jdbc.JdbcInspectionStore;
import org.inspectionkit.model.store.FrameworkStore;
import org.inspectionkit.model.store.InspectionStore;
import org.inspectionkit.model.store.NotFoundException;
import org.inspectionkit.model.store.StoreException;
import picocli.CommandLine.Option;

/**
 * Which store a command uses: the embedded H2 database in a local directory ({@code inspection-data} unless
 * {@code --store DIR} says otherwise), a JSON-file store ({@code --file-store DIR}), or any JDBC database given by
 * {@code --jdbc-url} (PostgreSQL for real use).
 */
final class StoreOptions {

  /** The default directory of the embedded store, relative to the working directory. */
  static final String DEFAULT_DIRECTORY = "inspection-data";

  @Option(names = "--store", paramLabel = "DIR",
      description = "Directory of the embedded H2 store (default: " + DEFAULT_DIRECTORY + ").")
  Path directory;

  @Option(names = "--file-store", paramLabel = "DIR",
      description = "A JSON-file store instead: one JSON document per inspection in DIR.")
  Path fileStore;

  @Option(names = "--jdbc-url", paramLabel = "URL",
      description = "A JDBC database instead, such as jdbc:postgresql://127.0.0.1:5432/test?user=postgres.")
  String jdbcUrl;

  /**
   * Opens the store for a command that writes to it: the embedded or file store is created if it is not there,
   * and the database schema is created or upgraded.
   */
  OpenedStore open() {
    return open(true);
  }

  /**
   * Opens the store; a command that only reads ({@code forWriting} false) creates nothing, and fails clearly if
   * there is no store where it was told to look.
   */
  OpenedStore open(boolean forWriting) {
    int chosen = (directory != null ? 1 : 0) + (jdbcUrl != null ? 1 : 0) + (fileStore != null ? 1 : 0);
    if (chosen > 1) {
      throw new InputException("--store, --file-store and --jdbc-url: give one or the other");
    }
    try {
      if (fileStore != null) {
        if (!forWriting && !Files.isDirectory(fileStore)) {
          throw new InputException("--file-store: there is no store in " + Text.path(fileStore)
              + " (no such directory)");
        }
        JsonFileStore files = JsonFileStore.open(fileStore);
        return new OpenedStore(files.inspections(), files.frameworks(),
            "JSON-file store in " + Text.path(fileStore), files::close);
      }
      if (jdbcUrl != null) {
        if (!jdbcUrl.startsWith("jdbc:")) {
          throw new InputException("--jdbc-url: expected a JDBC URL such as jdbc:postgresql://host/db");
        }
        DataSource source = new UrlDataSource(jdbcUrl);
        DatabaseSchema.migrate(source);
        return new OpenedStore(JdbcInspectionStore.of(source), JdbcFrameworkStore.of(source),
            "database " + Text.clean(withoutParameters(jdbcUrl)), () -> { });
      }
      Path dir = directory == null ? Path.of(DEFAULT_DIRECTORY) : directory;
      EmbeddedStore embedded;
      try {
        embedded = forWriting ? EmbeddedStore.open(dir) : EmbeddedStore.openExisting(dir);
      } catch (IllegalArgumentException e) {
        throw new InputException("--store: " + e.getMessage());
      }
      return new OpenedStore(embedded.inspections(), embedded.frameworks(),
          "embedded H2 store in " + Text.path(dir) + (embedded.isReadOnly() ? " (read-only)" : ""),
          embedded::close);
    } catch (NotFoundException e) {
      throw new InputException(e.getMessage() + "; nothing is stored there yet (import an inspection first)");
    } catch (StoreException e) {
      throw new InputException("cannot open the store: " + e.getMessage());
    }
  }

  private static String withoutParameters(String url) {
    int q = url.indexOf('?');
    return q < 0 ? url : url.substring(0, q);
  }

  /** An open store: inspections and frameworks, closed together. */
  static final class OpenedStore implements AutoCloseable {
    final InspectionStore inspections;
    final FrameworkStore frameworks;
    final String description;
    private final Runnable close;

    OpenedStore(InspectionStore inspections, FrameworkStore frameworks, String description, Runnable close) {
      this.inspections = inspections;
      this.frameworks = frameworks;
      this.description = description;
      this.close = close;
    }

    @Override
    public void close() {
      close.run();
    }
  }

  /** A data source that opens a connection per call from a JDBC URL, through the drivers on the class path. */
  private static final class UrlDataSource implements DataSource {
    private final String url;

    UrlDataSource(String url) {
      this.url = url;
    }

    @Override
    public Connection getConnection() throws SQLException {
      return DriverManager.getConnection(url);
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
      return DriverManager.getConnection(url, user, password);
    }

    @Override
    public PrintWriter getLogWriter() {
      return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
      // not used
    }

    @Override
    public void setLoginTimeout(int seconds) {
      DriverManager.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
      return DriverManager.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
      throw new SQLFeatureNotSupportedException("no parent logger");
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
