package org.inspectionkit.model.framework;

import java.util.Objects;
import java.util.regex.Pattern;
import org.inspectionkit.model.internal.Checks;

/**
 * The identifier of a framework version, such as {@code probation-2019-20}.
 *
 * <p>Lower-case letters, digits and hyphens, starting with a letter, at most 64 characters. Immutable and
 * thread-safe.
 */
public final class FrameworkId implements Comparable<FrameworkId> {

  private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9-]{0,63}");

  private final String value;

  private FrameworkId(String value) {
    this.value = Checks.matches(
        "framework id", value, SHAPE, "lower-case letters, digits and hyphens such as probation-2019-20");
  }

  /**
   * The framework id {@code value}.
   *
   * @param value the id
   * @return the id
   * @throws IllegalArgumentException if the id is not well formed
   */
  public static FrameworkId of(String value) {
    return new FrameworkId(Objects.requireNonNull(value, "framework id"));
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
  public int compareTo(FrameworkId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FrameworkId && ((FrameworkId) o).value.equals(value);
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
