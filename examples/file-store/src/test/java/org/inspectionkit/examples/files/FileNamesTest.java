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
        "x.json", "x.v0.json", "x.v01.json", "x.v-1.json", "x.v+1.json", ".x.v1.json", "X.v1.json", "x.v1.json.tmp",
        "x.v1.JSON", "x.v1234567890123456789.json", "x.v99999999999999999999.json", "x.v999999999999999999.json",
        "x.v1000000000.json", "x.v1.5.json", "x.v\u0661.json"
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
  void parseInspection_versionAtTheBound_isAnInspectionFile_andOneAboveIsNot() {
    assertThat(FileNames.parseInspection("x.v999999999.json").version).isEqualTo(JsonFileStore.MAX_VERSION);
    assertThat(FileNames.parseInspection("x.v1000000000.json")).isNull();
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1, 1_000_000_000L, Long.MAX_VALUE})
  void inspection_versionOutOfBounds_namesNoFile(long version) {
    assertThatThrownBy(() -> FileNames.inspection(DIRECTORY, InspectionId.of("x"), version))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("version: must be from 1 to 999999999 to name a file, was " + version);
  }

  @Test
  void whyNotAnInspection_saysWhatIsWrongWithTheName() {
    assertThat(FileNames.whyNotAnInspection("x.v99999999999999999999.json")).contains("above 999999999");
    assertThat(FileNames.whyNotAnInspection("x.v01.json")).contains("leading zeros");
    assertThat(FileNames.whyNotAnInspection("notes.txt")).contains("not one the store writes");
  }

  @Test
  void isTemporary_onlyTheNamesTheStoreGivesItsTemporaryFiles() {
    assertThat(FileNames.isTemporary(".crc-p-2019-20.123.tmp")).isTrue();
    assertThat(FileNames.isTemporary(".crc-p-2019-20.18446744073709551615.tmp")).isTrue();
    assertThat(FileNames.isTemporary("crc-p-2019-20.v1.json")).isFalse();
    assertThat(FileNames.isTemporary("notes.tmp")).isFalse();
    assertThat(FileNames.isTemporary(".notes.tmp")).isFalse();
    assertThat(FileNames.isTemporary(".crc-p-2019-20.abc.tmp")).isFalse();
  }

  @Test
  void temporaryPrefix_isTheHiddenIdOfTheTarget() {
    assertThat(FileNames.temporaryPrefix(DIRECTORY.resolve("crc-p-2019-20.v3.json"))).isEqualTo(".crc-p-2019-20.");
  }

  @Test
  void printable_escapesControlCharacters_andCutsLongNames() {
    assertThat(FileNames.printable("a\nb\u00e9")).isEqualTo("a\\u000ab\\u00e9");
    assertThat(FileNames.printable("x".repeat(200))).isEqualTo("x".repeat(120) + "...");
    assertThat(FileNames.printable("x".repeat(120))).isEqualTo("x".repeat(120));
  }
}
