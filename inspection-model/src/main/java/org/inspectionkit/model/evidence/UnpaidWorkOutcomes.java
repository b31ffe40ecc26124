package org.inspectionkit.model.evidence;

import java.time.LocalDate;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.inspectionkit.model.internal.Checks;

/**
 * Unpaid work outcome information for a period, as the 2019-20 method uses it beside the case data ("for unpaid
 * work, qualitative information from observations and outcome information"): how many orders with unpaid work
 * were made and completed, the hours ordered and worked, and how many orders were completed within twelve months.
 * Every figure is optional, since providers report different ones; the period is required, so that a figure is
 * never read without its dates.
 *
 * <p>Aggregates only, no case data. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class UnpaidWorkOutcomes {

  UnpaidWorkOutcomes() {}

  /**
   * The first day of the period the figures cover.
   *
   * @return the first day
   */
  public abstract LocalDate periodStart();

  /**
   * The last day of the period the figures cover.
   *
   * @return the last day
   */
  public abstract LocalDate periodEnd();

  /**
   * Orders with an unpaid work requirement made in the period.
   *
   * @return the number, if reported
   */
  public abstract OptionalInt ordersMade();

  /**
   * Hours of unpaid work ordered in the period.
   *
   * @return the hours, if reported
   */
  public abstract OptionalInt hoursOrdered();

  /**
   * Hours of unpaid work worked in the period.
   *
   * @return the hours, if reported
   */
  public abstract OptionalInt hoursWorked();

  /**
   * Unpaid work requirements completed in the period.
   *
   * @return the number, if reported
   */
  public abstract OptionalInt ordersCompleted();

  /**
   * Of the requirements completed in the period, those completed within twelve months of the order.
   *
   * @return the number, if reported
   */
  public abstract OptionalInt completedWithinTwelveMonths();

  /**
   * Whether any figure is reported.
   *
   * @return true if at least one figure is present
   */
  public boolean hasFigures() {
    return ordersMade().isPresent() || hoursOrdered().isPresent() || hoursWorked().isPresent()
        || ordersCompleted().isPresent() || completedWithinTwelveMonths().isPresent();
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
    String where = "UnpaidWorkOutcomes";
    Checks.require(!periodEnd().isBefore(periodStart()), where + " periodEnd", "must not be before periodStart");
    for (OptionalInt figure : new OptionalInt[] {ordersMade(), hoursOrdered(), hoursWorked(), ordersCompleted(),
        completedWithinTwelveMonths()}) {
      figure.ifPresent(v -> Checks.require(v >= 0, where + " figures", "must not be negative, was " + v));
    }
    if (completedWithinTwelveMonths().isPresent() && ordersCompleted().isPresent()) {
      Checks.require(completedWithinTwelveMonths().getAsInt() <= ordersCompleted().getAsInt(),
          where + " completedWithinTwelveMonths", "must not be more than ordersCompleted");
    }
  }

  /** Builds {@link UnpaidWorkOutcomes}; the period is required, every figure optional. */
  public static final class Builder extends ImmutableUnpaidWorkOutcomes.Builder {
    Builder() {}
  }
}
