package org.inspectionkit.examples.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.inspectionkit.model.inspection.InspectionId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** File names stay inside their directory, whatever the id. */
class FileNamesTest {

  private static final Path DIRECTORY = Path.of("/data/store/inspections").toAbsolutePath();

  @Test
  void inspection_idAndVersion_nameAFileDirectlyInTheDirectory() {
    assertThat(FileNames.inspection(DIRECTORY, InspectionId.of("crc-p-2019-20"), 12))
        .isEqualTo(DIRECTORY.resolve("crc-p-2019-20.v12.json"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "..", ".", "../../etc/passwd", "a/../../b", "/etc/passwd", "a/b", "a\\b", "", "A", "-a", "a.b", "a b",
        "a\u0000b", "\u00e9t\u00e9"
      })
  void inside_stemThatIsNotAnId_isRefused(String stem) {
    assertThatThrownBy(() -> FileNames.inside(DIRECTORY, stem, ".json", false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not an id");
  }

  @Test
  void inside_idThatIsAWindowsDeviceName_isRefusedOnWindowsOnly() {
    assertThatThrownBy(() -> FileNames.inside(DIRECTORY, "con", ".v1.json", true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("device name on Windows");
    assertThat(FileNames.inside(DIRECTORY, "con", ".v1.json", false)).isEqualTo(DIRECTORY.resolve("con.v1.json"));
  }

  @Test
  void inspectionIds_cannotHoldAPath_inTheFirstPlace() {
    assertThatThrownBy(() -> InspectionId.of("../x")).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "x.json", "x.v0.json", "x.v01.json", "x.v-1.json", ".x.v1.json", "X.v1.json", "x.v1.json.tmp", "x.v1.JSON",
        "x.v1234567890123456789.json"
      })
  void parseInspection_otherNames_areNotInspectionFiles(String name) {
    assertThat(FileNames.parseInspection(name)).isNull();
  }

  @Test
  void parseInspection_inspectionFile_givesIdAndVersion() {
    FileNames.InspectionFile file = FileNames.parseInspection("crc-p-2019-20.v12.json");

    assertThat(file.id).isEqualTo(InspectionId.of("crc-p-2019-20"));
    assertThat(file.version).isEqualTo(12);
  }

  @Test
  void isTemporary_onlyHiddenTmpFiles() {
    assertThat(FileNames.isTemporary(".crc-p-2019-20.123.tmp")).isTrue();
    assertThat(FileNames.isTemporary("crc-p-2019-20.v1.json")).isFalse();
    assertThat(FileNames.isTemporary("notes.tmp")).isFalse();
  }
}
