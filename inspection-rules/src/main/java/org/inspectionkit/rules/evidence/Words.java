package org.inspectionkit.rules.evidence;

/**
 * Counts the words of a narrative the way a reader would.
 *
 * <p>A word is a maximal run of letters and digits (any script; combining accents belong to the letter before
 * them). Within a run, an apostrophe ({@code '}, {@code ’}, {@code ʼ}), a hyphen ({@code -}, {@code ‐},
 * {@code ‑}) or a full stop with a letter or digit on both sides joins its neighbours into one word, and so does a
 * comma between two digits. Everything else separates words, and punctuation on its own is no word. So:
 *
 * <ul>
 *   <li>{@code don't}, {@code well-led}, {@code 2019-20}, {@code 3-5}, {@code e.g.}, {@code 1.5},
 *       {@code 15,000} and {@code www.gov.uk} are one word each; numbers count as words;
 *   <li>{@code rock 'n' roll} is three; {@code services—including} (an em dash) and {@code and/or} are two;
 *   <li>{@code -}, {@code —} and {@code ...} standing alone are none.
 * </ul>
 *
 * <p>The rule errs towards fewer words only where a reader would (a missing space after a full stop, as in
 * {@code end.Start}, joins the two). Thread-safe; holds no state.
 */
public final class Words {

  private Words() {}

  /**
   * The number of words in {@code text}.
   *
   * @param text the text
   * @return the number of words, 0 for blank text
   */
  public static int count(CharSequence text) {
    String s = text.toString();
    int words = 0;
    boolean inWord = false;
    int previous = -1;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      int next = i + Character.charCount(cp);
      int following = next < s.length() ? s.codePointAt(next) : -1;
      if (isWordChar(cp) || (inWord && isMark(cp))) {
        if (!inWord) {
          words++;
          inWord = true;
        }
      } else if (inWord && joins(previous, cp, following)) {
        // a connector inside a word: the word goes on
      } else {
        inWord = false;
      }
      previous = cp;
      i = next;
    }
    return words;
  }

  private static boolean joins(int before, int cp, int after) {
    if (after < 0 || !isWordChar(after)) {
      return false;
    }
    switch (cp) {
      case '\'':
      case '\u2019':
      case '\u02BC':
      case '-':
      case '\u2010':
      case '\u2011':
      case '.':
        return true;
      case ',':
        return Character.isDigit(before) && Character.isDigit(after);
      default:
        return false;
    }
  }

  private static boolean isWordChar(int cp) {
    return Character.isLetterOrDigit(cp);
  }

  private static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}
