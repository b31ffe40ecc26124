package org.inspectionkit.model.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.inspection.InspectionId;

/**
 * An {@link InspectionStore} that keeps inspections in memory, for tests, examples, and applications that load
 * their inspections from somewhere else at start and keep nothing between runs. Everything is lost when the
 * object is discarded.
 *
 * <p>It is the reference implementation of the store's behaviour: the contract tests in {@code inspection-testkit}
 * run against it. Because model objects are immutable, it stores them as given, without copying; a save replaces
 * the whole aggregate in one atomic map operation, so it is atomic by construction and a reader never sees part
 * of a save.
 *
 * <p>Thread-safe: any number of threads may read and write at once; concurrent updates of one inspection are
 * serialised and all but the first based on a version fail with a {@link VersionConflictException}.
 */
public final class InMemoryInspectionStore implements InspectionStore {

  private final ConcurrentMap<InspectionId, Versioned<Inspection>> inspections = new ConcurrentHashMap<>();

  /** An empty store. */
  public InMemoryInspectionStore() {}

  @Override
  public Optional<Versioned<Inspection>> find(InspectionId id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(inspections.get(id));
  }

  @Override
  public Versioned<Inspection> insert(Inspection inspection) {
    Objects.requireNonNull(inspection, "inspection");
    Versioned<Inspection> stored = Versioned.of(inspection, 1);
    Versioned<Inspection> existing = inspections.putIfAbsent(inspection.id(), stored);
    if (existing != null) {
      throw new VersionConflictException(inspection.id(), 0, existing.version());
    }
    return stored;
  }

  @Override
  public Versioned<Inspection> update(Inspection inspection, long expectedVersion) {
    Objects.requireNonNull(inspection, "inspection");
    requireVersion(expectedVersion);
    // An exception thrown inside compute leaves the mapping as it was.
    return inspections.compute(
        inspection.id(),
        (id, current) -> {
          checkVersion(id, current, expectedVersion);
          return Versioned.of(inspection, expectedVersion + 1);
        });
  }

  @Override
  public void delete(InspectionId id, long expectedVersion) {
    Objects.requireNonNull(id, "id");
    requireVersion(expectedVersion);
    inspections.compute(
        id,
        (key, current) -> {
          checkVersion(key, current, expectedVersion);
          return null;
        });
  }

  @Override
  public List<InspectionSummary> list(InspectionQuery query) {
    Objects.requireNonNull(query, "query");
    return inspections.values().stream()
        .map(InspectionSummary::from)
        .filter(query::matches)
        .sorted(InspectionSummary.listingOrder())
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Identifies the store and its size; never case data.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "InMemoryInspectionStore{inspections=" + inspections.size() + "}";
  }

  private static void requireVersion(long expectedVersion) {
    if (expectedVersion < 1) {
      throw new IllegalArgumentException(
          "expectedVersion: must be at least 1 (a stored inspection's version), was " + expectedVersion);
    }
  }

  private static void checkVersion(InspectionId id, Versioned<Inspection> current, long expectedVersion) {
    if (current == null) {
      throw NotFoundException.inspection(id);
    }
    if (current.version() != expectedVersion) {
      throw new VersionConflictException(id, expectedVersion, current.version());
    }
  }
}
