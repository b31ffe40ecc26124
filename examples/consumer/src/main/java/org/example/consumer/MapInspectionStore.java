package org.example.consumer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.inspection.InspectionId;
import org.inspectionkit.model.store.InspectionQuery;
import org.inspectionkit.model.store.InspectionStore;
import org.inspectionkit.model.store.InspectionSummary;
import org.inspectionkit.model.store.NotFoundException;
import org.inspectionkit.model.store.VersionConflictException;
import org.inspectionkit.model.store.Versioned;

/** The application's own storage: inspections in a map, with a version each. */
public final class MapInspectionStore implements InspectionStore {

  private final Map<InspectionId, Versioned<Inspection>> inspections = new HashMap<>();

  @Override
  public synchronized Optional<Versioned<Inspection>> find(InspectionId id) {
    return Optional.ofNullable(inspections.get(id));
  }

  @Override
  public synchronized Versioned<Inspection> insert(Inspection inspection) {
    Versioned<Inspection> stored = inspections.get(inspection.id());
    if (stored != null) {
      throw new VersionConflictException(inspection.id(), 0, stored.version());
    }
    Versioned<Inspection> saved = Versioned.of(inspection, 1);
    inspections.put(inspection.id(), saved);
    return saved;
  }

  @Override
  public synchronized Versioned<Inspection> update(Inspection inspection, long expectedVersion) {
    if (expectedVersion < 1) {
      throw new IllegalArgumentException("expected version must be at least 1, was " + expectedVersion);
    }
    Versioned<Inspection> stored = inspections.get(inspection.id());
    if (stored == null) {
      throw new NotFoundException("inspection " + inspection.id());
    }
    if (stored.version() != expectedVersion) {
      throw new VersionConflictException(inspection.id(), expectedVersion, stored.version());
    }
    Versioned<Inspection> saved = Versioned.of(inspection, expectedVersion + 1);
    inspections.put(inspection.id(), saved);
    return saved;
  }

  @Override
  public synchronized void delete(InspectionId id, long expectedVersion) {
    Versioned<Inspection> stored = inspections.get(id);
    if (stored == null) {
      throw new NotFoundException("inspection " + id);
    }
    if (stored.version() != expectedVersion) {
      throw new VersionConflictException(id, expectedVersion, stored.version());
    }
    inspections.remove(id);
  }

  @Override
  public synchronized List<InspectionSummary> list(InspectionQuery query) {
    List<InspectionSummary> out = new ArrayList<>();
    for (Versioned<Inspection> v : inspections.values()) {
      InspectionSummary s = InspectionSummary.from(v);
      if (query.matches(s)) {
        out.add(s);
      }
    }
    out.sort(InspectionSummary.listingOrder());
    return out;
  }
}
