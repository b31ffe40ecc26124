package org.inspectionkit.model.store;

import java.util.Optional;
import org.immutables.value.Value;
import org.inspectionkit.model.framework.Cycle;
import org.inspectionkit.model.inspection.InspectionStatus;
import org.inspectionkit.model.provider.ProviderId;

/**
 * Which stored inspections to list: those of one provider, of one cycle, in one status, or any combination; an
 * absent criterion matches every inspection.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class InspectionQuery {

  private static final InspectionQuery ALL = builder().build();

  InspectionQuery() {}

  /**
   * Only inspections of this provider, if given.
   *
   * @return the provider id
   */
  public abstract Optional<ProviderId> provider();

  /**
   * Only inspections of this cycle, if given.
   *
   * @return the cycle
   */
  public abstract Optional<Cycle> cycle();

  /**
   * Only inspections in this status, if given.
   *
   * @return the status
   */
  public abstract Optional<InspectionStatus> status();

  /**
   * Whether a stored inspection meets every criterion of this query.
   *
   * @param summary the stored inspection's summary
   * @return true if it matches
   */
  public boolean matches(InspectionSummary summary) {
    return provider().map(summary.providerId()::equals).orElse(true)
        && cycle().map(summary.cycle()::equals).orElse(true)
        && status().map(summary.status()::equals).orElse(true);
  }

  /**
   * Every inspection.
   *
   * @return the query
   */
  public static InspectionQuery all() {
    return ALL;
  }

  /**
   * Every inspection of one provider, in any cycle.
   *
   * @param provider the provider id
   * @return the query
   */
  public static InspectionQuery ofProvider(ProviderId provider) {
    return builder().provider(provider).build();
  }

  /**
   * Every inspection of one cycle.
   *
   * @param cycle the cycle
   * @return the query
   */
  public static InspectionQuery ofCycle(Cycle cycle) {
    return builder().cycle(cycle).build();
  }

  /**
   * The inspections of one provider in one cycle.
   *
   * @param provider the provider id
   * @param cycle the cycle
   * @return the query
   */
  public static InspectionQuery of(ProviderId provider, Cycle cycle) {
    return builder().provider(provider).cycle(cycle).build();
  }

  /**
   * A new builder; every criterion is optional.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link InspectionQuery}; every criterion is optional. */
  public static final class Builder extends ImmutableInspectionQuery.Builder {
    Builder() {}
  }
}
