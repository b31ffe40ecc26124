package org.inspectionkit.model.framework;

import java.util.Objects;
import java.util.Optional;

/**
 * The code of a key question: domain, standard and question number, such as {@code 2.1.3}.
 *
 * <p>Immutable and thread-safe; {@link #toString()} gives the form {@link #parse(CharSequence)} reads.
 */
public final class KeyQuestionCode implements ElementCode {

  private static final String KIND = "key question code";
  private static final String SHAPE = "<domain>.<standard>.<question> such as 2.1.3";

  /**
   * Canonical instances of the codes every framework uses (domains and standards 1 to 9, key questions 1 to 31),
   * so that thousands of case assessments share them rather than holding a copy each. Filled as codes are first
   * asked for; a race only makes a duplicate that is equal anyway, and the final field makes publication safe.
   */
  private static final KeyQuestionCode[] CANONICAL = new KeyQuestionCode[10 * 10 * 32];

  private final int key;

  private KeyQuestionCode(int domain, int standard, int number) {
    Codes.checkNumber(domain, KIND, "domain number");
    Codes.checkNumber(standard, KIND, "standard number");
    Codes.checkNumber(number, KIND, "key question number");
    this.key = Codes.key(domain, standard, number, 0);
  }

  /**
   * The code of key question {@code number} of standard {@code domain.standard}.
   *
   * @param domain the domain number, 1 to 99
   * @param standard the standard number, 1 to 99
   * @param number the key question number, 1 to 99
   * @return the code
   * @throws IllegalArgumentException if a number is out of range
   */
  public static KeyQuestionCode of(int domain, int standard, int number) {
    int i = canonicalIndex(domain, standard, number);
    if (i < 0) {
      return new KeyQuestionCode(domain, standard, number);
    }
    KeyQuestionCode code = CANONICAL[i];
    if (code == null) {
      code = new KeyQuestionCode(domain, standard, number);
      CANONICAL[i] = code;
    }
    return code;
  }

  /** The index of a code among the canonical instances, or -1 if it has none. */
  static int canonicalIndex(int domain, int standard, int number) {
    return domain >= 1 && domain <= 9 && standard >= 1 && standard <= 9 && number >= 1 && number <= 31
        ? (domain * 10 + standard) * 32 + number
        : -1;
  }

  /** The index of this code among the canonical instances, or -1 if it has none. */
  int canonicalIndex() {
    return canonicalIndex(key >>> 24, (key >>> 16) & 0xff, number());
  }

  /**
   * Reads a key question code such as {@code 2.1.3}.
   *
   * @param text the code
   * @return the code
   * @throws IllegalArgumentException if the text is not of the form {@code <domain>.<standard>.<question>}
   */
  public static KeyQuestionCode parse(CharSequence text) {
    Objects.requireNonNull(text, KIND);
    int[] n = Codes.numbers(text.toString(), 3, KIND, SHAPE);
    return of(n[0], n[1], n[2]);
  }

  /**
   * The number of the key question within its standard ({@code 3} for {@code 2.1.3}).
   *
   * @return the number
   */
  public int number() {
    return (key >>> 8) & 0xff;
  }

  /**
   * The code of the standard this key question belongs to.
   *
   * @return the standard code
   */
  public StandardCode standard() {
    return StandardCode.of(key >>> 24, (key >>> 16) & 0xff);
  }

  /**
   * The code of the prompt lettered {@code letter} under this key question.
   *
   * @param letter the prompt letter, {@code a} to {@code z}
   * @return the prompt code
   */
  public PromptCode prompt(char letter) {
    return PromptCode.of(this, letter);
  }

  @Override
  public FrameworkLevel level() {
    return FrameworkLevel.KEY_QUESTION;
  }

  @Override
  public DomainCode domain() {
    return DomainCode.of(key >>> 24);
  }

  @Override
  public Optional<ElementCode> parent() {
    return Optional.of(standard());
  }

  @Override
  public int sortKey() {
    return key;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KeyQuestionCode && ((KeyQuestionCode) o).key == key;
  }

  @Override
  public int hashCode() {
    return Codes.hash(key);
  }

  @Override
  public String toString() {
    return (key >>> 24) + "." + ((key >>> 16) & 0xff) + "." + number();
  }
}
