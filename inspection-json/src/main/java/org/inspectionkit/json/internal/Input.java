package org.inspectionkit.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A streaming parser positioned in a document, with the problems found so far and the read options. Codecs read
 * one value at a time from it; none holds more of the document than the value it is reading. Not thread-safe.
 */
public final class Input {

  private static final int MAX_CACHED_PER_KIND = 4_096;

  private final JsonParser parser;
  private final Problems problems;
  private final ReadOptions options;
  private final Map<Function<String, ?>, Map<String, Object>> parsed = new IdentityHashMap<>();

  /**
   * An input over {@code parser}.
   *
   * @param parser the parser
   * @param problems where problems are recorded
   * @param options how to read
   */
  public Input(JsonParser parser, Problems problems, ReadOptions options) {
    this.parser = parser;
    this.problems = problems;
    this.options = options;
  }

  JsonParser parser() {
    return parser;
  }

  ReadOptions options() {
    return options;
  }

  JsonToken token() {
    return parser.currentToken();
  }

  JsonToken next() throws IOException {
    return parser.nextToken();
  }

  /** The JSON path of the current value. */
  String path() {
    return JsonPaths.of(parser.getParsingContext());
  }

  void problem(String message) {
    problems.add(path(), message);
  }

  void problem(String path, String message) {
    problems.add(path, message);
  }

  int problemCount() {
    return problems.count();
  }

  /** Records that the current value is not of the {@code expected} kind, and skips it. */
  void wrongType(String expected) throws IOException {
    problem("expected " + expected + ", was " + describe(token()));
    parser.skipChildren();
  }

  /** Skips the current value, with its children if it is an object or an array. */
  void skip() throws IOException {
    parser.skipChildren();
  }

  /**
   * Parses {@code text} with {@code parse}, sharing the result between equal texts of one document (a framework
   * code appears in every case; one instance per document is enough). The cache is bounded.
   */
  @SuppressWarnings("unchecked")
  <T> T parseShared(Function<String, T> parse, String text) {
    Map<String, Object> cache = parsed.computeIfAbsent(parse, k -> new HashMap<>());
    Object hit = cache.get(text);
    if (hit != null) {
      return (T) hit;
    }
    T value = parse.apply(text);
    if (cache.size() < MAX_CACHED_PER_KIND) {
      cache.put(text, value);
    }
    return value;
  }

  /** A token's kind in words: "an object", "a string", ... */
  static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the document";
    }
    switch (token) {
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
        return "a whole number";
      case VALUE_NUMBER_FLOAT:
        return "a decimal number";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      case VALUE_NULL:
        return "null";
      default:
        return token.asString() == null ? token.name() : token.asString();
    }
  }
}
