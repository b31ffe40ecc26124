package org.inspectionkit.examples.report;

import org.inspectionkit.examples.data.ExampleInspection;
import org.inspectionkit.json.Frameworks;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.inspection.Inspection;

/** The example inspections and their reports, built once for every test class. */
final class Example {

  static final Framework FRAMEWORK_2019 = Frameworks.load("probation-2019-20");
  static final Framework FRAMEWORK_2018 = Frameworks.load("probation-2018-19");
  static final Inspection INSPECTION_2019 = ExampleInspection.crc2019(FRAMEWORK_2019);
  static final Inspection INSPECTION_2018 = ExampleInspection.crc2018(FRAMEWORK_2018);

  /**
   * The 2019-20 inspection with its move of unpaid work on qualitative evidence recorded instead as an override,
   * for the tests of how overrides are shown.
   */
  static final Inspection OVERRIDDEN_2019 =
      Inspection.builder()
          .from(INSPECTION_2019)
          .qualitativeAdjustments(java.util.List.of())
          .addOverride(
              org.inspectionkit.model.evidence.RatingOverride.builder()
                  .standard(INSPECTION_2019.qualitativeAdjustments().get(0).standard())
                  .computed(INSPECTION_2019.qualitativeAdjustments().get(0).caseData())
                  .rating(INSPECTION_2019.qualitativeAdjustments().get(0).rating())
                  .reason(INSPECTION_2019.qualitativeAdjustments().get(0).reason())
                  .inspector("insp-02")
                  .build())
          .build();

  /** The 2019-20 report with the follow-up of 2018-19's recommendations. */
  static final InspectionReport REPORT =
      InspectionReport.builder()
          .framework(FRAMEWORK_2019)
          .inspection(INSPECTION_2019)
          .previous(FRAMEWORK_2018, INSPECTION_2018)
          .build();

  private Example() {}
}
