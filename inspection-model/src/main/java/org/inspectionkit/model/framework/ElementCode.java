package org.inspectionkit.model.framework;

import java.util.Optional;

/**
 * The code of an element of a framework: a domain ({@code 2}), a standard ({@code 2.1}), a key question
 * ({@code 2.1.3}) or a prompt ({@code 2.1.3.b}).
 *
 * <p>Codes nest: each code starts with the code of its parent. They print in the form they parse from, and order
 * numerically, parents before children ({@code 2.9} before {@code 2.10}, {@code 2.1} before {@code 2.1.1}).
 * Implementations are immutable and thread-safe.
 */
public sealed interface ElementCode extends Comparable<ElementCode>
    permits DomainCode, StandardCode, KeyQuestionCode, PromptCode {

  /** The largest number allowed for a domain, standard or key question. */
  int MAX_NUMBER = 99;

  /**
   * The level of the framework this code names.
   *
   * @return the level
   */
  FrameworkLevel level();

  /**
   * The code of the domain this element belongs to (a domain code returns itself).
   *
   * @return the domain code
   */
  DomainCode domain();

  /**
   * The code of the parent element; empty for a domain.
   *
   * @return the parent code
   */
  Optional<ElementCode> parent();

  /**
   * Whether this code is {@code ancestor} or lies beneath it ({@code 2.1.3.b} lies within {@code 2.1} and within
   * {@code 2}).
   *
   * @param ancestor the code that may contain this one
   * @return true if this code equals or nests under {@code ancestor}
   */
  default boolean isWithin(ElementCode ancestor) {
    ElementCode c = this;
    while (true) {
      if (c.equals(ancestor)) {
        return true;
      }
      Optional<ElementCode> p = c.parent();
      if (p.isEmpty()) {
        return false;
      }
      c = p.get();
    }
  }

  /**
   * A single number that orders codes numerically, parents first; equal codes of one level have equal keys.
   * Meant for sorting and hashing, not for display.
   *
   * @return the sort key
   */
  int sortKey();

  @Override
  default int compareTo(ElementCode other) {
    return Integer.compare(sortKey(), other.sortKey());
  }

  /**
   * Reads a code of any level, telling the level from its shape: {@code 2}, {@code 2.1}, {@code 2.1.3} or
   * {@code 2.1.3.b}.
   *
   * @param text the code
   * @return the code, of the level its shape gives
   * @throws IllegalArgumentException if the text is not a well-formed code
   */
  static ElementCode parse(CharSequence text) {
    String s = text.toString();
    int dots = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '.') {
        dots++;
      }
    }
    switch (dots) {
      case 0:
        return DomainCode.parse(s);
      case 1:
        return StandardCode.parse(s);
      case 2:
        return KeyQuestionCode.parse(s);
      case 3:
        return PromptCode.parse(s);
      default:
        throw new IllegalArgumentException(
            "framework code: expected a domain (2), standard (2.1), key question (2.1.3) or prompt (2.1.3.b)"
                + " code, was '" + Codes.printable(s) + "'");
    }
  }
}
