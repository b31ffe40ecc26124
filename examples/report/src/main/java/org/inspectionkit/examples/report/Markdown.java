package org.inspectionkit.examples.report;

/**
 * Escaping for the Markdown template, which jte renders as plain text: free text (reasons, rationales, finding
 * messages, recommendations) must not become markup, a link, raw HTML or a new table cell when pasted into a
 * Markdown document.
 */
final class Markdown {

  private Markdown() {}

  /**
   * {@code text} with Markdown's inline syntax escaped (emphasis, code, links and images, headings, tables,
   * strikethrough), raw HTML escaped, tabs and line breaks folded to spaces, and
   * control, invisible formatting and broken (lone surrogate) characters replaced by U+FFFD.
   */
  static String text(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\': case '`': case '*': case '_': case '[': case ']': case '#': case '|': case '!': case '~':
          out.append('\\').append(c);
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '&':
          out.append("&amp;");
          break;
        case '\r':
          break;
        case '\n':
          out.append(' ');
          break;
        case '\t':
          out.append(' ');
          break;
        default:
          if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
            out.append(c).append(text.charAt(++i));
          } else if (Character.isISOControl(c) || Character.isSurrogate(c) || Character.getType(c) == Character.FORMAT
              || c == '\u2028' || c == '\u2029') {
            // Terminal escapes, bidirectional overrides, zero-width characters: shown, never passed raw.
            out.append(String.format("&#x%X;", (int) '\uFFFD'));
          } else {
            out.append(c);
          }
      }
    }
    return out.toString();
  }
}
