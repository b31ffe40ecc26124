package org.inspectionkit.examples.jdbc;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.inspectionkit.model.store.NotFoundException;
import org.inspectionkit.model.store.StoreException;

/**
 * The embedded store: an H2 database file, {@code inspections.mv.db}, in a directory of its own, with both
 * {@link JdbcInspectionStore} and {@link JdbcFrameworkStore} over it. Nothing to install; one process at a time.
 *
 * <p>Opening it is safe with any directory a user types:
 *
 * <ul>
 *   <li>The directory never reaches the connection URL as settings. H2 reads everything after a {@code ;} in its
 *       URL as settings (some of which run SQL), so a directory whose absolute path holds anything but letters,
 *       digits, spaces and {@code . _ - + / ,} (and {@code \ :} on Windows) is refused with
 *       {@link IllegalArgumentException} naming the first such character by its code point; nothing is opened or
 *       created.
 *   <li>Commits are durable against the process dying: the database is opened with {@code WRITE_DELAY=0}, so a
 *       save that returned is in the file (the operating system's cache) before it returns, and a process killed
 *       at any point leaves every acknowledged save readable. (H2 does not force each commit to the disk, so a
 *       power cut can still lose the last saves; use PostgreSQL where that matters.) The cost is in
 *       BENCHMARKS.md.
 *   <li>A new store is created whole or not at all: the database is made and migrated under a temporary name,
 *       closed, and renamed into place. An existing file is never given a schema: if it is not an H2 database,
 *       is damaged, or is an H2 database without the stores' {@code schema_version} table, opening fails with a
 *       {@link StoreException} that says so and changes nothing.
 *   <li>{@link #openExisting} never creates anything, so read commands leave no directory behind; a store whose
 *       directory is not writable opens read-only ({@code ACCESS_MODE_DATA=r}), in which every load and list
 *       works and every save fails clearly.
 *   <li>H2's own trace file is off ({@code TRACE_LEVEL_FILE=0}): nothing grows in the directory unseen. Database
 *       errors become {@link StoreException}s naming their cause: the database in use by another process (with
 *       what to do instead), damaged, not an inspection store, read-only.
 * </ul>
 *
 * <p>Thread-safe; close it to release the file.
 */
public final class EmbeddedStore implements AutoCloseable {

  /** The database's base name in its directory; H2 adds {@code .mv.db}. */
  static final String DATABASE = "inspections";

  private static final String FILE_SUFFIX = ".mv.db";
  private static final String SETTINGS = ";WRITE_DELAY=0;TRACE_LEVEL_FILE=0";
  private static final String KEY = "embedded store";
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EmbeddedStore.class);

  private final Path directory;
  private final JdbcConnectionPool pool;
  private final boolean readOnly;
  private final JdbcInspectionStore inspections;
  private final JdbcFrameworkStore frameworks;

  private EmbeddedStore(Path directory, JdbcConnectionPool pool, boolean readOnly) {
    this.directory = directory;
    this.pool = pool;
    this.readOnly = readOnly;
    this.inspections = JdbcInspectionStore.of(pool);
    this.frameworks = JdbcFrameworkStore.of(pool);
  }

  /**
   * Opens the store in {@code directory}, creating the directory and an empty store if there is none, and
   * upgrading the schema of an existing one.
   *
   * @param directory the store's directory
   * @return the open store
   * @throws IllegalArgumentException if the directory's path holds a character the connection URL would
   *     interpret
   * @throws StoreException if the directory cannot be created, or its database cannot be opened (in use,
   *     damaged, not an inspection store)
   */
  public static EmbeddedStore open(Path directory) {
    Path dir = safeDirectory(directory);
    if (!Files.exists(databaseFile(dir), LinkOption.NOFOLLOW_LINKS)) {
      create(dir);
    }
    return openFile(dir, false);
  }

  /**
   * Opens the store in {@code directory} if there is one, and creates nothing: read-write (upgrading its schema)
   * if the directory is writable, read-only otherwise.
   *
   * @param directory the store's directory
   * @return the open store
   * @throws IllegalArgumentException if the directory's path holds a character the connection URL would
   *     interpret
   * @throws NotFoundException if there is no store in the directory
   * @throws StoreException if its database cannot be opened (in use, damaged, not an inspection store)
   */
  public static EmbeddedStore openExisting(Path directory) {
    Path dir = safeDirectory(directory);
    Path file = existingDatabase(dir);
    return openFile(dir, !Files.isWritable(dir) || !Files.isWritable(file));
  }

  /**
   * Opens the store in {@code directory} for reading only, whether or not the directory is writable: loads and
   * lists work, every save fails with a {@link StoreException} saying the store is read-only, and nothing in the
   * directory is changed. Creates nothing.
   *
   * @param directory the store's directory
   * @return the open store
   * @throws IllegalArgumentException if the directory's path holds a character the connection URL would
   *     interpret
   * @throws NotFoundException if there is no store in the directory
   * @throws StoreException if its database cannot be opened, or its schema is older than this code's
   */
  public static EmbeddedStore openReadOnly(Path directory) {
    Path dir = safeDirectory(directory);
    existingDatabase(dir);
    return openFile(dir, true);
  }

  /**
   * The directory of the store.
   *
   * @return the directory, absolute
   */
  public Path directory() {
    return directory;
  }

  /**
   * Whether the store was opened read-only (its directory is not writable): loads and lists work, saves fail.
   *
   * @return true if read-only
   */
  public boolean isReadOnly() {
    return readOnly;
  }

  /**
   * The inspections.
   *
   * @return the inspection store
   */
  public JdbcInspectionStore inspections() {
    return inspections;
  }

  /**
   * The frameworks.
   *
   * @return the framework store
   */
  public JdbcFrameworkStore frameworks() {
    return frameworks;
  }

  /**
   * The database's connections, for an application's own queries; the stores share them.
   *
   * @return the data source
   */
  public DataSource dataSource() {
    return pool;
  }

  /** Closes every connection and the database file. */
  @Override
  public void close() {
    pool.dispose();
  }

  /**
   * Names the directory only.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "EmbeddedStore{" + directory + (readOnly ? ", read-only" : "") + "}";
  }

  /** The absolute, normalised directory, once every character of it is known to be literal in an H2 URL. */
  static Path safeDirectory(Path directory) {
    Objects.requireNonNull(directory, "directory");
    if (directory.toString().isEmpty()) {
      throw new IllegalArgumentException("store directory: must not be empty");
    }
    Path dir = directory.toAbsolutePath().normalize();
    String text = dir.toString();
    boolean windows = dir.getFileSystem().getSeparator().equals("\\");
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      boolean allowed =
          Character.isLetterOrDigit(cp)
              || cp == ' ' || cp == '.' || cp == '_' || cp == '-' || cp == '+' || cp == '/' || cp == ','
              || (windows && (cp == '\\' || (cp == ':' && i == 1)));
      if (!allowed) {
        throw new IllegalArgumentException(
            "store directory: its path may hold only letters, digits, spaces and . _ - + / , but holds "
                + String.format("U+%04X", cp) + " at position " + (i + 1)
                + " (H2 would read the rest of its URL as settings); choose another directory");
      }
      i += Character.charCount(cp);
    }
    return dir;
  }

  private static Path databaseFile(Path dir) {
    return dir.resolve(DATABASE + FILE_SUFFIX);
  }

  /** The database file of the store in {@code dir}, which must be there: opening an existing store creates nothing. */
  private static Path existingDatabase(Path dir) {
    Path file = databaseFile(dir);
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      throw new NotFoundException(KEY, "there is no store in " + dir + " (no " + file.getFileName() + ")");
    }
    return file;
  }

  /** Makes an empty, migrated database under a temporary name and renames it into place. */
  private static void create(Path dir) {
    String temporary = DATABASE + "-new";
    Path temporaryFile = dir.resolve(temporary + FILE_SUFFIX);
    try {
      Files.createDirectories(dir);
      Files.deleteIfExists(temporaryFile); // a creation that died before its rename: never a store yet
    } catch (IOException e) {
      throw new StoreException(KEY, "cannot create the store directory " + dir + ": " + e.getMessage(), e);
    }
    JdbcConnectionPool pool = JdbcConnectionPool.create(url(dir, temporary, false), "sa", "");
    try {
      DatabaseSchema.migrate(pool);
    } catch (StoreException e) {
      throw translate(dir, e);
    } finally {
      pool.dispose();
    }
    try {
      Files.move(temporaryFile, databaseFile(dir), StandardCopyOption.ATOMIC_MOVE);
      LOG.info("Created an embedded inspection store in {}", dir);
    } catch (AtomicMoveNotSupportedException e) {
      throw new StoreException(KEY, "cannot create a store in " + dir + ": its file system cannot rename atomically", e);
    } catch (IOException e) {
      throw new StoreException(KEY, "cannot create a store in " + dir + ": " + e.getMessage(), e);
    }
  }

  private static EmbeddedStore openFile(Path dir, boolean readOnly) {
    JdbcConnectionPool pool = JdbcConnectionPool.create(url(dir, DATABASE, readOnly), "sa", "");
    try {
      int version = probe(dir, pool);
      if (version == 0) {
        throw new StoreException(
            KEY,
            databaseFile(dir) + " is an H2 database but not an inspection store (it has no schema_version table);"
                + " refusing to create a schema in it: choose another directory");
      }
      if (!readOnly) {
        DatabaseSchema.migrate(pool);
      } else if (version < DatabaseSchema.latestVersion()) {
        throw new StoreException(
            KEY,
            "the store in " + dir + " has schema version " + version + " and is read-only here; open it once where"
                + " it is writable to upgrade it to version " + DatabaseSchema.latestVersion());
      }
      return new EmbeddedStore(dir, pool, readOnly);
    } catch (StoreException e) {
      pool.dispose();
      throw translate(dir, e);
    } catch (RuntimeException | Error e) {
      pool.dispose();
      throw e;
    }
  }

  /** Opens one connection (which is where H2 reports a file in use or damaged) and reads the schema version. */
  private static int probe(Path dir, DataSource pool) {
    try (Connection c = pool.getConnection()) {
      c.isValid(1);
    } catch (SQLException e) {
      throw translate(dir, Sql.failure(KEY, "open the", e));
    }
    return DatabaseSchema.version(pool);
  }

  private static String url(Path dir, String name, boolean readOnly) {
    return "jdbc:h2:file:" + dir.resolve(name) + ";IFEXISTS=" + (name.equals(DATABASE) ? "TRUE" : "FALSE")
        + SETTINGS + (readOnly ? ";ACCESS_MODE_DATA=r" : "");
  }

  /** A store failure whose database error has a known cause, said in the user's terms. */
  static StoreException translate(Path dir, StoreException e) {
    SQLException sql = sqlCause(e);
    if (sql == null) {
      return e;
    }
    String file = databaseFile(dir).toString();
    switch (sql.getErrorCode()) {
      case 90020: // DATABASE_ALREADY_OPEN_1
        return new StoreException(
            KEY,
            "the store in " + dir + " is in use by another process, and the embedded database allows one at a time;"
                + " close the other one, or share the data through H2's server mode or PostgreSQL (--jdbc-url)",
            e);
      case 90028: // IO_EXCEPTION_1
      case 90030: // FILE_CORRUPTED_1
      case 90048: // FILE_VERSION_ERROR_1
      case 90049: // FILE_ENCRYPTION_ERROR_1
        return new StoreException(
            KEY,
            file + " is damaged or not an H2 database (H2 error " + sql.getErrorCode() + "); nothing was changed:"
                + " restore it from a backup, or choose another directory",
            e);
      case 90146: // DATABASE_NOT_FOUND_WITH_IF_EXISTS_1
        return new NotFoundException(KEY, "there is no store in " + dir + " (no " + DATABASE + FILE_SUFFIX + ")");
      case 90097: // DATABASE_IS_READ_ONLY
        return new StoreException(KEY, "the store in " + dir + " is read-only: nothing can be saved to it", e);
      case 90100: // NO_DISK_SPACE_AVAILABLE
        return new StoreException(KEY, "the disk holding " + dir + " is full: the last save did not happen", e);
      default:
        return e;
    }
  }

  private static SQLException sqlCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException) {
        return (SQLException) t;
      }
    }
    return null;
  }
}
