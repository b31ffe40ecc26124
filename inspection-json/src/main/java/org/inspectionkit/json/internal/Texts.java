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
      if (Character.isISOControl(c)) {
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
