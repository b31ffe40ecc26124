package org.inspectionkit.examples.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inspectionkit.model.evidence.EvidenceSubmission;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.KeyQuestionCode;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.rules.evidence.DomainOneEvidence;
import org.inspectionkit.rules.evidence.EvidencePolicy;
import org.inspectionkit.rules.evidence.Words;

/**
 * The provider's domain-one evidence: per domain-one key question, the pieces of evidence submitted against the
 * cycle's limits (three to five in 2019-20) and the length of the narrative. Titles and narratives are the
 * provider's documents and are not reproduced.
 *
 * @param expected the limits in words, such as {@code 3 to 5 pieces of evidence per key question}, or why there
 *     are none
 * @param rows one per domain-one key question, in code order
 */
record EvidenceSection(String expected, List<Row> rows) {

  /**
   * One key question.
   *
   * @param keyQuestion such as {@code 1.2.3}
   * @param pieces the pieces of evidence submitted
   * @param status {@code within the limits}, {@code too few}, {@code too many} or {@code no submission}
   * @param outside whether the count is outside the limits
   * @param narrative the narrative's length, such as {@code 52 of 300 words}, or {@code none}
   */
  record Row(String keyQuestion, int pieces, String status, boolean outside, String narrative) {}

  static EvidenceSection of(Framework framework, Inspection inspection) {
    Optional<EvidencePolicy> policy = EvidencePolicy.builtIn(inspection.cycle());
    Map<KeyQuestionCode, EvidenceSubmission> submitted = new HashMap<>();
    inspection.evidenceSubmissions().forEach(e -> submitted.putIfAbsent(e.keyQuestion(), e));
    List<Row> rows = new ArrayList<>();
    for (KeyQuestionCode k : DomainOneEvidence.keyQuestions(framework, inspection.provider().type())) {
      EvidenceSubmission e = submitted.get(k);
      int pieces = e == null ? 0 : e.items().size();
      String status;
      boolean outside;
      if (e == null) {
        status = "no submission";
        outside = policy.isPresent();
      } else if (policy.isPresent() && pieces < policy.get().minimumItems()) {
        status = "too few";
        outside = true;
      } else if (policy.isPresent() && pieces > policy.get().maximumItems()) {
        status = "too many";
        outside = true;
      } else {
        status = policy.isPresent() ? "within the limits" : "";
        outside = false;
      }
      String narrative =
          e == null || e.narrative().isEmpty()
              ? "none"
              : Words.count(e.narrative().get())
                  + policy.flatMap(p -> p.maximumNarrativeWords().isPresent()
                      ? Optional.of(" of " + p.maximumNarrativeWords().getAsInt())
                      : Optional.empty()).orElse("")
                  + " words";
      rows.add(new Row(k.toString(), pieces, status, outside, narrative));
    }
    String expected =
        policy
            .map(p -> p.minimumItems() + " to " + p.maximumItems() + " pieces of evidence per key question"
                + p.maximumNarrativeWords().stream().mapToObj(w -> ", and a narrative of at most " + w + " words")
                    .findFirst().orElse(""))
            .orElse("No evidence limits apply to the " + inspection.cycle() + " cycle.");
    return new EvidenceSection(expected, List.copyOf(rows));
  }
}
