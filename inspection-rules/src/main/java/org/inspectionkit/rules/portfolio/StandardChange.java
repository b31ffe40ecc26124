package org.inspectionkit.rules.portfolio;

import org.immutables.value.Value;
import org.inspectionkit.model.Rating;
import org.inspectionkit.model.framework.StandardCode;

/**
 * One standard's rating at a provider's previous inspection and at its next.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class StandardChange {

  StandardChange() {}

  /**
   * The standard.
   *
   * @return its code
   */
  @Value.Parameter
  public abstract StandardCode standard();

  /**
   * Its final rating at the earlier inspection.
   *
   * @return the rating
   */
  @Value.Parameter
  public abstract Rating from();

  /**
   * Its final rating at the later inspection.
   *
   * @return the rating
   */
  @Value.Parameter
  public abstract Rating to();

  /**
   * Whether it went up, down or stayed.
   *
   * @return the direction
   */
  public Direction direction() {
    return Direction.of(from(), to());
  }

  /**
   * The change of a standard.
   *
   * @param standard the standard
   * @param from the earlier rating
   * @param to the later rating
   * @return the change
   */
  public static StandardChange of(StandardCode standard, Rating from, Rating to) {
    return ImmutableStandardChange.of(standard, from, to);
  }

  @Override
  public String toString() {
    return standard() + " " + from().label() + " -> " + to().label();
  }
}
