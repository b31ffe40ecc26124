package org.inspectionkit.rules.sampling;

import java.time.Period;
import java.util.List;
import org.inspectionkit.model.framework.SampleKind;

/**
 * The data of the built-in sampling policies. Every value here is a default to replace with the inspection manual's
 * rule: sizes follow the inspectorate's known practice (80% confidence, 5 percentage points), the choices the
 * manual makes and we could not read are marked {@link SpecificationBasis#PLACEHOLDER}.
 */
final class BuiltInSamplingPolicies {

  /** Through the Gate releases eligible for a 2019-20 sample: a placeholder for the manual's "major changes". */
  static final Period THROUGH_THE_GATE_WINDOW_2019_20 = Period.ofMonths(3);

  private static final List<StratumAttribute> GENDER_AND_RISK =
      List.of(StratumAttribute.GENDER, StratumAttribute.RISK_OF_SERIOUS_HARM);

  private BuiltInSamplingPolicies() {}

  static SamplingPolicy probation2018() {
    return SamplingPolicy.builder()
        .frameworkId("probation-2018-19")
        .cycle("2018-19")
        .addSpecification(domainTwo("2018-19"))
        .addSpecification(unpaidWork("2018-19"))
        .addSpecification(SampleSpecification.builder()
            .sampleKind(SampleKind.THROUGH_THE_GATE)
            .strata(GENDER_AND_RISK)
            .eligibilityWindow(SampleSpecification.DEFAULT_ELIGIBILITY_WINDOW)
            .basis(SpecificationBasis.PLACEHOLDER)
            .note("Placeholder for the 2018-19 inspection manual's Through the Gate rule: people released in the six"
                + " months before fieldwork, stratified by gender and risk of serious harm, sized for 80% confidence"
                + " and 5 percentage points.")
            .build())
        .addSpecification(courtWork("2018-19"))
        .addSpecification(victimWork("2018-19"))
        .build();
  }

  static SamplingPolicy probation2019() {
    return SamplingPolicy.builder()
        .frameworkId("probation-2019-20")
        .cycle("2019-20")
        .addSpecification(domainTwo("2019-20"))
        .addSpecification(unpaidWork("2019-20"))
        .addSpecification(SampleSpecification.builder()
            .sampleKind(SampleKind.THROUGH_THE_GATE)
            .strata(GENDER_AND_RISK)
            .eligibilityWindow(THROUGH_THE_GATE_WINDOW_2019_20)
            .basis(SpecificationBasis.PLACEHOLDER)
            .note("Placeholder for the 2019-20 inspection manual's Through the Gate rule, which the notice says changed"
                + " in major ways: modelled as people released in the three months before fieldwork (six in"
                + " 2018-19), stratified by gender and risk of serious harm, sized for 80% confidence and 5"
                + " percentage points. Replace with the manual's rule.")
            .build())
        .addSpecification(courtWork("2019-20"))
        .addSpecification(victimWork("2019-20"))
        .build();
  }

  private static SampleSpecification domainTwo(String cycle) {
    return known(SampleKind.DOMAIN_TWO, cycle, "community sentences and licences that started");
  }

  private static SampleSpecification unpaidWork(String cycle) {
    return known(SampleKind.UNPAID_WORK, cycle, "sentences with an unpaid work requirement that started");
  }

  private static SampleSpecification known(SampleKind kind, String cycle, String which) {
    String minor = cycle.equals("2019-20")
        ? " The notice's minor 2019-20 changes to this sample are in the inspection manual and not modelled."
        : "";
    return SampleSpecification.builder()
        .sampleKind(kind)
        .strata(SampleSpecification.DEFAULT_STRATA)
        .basis(SpecificationBasis.KNOWN_PRACTICE)
        .note("Default from the inspectorate's known practice for " + cycle + ": " + which + " in the six months"
            + " before fieldwork, in proportion by gender, sentence type and risk of serious harm, sized for 80%"
            + " confidence and 5 percentage points." + minor + " Replace with the inspection manual's rule.")
        .build();
  }

  private static SampleSpecification courtWork(String cycle) {
    return placeholder(SampleKind.COURT_WORK, cycle, "court reports and allocation decisions made");
  }

  private static SampleSpecification victimWork(String cycle) {
    return placeholder(SampleKind.VICTIM_WORK, cycle, "cases eligible for statutory victim contact that started");
  }

  private static SampleSpecification placeholder(SampleKind kind, String cycle, String which) {
    return SampleSpecification.builder()
        .sampleKind(kind)
        .strata(GENDER_AND_RISK)
        .basis(SpecificationBasis.PLACEHOLDER)
        .note("Placeholder for the " + cycle + " inspection manual's rule: " + which + " in the six months before"
            + " fieldwork, in proportion by gender and risk of serious harm, sized for 80% confidence and 5"
            + " percentage points.")
        .build();
  }
}
