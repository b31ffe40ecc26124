package org.inspectionkit.examples.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.inspectionkit.model.evidence.UnpaidWorkMethod;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.rules.rating.InspectionRating;
import org.inspectionkit.rules.rating.StandardRating;
import org.inspectionkit.rules.unpaidwork.UnpaidWorkEvidenceSummary;

/**
 * The qualitative unpaid work evidence beside the unpaid work standard's case-based rating: pieces of evidence per
 * method and the expected methods with none. Only for a provider with an unpaid work standard.
 *
 * @param standard such as {@code 3.1 Unpaid work}
 * @param anchor the id of the standard's key-question section
 * @param rating the final rating
 * @param computed the rating computed from the cases
 * @param overridden whether the final rating differs from the case data's (an override, or a move on the
 *     qualitative evidence)
 * @param methods pieces of evidence per method, every method
 * @param total all pieces
 * @param missing the expected methods with no evidence, in words, or {@code none}
 */
record UnpaidWorkSection(String standard, String anchor, Badge rating, Badge computed, boolean overridden,
    List<Method> methods, int total, String missing) {

  /**
   * One method.
   *
   * @param label the method in words
   * @param count pieces of evidence
   * @param missing whether the cycle expects it and there is none
   */
  record Method(String label, int count, boolean missing) {}

  static Optional<UnpaidWorkSection> of(Framework framework, Inspection inspection, InspectionRating rating) {
    UnpaidWorkEvidenceSummary summary = UnpaidWorkEvidenceSummary.of(framework, inspection);
    if (summary.standard().isEmpty()) {
      return Optional.empty();
    }
    Optional<StandardRating> s = rating.standard(summary.standard().get());
    if (s.isEmpty()) {
      return Optional.empty();
    }
    List<Method> methods = new ArrayList<>();
    for (UnpaidWorkMethod m : UnpaidWorkMethod.values()) {
      methods.add(new Method(Labels.of(m), summary.count(m), summary.missingMethods().contains(m)));
    }
    String missing = summary.expectedMethods().isEmpty()
        ? "no methods are expected in the " + inspection.cycle() + " cycle"
        : summary.isComplete()
            ? "none"
            : summary.missingMethods().stream().map(Labels::of).collect(Collectors.joining("; "));
    StandardRating r = s.get();
    return Optional.of(
        new UnpaidWorkSection(
            r.code() + " " + r.title(),
            StandardSection.anchor(r.code()),
            Badge.of(r.finalRating()),
            Badge.of(r.computed()),
            r.finalRating() != r.computed(),
            List.copyOf(methods),
            summary.total(),
            missing));
  }
}
