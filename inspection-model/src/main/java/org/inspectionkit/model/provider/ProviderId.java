package org.inspectionkit.model.provider;

import java.util.Objects;
import java.util.regex.Pattern;
import org.inspectionkit.model.internal.Checks;

/**
 * The identifier of a provider, such as {@code crc-bench} or {@code nps-wales}: stable across cycles even when
 * the provider's name, type or area changes.
 *
 * <p>Lower-case letters, digits and hyphens, starting with a letter, at most 64 characters. Immutable and
 * thread-safe.
 */
public final class ProviderId implements Comparable<ProviderId> {

  private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9-]{0,63}");

  private final String value;

  private ProviderId(String value) {
    this.value = Checks.matches(
        "provider id", value, SHAPE, "lower-case letters, digits and hyphens such as crc-bench");
  }

  /**
   * The provider id {@code value}.
   *
   * @param value the id
   * @return the id
   * @throws IllegalArgumentException if the id is not well formed
   */
  public static ProviderId of(String value) {
    return new ProviderId(Objects.requireNonNull(value, "provider id"));
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
  public int compareTo(ProviderId other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProviderId && ((ProviderId) o).value.equals(value);
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
