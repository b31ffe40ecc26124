package org.example.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import org.inspectionkit.model.Rating;
import org.inspectionkit.model.inspection.InspectionId;
import org.inspectionkit.rules.rating.InspectionRating;
import org.junit.jupiter.api.Test;

class RateExampleTest {

  @Test
  void rate_theExampleInspectionIsRequiresImprovementAndIsStored() throws Exception {
    MapInspectionStore store = new MapInspectionStore();
    InspectionRating rating = RateExample.run(store);
    assertThat(rating.overall().score()).isEqualTo(12);
    assertThat(rating.overall().rating()).isEqualTo(Rating.REQUIRES_IMPROVEMENT);
    assertThat(store.load(InspectionId.of("crc-bench-2019-20")).version()).isEqualTo(1);
  }
}
