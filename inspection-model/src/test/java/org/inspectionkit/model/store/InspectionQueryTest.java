package org.inspectionkit.model.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.inspectionkit.model.framework.Cycle;
import org.inspectionkit.model.framework.FrameworkId;
import org.inspectionkit.model.inspection.InspectionId;
import org.inspectionkit.model.inspection.InspectionStatus;
import org.inspectionkit.model.provider.ProviderId;
import org.junit.jupiter.api.Test;

class InspectionQueryTest {

  private static InspectionSummary summary(String id, String provider, int cycle, InspectionStatus status) {
    return InspectionSummary.builder()
        .id(InspectionId.of(id))
        .providerId(ProviderId.of(provider))
        .cycle(Cycle.of(cycle))
        .frameworkId(FrameworkId.of("probation-" + cycle))
        .status(status)
        .version(1)
        .build();
  }

  @Test
  void matches_appliesEveryGivenCriterion() {
    InspectionSummary s = summary("crc-bench-2019-20", "crc-bench", 2019, InspectionStatus.PUBLISHED);

    assertThat(InspectionQuery.all().matches(s)).isTrue();
    assertThat(InspectionQuery.ofProvider(ProviderId.of("crc-bench")).matches(s)).isTrue();
    assertThat(InspectionQuery.ofProvider(ProviderId.of("crc-essex")).matches(s)).isFalse();
    assertThat(InspectionQuery.of(ProviderId.of("crc-bench"), Cycle.of(2018)).matches(s)).isFalse();
    assertThat(InspectionQuery.ofCycle(Cycle.of(2019)).matches(s)).isTrue();
    assertThat(InspectionQuery.builder().status(InspectionStatus.PLANNED).build().matches(s)).isFalse();
  }

  @Test
  void listingOrder_isCycleThenProviderThenIdByCodePoint() {
    InspectionSummary a = summary("b", "crc-b", 2018, InspectionStatus.PUBLISHED);
    InspectionSummary b = summary("a", "crca", 2018, InspectionStatus.PUBLISHED);
    InspectionSummary c = summary("c", "crca", 2018, InspectionStatus.PLANNED);
    InspectionSummary d = summary("a", "aaa", 2019, InspectionStatus.PLANNED);
    List<InspectionSummary> list = new ArrayList<>(List.of(d, c, b, a));

    list.sort(InspectionSummary.listingOrder());

    // '-' sorts before letters, whatever a database collation would say.
    assertThat(list).containsExactly(a, b, c, d);
  }
}
