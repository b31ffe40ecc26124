package org.example.consumer;

import java.util.Optional;
import java.util.function.UnaryOperator;
import org.inspectionkit.json.Frameworks;
import org.inspectionkit.json.InspectionJson;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.provider.ProviderType;
import org.inspectionkit.rules.rating.RatingPolicy;
import org.inspectionkit.testkit.rating.RatingInvariants;

/** The testkit's rating invariants, run against this application's own policy. */
class StrictPolicyInvariantsTest extends RatingInvariants {
  private static final InspectionJson JSON = InspectionJson.standard();

  @Override protected Framework framework() { return Frameworks.load("probation-2019-20"); }
  @Override protected ProviderType providerType() { return ProviderType.CRC; }
  @Override protected RatingPolicy policy() { return StrictPolicy.of(); }

  @Override protected Optional<UnaryOperator<Inspection>> documentRoundTrip() {
    return Optional.of(i -> JSON.read(JSON.write(i), Inspection.class));
  }
}
