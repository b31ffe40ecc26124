package org.inspectionkit.examples.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.inspectionkit.model.evidence.RatingOverride;
import org.inspectionkit.model.evidence.StandardJudgement;
import org.inspectionkit.rules.rating.InspectionRating;
import org.inspectionkit.rules.rating.StandardRating;

/**
 * Where ratings rest on professional judgement: the overrides of computed ratings with their recorded reasons, and
 * the domain-one judgements with their rationale and the case data they cite. Reasons and rationales are the
 * inspectors' professional text; cited cases are counted, never named.
 *
 * @param overrides one per overridden standard, in code order
 * @param judgements one per judgement-rated standard, in code order
 */
record Departures(List<OverrideRow> overrides, List<JudgementRow> judgements) {

  /**
   * An override.
   *
   * @param standard such as {@code 3.1 Unpaid work}
   * @param computed the computed rating
   * @param rating the rating the inspector gave
   * @param reason the recorded reason
   */
  record OverrideRow(String standard, Badge computed, Badge rating, String reason) {}

  /**
   * A judgement.
   *
   * @param standard such as {@code 1.1 Leadership}
   * @param rating the rating judged
   * @param rationale the recorded rationale
   * @param cites the case data cited, such as {@code 2.1, 2.2}, or {@code none}
   */
  record JudgementRow(String standard, Badge rating, String rationale, String cites) {}

  static Departures of(InspectionRating rating) {
    List<OverrideRow> overrides = new ArrayList<>();
    List<JudgementRow> judgements = new ArrayList<>();
    for (StandardRating s : rating.standards()) {
      String name = s.code() + " " + s.title();
      if (s.override().isPresent()) {
        RatingOverride o = s.override().get();
        overrides.add(new OverrideRow(name, Badge.of(o.computed()), Badge.of(o.rating()), o.reason()));
      }
      if (s.judgement().isPresent()) {
        StandardJudgement j = s.judgement().get();
        List<String> cites = new ArrayList<>();
        if (!j.citedElements().isEmpty()) {
          cites.add(j.citedElements().stream().map(Object::toString).collect(Collectors.joining(", ")));
        }
        if (!j.citedCases().isEmpty()) {
          cites.add(Labels.count(j.citedCases().size(), "case", "cases"));
        }
        judgements.add(
            new JudgementRow(name, Badge.of(j.rating()), j.rationale(), cites.isEmpty() ? "none" : String.join("; ", cites)));
      }
    }
    return new Departures(List.copyOf(overrides), List.copyOf(judgements));
  }
}
