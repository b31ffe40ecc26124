package org.inspectionkit.examples.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.inspectionkit.model.framework.Cycle;
import org.inspectionkit.model.framework.FrameworkId;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.inspection.InspectionId;
import org.inspectionkit.model.inspection.InspectionStatus;
import org.inspectionkit.model.provider.ProviderId;
import org.inspectionkit.model.recommendation.ProgressAssessment;
import org.inspectionkit.model.recommendation.Recommendation;
import org.inspectionkit.model.recommendation.RecommendationId;
import org.inspectionkit.model.store.DamagedRecord;
import org.inspectionkit.model.store.InspectionQuery;
import org.inspectionkit.model.store.InspectionStore;
import org.inspectionkit.model.store.InspectionSummary;
import org.inspectionkit.model.store.NotFoundException;
import org.inspectionkit.model.store.StoreListing;
import org.inspectionkit.model.store.StoreException;
import org.inspectionkit.model.store.VersionConflictException;
import org.inspectionkit.model.store.Versioned;

/**
 * An {@link InspectionStore} over plain JDBC: each inspection is an {@code inspection} row (its id, version and
 * header) and rows in one table per kind of content (cases, their attributes and diversity, assessments, one row
 * per answer, interviews, forum meetings, evidence, judgements and citations, overrides, recommendations,
 * progress assessments and their evidence of result); see {@code db/migration/V1__inspections.sql}.
 *
 * <p>An insert writes the rows in one transaction; the primary key on the inspection id turns a duplicate into a
 * {@link VersionConflictException}. An update first moves the version with
 * {@code UPDATE inspection SET version = expected + 1 ... WHERE id = ? AND version = expected} (no row: a conflict
 * or not found, and nothing changed), then replaces the child rows, in the same transaction; the row lock the
 * update takes makes concurrent writers of one inspection queue, and all but the first then find a new version.
 * Inserts are batched; a load is one query per table whatever the number of cases, read from one snapshot on
 * PostgreSQL and, elsewhere, with the inspection row locked so that no save of it runs meanwhile.
 *
 * <p>The schema must be current: run {@link DatabaseSchema#migrate(DataSource)} once at start. Thread-safe: it
 * holds only the data source, and takes a connection per call (pass a pooled data source in production). Works
 * on H2 and PostgreSQL with the same SQL.
 */
public final class JdbcInspectionStore implements InspectionStore {

  private final DataSource dataSource;

  private JdbcInspectionStore(DataSource dataSource) {
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
  public static JdbcInspectionStore of(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    DatabaseSchema.requireCurrent(dataSource);
    return new JdbcInspectionStore(dataSource);
  }

  @Override
  public Optional<Versioned<Inspection>> find(InspectionId id) {
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
                x -> Sql.isPostgres(x) || x.isReadOnly() ? InspectionRows.version(x, id) : InspectionRows.lockVersion(x, id),
                x -> InspectionRows.read(x, id).map(r -> Versioned.of(r.inspection, r.version))));
  }

  @Override
  public Versioned<Inspection> insert(Inspection inspection) {
    Objects.requireNonNull(inspection, "inspection");
    String key = StoreException.keyOf(inspection.id());
    try {
      return Sql.inTransaction(
          dataSource,
          key,
          "insert",
          c -> {
            InspectionRows.insertHeader(c, inspection, 1);
            InspectionRows.insertChildren(c, inspection);
            return Versioned.of(inspection, 1);
          });
    } catch (StoreException e) {
      if (e.getCause() instanceof SQLException && Sql.isUniqueViolation((SQLException) e.getCause())) {
        OptionalLong stored = storedVersion(inspection.id());
        if (stored.isPresent()) {
          throw new VersionConflictException(inspection.id(), 0, stored.getAsLong());
        }
      }
      throw e;
    }
  }

  @Override
  public Versioned<Inspection> update(Inspection inspection, long expectedVersion) {
    Objects.requireNonNull(inspection, "inspection");
    requireVersion(expectedVersion);
    return Sql.inTransaction(
        dataSource,
        StoreException.keyOf(inspection.id()),
        "update",
        c -> {
          if (!InspectionRows.updateHeader(c, inspection, expectedVersion)) {
            throw mismatch(c, inspection.id(), expectedVersion);
          }
          InspectionRows.deleteChildren(c, inspection.id());
          InspectionRows.insertChildren(c, inspection);
          return Versioned.of(inspection, expectedVersion + 1);
        });
  }

  @Override
  public void delete(InspectionId id, long expectedVersion) {
    Objects.requireNonNull(id, "id");
    requireVersion(expectedVersion);
    Sql.inTransaction(
        dataSource,
        StoreException.keyOf(id),
        "delete",
        c -> {
          // Lock the row at the expected version first, so a concurrent update cannot slip in between.
          String lock = "UPDATE inspection SET version = version WHERE id = ? AND version = ?";
          if (Sql.execute(c, lock, id.value(), expectedVersion) != 1) {
            throw mismatch(c, id, expectedVersion);
          }
          InspectionRows.deleteChildren(c, id);
          Sql.execute(c, "DELETE FROM inspection WHERE id = ?", id.value());
          return null;
        });
  }

  /**
   * {@inheritDoc}
   *
   * <p>Fails, naming every damaged row, if a stored inspection row does not make a valid summary; {@link #listing}
   * lists the others past it.
   */
  @Override
  public List<InspectionSummary> list(InspectionQuery query) {
    StoreListing listing = listing(query);
    if (!listing.isHealthy()) {
      throw damaged("inspections " + describe(query), listing.damaged());
    }
    return listing.summaries();
  }

  /**
   * {@inheritDoc}
   *
   * <p>One query; a row whose values do not make a valid summary (written by other means) is reported as damaged
   * under its inspection's key, and the rest are listed.
   */
  @Override
  public StoreListing listing(InspectionQuery query) {
    Objects.requireNonNull(query, "query");
    StringBuilder sql =
        new StringBuilder("SELECT id, provider_id, cycle_start_year, framework_id, status, version FROM inspection");
    List<Object> parameters = new ArrayList<>();
    String glue = " WHERE ";
    if (query.provider().isPresent()) {
      sql.append(glue).append("provider_id = ?");
      parameters.add(query.provider().get().value());
      glue = " AND ";
    }
    if (query.cycle().isPresent()) {
      sql.append(glue).append("cycle_start_year = ?");
      parameters.add(query.cycle().get().startYear());
      glue = " AND ";
    }
    if (query.status().isPresent()) {
      sql.append(glue).append("status = ?");
      parameters.add(query.status().get().name());
    }
    return Sql.inTransaction(
        dataSource,
        "inspections " + describe(query),
        "list",
        c -> {
          List<InspectionSummary> out = new ArrayList<>();
          List<DamagedRecord> damaged = new ArrayList<>();
          try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < parameters.size(); i++) {
              ps.setObject(i + 1, parameters.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
              int row = 0;
              while (rs.next()) {
                row++;
                String rawId = rs.getString(1);
                long version = rs.getLong(6);
                try {
                  out.add(
                      InspectionSummary.builder()
                          .id(InspectionId.of(rawId))
                          .providerId(ProviderId.of(rs.getString(2)))
                          .cycle(Cycle.of(rs.getInt(3)))
                          .frameworkId(FrameworkId.of(rs.getString(4)))
                          .status(InspectionStatus.valueOf(rs.getString(5)))
                          .version(version)
                          .build());
                } catch (IllegalArgumentException | NullPointerException e) {
                  damaged.add(
                      DamagedRecord.of(
                          rowKey(rawId, row),
                          Math.max(0, version),
                          "its inspection row does not make a valid summary (were its rows written by other means?)"));
                }
              }
            }
          }
          // Sorted here, not by ORDER BY: a database collation may order hyphens differently from the ids' own order.
          out.sort(InspectionSummary.listingOrder());
          damaged.sort(Comparator.comparing(DamagedRecord::recordKey));
          return StoreListing.of(out, damaged);
        });
  }

  /** The key of a listed row: its inspection's key if the id is valid, else the row's place in the answer. */
  private static String rowKey(String rawId, int row) {
    try {
      return StoreException.keyOf(InspectionId.of(rawId));
    } catch (IllegalArgumentException | NullPointerException e) {
      return "inspection row " + row + " (its id is not a valid inspection id)";
    }
  }

  private static StoreException damaged(String key, List<DamagedRecord> damaged) {
    StringBuilder sb = new StringBuilder("cannot list ").append(key).append(": ").append(damaged.size())
        .append(damaged.size() == 1 ? " stored record is" : " stored records are").append(" damaged");
    damaged.stream().limit(20).forEach(d -> sb.append("\n  ").append(d));
    if (damaged.size() > 20) {
      sb.append("\n  ... and ").append(damaged.size() - 20).append(" more");
    }
    sb.append("\n(listing(query) lists the others; verify() reads every record)");
    return new StoreException(key, sb.toString());
  }

  @Override
  public Optional<Recommendation> recommendation(RecommendationId id) {
    Objects.requireNonNull(id, "id");
    return Sql.inTransaction(
        dataSource,
        "recommendation " + id,
        "load",
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT inspection_id, recommendation_number, target_code, recommendation_text, addressed_to"
                      + " FROM recommendation WHERE inspection_id = ? AND recommendation_number = ?")) {
            ps.setString(1, id.inspection().value());
            ps.setInt(2, id.number());
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(InspectionRows.recommendationAt(rs)) : Optional.empty();
            }
          }
        });
  }

  @Override
  public List<Recommendation> recommendationsFor(ProviderId provider) {
    Objects.requireNonNull(provider, "provider");
    return Sql.inTransaction(
        dataSource,
        "recommendations for provider " + provider,
        "load",
        c -> {
          List<Recommendation> out = new ArrayList<>();
          Map<InspectionId, Integer> cycles = new HashMap<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT r.inspection_id, r.recommendation_number, r.target_code, r.recommendation_text,"
                      + " r.addressed_to, i.cycle_start_year FROM recommendation r"
                      + " JOIN inspection i ON i.id = r.inspection_id WHERE i.provider_id = ?")) {
            ps.setString(1, provider.value());
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                Recommendation r = InspectionRows.recommendationAt(rs);
                cycles.put(r.inspection(), rs.getInt(6));
                out.add(r);
              }
            }
          }
          // The listing order of the inspections that made them (one provider: cycle, then id), then number.
          out.sort(
              Comparator.comparing((Recommendation r) -> cycles.get(r.inspection()))
                  .thenComparing(Recommendation::id));
          return List.copyOf(out);
        });
  }

  @Override
  public List<ProgressAssessment> progressAssessmentsOf(RecommendationId recommendation) {
    Objects.requireNonNull(recommendation, "recommendation");
    return Sql.inTransaction(
        dataSource,
        "progress assessments of recommendation " + recommendation,
        "load",
        c -> {
          List<ProgressAssessment> found =
              InspectionRows.readProgress(
                  c,
                  "WHERE p.made_in = ? AND p.recommendation_number = ?",
                  recommendation.inspection().value(),
                  recommendation.number());
          if (found.size() < 2) {
            return List.copyOf(found);
          }
          // The listing order of the inspections that made them: by cycle, then provider, then id.
          Map<InspectionId, InspectionSummary> makers = new HashMap<>();
          for (ProgressAssessment p : found) {
            summaryOf(c, p.assessedIn()).ifPresent(s -> makers.put(p.assessedIn(), s));
          }
          List<ProgressAssessment> out = new ArrayList<>(found);
          out.sort(
              Comparator.comparing(
                  (ProgressAssessment p) -> makers.get(p.assessedIn()),
                  Comparator.nullsLast(InspectionSummary.listingOrder())));
          return List.copyOf(out);
        });
  }

  /**
   * Identifies the store; never case data.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "JdbcInspectionStore{" + dataSource.getClass().getSimpleName() + "}";
  }

  private static Optional<InspectionSummary> summaryOf(Connection c, InspectionId id) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT provider_id, cycle_start_year, framework_id, status, version FROM inspection WHERE id = ?")) {
      ps.setString(1, id.value());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            InspectionSummary.builder()
                .id(id)
                .providerId(ProviderId.of(rs.getString(1)))
                .cycle(Cycle.of(rs.getInt(2)))
                .frameworkId(FrameworkId.of(rs.getString(3)))
                .status(InspectionStatus.valueOf(rs.getString(4)))
                .version(rs.getLong(5))
                .build());
      }
    }
  }

  private OptionalLong storedVersion(InspectionId id) {
    return Sql.inTransaction(dataSource, StoreException.keyOf(id), "load", c -> InspectionRows.lockVersion(c, id));
  }

  /** Why an update or delete matched no row: the inspection is missing, or at another version. */
  private static StoreException mismatch(Connection c, InspectionId id, long expectedVersion) throws SQLException {
    OptionalLong actual = InspectionRows.lockVersion(c, id);
    if (actual.isEmpty()) {
      return NotFoundException.inspection(id);
    }
    return new VersionConflictException(id, expectedVersion, actual.getAsLong());
  }

  private static void requireVersion(long expectedVersion) {
    if (expectedVersion < 1) {
      throw new IllegalArgumentException(
          "expectedVersion: must be at least 1 (a stored inspection's version), was " + expectedVersion);
    }
  }

  private static String describe(InspectionQuery query) {
    List<String> parts = new ArrayList<>();
    query.provider().ifPresent(p -> parts.add("of provider " + p));
    query.cycle().ifPresent(c -> parts.add("of cycle " + c));
    query.status().ifPresent(s -> parts.add("in status " + s));
    return parts.isEmpty() ? "(all)" : String.join(", ", parts);
  }
}
