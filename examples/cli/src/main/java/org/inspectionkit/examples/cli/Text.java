package org.inspectionkit.examples.cli;

import java.nio.file.Path;

/**
 * Text made safe to print on a terminal: control characters (terminal escapes, NUL, BEL, carriage returns),
 * bidirectional overrides and isolates, zero-width and other invisible format characters, line and paragraph
 * separators and lone surrogates are each shown as {@code <U+XXXX>} instead of being passed raw. Everything the
 * command line prints that it did not write itself (paths, URLs, names from a document) goes through here.
 */
final class Text {

  private Text() {}

  /**
   * The text with every character that could change how a terminal shows it made visible.
   *
   * @param text the text, possibly null
   * @return the clean text ("null" for null)
   */
  static String clean(String text) {
    if (text == null) {
      return "null";
    }
    StringBuilder sb = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean lone =
          Character.isHighSurrogate(c)
              ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))
              : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(text.charAt(i - 1)));
      if (lone || isUnsafe(c)) {
        if (sb == null) {
          sb = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        sb.append(String.format("<U+%04X>", (int) c));
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? text : sb.toString();
  }

  /**
   * A path as {@link #clean(String)} shows it.
   *
   * @param path the path
   * @return the clean text
   */
  static String path(Path path) {
    return clean(String.valueOf(path));
  }

  /** Whether a (non-surrogate) character could change how a terminal or a bidirectional renderer shows text. */
  static boolean isUnsafe(char c) {
    if (Character.isISOControl(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.FORMAT // zero-width, bidi marks, overrides, isolates, BOM, soft hyphen
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR
        || type == Character.PRIVATE_USE
        || type == Character.UNASSIGNED;
  }
}
