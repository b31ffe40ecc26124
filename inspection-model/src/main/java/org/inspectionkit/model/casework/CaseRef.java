package org.inspectionkit.model.casework;

import java.util.Objects;
import java.util.regex.Pattern;
import org.inspectionkit.model.internal.Checks;

/**
 * The pseudonymous reference of an inspected case, such as {@code D2-0042}: the only way the library identifies a
 * person under supervision.
 *
 * <p>Letters, digits, hyphens and underscores, starting with a letter or digit, at most 40 characters; no spaces,
 * so a name cannot be used by mistake. Do not use the provider's own case number either: keep the key that links a
 * reference to a person outside the inspection data. Immutable and thread-safe.
 */
public final class CaseRef implements Comparable<CaseRef> {

  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");

  private final String value;

  private CaseRef(String value) {
    this.value = Checks.matches(
        "case reference",
        value,
        SHAPE,
        "a pseudonymous reference of letters, digits, '-' and '_' (no spaces, at most 40) such as D2-0042");
  }

  /**
   * The case reference {@code value}.
   *
   * @param value the reference
   * @return the reference
   * @throws IllegalArgumentException if the reference is not well formed
   */
  public static CaseRef of(String value) {
    return new CaseRef(Objects.requireNonNull(value, "case reference"));
  }

  /**
   * The reference as text.
   *
   * @return the reference
   */
  public String value() {
    return value;
  }

  @Override
  public int compareTo(CaseRef other) {
    return value.compareTo(other.value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CaseRef && ((CaseRef) o).value.equals(value);
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
