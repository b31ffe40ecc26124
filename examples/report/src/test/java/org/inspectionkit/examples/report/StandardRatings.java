package org.inspectionkit.examples.report;

import org.inspectionkit.model.framework.StandardCode;
import org.inspectionkit.rules.rating.InspectionRating;
import org.inspectionkit.rules.rating.RatingCalculator;
import org.inspectionkit.rules.rating.StandardRating;

/** The rating of the example inspection, to check the report's numbers against. */
final class StandardRatings {

  static final InspectionRating RATING =
      RatingCalculator.probation().rate(Example.FRAMEWORK_2019, Example.INSPECTION_2019).get();

  private StandardRatings() {}

  static StandardRating of(String code) {
    return RATING.standard(StandardCode.parse(code)).orElseThrow();
  }
}
