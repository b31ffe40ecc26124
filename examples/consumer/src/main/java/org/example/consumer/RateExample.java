package org.example.consumer;

import java.io.IOException;
import java.io.InputStream;
import org.inspectionkit.json.Frameworks;
import org.inspectionkit.json.InspectionJson;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.store.InspectionStore;
import org.inspectionkit.rules.rating.InspectionRating;
import org.inspectionkit.rules.rating.RatingCalculator;

/** Reads the example inspection, rates it, and keeps it in the application's own store. */
public final class RateExample {

  private RateExample() {}

  /** Rates the example inspection and stores it; returns the rating. */
  public static InspectionRating run(InspectionStore store) throws IOException {
    Inspection inspection;
    try (InputStream in = RateExample.class.getResourceAsStream("/crc-bench-2019-20.json")) {
      inspection = InspectionJson.standard().read(in, Inspection.class);
    }
    Framework framework = Frameworks.load("probation-2019-20");
    InspectionRating rating = RatingCalculator.probation().rateOrThrow(framework, inspection);
    store.insert(inspection);
    return rating;
  }

  /** Prints the overall rating of the example inspection. */
  public static void main(String[] args) throws IOException {
    InspectionRating rating = run(new MapInspectionStore());
    System.out.println(rating.inspection() + ": " + rating.overall().reason());
  }
}
