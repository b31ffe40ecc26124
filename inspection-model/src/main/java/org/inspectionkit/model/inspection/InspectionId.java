package org.inspectionkit.model.inspection;

import java.util.Objects;
import java.util.regex.Pattern;
import org.inspectionkit.model.internal.Checks;

/**
 * The identifier of an inspection, such as {@code crc-bench-2019-20}.
 *
 * <p>Lower-case letters, digits and hyphens, starting with a letter, at most 64 characters. Immutable and
 * thread-safe.
 */
public final class InspectionId implements Comparable<InspectionId> {

  private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9-]{0,63}");

  private final String value;

  private InspectionId(String value) {
    this.value = Checks.matches(
        "inspection id", value, SHAPE, "lower-case letters, digits and hyphens such as crc-bench-2019-20");
  }

  /**
   * The inspection id {@code value}.
   *
   * @param value the id
   * @return the id
   * @throws IllegalArgumentException if the id is not well formed
   */
  public static InspectionId of(String value) {
    return new InspectionId(Objects.requireNonNull(value, "inspection id"));
  }

  /**
   * The id as text.
   *
   * @return the id
   */
  public String value() {
    return value;
  }

  @Override
  public int compareTo(InspectionId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof InspectionId && ((InspectionId) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
