package org.inspectionkit.model.internal;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Construction-time checks shared by the model's value types. Every failure is an
 * {@link IllegalArgumentException} whose message names the type, the field, the rule and the bad value, so a
 * caller can tell what to fix without reading the source.
 *
 * <p>Not part of the public API.
 */
public final class Checks {

  private Checks() {}

  /**
   * Requires a string that is not blank and at most {@code maxLength} characters long.
   *
   * @return the value
   */
  public static String text(String where, String value, int maxLength) {
    Objects.requireNonNull(value, where);
    if (value.isBlank()) {
      throw new IllegalArgumentException(where + ": must not be blank");
    }
    if (value.length() > maxLength) {
      throw new IllegalArgumentException(
          where + ": must be at most " + maxLength + " characters, was " + value.length());
    }
    wellFormed(where, value, false);
    return value;
  }

  /**
   * Requires a name, title or other one-line label: {@link #text} and, beyond it, no control character at all
   * (no tab or line break) and no invisible format character (bidirectional overrides and isolates, zero-width
   * characters, byte-order marks), which could make a name print as something else.
   *
   * @return the value
   */
  public static String name(String where, String value, int maxLength) {
    text(where, value, maxLength);
    wellFormed(where, value, true);
    return value;
  }

  /**
   * Requires well-formed Unicode text: no lone surrogate, no NUL or other control character except tab, line
   * feed and carriage return; for a name ({@code strict}) not those either, nor any format character. The
   * message names the position and the code point, never the text.
   */
  static void wellFormed(String where, String value, boolean strict) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
        continue;
      }
      String problem = null;
      if (Character.isSurrogate(c)) {
        problem = "a lone surrogate";
      } else if (Character.isISOControl(c) && (strict || (c != '\t' && c != '\n' && c != '\r'))) {
        problem = "a control character";
      } else if (strict && (Character.getType(c) == Character.FORMAT
          || c == '\u2028' || c == '\u2029')) {
        problem = "an invisible formatting character";
      }
      if (problem != null) {
        throw new IllegalArgumentException(
            where + ": must be well-formed " + (strict ? "one-line text" : "text") + ", holds " + problem
                + String.format(" (U+%04X)", (int) c) + " at position " + (i + 1));
      }
    }
  }

  /**
   * Requires a string that matches {@code pattern}; {@code shape} says in words what is expected.
   *
   * @return the value
   */
  public static String matches(String where, String value, Pattern pattern, String shape) {
    Objects.requireNonNull(value, where);
    if (!pattern.matcher(value).matches()) {
      throw new IllegalArgumentException(where + ": expected " + shape + ", was '" + printable(value) + "'");
    }
    return value;
  }

  /**
   * Parses {@code text} with {@code parser}, prefixing any {@link IllegalArgumentException} with {@code where} so the
   * message names the field that held the bad text.
   *
   * @return the parsed value
   */
  public static <T> T parse(String where, String text, Function<String, T> parser) {
    Objects.requireNonNull(text, where);
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
  }

  /** Requires {@code value >= min}. */
  public static int atLeast(String where, int value, int min) {
    if (value < min) {
      throw new IllegalArgumentException(where + ": must be at least " + min + ", was " + value);
    }
    return value;
  }

  /** Requires {@code condition}; otherwise fails with {@code where: message}. */
  public static void require(boolean condition, String where, String message) {
    if (!condition) {
      throw new IllegalArgumentException(where + ": " + message);
    }
  }

  /**
   * Requires that no two elements share a key.
   *
   * @param what the field, for the message (for example {@code "Inspection.cases"})
   * @param keyName what the key is, for the message (for example {@code "case reference"})
   */
  public static <T, K> void unique(String what, String keyName, Collection<T> items, Function<T, K> key) {
    Set<K> seen = new HashSet<>();
    for (T item : items) {
      K k = key.apply(item);
      if (!seen.add(k)) {
        throw new IllegalArgumentException(what + ": duplicate " + keyName + " '" + k + "'");
      }
    }
  }

  /** Whether the list is in ascending order of the key. */
  public static <T, K extends Comparable<? super K>> boolean isSorted(List<T> items, Function<T, K> key) {
    for (int i = 1; i < items.size(); i++) {
      if (key.apply(items.get(i - 1)).compareTo(key.apply(items.get(i))) > 0) {
        return false;
      }
    }
    return true;
  }

  /** A value shortened for an error message, with control characters made visible. */
  public static String printable(CharSequence value) {
    String s = value.length() > 40 ? value.subSequence(0, 40) + "..." : value.toString();
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isISOControl(c) || Character.isSurrogate(c) || Character.getType(c) == Character.FORMAT
          || c == '\u2028' || c == '\u2029') {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
