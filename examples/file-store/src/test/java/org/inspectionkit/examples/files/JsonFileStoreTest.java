package org.inspectionkit.examples.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.inspectionkit.json.Frameworks;
import org.inspectionkit.json.InspectionJson;
import org.inspectionkit.json.InspectionJsonException;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.FrameworkId;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.inspection.InspectionId;
import org.inspectionkit.model.inspection.InspectionStatus;
import org.inspectionkit.model.provider.ProviderId;
import org.inspectionkit.model.store.InspectionQuery;
import org.inspectionkit.model.store.InspectionStore;
import org.inspectionkit.model.store.InspectionSummary;
import org.inspectionkit.model.store.StoreException;
import org.inspectionkit.model.store.Versioned;
import org.inspectionkit.testkit.store.LargeInspections;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the file store adds to the contract: its files, its lock, recovery after a crash, and bad files. */
class JsonFileStoreTest {

  private static final InspectionId ID = InspectionId.of("crc-p-2019-20");

  @TempDir Path root;

  private JsonFileStore open;

  @AfterEach
  void closeStore() {
    if (open != null) {
      open.close();
    }
  }

  private JsonFileStore open() {
    open = JsonFileStore.open(root.resolve("store"));
    return open;
  }

  private static Inspection inspection(int cases) {
    return LargeInspections.withCases(ID, ProviderId.of("crc-p"), cases);
  }

  private Path inspections() {
    return root.resolve("store").resolve("inspections");
  }

  private static List<String> names(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  // ---------------------------------------------------------------------------------------------------- layout

  @Test
  void open_newDirectory_createsTheLockAndOneDirectoryPerKindOfAggregate() throws IOException {
    JsonFileStore store = open();

    assertThat(store.directory()).isEqualTo(root.resolve("store").toAbsolutePath());
    assertThat(names(store.directory())).containsExactly(".lock", "frameworks", "inspections");
    assertThat(Files.readString(store.directory().resolve(".lock")).strip())
        .isEqualTo(Long.toString(ProcessHandle.current().pid()));
  }

  @Test
  void update_storesOneFilePerInspectionWithItsVersionInTheName() throws IOException {
    InspectionStore store = open().inspections();
    Inspection v1 = inspection(5);

    store.insert(v1);
    assertThat(names(inspections())).containsExactly("crc-p-2019-20.v1.json");
    store.update(v1.withStatus(InspectionStatus.FIELDWORK), 1);
    assertThat(names(inspections())).containsExactly("crc-p-2019-20.v2.json");
    store.delete(ID, 2);
    assertThat(names(inspections())).isEmpty();
  }

  @Test
  void insert_writesAPlainInspectionDocument_thatTheJsonModuleReadsAsIs() throws IOException {
    Inspection inspection = inspection(5);

    open().inspections().insert(inspection);

    Path file = inspections().resolve("crc-p-2019-20.v1.json");
    assertThat(Files.readString(file)).isEqualTo(InspectionJson.standard().write(inspection));
    try (InputStream in = Files.newInputStream(file)) {
      assertThat(InspectionJson.standard().read(in, Inspection.class)).isEqualTo(inspection);
    }
  }

  @Test
  void save_writesAFrameworkDocumentNamedByItsId() throws IOException {
    JsonFileStore store = open();
    Framework framework = Frameworks.load("probation-2019-20");

    store.frameworks().save(framework);
    store.frameworks().save(framework);

    Path frameworks = store.directory().resolve("frameworks");
    assertThat(names(frameworks)).containsExactly("probation-2019-20.json");
    assertThat(Files.readString(frameworks.resolve("probation-2019-20.json")))
        .isEqualTo(InspectionJson.standard().write(framework));
  }

  @Test
  void open_again_findsWhatWasSaved() {
    Inspection inspection = inspection(20);
    Framework framework = Frameworks.load("probation-2018-19");
    JsonFileStore first = open();
    first.inspections().insert(inspection);
    first.inspections().update(inspection.withStatus(InspectionStatus.PUBLISHED), 1);
    first.frameworks().save(framework);
    first.close();

    JsonFileStore second = open();

    assertThat(second.inspections().load(ID))
        .isEqualTo(Versioned.of(inspection.withStatus(InspectionStatus.PUBLISHED), 2));
    assertThat(second.inspections().list(InspectionQuery.all()))
        .extracting(InspectionSummary::version)
        .containsExactly(2L);
    assertThat(second.frameworks().load(framework.id())).isEqualTo(framework);
  }

  // ------------------------------------------------------------------------------------------------------ lock

  @Test
  void open_directoryAlreadyOpenInThisProcess_failsNamingTheDirectory() {
    JsonFileStore first = open();

    Throwable second = catchThrowable(() -> JsonFileStore.open(root.resolve("store")));

    assertThat(second)
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(first.directory().toString())
        .hasMessageContaining("already open")
        .hasMessageContaining(".lock");
    assertThat(((StoreException) second).recordKey()).isEqualTo("file store " + first.directory());
    assertThat(first.inspections().list(InspectionQuery.all())).isEmpty(); // the first is unaffected
  }

  @Test
  void open_afterTheOtherStoreIsClosed_succeeds() {
    JsonFileStore first = open();
    first.inspections().insert(inspection(1));
    first.close();

    JsonFileStore second = open();

    assertThat(second.inspections().find(ID)).isPresent();
  }

  @Test
  void close_thenAnyCall_failsSayingTheStoreIsClosed() {
    JsonFileStore store = open();
    InspectionStore inspections = store.inspections();
    inspections.insert(inspection(1));

    store.close();
    store.close(); // closing again does nothing

    assertThatThrownBy(() -> inspections.find(ID))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("is closed")
        .hasMessageContaining(store.directory().toString());
    assertThatThrownBy(() -> inspections.insert(inspection(2))).hasMessageContaining("is closed");
    assertThatThrownBy(() -> inspections.list(InspectionQuery.all())).hasMessageContaining("is closed");
    assertThatThrownBy(() -> store.frameworks().ids()).hasMessageContaining("is closed");
    assertThat(store.toString()).contains("closed");
  }

  @Test
  void open_pathIsAFile_failsNamingIt() throws IOException {
    Path file = Files.writeString(root.resolve("not-a-directory"), "x");

    assertThatThrownBy(() -> JsonFileStore.open(file))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("cannot open the file store at " + file);
  }

  // ----------------------------------------------------------------------------------------- failures and crashes

  @Test
  void update_failingHalfWayThroughTheDocument_leavesThePreviousVersionAndNoTemporaryFile() throws IOException {
    JsonFileStore store = open();
    Inspection v1 = inspection(50);
    store.inspections().insert(v1);

    store.interceptNextWrite(Faults.failAfterBytes(10_000));
    Throwable thrown = catchThrowable(() -> store.inspections().update(inspection(60), 1));

    assertThat(thrown)
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("cannot save inspection crc-p-2019-20 at version 2")
        .hasMessageContaining("nothing was changed")
        .hasRootCauseMessage("injected failure after 10000 bytes: no space left on device");
    assertThat(names(inspections())).containsExactly("crc-p-2019-20.v1.json");
    assertThat(store.inspections().load(ID)).isEqualTo(Versioned.of(v1, 1));
  }

  @Test
  void open_afterACrash_removesTornTemporaryFilesAndKeepsTheLastCommittedVersion() throws IOException {
    JsonFileStore first = open();
    Inspection v1 = inspection(10);
    Inspection v2 = v1.withStatus(InspectionStatus.FIELDWORK);
    first.inspections().insert(v1);
    first.inspections().update(v2, 1);
    first.frameworks().save(Frameworks.load("probation-2019-20"));
    first.close();
    // What crashes leave: a save stopped while writing its temporary file (torn JSON), another stopped after its
    // rename but before removing the version it replaced, and a torn temporary framework.
    String torn = "{\n  \"formatVersion\": \"1.0\",\n  \"id\": \"crc-p-2019-20\",\n  \"cases\": [\n    {\n      \"ref";
    Files.writeString(inspections().resolve(".crc-p-2019-20.8812734.tmp"), torn);
    Files.writeString(inspections().resolve("crc-p-2019-20.v1.json"), InspectionJson.standard().write(v1));
    Path frameworks = root.resolve("store").resolve("frameworks");
    Files.writeString(frameworks.resolve(".probation-2019-20.1234.tmp"), "{\n  \"formatVersion\"");

    JsonFileStore second = open();

    assertThat(names(inspections())).containsExactly("crc-p-2019-20.v2.json");
    assertThat(names(frameworks)).containsExactly("probation-2019-20.json");
    assertThat(second.inspections().load(ID)).isEqualTo(Versioned.of(v2, 2));
    assertThat(second.inspections().update(v1, 2).version()).isEqualTo(3);
  }

  @Test
  void delete_olderVersionThatAnUpdateFailedToRemove_isRemovedToo_soTheInspectionStaysDeleted() throws IOException {
    JsonFileStore first = open();
    Inspection v1 = inspection(3);
    first.inspections().insert(v1);
    first.inspections().update(v1.withStatus(InspectionStatus.PUBLISHED), 1);
    // As if removing version 1 after the update had failed (the update had already committed version 2).
    Files.writeString(inspections().resolve("crc-p-2019-20.v1.json"), InspectionJson.standard().write(v1));

    first.inspections().delete(ID, 2);
    first.close();

    assertThat(names(inspections())).isEmpty();
    assertThat(open().inspections().find(ID)).isEmpty();
  }

  @Test
  void open_filesThatAreNotTheStores_areLeftAloneAndNotListed() throws IOException {
    open().inspections().insert(inspection(1));
    open.close();
    Files.writeString(inspections().resolve("README.txt"), "notes");
    Files.writeString(inspections().resolve("crc-p-2019-20.json"), "{}");
    Files.writeString(inspections().resolve("crc-p-2019-20.v0.json"), "{}");

    JsonFileStore store = open();

    assertThat(store.inspections().list(InspectionQuery.all())).extracting(InspectionSummary::id).containsExactly(ID);
    assertThat(names(inspections()))
        .containsExactly("README.txt", "crc-p-2019-20.json", "crc-p-2019-20.v0.json", "crc-p-2019-20.v1.json");
  }

  // ------------------------------------------------------------------------------------------------- bad files

  @Test
  void find_handEditedFile_failsNamingTheFileAndEveryProblem() throws IOException {
    open().inspections().insert(inspection(3));
    open.close();
    Path file = inspections().resolve("crc-p-2019-20.v1.json");
    String edited =
        Files.readString(file)
            .replace("\"status\": \"REPORTING\"", "\"status\": \"DONE\"")
            .replaceFirst("\"weeks\": [0-9]+", "\"weeks\": \"four\"");
    Files.writeString(file, edited);

    InspectionStore store = open().inspections();
    Throwable thrown = catchThrowable(() -> store.find(ID));

    assertThat(thrown).isInstanceOf(StoreException.class).hasCauseInstanceOf(InspectionJsonException.class);
    StoreException e = (StoreException) thrown;
    assertThat(e.recordKey()).isEqualTo("inspection crc-p-2019-20");
    assertThat(e.getMessage())
        .startsWith(
            "cannot load inspection crc-p-2019-20: " + file + " is not a valid inspection document (2 problems)")
        .contains("\n  $.status: ")
        .contains("\n  $.fieldwork.weeks: ");
    assertThat(((InspectionJsonException) e.getCause()).problems()).hasSize(2);
  }

  @Test
  void find_truncatedFile_failsAsMalformedJsonNamingTheFile() throws IOException {
    open().inspections().insert(inspection(3));
    open.close();
    Path file = inspections().resolve("crc-p-2019-20.v1.json");
    String whole = Files.readString(file);
    Files.writeString(file, whole.substring(0, whole.length() / 2));

    InspectionStore store = open().inspections();

    assertThatThrownBy(() -> store.find(ID))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("malformed JSON");
  }

  @Test
  void find_fileHoldingAnotherInspection_failsNamingBothIds() throws IOException {
    Inspection other = LargeInspections.withCases(InspectionId.of("crc-q-2019-20"), ProviderId.of("crc-q"), 1);
    Files.createDirectories(inspections());
    Files.writeString(inspections().resolve("crc-p-2019-20.v1.json"), InspectionJson.standard().write(other));

    InspectionStore store = open().inspections();

    assertThatThrownBy(() -> store.find(ID))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("$.id: the file holds inspection crc-q-2019-20, but its name says crc-p-2019-20");
    assertThatThrownBy(() -> store.list(InspectionQuery.all()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("$.id: the file holds inspection crc-q-2019-20, but its name says crc-p-2019-20");
  }

  @Test
  void list_badHeader_failsNamingTheFileAndTheMember() throws IOException {
    Files.createDirectories(inspections());
    Path file = inspections().resolve("crc-p-2019-20.v1.json");
    Files.writeString(
        file,
        "{\"formatVersion\": \"1.0\", \"id\": \"crc-p-2019-20\", \"frameworkId\": \"probation-2019-20\","
            + " \"cycle\": \"2019-21\", \"provider\": {\"id\": \"crc-p\"}}");

    InspectionStore store = open().inspections();

    assertThatThrownBy(() -> store.list(InspectionQuery.all()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(file + " is not a valid inspection document")
        .hasMessageContaining("$.cycle: '2019-21' is not valid here");
  }

  @Test
  void list_malformedHeader_failsWithoutQuotingTheFile() throws IOException {
    Files.createDirectories(inspections());
    Path file = inspections().resolve("crc-p-2019-20.v1.json");
    Files.writeString(file, "{\"formatVersion\": \"1.0\", \"id\": Jane Smith}");

    InspectionStore store = open().inspections();

    assertThatThrownBy(() -> store.list(InspectionQuery.all()))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(file + " is not a valid inspection document\n  $: malformed JSON at line 1, column")
        .hasNoCause()
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Jane"));
  }

  @Test
  void list_readsTheHeaderOnly_soABrokenCaseFurtherDownIsReportedByFindAlone() throws IOException {
    Inspection inspection = inspection(200).withStatus(InspectionStatus.REPORTING);
    open().inspections().insert(inspection);
    open.close();
    Path file = inspections().resolve("crc-p-2019-20.v1.json");
    String whole = Files.readString(file);
    Files.writeString(file, whole.substring(0, whole.indexOf("\"cases\"")) + "\"cases\": [ not JSON at all");

    InspectionStore store = open().inspections();

    assertThat(store.list(InspectionQuery.all()))
        .containsExactly(InspectionSummary.from(Versioned.of(inspection, 1)));
    assertThatThrownBy(() -> store.find(ID)).isInstanceOf(StoreException.class).hasMessageContaining("malformed JSON");
  }

  @Test
  void list_membersInAnotherOrder_areStillFound_andAMissingStatusIsPlanned() throws IOException {
    Files.createDirectories(inspections());
    Files.writeString(
        inspections().resolve("crc-p-2019-20.v7.json"),
        "{\"provider\": {\"name\": \"P\", \"type\": \"crc\", \"id\": \"crc-p\"}, \"cases\": [{\"ref\": \"A\"}],"
            + " \"cycle\": \"2019-20\", \"frameworkId\": \"probation-2019-20\", \"id\": \"crc-p-2019-20\","
            + " \"formatVersion\": \"1.0\"}",
        StandardCharsets.UTF_8);

    InspectionStore store = open().inspections();

    assertThat(store.list(InspectionQuery.all()))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.providerId()).isEqualTo(ProviderId.of("crc-p"));
              assertThat(s.status()).isEqualTo(InspectionStatus.PLANNED);
              assertThat(s.version()).isEqualTo(7);
            });
  }

  @Test
  void find_corruptFramework_failsNamingTheFile() throws IOException {
    Path frameworks = root.resolve("store").resolve("frameworks");
    Files.createDirectories(frameworks);
    Files.writeString(frameworks.resolve("probation-2019-20.json"), "{\"formatVersion\": \"1.0\", \"id\": 7}");

    JsonFileStore store = open();

    assertThat(store.frameworks().ids()).extracting(Object::toString).containsExactly("probation-2019-20");
    assertThatThrownBy(() -> store.frameworks().find(FrameworkId.of("probation-2019-20")))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(frameworks.resolve("probation-2019-20.json") + " is not a valid framework document")
        .hasMessageContaining("$.id: ");
  }
}
