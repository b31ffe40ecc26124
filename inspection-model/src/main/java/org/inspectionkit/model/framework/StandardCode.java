package org.inspectionkit.model.framework;

import java.util.Objects;
import java.util.Optional;

/**
 * The code of a standard: domain and standard number, such as {@code 2.1} (assessment).
 *
 * <p>Immutable and thread-safe; {@link #toString()} gives the form {@link #parse(CharSequence)} reads.
 */
public final class StandardCode implements ElementCode {

  private static final String KIND = "standard code";
  private static final String SHAPE = "<domain>.<standard> such as 2.1";

  private final int domain;
  private final int number;

  private StandardCode(int domain, int number) {
    Codes.checkNumber(domain, KIND, "domain number");
    Codes.checkNumber(number, KIND, "standard number");
    this.domain = domain;
    this.number = number;
  }

  /**
   * The code of standard {@code number} in domain {@code domain}.
   *
   * @param domain the domain number, 1 to 99
   * @param number the standard number within the domain, 1 to 99
   * @return the code
   * @throws IllegalArgumentException if a number is out of range
   */
  public static StandardCode of(int domain, int number) {
    return new StandardCode(domain, number);
  }

  /**
   * Reads a standard code such as {@code 2.1}.
   *
   * @param text the code
   * @return the code
   * @throws IllegalArgumentException if the text is not of the form {@code <domain>.<standard>}
   */
  public static StandardCode parse(CharSequence text) {
    Objects.requireNonNull(text, KIND);
    int[] n = Codes.numbers(text.toString(), 2, KIND, SHAPE);
    return new StandardCode(n[0], n[1]);
  }

  /**
   * The number of the standard within its domain ({@code 1} for {@code 2.1}).
   *
   * @return the number
   */
  public int number() {
    return number;
  }

  /**
   * The code of the key question {@code number} of this standard.
   *
   * @param number the key question number, 1 to 99
   * @return the key question code
   */
  public KeyQuestionCode keyQuestion(int number) {
    return KeyQuestionCode.of(domain, this.number, number);
  }

  @Override
  public FrameworkLevel level() {
    return FrameworkLevel.STANDARD;
  }

  @Override
  public DomainCode domain() {
    return DomainCode.of(domain);
  }

  @Override
  public Optional<ElementCode> parent() {
    return Optional.of(domain());
  }

  @Override
  public int sortKey() {
    return Codes.key(domain, number, 0, 0);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StandardCode && ((StandardCode) o).sortKey() == sortKey();
  }

  @Override
  public int hashCode() {
    return Codes.hash(sortKey());
  }

  @Override
  public String toString() {
    return domain + "." + number;
  }
}
