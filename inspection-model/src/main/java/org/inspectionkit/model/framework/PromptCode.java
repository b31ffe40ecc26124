package org.inspectionkit.model.framework;

import java.util.Objects;
import java.util.Optional;

/**
 * The code of a prompt: its key question's code and a lower-case letter, such as {@code 2.1.3.b}.
 *
 * <p>Immutable and thread-safe; {@link #toString()} gives the form {@link #parse(CharSequence)} reads.
 */
public final class PromptCode implements ElementCode {

  private static final String KIND = "prompt code";
  private static final String SHAPE = "<domain>.<standard>.<question>.<letter> such as 2.1.3.b";

  /** Canonical prompt codes of the canonical key question codes, by key question and letter; see KeyQuestionCode. */
  private static final PromptCode[][] CANONICAL = new PromptCode[10 * 10 * 32][];

  private final KeyQuestionCode keyQuestion;
  private final char letter;

  private PromptCode(KeyQuestionCode keyQuestion, char letter) {
    this.keyQuestion = Objects.requireNonNull(keyQuestion, "keyQuestion");
    if (letter < 'a' || letter > 'z') {
      throw new IllegalArgumentException(
          KIND + ": prompt letter must be a lower-case letter a to z, was '" + letter + "'");
    }
    this.letter = letter;
  }

  /**
   * The code of the prompt lettered {@code letter} under {@code keyQuestion}.
   *
   * @param keyQuestion the key question
   * @param letter the prompt letter, {@code a} to {@code z}
   * @return the code
   * @throws IllegalArgumentException if the letter is not {@code a} to {@code z}
   */
  public static PromptCode of(KeyQuestionCode keyQuestion, char letter) {
    int i = keyQuestion == null || letter < 'a' || letter > 'z' ? -1 : keyQuestion.canonicalIndex();
    if (i < 0) {
      return new PromptCode(keyQuestion, letter);
    }
    PromptCode[] letters = CANONICAL[i];
    if (letters == null) {
      letters = new PromptCode[26];
      CANONICAL[i] = letters;
    }
    PromptCode code = letters[letter - 'a'];
    if (code == null) {
      code = new PromptCode(KeyQuestionCode.of(keyQuestion.domain().number(), keyQuestion.standard().number(),
          keyQuestion.number()), letter);
      letters[letter - 'a'] = code;
    }
    return code;
  }

  /**
   * Reads a prompt code such as {@code 2.1.3.b}.
   *
   * @param text the code
   * @return the code
   * @throws IllegalArgumentException if the text is not of the form
   *     {@code <domain>.<standard>.<question>.<letter>}
   */
  public static PromptCode parse(CharSequence text) {
    Objects.requireNonNull(text, KIND);
    String s = text.toString();
    int lastDot = s.lastIndexOf('.');
    if (lastDot < 0 || lastDot != s.length() - 2) {
      throw Codes.invalid(s, KIND, SHAPE);
    }
    char letter = s.charAt(s.length() - 1);
    if (letter < 'a' || letter > 'z') {
      throw Codes.invalid(s, KIND, SHAPE);
    }
    int[] n = Codes.numbers(s.substring(0, lastDot), 3, KIND, SHAPE);
    return of(KeyQuestionCode.of(n[0], n[1], n[2]), letter);
  }

  /**
   * The code of the key question this prompt belongs to.
   *
   * @return the key question code
   */
  public KeyQuestionCode keyQuestion() {
    return keyQuestion;
  }

  /**
   * The prompt's letter ({@code b} for {@code 2.1.3.b}).
   *
   * @return the letter
   */
  public char letter() {
    return letter;
  }

  @Override
  public FrameworkLevel level() {
    return FrameworkLevel.PROMPT;
  }

  @Override
  public DomainCode domain() {
    return keyQuestion.domain();
  }

  @Override
  public Optional<ElementCode> parent() {
    return Optional.of(keyQuestion);
  }

  @Override
  public int sortKey() {
    return keyQuestion.sortKey() | (letter - 'a' + 1);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PromptCode && ((PromptCode) o).sortKey() == sortKey();
  }

  @Override
  public int hashCode() {
    return Codes.hash(sortKey());
  }

  @Override
  public String toString() {
    return keyQuestion + "." + letter;
  }
}
