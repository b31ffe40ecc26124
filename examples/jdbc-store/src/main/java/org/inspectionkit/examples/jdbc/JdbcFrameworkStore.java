package org.inspectionkit.examples.jdbc;

import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.FrameworkId;
import org.inspectionkit.model.store.FrameworkStore;
import org.inspectionkit.model.store.StoreException;

/**
 * A {@link FrameworkStore} over plain JDBC, relational like the inspections: {@code framework}, its provider
 * types, {@code framework_domain}, {@code framework_standard} (keyed by the standard's place in the framework,
 * since two standards may share a code for different provider types), the provider types each standard applies
 * to, {@code framework_key_question} and {@code framework_prompt}; see {@code db/migration/V2__frameworks.sql}.
 *
 * <p>Relational rather than one text column holding the framework as JSON: the JSON format belongs to
 * {@code inspection-json}, which this example does not depend on, and rows let a report join answers to the
 * wording of their key questions in SQL.
 *
 * <p>A save locks the framework row, adds one to its revision and replaces the rows beneath it, in one
 * transaction; the last save wins. A load reads from one snapshot on PostgreSQL and, elsewhere, with the
 * framework row locked so that no save of it runs meanwhile. The schema must be current: run {@link DatabaseSchema#migrate(DataSource)}
 * first. Thread-safe.
 */
public final class JdbcFrameworkStore implements FrameworkStore {

  private static final int SAVE_ATTEMPTS = 3;

  private final DataSource dataSource;

  private JdbcFrameworkStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * A store over the database behind {@code dataSource}, whose schema {@link DatabaseSchema#migrate} has brought
   * up to date.
   *
   * @param dataSource where to get connections
   * @return the store
   * @throws StoreException if the database cannot be reached or its schema is not current
   */
  public static JdbcFrameworkStore of(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    DatabaseSchema.requireCurrent(dataSource);
    return new JdbcFrameworkStore(dataSource);
  }

  @Override
  public void save(Framework framework) {
    Objects.requireNonNull(framework, "framework");
    String key = StoreException.keyOf(framework.id());
    for (int attempt = 1; ; attempt++) {
      try {
        Sql.inTransaction(
            dataSource,
            key,
            "save",
            c -> {
              if (FrameworkRows.updateHeader(c, framework)) {
                FrameworkRows.deleteChildren(c, framework.id());
              } else {
                FrameworkRows.insertHeader(c, framework);
              }
              FrameworkRows.insertChildren(c, framework);
              return null;
            });
        return;
      } catch (StoreException e) {
        // Another first save of the same id inserted the framework row before ours: now it exists, so update it.
        boolean raced = e.getCause() instanceof SQLException && Sql.isUniqueViolation((SQLException) e.getCause());
        if (!raced || attempt == SAVE_ATTEMPTS) {
          throw e;
        }
      }
    }
  }

  @Override
  public Optional<Framework> find(FrameworkId id) {
    Objects.requireNonNull(id, "id");
    String key = StoreException.keyOf(id);
    return Sql.inReadTransaction(
        dataSource,
        key,
        "load",
        c ->
            Sql.readWhole(
                c,
                key,
                x -> Sql.isPostgres(x) ? FrameworkRows.revision(x, id) : FrameworkRows.lockRevision(x, id),
                x -> FrameworkRows.read(x, id).map(r -> r.framework)));
  }

  @Override
  public List<FrameworkId> ids() {
    return Sql.inTransaction(dataSource, "frameworks", "list", c -> List.copyOf(FrameworkRows.ids(c)));
  }

  /**
   * Identifies the store.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "JdbcFrameworkStore{" + dataSource.getClass().getSimpleName() + "}";
  }
}
