package org.inspectionkit.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 */
final class PolicyFile {

  private static final Set<String> FIELDS =
      Set.of("name", "thresholds", "points", "standardCount", "overallBands", "rounding", "limiters", "intervalZ");

  private PolicyFile() {}

  static RatingPolicy read(Path file) {
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(Files.readString(file));
    } catch (NoSuchFileException e) {
      throw new InputException(file + ": no such file");
    } catch (IOException e) {
      throw new InputException(file + ": not a JSON document: " + e.getMessage().lines().findFirst().orElse(""));
    }
    List<String> problems = new ArrayList<>();
    if (root == null || !root.isObject()) {
      throw new InputException(file + ": $: expected a JSON object");
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!FIELDS.contains(f)) {
        problems.add("$." + f + ": unknown field (expected one of " + new java.util.TreeSet<>(FIELDS) + ")");
      }
    }
    RatingPolicy.Builder b = RatingPolicy.builder().from(RatingPolicy.probation());
    try {
      if (root.has("name")) {
        b.name(text(root.get("name"), "$.name", problems));
      }
      if (root.has("thresholds")) {
        for (Map.Entry<String, JsonNode> e : fields(root.get("thresholds"), "$.thresholds", problems)) {
          Rating r = rating(e.getKey(), "$.thresholds." + e.getKey(), problems);
          if (r != null && e.getValue().isNumber()) {
            b.putThreshold(r, e.getValue().decimalValue());
          } else if (r != null) {
            problems.add("$.thresholds." + e.getKey() + ": expected a number");
          }
        }
      }
      if (root.has("points")) {
        for (Map.Entry<String, JsonNode> e : fields(root.get("points"), "$.points", problems)) {
          Rating r = rating(e.getKey(), "$.points." + e.getKey(), problems);
          if (r != null && e.getValue().canConvertToInt() && e.getValue().isIntegralNumber()) {
            b.putPoint(r, e.getValue().intValue());
          } else if (r != null) {
            problems.add("$.points." + e.getKey() + ": expected a whole number");
          }
        }
      }
      if (root.has("standardCount")) {
        JsonNode n = root.get("standardCount");
        if (n.isIntegralNumber()) {
          b.standardCount(n.intValue());
        } else {
          problems.add("$.standardCount: expected a whole number");
        }
      }
      if (root.has("overallBands")) {
        List<ScoreBand> bands = new ArrayList<>();
        JsonNode a = root.get("overallBands");
        if (!a.isArray()) {
          problems.add("$.overallBands: expected an array");
        } else {
          for (int i = 0; i < a.size(); i++) {
            JsonNode n = a.get(i);
            String where = "$.overallBands[" + i + "]";
            Rating r = n.has("rating") ? rating(n.get("rating").asText(), where + ".rating", problems) : null;
            if (!n.has("rating") || !n.path("min").isIntegralNumber() || !n.path("max").isIntegralNumber()) {
              problems.add(where + ": expected {\"rating\": ..., \"min\": whole number, \"max\": whole number}");
            } else if (r != null) {
              bands.add(ScoreBand.of(r, n.get("min").intValue(), n.get("max").intValue()));
            }
          }
          b.overallBands(bands);
        }
      }
      if (root.has("rounding")) {
        String r = text(root.get("rounding"), "$.rounding", problems);
        try {
          b.rounding(ShareRounding.valueOf(r));
        } catch (IllegalArgumentException e) {
          problems.add("$.rounding: expected EXACT or HALF_UP_WHOLE_PERCENT, was '" + r + "'");
        }
      }
      if (root.has("limiters")) {
        JsonNode a = root.get("limiters");
        List<Limiter> limiters = new ArrayList<>();
        for (int i = 0; a.isArray() && i < a.size(); i++) {
          JsonNode n = a.get(i);
          String where = "$.limiters[" + i + "]";
          Rating at = rating(n.path("atOrBelow").asText(), where + ".atOrBelow", problems);
          Rating cap = rating(n.path("capAt").asText(), where + ".capAt", problems);
          if (at != null && cap != null) {
            limiters.add(Limiter.of(at, n.path("minimumCount").asInt(1), cap));
          }
        }
        b.limiters(limiters);
      }
      if (root.has("intervalZ")) {
        if (root.get("intervalZ").isNumber()) {
          b.intervalZ(root.get("intervalZ").doubleValue());
        } else {
          problems.add("$.intervalZ: expected a number");
        }
      }
      if (problems.isEmpty()) {
        return b.build();
      }
    } catch (IllegalArgumentException e) {
      problems.add("$: " + e.getMessage());
    }
    List<String> lines = new ArrayList<>();
    lines.add(file + ": not a valid rating policy (" + problems.size() + (problems.size() == 1 ? " problem)" : " problems)"));
    problems.forEach(p -> lines.add("  " + p));
    throw new InputException(lines);
  }

  private static String text(JsonNode n, String where, List<String> problems) {
    if (!n.isTextual()) {
      problems.add(where + ": expected a string");
      return "";
    }
    return n.textValue();
  }

  private static Iterable<Map.Entry<String, JsonNode>> fields(JsonNode n, String where, List<String> problems) {
    if (!n.isObject()) {
      problems.add(where + ": expected an object");
      return List.of();
    }
    List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
    n.fields().forEachRemaining(out::add);
    return out;
  }

  private static Rating rating(String text, String where, List<String> problems) {
    try {
      return Rating.valueOf(text);
    } catch (IllegalArgumentException e) {
      problems.add(where + ": expected OUTSTANDING, GOOD, REQUIRES_IMPROVEMENT or INADEQUATE, was '" + text + "'");
      return null;
    }
  }

}
