package org.inspectionkit.json.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Shortening of values quoted in problem messages, so that no long or hostile text is echoed. */
final class Texts {

  private static final int MAX = 40;
  private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

  private Texts() {}

  /** The text cut to 40 characters (with "..." when cut) and with control characters escaped. */
  static String shortened(CharSequence text) {
    String s = text.length() > MAX ? text.subSequence(0, MAX) + "..." : text.toString();
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

  /**
   * A parser's message about {@code text}, with {@code text} shortened wherever the message repeats it (some of the
   * model's parsers quote their input whole).
   */
  static String about(String message, String text) {
    String m = String.valueOf(message);
    return text.length() > MAX ? m.replace(text, shortened(text)) : m;
  }

  /**
   * A parser's message about {@code text} with the text itself left out: a trailing {@code , was 'value'} is dropped
   * and every other {@code 'quoted'} occurrence of it becomes "(the value given)", so a coded value that could be case data is never repeated.
   */
  static String withoutValue(String message, String text) {
    String m = String.valueOf(message);
    for (String shown : new String[] {text, shortened(text)}) {
      m = m.replace(", was '" + shown + "'", "");
    }
    String quoted = "'" + text + "'";
    if (m.contains(quoted)) {
      return m.replace(quoted, "(the value given)");
    }
    // The model's messages quote values shortened as Checks.printable does, which is what shortened does too.
    return m.replace("'" + shortened(text) + "'", "(the value given)");
  }

  /**
   * A message of the rules' checks with every {@code 'quoted'} part replaced by "(the value given)": those checks
   * quote what they were given, which in a document can be free text or case data.
   */
  static String withoutQuoted(String message) {
    return QUOTED.matcher(String.valueOf(message)).replaceAll("(the value given)");
  }

  /**
   * Where {@code text} first breaks Unicode: the 1-based position of a lone surrogate, or 0 if it has none.
   */
  static int loneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i + 1;
      }
    }
    return 0;
  }

  /** A message from a library with every 'quoted' part shortened. */
  static String withShortQuotes(String message) {
    Matcher m = QUOTED.matcher(message);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement("'" + shortened(m.group(1)) + "'"));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
