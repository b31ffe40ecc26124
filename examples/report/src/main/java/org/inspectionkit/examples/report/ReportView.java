package org.inspectionkit.examples.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.RatingBasis;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.rules.consistency.ConsistencyReport;
import org.inspectionkit.rules.diversity.DiversityBreakdown;
import org.inspectionkit.rules.followup.FollowUpSummary;
import org.inspectionkit.rules.rating.InspectionRating;
import org.inspectionkit.rules.rating.RatingPolicy;
import org.inspectionkit.rules.rating.StandardRating;

/**
 * Everything the templates show, already worked out by the rules and put into words and coordinates: the templates
 * place it and compute nothing. Built only from aggregates: no case reference, diversity value of a case, interview
 * or forum note reaches it.
 *
 * @param title the page title, such as {@code BeNCH CRC: inspection report, 2019-20}
 * @param inspection the inspection's id
 * @param facts the provider, cycle, framework and other facts, in order
 * @param ratings the ratings table
 * @param thresholds the policy's thresholds in words, such as {@code Requires improvement 50%, Good 65%, ...}
 * @param intervalLevel the confidence level of the sampling intervals, such as {@code 80%}
 * @param recommendations the recommendations this inspection makes, in number order
 * @param standards one section per case-rated standard, in code order
 * @param departures overrides and judgements
 * @param findings the consistency findings
 * @param evidence the domain-one evidence
 * @param voice service user voice
 * @param unpaidWork unpaid work evidence, for a provider with an unpaid work standard
 * @param followUp the follow-up of the previous inspection's recommendations, when it was given
 * @param previousNotGiven the previous inspection the inspection names, when it was not given
 * @param diversity the diversity breakdown
 * @param colours the palette as CSS custom properties
 */
record ReportView(
    String title,
    String inspection,
    List<Fact> facts,
    RatingsTable ratings,
    String thresholds,
    String intervalLevel,
    List<Recommendation> recommendations,
    List<StandardSection> standards,
    Departures departures,
    FindingsSection findings,
    EvidenceSection evidence,
    VoiceSection voice,
    Optional<UnpaidWorkSection> unpaidWork,
    Optional<FollowUpSection> followUp,
    Optional<String> previousNotGiven,
    DiversitySection diversity,
    List<Palette.Property> colours) {

  /** A term and its value, for the list of facts under the title. */
  record Fact(String term, String value) {}

  /**
   * One recommendation this inspection makes.
   *
   * @param number its number in the inspection
   * @param level the level it is made at, such as {@code Key question}
   * @param target the code it targets, such as {@code 2.2.3}
   * @param addressedTo who it is addressed to
   * @param text what it recommends
   */
  record Recommendation(int number, String level, String target, String addressedTo, String text) {}

  static ReportView of(
      Framework framework,
      Inspection inspection,
      InspectionRating rating,
      ConsistencyReport consistency,
      Optional<FollowUpSummary> followUp,
      DiversityBreakdown diversity) {
    RatingPolicy policy = rating.policy();
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact("Provider", inspection.provider().name() + " (" + providerType(inspection) + ")"));
    inspection.provider().area().ifPresent(a -> facts.add(new Fact("Area", a)));
    facts.add(new Fact("Cycle", inspection.cycle().toString()));
    facts.add(new Fact("Framework", framework.title() + " (" + framework.id() + ")"));
    facts.add(new Fact("Inspection", inspection.id().toString()));
    inspection.fieldwork().ifPresent(f -> facts.add(new Fact("Fieldwork",
        f.start() + " to " + f.end() + " (" + Labels.count(f.weeks(), "week", "weeks") + ")")));
    facts.add(new Fact("Status", Labels.sentence(inspection.status().name())));
    facts.add(new Fact("Rating policy", policy.name()));
    facts.add(new Fact("Sampling intervals", intervalsFact(policy)));
    List<StandardSection> standards = new ArrayList<>();
    for (StandardRating s : rating.standards()) {
      if (s.basis() == RatingBasis.CASE_DATA) {
        standards.add(StandardSection.of(s, framework, inspection.provider().type(), policy));
      }
    }
    Set<String> refs = FindingsSection.caseReferences(inspection);
    Optional<String> previousNotGiven =
        followUp.isPresent() ? Optional.empty() : inspection.previousInspection().map(Object::toString);
    return new ReportView(
        inspection.provider().name() + ": inspection report, " + inspection.cycle(),
        inspection.id().toString(),
        List.copyOf(facts),
        RatingsTable.of(rating),
        thresholds(policy),
        policy.intervalConfidenceLabel(),
        inspection.recommendations().stream()
            .sorted(java.util.Comparator.comparingInt(org.inspectionkit.model.recommendation.Recommendation::number))
            .map(r -> new Recommendation(r.number(), Labels.of(r.level()), r.target().toString(), r.addressedTo(),
                r.text()))
            .toList(),
        List.copyOf(standards),
        Departures.of(rating),
        FindingsSection.of(consistency, inspection),
        EvidenceSection.of(framework, inspection),
        VoiceSection.of(inspection),
        UnpaidWorkSection.of(framework, inspection, rating),
        followUp.map(f -> FollowUpSection.of(f, refs)),
        previousNotGiven,
        DiversitySection.of(diversity),
        Palette.properties());
  }

  /** What the sampling intervals are, in words: their confidence level and method. */
  static String intervalsFact(RatingPolicy policy) {
    String level = policy.intervalConfidenceLabel();
    return (level.endsWith("%") ? level + " confidence" : level)
        + " (Wilson score)" + (policy.intervalZ() == RatingPolicy.Z_80
            ? ", the confidence the case samples are designed for (80%, with a 5-point margin of error)" : "");
  }

  /** The thresholds of the policy, lowest first, such as {@code Requires improvement 50%, Good 65%, Outstanding 80%}. */
  static String thresholds(RatingPolicy policy) {
    List<String> out = new ArrayList<>();
    policy.thresholds().descendingMap().forEach(
        (r, p) -> out.add(r.label() + " " + p.stripTrailingZeros().toPlainString() + "%"));
    return String.join(", ", out);
  }

  private static String providerType(Inspection inspection) {
    String code = inspection.provider().type().code();
    switch (code) {
      case "crc":
        return "Community Rehabilitation Company";
      case "nps-division":
        return "National Probation Service division";
      case "probation-region":
        return "probation region";
      case "youth-offending-service":
        return "youth offending service";
      default:
        return code;
    }
  }
}
