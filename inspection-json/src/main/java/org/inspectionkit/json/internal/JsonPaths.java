package org.inspectionkit.json.internal;

import com.fasterxml.jackson.core.JsonStreamContext;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

/**
 * JSON paths in the form {@code $.cases[3].answers["2.1.4"]}: member names that are identifiers follow a dot,
 * others are quoted in brackets (and shortened to 40 characters, so hostile names are not echoed whole).
 */
public final class JsonPaths {

  /** The path of the whole document. */
  public static final String ROOT = "$";

  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final int MAX_NAME = 40;

  private JsonPaths() {}

  /**
   * The path of the value a parser is at.
   *
   * @param context the parser's parsing context
   * @return the path
   */
  public static String of(JsonStreamContext context) {
    Deque<String> segments = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        if (c.hasCurrentIndex()) {
          segments.push("[" + c.getCurrentIndex() + "]");
        }
      } else if (c.getCurrentName() != null) {
        segments.push(memberSegment(c.getCurrentName()));
      }
    }
    StringBuilder sb = new StringBuilder(ROOT);
    segments.forEach(sb::append);
    return sb.toString();
  }

  /**
   * The path of the object whose member a parser is at: {@link #of} without the member's name, for a problem
   * that must not repeat the name (an unknown member, whose name could be anything a user typed).
   *
   * @param context the parser's parsing context, inside an object
   * @return the object's path
   */
  public static String ofObject(JsonStreamContext context) {
    return context.inObject() && context.getParent() != null ? of(context.getParent()) : of(context);
  }

  /**
   * The path of member {@code name} of the object at {@code path}.
   *
   * @param path the object's path
   * @param name the member name
   * @return the member's path
   */
  public static String member(String path, String name) {
    return path + memberSegment(name);
  }

  /**
   * The path of element {@code index} of the array at {@code path}.
   *
   * @param path the array's path
   * @param index the element's index
   * @return the element's path
   */
  public static String index(String path, int index) {
    return path + "[" + index + "]";
  }

  private static String memberSegment(String name) {
    if (IDENTIFIER.matcher(name).matches() && name.length() <= MAX_NAME) {
      return "." + name;
    }
    return "[\"" + Texts.shortened(name).replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
  }
}
