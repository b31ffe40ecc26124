package org.inspectionkit.rules.sampling;

import java.util.List;
import org.inspectionkit.model.framework.SampleKind;

/**
 * The data of the built-in sampling policies. Each rule of each specification states its basis: the confidence
 * level and margin of error of domain two and unpaid work are the inspectorate's known practice (80%, 5 percentage
 * points); every other rule, and every rule of the Through the Gate, court work and victim work samples, is a default
 * of this library ({@link SpecificationBasis#PLACEHOLDER}), since the inspection manuals' sampling rules were not
 * available to us.
 *
 * <p>The 2018-19 and 2019-20 values are the same. The 2019-20 notice says the manual changed sampling in minor ways
 * for domain two and unpaid work and in major ways for Through the Gate, without saying how; nothing public that we
 * could read says how, so no difference is invented, and each 2019-20 note says so.
 */
final class BuiltInSamplingPolicies {

  private static final List<StratumAttribute> GENDER_AND_RISK =
      List.of(StratumAttribute.GENDER, StratumAttribute.RISK_OF_SERIOUS_HARM);

  private BuiltInSamplingPolicies() {}

  static SamplingPolicy probation2018() {
    return policy("probation-2018-19", "2018-19");
  }

  static SamplingPolicy probation2019() {
    return policy("probation-2019-20", "2019-20");
  }

  private static SamplingPolicy policy(String frameworkId, String cycle) {
    boolean later = cycle.equals("2019-20");
    return SamplingPolicy.builder()
        .frameworkId(frameworkId)
        .cycle(cycle)
        .addSpecification(known(SampleKind.DOMAIN_TWO, cycle, "community sentences and licences",
            later ? " The notice says the 2019-20 inspection manual made minor changes to domain two sampling; they"
                + " were not available to this library, so the rules are the 2018-19 defaults." : ""))
        .addSpecification(known(SampleKind.UNPAID_WORK, cycle, "sentences with an unpaid work requirement",
            later ? " The notice says the 2019-20 inspection manual made minor changes to unpaid work sampling; they"
                + " were not available to this library, so the rules are the 2018-19 defaults." : ""))
        .addSpecification(placeholder(SampleKind.THROUGH_THE_GATE, cycle,
            "people released from custody (the release date is the start date)",
            later ? " The notice says the 2019-20 inspection manual made major changes to Through the Gate sampling;"
                + " they were not available to this library, so the rules are the 2018-19 defaults." : ""))
        .addSpecification(placeholder(SampleKind.COURT_WORK, cycle,
            "court reports and allocation decisions (the date of the report or decision is the start date)", ""))
        .addSpecification(placeholder(SampleKind.VICTIM_WORK, cycle,
            "cases eligible for statutory victim contact", ""))
        .build();
  }

  /** Domain two and unpaid work: sized by known practice, every other rule a default. */
  private static SampleSpecification known(SampleKind kind, String cycle, String which, String change) {
    return defaults(kind, which, SampleSpecification.DEFAULT_STRATA)
        .basis(SpecificationBasis.KNOWN_PRACTICE)
        .basis(SamplingRule.CONFIDENCE, SpecificationBasis.KNOWN_PRACTICE)
        .basis(SamplingRule.MARGIN_OF_ERROR, SpecificationBasis.KNOWN_PRACTICE)
        .note("Sized by the inspectorate's known practice for " + cycle + " (80% confidence, margin of error 5"
            + " percentage points); the other rules (" + which + " that started in the six months before fieldwork,"
            + " in proportion by gender, sentence type and risk of serious harm, and the reserve list) are this"
            + " library's defaults." + change + " Replace the defaults with the inspection manual's rules.")
        .build();
  }

  /** Through the Gate, court work and victim work: every rule a default, sized as domain two is. */
  private static SampleSpecification placeholder(SampleKind kind, String cycle, String which, String change) {
    return defaults(kind, which, GENDER_AND_RISK)
        .basis(SpecificationBasis.PLACEHOLDER)
        .basis(SamplingRule.CONFIDENCE, SpecificationBasis.PLACEHOLDER)
        .basis(SamplingRule.MARGIN_OF_ERROR, SpecificationBasis.PLACEHOLDER)
        .note("Every rule is this library's default, standing in for the " + cycle + " inspection manual's: "
            + which + " in the six months before fieldwork, in proportion by gender and risk of serious harm, sized"
            + " as domain two is for 80% confidence and 5 percentage points, with the default reserve list."
            + change + " Replace the defaults with the inspection manual's rules.")
        .build();
  }

  private static SampleSpecification.Builder defaults(SampleKind kind, String which, List<StratumAttribute> strata) {
    SampleSpecification.Builder b = SampleSpecification.builder();
    b.sampleKind(kind)
        .strata(strata)
        .eligibleCases(which)
        .eligibilityWindow(SampleSpecification.DEFAULT_ELIGIBILITY_WINDOW)
        .allocation(AllocationMethod.PROPORTIONAL_LARGEST_REMAINDER)
        .reserve(ReserveRule.DEFAULT);
    for (SamplingRule r : SamplingRule.values()) {
      b.basis(r, SpecificationBasis.PLACEHOLDER);
    }
    return b;
  }
}
