package org.inspectionkit.examples.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.inspectionkit.model.store.StoreException;

/**
 * The database schema of the JDBC stores, created and upgraded by versioned SQL migrations: plain SQL files on
 * the classpath, {@code db/migration/V1__inspections.sql}, {@code V2__frameworks.sql} and so on, applied in
 * order by {@link #migrate(DataSource)}, which records each in a {@code schema_version} table with a checksum.
 *
 * <p>A migration, once applied, is never edited: the next change to the schema is a new file with the next
 * number (and a line in {@link #MIGRATIONS}). {@code migrate} refuses to run against a database whose recorded
 * checksums differ from the files, or that has migrations this code does not know (a newer application wrote
 * it). The SQL is portable (H2 and PostgreSQL); statements are separated by semicolons at the end of a line, and
 * lines starting with {@code --} are comments.
 *
 * <p>Each migration runs in one transaction. On PostgreSQL, whose DDL is transactional, a failed migration leaves
 * nothing behind and two applications starting at once cannot both apply it; on H2 each DDL statement commits by
 * itself, so run the migration from one process. Stateless and thread-safe.
 */
public final class DatabaseSchema {

  /** The migrations, in the order they are applied; file names under {@code db/migration/}. */
  static final List<String> MIGRATIONS = List.of("V1__inspections.sql", "V2__frameworks.sql", "V3__content_digests.sql",
      "V4__unpaid_work_rating_basis.sql",
      "V5__service_user_voice.sql");

  private static final Pattern NAME = Pattern.compile("V([1-9][0-9]*)__([a-z0-9_]+)\\.sql");
  private static final String KEY = "database schema";
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DatabaseSchema.class);

  private DatabaseSchema() {}

  /**
   * Brings the schema up to date: creates the {@code schema_version} table if needed, checks the migrations
   * already applied, and applies the others in order.
   *
   * @param dataSource the database
   * @return the versions applied by this call, in order; empty if the schema was already current
   * @throws StoreException if a migration fails, an applied migration was changed, or the database has
   *     migrations this code does not know
   */
  public static List<Integer> migrate(DataSource dataSource) {
    List<Migration> migrations = migrations();
    List<Integer> applied = new ArrayList<>();
    Sql.inTransaction(
        dataSource,
        KEY,
        "create the schema_version table of the",
        c -> {
          run(
              c,
              "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, script VARCHAR(200) NOT NULL,"
                  + " checksum VARCHAR(64) NOT NULL,"
                  + " installed_on TIMESTAMP DEFAULT CURRENT_TIMESTAMP NOT NULL,"
                  + " CONSTRAINT schema_version_pk PRIMARY KEY (version))");
          return null;
        });
    for (Migration m : migrations) {
      boolean ran;
      try {
        ran = apply(dataSource, m, migrations);
      } catch (StoreException e) {
        // Another process may have applied it at the same moment (on PostgreSQL our DDL then fails): if so, go on.
        if (!m.checksum.equals(
            Sql.inTransaction(dataSource, KEY, "read the", c -> recorded(c, migrations).get(m.version)))) {
          throw e;
        }
        ran = false;
      }
      if (ran) {
        applied.add(m.version);
        LOG.info("Applied schema migration {} to the inspection store", m.script);
      }
    }
    return List.copyOf(applied);
  }

  /** Applies one migration in one transaction, unless it is recorded as applied; returns whether it ran. */
  private static boolean apply(DataSource dataSource, Migration m, List<Migration> migrations) {
    return Sql.inTransaction(
        dataSource,
        KEY,
        "apply migration " + m.script + " to the",
        c -> {
          Map<Integer, String> recorded = recorded(c, migrations);
          String checksum = recorded.get(m.version);
          if (checksum != null) {
            if (!checksum.equals(m.checksum)) {
              throw new StoreException(
                  KEY,
                  "migration " + m.script + " was changed after it was applied (checksum "
                      + checksum + " recorded, " + m.checksum + " now); add a new migration instead");
            }
            return false;
          }
          for (String statement : m.statements) {
            run(c, statement);
          }
          try (PreparedStatement ps =
              c.prepareStatement("INSERT INTO schema_version (version, script, checksum) VALUES (?, ?, ?)")) {
            ps.setInt(1, m.version);
            ps.setString(2, m.script);
            ps.setString(3, m.checksum);
            ps.executeUpdate();
          }
          return true;
        });
  }

  /**
   * The version of the newest migration applied to a database; 0 if none (or no {@code schema_version} table).
   *
   * @param dataSource the database
   * @return the schema version
   * @throws StoreException if the database cannot be read
   */
  public static int version(DataSource dataSource) {
    return Sql.inTransaction(
  dataSource,
  KEY,
  "read the version of the",
  c -> {
    if (!hasVersionTable(c)) {
      return 0;
    }
    try (PreparedStatement ps = c.prepareStatement("SELECT MAX(version) FROM schema_version");
        ResultSet rs = ps.executeQuery()) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  });
  }

  /**
   * The version of the newest migration this code knows: the schema version after {@link #migrate}.
   *
   * @return the latest version
   */
  public static int latestVersion() {
    return MIGRATIONS.size();
  }

  /** Fails unless the schema is at {@link #latestVersion()}. */
  static void requireCurrent(DataSource dataSource) {
    int version = version(dataSource);
    if (version != latestVersion()) {
      throw new StoreException(
          KEY,
          "the database schema is at version " + version + " but the JDBC stores need version " + latestVersion()
              + (version < latestVersion()
                  ? "; call DatabaseSchema.migrate(dataSource) at start"
                  : "; a newer version of the application has upgraded it"));
    }
  }

  private static boolean hasVersionTable(Connection c) throws SQLException {
    // Table names are folded to upper case by H2 and to lower case by PostgreSQL: look for either.
    for (String name : List.of("schema_version", "SCHEMA_VERSION")) {
      try (ResultSet rs = c.getMetaData().getTables(c.getCatalog(), c.getSchema(), name, new String[] {"TABLE"})) {
        if (rs.next()) {
          return true;
        }
      }
    }
    return false;
  }

  private static Map<Integer, String> recorded(Connection c, List<Migration> known) throws SQLException {
    Map<Integer, String> out = new HashMap<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT version, checksum FROM schema_version");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        out.put(rs.getInt(1), rs.getString(2));
      }
    }
    for (int v : out.keySet()) {
      if (v > known.size()) {
        throw new StoreException(
            KEY,
            "the database has migration V" + v + ", which this code does not know (it knows V1 to V" + known.size()
                + "): a newer version of the application has upgraded it");
      }
    }
    return out;
  }

  private static void run(Connection c, String statement) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(statement)) {
      ps.execute();
    }
  }

  private static List<Migration> migrations() {
    List<Migration> out = new ArrayList<>();
    for (String script : MIGRATIONS) {
      Matcher m = NAME.matcher(script);
      if (!m.matches() || Integer.parseInt(m.group(1)) != out.size() + 1) {
        throw new IllegalStateException(
            "migration " + script + ": expected V" + (out.size() + 1) + "__<words>.sql, numbered without gaps");
      }
      String sql = resource("db/migration/" + script);
      out.add(new Migration(out.size() + 1, script, checksum(sql), statements(sql)));
    }
    return out;
  }

  private static String resource(String path) {
    try (InputStream in = DatabaseSchema.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("migration " + path + " is not on the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new IllegalStateException("migration " + path + " could not be read", e);
    }
  }

  /** The statements of a script: comment lines dropped, split at semicolons that end a line. */
  static List<String> statements(String sql) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : sql.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("--")) {
        continue;
      }
      if (trimmed.endsWith(";")) {
        current.append(trimmed, 0, trimmed.length() - 1);
        out.add(current.toString().strip());
        current.setLength(0);
      } else {
        current.append(trimmed).append('\n');
      }
    }
    if (!current.toString().isBlank()) {
      out.add(current.toString().strip());
    }
    return out;
  }

  private static String checksum(String sql) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(sql.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }

  /** One migration script: its number, file name, checksum and statements. */
  private static final class Migration {
    final int version;
    final String script;
    final String checksum;
    final List<String> statements;

    Migration(int version, String script, String checksum, List<String> statements) {
      this.version = version;
      this.script = script;
      this.checksum = checksum;
      this.statements = statements;
    }
  }
}
