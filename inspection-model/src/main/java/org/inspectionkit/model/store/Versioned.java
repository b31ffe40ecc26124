package org.inspectionkit.model.store;

import java.util.Objects;

/**
 * A stored value and its version: the number of times it has been saved. The first save gives version 1 and each
 * update adds one; an update names the version it was based on, so a stale write is detected instead of lost.
 *
 * <p>Immutable and thread-safe when the value is. {@link #toString()} prints the value's own {@code toString()},
 * which for model types holds identifiers and counts only.
 *
 * @param <T> the type of the stored value
 */
public final class Versioned<T> {

  private final T value;
  private final long version;

  private Versioned(T value, long version) {
    this.value = Objects.requireNonNull(value, "value");
    if (version < 1) {
      throw new IllegalArgumentException("Versioned version: must be at least 1, was " + version);
    }
    this.version = version;
  }

  /**
   * A value at a version.
   *
   * @param value the stored value
   * @param version its version, from 1
   * @param <T> the type of the value
   * @return the versioned value
   * @throws IllegalArgumentException if the version is less than 1
   */
  public static <T> Versioned<T> of(T value, long version) {
    return new Versioned<>(value, version);
  }

  /**
   * The stored value.
   *
   * @return the value
   */
  public T value() {
    return value;
  }

  /**
   * The version: 1 after the first save, one more after each update.
   *
   * @return the version
   */
  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Versioned
        && ((Versioned<?>) o).version == version
        && ((Versioned<?>) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode() * 31 + Long.hashCode(version);
  }

  @Override
  public String toString() {
    return "Versioned{version=" + version + ", value=" + value + "}";
  }
}
