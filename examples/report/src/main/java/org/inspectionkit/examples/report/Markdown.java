package org.inspectionkit.examples.report;

/**
 * Escaping for the Markdown template, which jte renders as plain text: free text (reasons, rationales, finding
 * messages, recommendations) must not become markup, a link, raw HTML or a new table cell when pasted into a
 * Markdown document.
 */
final class Markdown {

  private Markdown() {}

  /** {@code text} with Markdown's punctuation and raw HTML escaped, and line breaks folded to spaces. */
  static String text(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\': case '`': case '*': case '_': case '[': case ']': case '#': case '|': case '!':
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
        default:
          out.append(c);
      }
    }
    return out.toString();
  }
}
