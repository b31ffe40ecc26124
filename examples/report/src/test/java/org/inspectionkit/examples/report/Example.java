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

  /** The 2019-20 report with the follow-up of 2018-19's recommendations. */
  static final InspectionReport REPORT =
      InspectionReport.builder()
          .framework(FRAMEWORK_2019)
          .inspection(INSPECTION_2019)
          .previous(FRAMEWORK_2018, INSPECTION_2018)
          .build();

  private Example() {}
}
