package org.inspectionkit.model.store;

import java.util.Comparator;
import org.immutables.value.Value;
import org.inspectionkit.model.framework.Cycle;
import org.inspectionkit.model.framework.FrameworkId;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.inspection.InspectionId;
import org.inspectionkit.model.inspection.InspectionStatus;
import org.inspectionkit.model.provider.ProviderId;

/**
 * One line of a list of stored inspections: enough to pick an inspection without loading its cases.
 *
 * <p>Stores list summaries in {@link #listingOrder()}: by cycle, then provider, then inspection id. Immutable and
 * thread-safe; holds identifiers only.
 */
@Value.Immutable
public abstract class InspectionSummary {

  private static final Comparator<InspectionSummary> LISTING_ORDER =
      Comparator.comparing(InspectionSummary::cycle)
          .thenComparing(InspectionSummary::providerId)
          .thenComparing(InspectionSummary::id);

  InspectionSummary() {}

  /**
   * The inspection's id.
   *
   * @return the id
   */
  public abstract InspectionId id();

  /**
   * The id of the inspected provider.
   *
   * @return the provider id
   */
  public abstract ProviderId providerId();

  /**
   * The inspection cycle.
   *
   * @return the cycle
   */
  public abstract Cycle cycle();

  /**
   * The framework version the inspection is made under.
   *
   * @return the framework id
   */
  public abstract FrameworkId frameworkId();

  /**
   * Where the inspection stands.
   *
   * @return the status
   */
  public abstract InspectionStatus status();

  /**
   * The stored version, to pass to {@link InspectionStore#update(Inspection, long)}.
   *
   * @return the version, from 1
   */
  public abstract long version();

  /**
   * The summary of a stored inspection.
   *
   * @param stored the inspection and its version
   * @return the summary
   */
  public static InspectionSummary from(Versioned<Inspection> stored) {
    Inspection i = stored.value();
    return builder()
        .id(i.id())
        .providerId(i.provider().id())
        .cycle(i.cycle())
        .frameworkId(i.frameworkId())
        .status(i.status())
        .version(stored.version())
        .build();
  }

  /**
   * The order stores list summaries in: by cycle, then provider id, then inspection id (each in its natural
   * order, so the result does not depend on a database's collation).
   *
   * @return the comparator
   */
  public static Comparator<InspectionSummary> listingOrder() {
    return LISTING_ORDER;
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (version() < 1) {
      throw new IllegalArgumentException("InspectionSummary " + id() + " version: must be at least 1, was " + version());
    }
  }

  /** Builds an {@link InspectionSummary}; every attribute is required. */
  public static final class Builder extends ImmutableInspectionSummary.Builder {
    Builder() {}
  }
}
