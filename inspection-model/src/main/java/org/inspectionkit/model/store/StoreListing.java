package org.inspectionkit.model.store;

import java.util.List;
import org.immutables.value.Value;

/**
 * A list of stored inspections that keeps going past damage: the summaries of the records that could be read, in
 * {@link InspectionSummary#listingOrder()}, and every record that could not, in key order.
 *
 * <p>Immutable and thread-safe; holds identifiers only.
 */
@Value.Immutable
public abstract class StoreListing {

  StoreListing() {}

  /**
   * The summaries of the readable inspections that match the query, in listing order.
   *
   * @return the summaries
   */
  @Value.Parameter
  public abstract List<InspectionSummary> summaries();

  /**
   * The records that could not be read, whether or not they would have matched the query.
   *
   * @return the damaged records, by key
   */
  @Value.Parameter
  public abstract List<DamagedRecord> damaged();

  /**
   * A listing.
   *
   * @param summaries the readable inspections, in listing order
   * @param damaged the records that could not be read
   * @return the listing
   */
  public static StoreListing of(List<InspectionSummary> summaries, List<DamagedRecord> damaged) {
    return ImmutableStoreListing.of(summaries, damaged);
  }

  /**
   * Whether every record could be read.
   *
   * @return true if nothing is damaged
   */
  public boolean isHealthy() {
    return damaged().isEmpty();
  }
}
