package org.inspectionkit.model.framework;

import java.util.Objects;
import java.util.Optional;

/**
 * The code of a domain: a number, such as {@code 1} (organisational delivery) or {@code 2} (case supervision).
 *
 * <p>Immutable and thread-safe; {@link #toString()} gives the form {@link #parse(CharSequence)} reads.
 */
public final class DomainCode implements ElementCode {

  private static final String KIND = "domain code";
  private static final String SHAPE = "a domain number such as 2";

  private final int number;

  private DomainCode(int number) {
    Codes.checkNumber(number, KIND, "domain number");
    this.number = number;
  }

  /**
   * The code of domain {@code number}.
   *
   * @param number the domain number, 1 to 99
   * @return the code
   * @throws IllegalArgumentException if the number is out of range
   */
  public static DomainCode of(int number) {
    return new DomainCode(number);
  }

  /**
   * Reads a domain code such as {@code 2}.
   *
   * @param text the code
   * @return the code
   * @throws IllegalArgumentException if the text is not a domain number from 1 to 99
   */
  public static DomainCode parse(CharSequence text) {
    Objects.requireNonNull(text, KIND);
    return new DomainCode(Codes.numbers(text.toString(), 1, KIND, SHAPE)[0]);
  }

  /**
   * The domain number.
   *
   * @return the number
   */
  public int number() {
    return number;
  }

  @Override
  public FrameworkLevel level() {
    return FrameworkLevel.DOMAIN;
  }

  @Override
  public DomainCode domain() {
    return this;
  }

  @Override
  public Optional<ElementCode> parent() {
    return Optional.empty();
  }

  @Override
  public int sortKey() {
    return Codes.key(number, 0, 0, 0);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DomainCode && ((DomainCode) o).number == number;
  }

  @Override
  public int hashCode() {
    return Codes.hash(sortKey());
  }

  @Override
  public String toString() {
    return Integer.toString(number);
  }
}
