package org.inspectionkit.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.inspectionkit.model.Rating;
import org.inspectionkit.rules.rating.Limiter;
import org.inspectionkit.rules.rating.RatingPolicy;
import org.inspectionkit.rules.rating.ScoreBand;
import org.inspectionkit.rules.rating.ShareRounding;

/**
 * Reads a rating policy from a JSON file for {@code inspection rate --policy FILE}. Fields left out keep the
 * probation policy's values:
 *
 * <pre>{@code
 * {
 *   "name": "youth",
 *   "thresholds": {"OUTSTANDING": 80, "GOOD": 65, "REQUIRES_IMPROVEMENT": 50},
 *   "points": {"OUTSTANDING": 3, "GOOD": 2, "REQUIRES_IMPROVEMENT": 1, "INADEQUATE": 0},
 *   "standardCount": 12,
 *   "overallBands": [{"rating": "INADEQUATE", "min": 0, "max": 6}, ...],
 *   "rounding": "EXACT",
 *   "limiters": [{"atOrBelow": "INADEQUATE", "minimumCount": 1, "capAt": "REQUIRES_IMPROVEMENT"}],
 *   "intervalZ": 1.959964
 * }
 * }</pre>
 *
 * <p>As strict as the inspection document reader: a duplicated field (at any level), an unknown field, a value of
 * the wrong type, a whole number that does not fit (such as 4294967306), a number that is not finite or outside
 * what the policy allows, and every rule {@link RatingPolicy} checks (thresholds above 0, at most 100 and
 * decreasing; points never negative and never more for a worse rating; bands covering every score exactly once) is
 * a problem with its JSON path, such as {@code $.thresholds.GOOD}. Every problem found is reported together, except
 * that a file which is not JSON at all stops at the first fault. Messages name the path and what is allowed, never
 * the value found or any other text of the file; field names in paths are shortened to 40 characters.
 */
final class PolicyFile {

  private static final Set<String> FIELDS =
      Set.of("name", "thresholds", "points", "standardCount", "overallBands", "rounding", "limiters", "intervalZ");
  private static final Set<String> BAND_FIELDS = Set.of("rating", "min", "max");
  private static final Set<String> LIMITER_FIELDS = Set.of("atOrBelow", "minimumCount", "capAt");
  private static final String RATINGS = "OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT or INADEQUATE";
  private static final String THRESHOLD_RATINGS = "OUTSTANDING, GOOD or REQUIRES_IMPROVEMENT";
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** A policy is a few hundred bytes; anything near this is not one. */
  private static final long MAX_BYTES = 1 << 20;
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final int MAX_NAME = 40;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** NaN and Infinity are read, only to be reported by path as "not a finite number". */
  private static final JsonFactory JSON =
      JsonFactory.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

  private PolicyFile() {}

  static RatingPolicy read(Path file) {
    List<String> problems = new ArrayList<>();
    JsonNode root = parse(file, problems);
    if (root == null || !root.isObject()) {
      throw new InputException(file + ": $: expected a JSON object");
    }
    RatingPolicy probation = RatingPolicy.probation();
    RatingPolicy.Builder b = RatingPolicy.builder().from(probation);
    unknownFields(root, "$", FIELDS, problems);

    if (root.has("name")) {
      JsonNode n = root.get("name");
      if (n.isTextual() && !n.textValue().isBlank()) {
        b.name(n.textValue());
      } else {
        problems.add("$.name: expected a non-blank string");
      }
    }

    Map<Rating, BigDecimal> thresholds = new EnumMap<>(probation.thresholds());
    boolean thresholdsOk = true;
    if (root.has("thresholds")) {
      for (Map.Entry<String, JsonNode> e : fields(root.get("thresholds"), "$.thresholds", problems)) {
        String where = member("$.thresholds", e.getKey());
        Rating r = ratingNamed(e.getKey());
        if (r == null || r == Rating.INADEQUATE) {
          problems.add(where + ": expected " + THRESHOLD_RATINGS
              + (r == null ? "" : " (Inadequate is every share below the Requires improvement threshold)"));
          continue;
        }
        BigDecimal t = percent(e.getValue());
        if (t == null) {
          problems.add(where + ": expected a number above 0 and at most 100 (a percentage)");
          thresholdsOk = false;
        } else {
          thresholds.put(r, t);
        }
      }
      if (thresholdsOk) {
        checkThresholdsDecrease(thresholds, problems);
      }
      b.thresholds(thresholds);
    }

    Map<Rating, Integer> points = new EnumMap<>(probation.points());
    boolean pointsOk = true;
    if (root.has("points")) {
      for (Map.Entry<String, JsonNode> e : fields(root.get("points"), "$.points", problems)) {
        String where = member("$.points", e.getKey());
        Rating r = ratingNamed(e.getKey());
        if (r == null) {
          problems.add(where + ": expected " + RATINGS);
          continue;
        }
        Integer p = wholeNumber(e.getValue(), 0);
        if (p == null) {
          problems.add(where + ": expected a whole number from 0 to " + Integer.MAX_VALUE);
          pointsOk = false;
        } else {
          points.put(r, p);
        }
      }
      if (pointsOk) {
        pointsOk = checkPointsOrder(points, problems);
      }
      b.points(points);
    }

    int standardCount = probation.standardCount();
    boolean countOk = true;
    if (root.has("standardCount")) {
      Integer n = wholeNumber(root.get("standardCount"), 1);
      if (n == null) {
        problems.add("$.standardCount: expected a whole number from 1 to " + Integer.MAX_VALUE);
        countOk = false;
      } else {
        standardCount = n;
        b.standardCount(n);
      }
    }
    Long maxScore = null;
    if (pointsOk && countOk) {
      long max = (long) standardCount * points.get(Rating.OUTSTANDING);
      if (max > Integer.MAX_VALUE) {
        problems.add("$.standardCount: standardCount times the points for OUTSTANDING (the maximum score) must be"
            + " at most " + Integer.MAX_VALUE);
      } else {
        maxScore = max;
      }
    }

    if (root.has("overallBands")) {
      List<ScoreBand> bands = bands(root.get("overallBands"), maxScore, problems);
      if (bands != null) {
        b.overallBands(bands);
      }
    } else if (maxScore != null && maxScore != probation.maxScore()) {
      problems.add("$.overallBands: needed, since standardCount and the points for OUTSTANDING give a maximum"
          + " score other than " + probation.maxScore() + ", the end of the probation bands");
    }

    if (root.has("rounding")) {
      JsonNode n = root.get("rounding");
      ShareRounding rounding = null;
      for (ShareRounding r : ShareRounding.values()) {
        if (n.isTextual() && r.name().equals(n.textValue())) {
          rounding = r;
        }
      }
      if (rounding == null) {
        problems.add("$.rounding: expected EXACT or HALF_UP_WHOLE_PERCENT");
      } else {
        b.rounding(rounding);
      }
    }

    if (root.has("limiters")) {
      JsonNode a = root.get("limiters");
      if (!a.isArray()) {
        problems.add("$.limiters: expected an array");
      } else {
        List<Limiter> limiters = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
          Limiter l = limiter(a.get(i), "$.limiters[" + i + "]", problems);
          if (l != null) {
            limiters.add(l);
          }
        }
        b.limiters(limiters);
      }
    }

    if (root.has("intervalZ")) {
      JsonNode n = root.get("intervalZ");
      double z = n.isNumber() ? n.doubleValue() : Double.NaN;
      if (Double.isFinite(z) && z > 0) {
        b.intervalZ(z);
      } else {
        problems.add("$.intervalZ: expected a finite number above 0 (the z value of the intervals, such as 1.96)");
      }
    }

    if (problems.isEmpty()) {
      try {
        return b.build();
      } catch (IllegalArgumentException e) {
        // Every rule of RatingPolicy is checked above with its path; its own message would quote values.
        problems.add("$: not a consistent rating policy (see the rules in the RatingPolicy documentation)");
      }
    }
    List<String> lines = new ArrayList<>();
    lines.add(file + ": not a valid rating policy (" + problems.size()
        + (problems.size() == 1 ? " problem)" : " problems)"));
    problems.forEach(p -> lines.add("  " + p));
    throw new InputException(lines);
  }

  /**
   * The file as a tree, with a problem for each duplicated field (the tree keeps the first); a file that cannot be
   * read or is not JSON is an {@link InputException} naming where it stopped, never what it found there.
   */
  private static JsonNode parse(Path file, List<String> problems) {
    String text;
    try {
      if (Files.size(file) > MAX_BYTES) {
        throw new InputException(file + ": larger than 1 MiB, so not a rating policy");
      }
      text = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new InputException(file + ": no such file");
    } catch (CharacterCodingException e) {
      throw new InputException(file + ": not a JSON document: not UTF-8 text");
    } catch (IOException e) {
      throw new InputException(file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
    }
    JsonParser p = null;
    try (JsonParser parser = JSON.createParser(text)) {
      p = parser;
      if (parser.nextToken() == null) {
        return null;
      }
      JsonNode root = value(parser, "$", problems);
      if (parser.nextToken() != null) {
        throw new InputException(file + ": not a JSON document: more text after the end of the JSON value at "
            + location(parser));
      }
      return root;
    } catch (JsonProcessingException e) {
      String where = p == null ? "$" : path(p.getParsingContext());
      String what =
          e instanceof JsonEOFException ? "the document ends early (an object, array or string is not closed)"
              : e instanceof StreamConstraintsException ? "too long or too deeply nested to be a rating policy"
              : "not valid JSON";
      String at = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr() + ")";
      throw new InputException(file + ": not a JSON document: " + where + at + ": " + what);
    } catch (IOException e) {
      throw new InputException(file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
    }
  }

  private static String location(JsonParser parser) {
    return "line " + parser.currentLocation().getLineNr() + ", column " + parser.currentLocation().getColumnNr();
  }

  /** The value at the parser's current token, read as {@code ObjectMapper.readTree} reads it. */
  private static JsonNode value(JsonParser p, String path, List<String> problems) throws IOException {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT: {
        ObjectNode o = NODES.objectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          String where = member(path, name);
          p.nextToken();
          JsonNode v = value(p, where, problems);
          if (o.has(name)) {
            problems.add(where + ": duplicate field (each field may appear once)");
          } else {
            o.set(name, v);
          }
        }
        return o;
      }
      case START_ARRAY: {
        ArrayNode a = NODES.arrayNode();
        for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
          a.add(value(p, path + "[" + i + "]", problems));
        }
        return a;
      }
      case VALUE_STRING:
        return NODES.textNode(p.getText());
      case VALUE_NUMBER_INT:
        switch (p.getNumberType()) {
          case INT:
            return NODES.numberNode(p.getIntValue());
          case LONG:
            return NODES.numberNode(p.getLongValue());
          default:
            return NODES.numberNode(p.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        return NODES.numberNode(p.getDoubleValue());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw new IllegalStateException("unexpected JSON token " + t);
    }
  }

  private static void unknownFields(JsonNode object, String path, Set<String> known, List<String> problems) {
    for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!known.contains(f)) {
        problems.add(member(path, f) + ": unknown field (expected one of " + new TreeSet<>(known) + ")");
      }
    }
  }

  private static List<Map.Entry<String, JsonNode>> fields(JsonNode n, String where, List<String> problems) {
    if (!n.isObject()) {
      problems.add(where + ": expected an object");
      return List.of();
    }
    List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
    n.fields().forEachRemaining(out::add);
    return out;
  }

  private static Rating ratingNamed(String name) {
    for (Rating r : Rating.values()) {
      if (r.name().equals(name)) {
        return r;
      }
    }
    return null;
  }

  /** The rating a string value names, or null (with a problem at {@code where}). */
  private static Rating rating(JsonNode n, String where, List<String> problems) {
    Rating r = n != null && n.isTextual() ? ratingNamed(n.textValue()) : null;
    if (r == null) {
      problems.add(where + (n == null ? ": required; expected " : ": expected ") + RATINGS);
    }
    return r;
  }

  /** A JSON integer from {@code min} to {@link Integer#MAX_VALUE}, or null. */
  private static Integer wholeNumber(JsonNode n, int min) {
    if (n == null || !n.isIntegralNumber() || !n.canConvertToInt() || n.intValue() < min) {
      return null;
    }
    return n.intValue();
  }

  /** A finite number above 0 and at most 100, as {@code JsonNode.decimalValue()} gives it, or null. */
  private static BigDecimal percent(JsonNode n) {
    if (!n.isNumber() || (n.isFloatingPointNumber() && !Double.isFinite(n.doubleValue()))) {
      return null;
    }
    BigDecimal t = n.decimalValue();
    return t.signum() > 0 && t.compareTo(HUNDRED) <= 0 ? t : null;
  }

  private static void checkThresholdsDecrease(Map<Rating, BigDecimal> thresholds, List<String> problems) {
    Rating better = null;
    for (Rating r : List.of(Rating.OUTSTANDING, Rating.GOOD, Rating.REQUIRES_IMPROVEMENT)) {
      if (better != null && thresholds.get(r).compareTo(thresholds.get(better)) >= 0) {
        problems.add("$.thresholds." + r.name() + ": must be below the threshold for " + better.name()
            + " (thresholds decrease from OUTSTANDING to REQUIRES_IMPROVEMENT; fields left out keep the probation"
            + " values)");
      }
      better = r;
    }
  }

  private static boolean checkPointsOrder(Map<Rating, Integer> points, List<String> problems) {
    boolean ok = true;
    Rating better = null;
    for (Rating r : Rating.values()) {
      if (better != null && points.get(r) > points.get(better)) {
        problems.add("$.points." + r.name() + ": must not be more than the points for " + better.name()
            + " (a worse rating never scores more; fields left out keep the probation values)");
        ok = false;
      }
      better = r;
    }
    return ok;
  }

  /** The bands, or null if there is a problem with them (each added to {@code problems}). */
  private static List<ScoreBand> bands(JsonNode a, Long maxScore, List<String> problems) {
    if (!a.isArray()) {
      problems.add("$.overallBands: expected an array");
      return null;
    }
    if (a.isEmpty()) {
      problems.add("$.overallBands: at least one band is needed");
      return null;
    }
    boolean ok = true;
    List<ScoreBand> bands = new ArrayList<>();
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      JsonNode n = a.get(i);
      String where = "$.overallBands[" + i + "]";
      if (!n.isObject()) {
        problems.add(where + ": expected {\"rating\": ..., \"min\": whole number, \"max\": whole number}");
        ok = false;
        continue;
      }
      unknownFields(n, where, BAND_FIELDS, problems);
      Rating r = rating(n.get("rating"), where + ".rating", problems);
      Integer min = wholeNumber(n.get("min"), 0);
      Integer max = wholeNumber(n.get("max"), 0);
      if (min == null) {
        problems.add(where + ".min: " + (n.has("min") ? "" : "required; ") + "expected a whole number from 0 to "
            + Integer.MAX_VALUE);
      }
      if (max == null) {
        problems.add(where + ".max: " + (n.has("max") ? "" : "required; ") + "expected a whole number from 0 to "
            + Integer.MAX_VALUE);
      }
      if (min != null && max != null && max < min) {
        problems.add(where + ": max must not be below min");
        max = null;
      }
      if (r == null || min == null || max == null || n.size() != BAND_FIELDS.size()) {
        ok = false;
      } else {
        bands.add(ScoreBand.of(r, min, max));
        positions.add(i);
      }
    }
    if (!ok) {
      return null;
    }
    // As RatingPolicy checks them: by lowest score, covering 0 to the maximum score exactly once, never worse above.
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < bands.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingInt(i -> bands.get(i).min()));
    long expected = 0;
    Integer previous = null;
    for (int i : order) {
      ScoreBand band = bands.get(i);
      String where = "$.overallBands[" + positions.get(i) + "]";
      String before = previous == null ? null : "$.overallBands[" + positions.get(previous) + "]";
      if (band.min() > expected) {
        problems.add(where + (before == null ? ": the lowest band must start at score 0"
            : ": leaves scores in no band (a gap) after " + before + "; each band starts at the score after the"
                + " band below it ends"));
        ok = false;
      } else if (band.min() < expected) {
        problems.add(where + ": shares scores with " + before + " (an overlap); each score is in one band only");
        ok = false;
      }
      if (previous != null && band.rating().isWorseThan(bands.get(previous).rating())) {
        problems.add(where + ": gives a worse rating than " + before + ", which covers lower scores");
        ok = false;
      }
      expected = Math.max(expected, band.max() + 1L);
      previous = i;
    }
    if (maxScore != null && expected - 1 != maxScore) {
      problems.add("$.overallBands: must end at the maximum score, standardCount times the points for OUTSTANDING"
          + " (fields left out keep the probation values)");
      ok = false;
    }
    return ok ? bands : null;
  }

  private static Limiter limiter(JsonNode n, String where, List<String> problems) {
    if (!n.isObject()) {
      problems.add(where + ": expected {\"atOrBelow\": rating, \"minimumCount\": whole number, \"capAt\": rating}");
      return null;
    }
    int before = problems.size();
    unknownFields(n, where, LIMITER_FIELDS, problems);
    Rating at = rating(n.get("atOrBelow"), where + ".atOrBelow", problems);
    Rating cap = rating(n.get("capAt"), where + ".capAt", problems);
    Integer count = n.has("minimumCount") ? wholeNumber(n.get("minimumCount"), 1) : Integer.valueOf(1);
    if (count == null) {
      problems.add(where + ".minimumCount: expected a whole number from 1 to " + Integer.MAX_VALUE);
    }
    return problems.size() == before ? Limiter.of(at, count, cap) : null;
  }

  /** The path of member {@code name} of the object at {@code path}, as the inspection document reader writes it. */
  private static String member(String path, String name) {
    if (IDENTIFIER.matcher(name).matches() && name.length() <= MAX_NAME) {
      return path + "." + name;
    }
    String shown = name.length() > MAX_NAME ? name.substring(0, MAX_NAME) + "..." : name;
    return path + "[\"" + Text.clean(shown).replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
  }

  /** The path of the value a parser stopped at. */
  private static String path(JsonStreamContext context) {
    Deque<JsonStreamContext> chain = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      chain.push(c);
    }
    String path = "$";
    for (JsonStreamContext c : chain) {
      if (c.inArray() && c.hasCurrentIndex()) {
        path += "[" + c.getCurrentIndex() + "]";
      } else if (c.inObject() && c.getCurrentName() != null) {
        path = member(path, c.getCurrentName());
      }
    }
    return path;
  }
}
