package org.inspectionkit.model.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.inspectionkit.model.framework.FrameworkId;
import org.inspectionkit.model.inspection.InspectionId;
import org.junit.jupiter.api.Test;

class VersionConflictExceptionTest {

  private static final InspectionId ID = InspectionId.of("crc-bench-2019-20");

  @Test
  void staleUpdate_namesTheInspectionAndBothVersions() {
    VersionConflictException e = new VersionConflictException(ID, 3, 4);

    assertThat(e.inspectionId()).isEqualTo(ID);
    assertThat(e.expectedVersion()).isEqualTo(3);
    assertThat(e.actualVersion()).isEqualTo(4);
    assertThat(e.recordKey()).isEqualTo("inspection crc-bench-2019-20");
    assertThat(e.getMessage())
        .startsWith("inspection crc-bench-2019-20 was saved from version 3 but the stored version is 4;");
  }

  @Test
  void insertOfExistingId_saysItAlreadyExists() {
    assertThat(new VersionConflictException(ID, 0, 2).getMessage())
        .startsWith("inspection crc-bench-2019-20 already exists at version 2;");
  }

  @Test
  void notFound_namesTheRecord() {
    assertThat(NotFoundException.inspection(ID).getMessage())
        .isEqualTo("no inspection crc-bench-2019-20 in the store");
    assertThat(NotFoundException.framework(FrameworkId.of("probation-2019-20")).recordKey())
        .isEqualTo("framework probation-2019-20");
  }
}
