package org.inspectionkit.examples.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.inspectionkit.model.Rating;
import org.inspectionkit.rules.consistency.ConsistencyReport;
import org.inspectionkit.rules.consistency.Finding;
import org.inspectionkit.rules.rating.InspectionRating;
import org.inspectionkit.rules.rating.KeyQuestionResult;
import org.inspectionkit.rules.rating.StandardRating;

/**
 * The command line's JSON output documents (ratings, findings), with a stable field order, two-space indent and a
 * trailing newline. Enum values are written as their constant names, as in the inspection format.
 */
final class JsonOutput {

  /** The version of the command line's output documents. */
  static final String FORMAT_VERSION = "1";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonOutput() {}

  static ObjectNode object() {
    return NODES.objectNode();
  }

  static ArrayNode array() {
    return NODES.arrayNode();
  }

  static String write(ObjectNode node) {
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter()
            .withSeparators(
                com.fasterxml.jackson.core.util.Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(com.fasterxml.jackson.core.util.Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    try {
      return MAPPER.writer(printer).writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON output", e);
    }
  }

  static ObjectNode rating(InspectionRating r) {
    ObjectNode root = object();
    root.put("formatVersion", FORMAT_VERSION);
    root.put("type", "rating");
    root.put("inspection", r.inspection().toString());
    root.put("framework", r.framework().toString());
    root.put("providerType", r.providerType().toString());
    root.put("policy", r.policy().name());
    root.put("rounding", r.policy().rounding().name());
    ArrayNode standards = root.putArray("standards");
    for (StandardRating s : r.standards()) {
      ObjectNode n = standards.addObject();
      n.put("code", s.code().toString());
      n.put("title", s.title());
      n.put("basis", s.basis().name());
      n.put("computed", s.computed().name());
      n.put("final", s.finalRating().name());
      s.override().ifPresent(o -> n.putObject("override").put("from", o.computed().name()).put("to", o.rating().name()));
      s.adjustment().ifPresent(a -> n.putObject("qualitativeAdjustment").put("from", a.caseData().name())
          .put("to", a.rating().name()));
      ArrayNode driving = n.putArray("drivingKeyQuestions");
      s.drivingKeyQuestions().forEach(k -> driving.add(k.toString()));
      n.put("worstWithinSamplingError", s.worstWithinSamplingError().name());
      n.put("bestWithinSamplingError", s.bestWithinSamplingError().name());
      if (!s.keyQuestions().isEmpty()) {
        n.put("unassessedCases", s.unassessedCases());
        ArrayNode questions = n.putArray("keyQuestions");
        for (KeyQuestionResult k : s.keyQuestions()) {
          ObjectNode q = questions.addObject();
          q.put("code", k.code().toString());
          q.put("yes", k.yes());
          q.put("no", k.no());
          q.put("notApplicable", k.notApplicable());
          q.put("notAnswered", k.notAnswered());
          if (k.share().isPresent()) {
            q.put("share", round(k.share().getAsDouble()));
            q.put("band", k.band().map(Rating::name).orElseThrow());
            q.put("intervalLow", round(k.intervalLow().getAsDouble()));
            q.put("intervalHigh", round(k.intervalHigh().getAsDouble()));
          }
          k.casesToBandUp().ifPresent(v -> q.put("casesToBandUp", v));
          k.casesToBandDown().ifPresent(v -> q.put("casesToBandDown", v));
          q.put("driving", k.driving());
        }
      }
      n.put("reason", s.reason());
    }
    ObjectNode overall = root.putObject("overall");
    overall.put("score", r.overall().score());
    overall.put("maxScore", r.overall().maxScore());
    overall.put("band", r.overall().band().rating().name());
    overall.put("rating", r.overall().rating().name());
    r.overall().limiterApplied().ifPresent(l -> overall.put("limiter", l.describe()));
    overall.put("reason", r.overall().reason());
    return root;
  }

  static ObjectNode findings(ConsistencyReport report) {
    ObjectNode root = object();
    root.put("formatVersion", FORMAT_VERSION);
    root.put("type", "findings");
    root.put("inspection", report.inspection().toString());
    root.put("checkSet", report.checkSet());
    root.put("hasErrors", report.hasErrors());
    ArrayNode findings = root.putArray("findings");
    for (Finding f : report.findings()) {
      ObjectNode n = findings.addObject();
      n.put("code", f.code());
      n.put("severity", f.severity().name());
      ArrayNode elements = n.putArray("elements");
      f.elements().forEach(e -> elements.add(e.toString()));
      ArrayNode cases = n.putArray("cases");
      f.cases().forEach(c -> cases.add(c.toString()));
      n.put("message", f.message());
      ObjectNode figures = n.putObject("figures");
      for (Map.Entry<String, String> e : f.figures().entrySet()) {
        figures.put(e.getKey(), e.getValue());
      }
    }
    return root;
  }

  /** Shares and interval ends to six decimals, so output does not depend on floating-point noise. */
  static double round(double value) {
    return Math.round(value * 1_000_000d) / 1_000_000d;
  }
}
