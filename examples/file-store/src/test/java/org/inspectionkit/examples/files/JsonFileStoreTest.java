package org.inspectionkit.examples.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
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
import org.inspectionkit.model.store.DamagedRecord;
import org.inspectionkit.model.store.InspectionQuery;
import org.inspectionkit.model.store.InspectionStore;
import org.inspectionkit.model.store.InspectionSummary;
import org.inspectionkit.model.store.StoreException;
import org.inspectionkit.model.store.StoreListing;
import org.inspectionkit.model.store.Versioned;
import org.inspectionkit.testkit.store.LargeInspections;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the file store adds to the contract: its files, its lock, what crashes leave, bad files, and what it does
 * not touch: damaged versions, older versions, symbolic links, names it did not write.
 */
class JsonFileStoreTest {

  private static final InspectionId ID = InspectionId.of("crc-p-2019-20");
  private static final InspectionId OTHER = InspectionId.of("crc-q-2019-20");

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
  void update_keepsEveryVersionInItsOwnFile_withTheVersionInTheName() throws IOException {
    InspectionStore store = open().inspections();
    Inspection v1 = inspection(5);

    store.insert(v1);
    assertThat(names(inspections())).containsExactly("crc-p-2019-20.v1.json");
    byte[] first = Files.readAllBytes(inspections().resolve("crc-p-2019-20.v1.json"));
    store.update(v1.withStatus(InspectionStatus.FIELDWORK), 1);
    store.update(v1.withStatus(InspectionStatus.REPORTING), 2);

    assertThat(names(inspections()))
        .containsExactly("crc-p-2019-20.v1.json", "crc-p-2019-20.v2.json", "crc-p-2019-20.v3.json");
    assertThat(inspections().resolve("crc-p-2019-20.v1.json")).hasBinaryContent(first);
    assertThat(store.load(ID)).isEqualTo(Versioned.of(v1.withStatus(InspectionStatus.REPORTING), 3));
    store.delete(ID, 3);
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
  void open_afterACrash_removesOnlyTheTemporaryFilesOfUnfinishedSaves_andKeepsEveryVersion() throws IOException {
    JsonFileStore first = open();
    Inspection v1 = inspection(10);
    Inspection v2 = v1.withStatus(InspectionStatus.FIELDWORK);
    first.inspections().insert(v1);
    first.inspections().update(v2, 1);
    first.frameworks().save(Frameworks.load("probation-2019-20"));
    first.close();
    Map<String, String> inspectionFiles = snapshot(inspections());
    Path frameworks = root.resolve("store").resolve("frameworks");
    Map<String, String> frameworkFiles = snapshot(frameworks);
    // What crashes leave: a save stopped while writing its temporary file (torn JSON), and a torn temporary
    // framework.
    String torn = "{\n  \"formatVersion\": \"1.0\",\n  \"id\": \"crc-p-2019-20\",\n  \"cases\": [\n    {\n      \"ref";
    Files.writeString(inspections().resolve(".crc-p-2019-20.8812734.tmp"), torn);
    Files.writeString(frameworks.resolve(".probation-2019-20.1234.tmp"), "{\n  \"formatVersion\"");

    JsonFileStore second = open();

    assertThat(snapshot(inspections())).isEqualTo(inspectionFiles);
    assertThat(snapshot(frameworks)).isEqualTo(frameworkFiles);
    assertThat(second.inspections().load(ID)).isEqualTo(Versioned.of(v2, 2));
    assertThat(second.inspections().list(InspectionQuery.all())).extracting(InspectionSummary::id).containsExactly(ID);
    assertThat(second.frameworks().ids()).extracting(Object::toString).containsExactly("probation-2019-20");
    assertThat(second.verify()).isEmpty();
    assertThat(second.inspections().update(v1, 2).version()).isEqualTo(3);
  }

  @Test
  void delete_removesEveryVersionOfThatInspectionOnly_soNoneComesBackAtTheNextOpen() throws IOException {
    JsonFileStore first = open();
    Inspection v1 = inspection(3);
    Inspection other = LargeInspections.withCases(OTHER, ProviderId.of("crc-q"), 1);
    first.inspections().insert(v1);
    first.inspections().update(v1.withStatus(InspectionStatus.FIELDWORK), 1);
    first.inspections().update(v1.withStatus(InspectionStatus.PUBLISHED), 2);
    first.inspections().insert(other);
    Files.writeString(inspections().resolve("crc-p-2019-20.v01.json"), "not the store's");

    first.inspections().delete(ID, 3);
    first.close();

    assertThat(names(inspections())).containsExactly("crc-p-2019-20.v01.json", "crc-q-2019-20.v1.json");
    JsonFileStore second = open();
    assertThat(second.inspections().find(ID)).isEmpty();
    assertThat(second.inspections().load(OTHER)).isEqualTo(Versioned.of(other, 1));
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
            "cannot load inspection crc-p-2019-20 at version 1: " + file
                + " is not a valid inspection document (2 problems)")
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
  void find_corruptFramework_failsNamingTheFile_andVerifyReportsIt() throws IOException {
    Path frameworks = root.resolve("store").resolve("frameworks");
    Files.createDirectories(frameworks);
    Files.writeString(frameworks.resolve("probation-2019-20.json"), "{\"formatVersion\": \"1.0\", \"id\": 7}");

    JsonFileStore store = open();

    assertThat(store.frameworks().ids()).extracting(Object::toString).containsExactly("probation-2019-20");
    assertThatThrownBy(() -> store.frameworks().find(FrameworkId.of("probation-2019-20")))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(frameworks.resolve("probation-2019-20.json") + " is not a valid framework document")
        .hasMessageContaining("$.id: ");
    assertThat(store.verify())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.recordKey()).isEqualTo("framework probation-2019-20");
              assertThat(d.version()).isZero();
              assertThat(d.problem()).contains("is not a valid framework document");
            });
    assertThat(store.inspections().verify()).isEmpty();
  }

  // ----------------------------------------------------------------------------------- damage: never lose data

  @Test
  void load_damagedHighestVersion_failsNamingIt_andLeavesEveryFileByteIdentical() throws IOException {
    Inspection v1 = inspection(3);
    open().inspections().insert(v1);
    open.close();
    Path v2 = inspections().resolve("crc-p-2019-20.v2.json");
    String whole = InspectionJson.standard().write(v1.withStatus(InspectionStatus.FIELDWORK));
    Files.writeString(v2, whole.substring(0, whole.length() / 2)); // cut short, as by a failing disk
    Map<String, String> before = snapshot(inspections());

    InspectionStore store = open().inspections();
    Throwable loaded = catchThrowable(() -> store.load(ID));
    List<InspectionSummary> listed = store.list(InspectionQuery.all()); // the header alone is intact
    List<DamagedRecord> verified = store.verify();
    open.close();

    assertThat(loaded).isInstanceOf(StoreException.class);
    assertThat(((StoreException) loaded).recordKey()).isEqualTo("inspection crc-p-2019-20");
    assertThat(loaded.getMessage())
        .startsWith("cannot load inspection crc-p-2019-20 at version 2: " + v2 + " is not a valid inspection")
        .contains("malformed JSON")
        .doesNotContain("crc-p-2019-20.v1.json");
    assertThat(listed).extracting(InspectionSummary::version).containsExactly(2L);
    assertThat(verified)
        .extracting(DamagedRecord::recordKey, DamagedRecord::version)
        .containsExactly(tuple("inspection crc-p-2019-20", 2L));
    assertThat(snapshot(inspections())).isEqualTo(before);
    // Opened again: still no fallback to version 1, still nothing changed.
    assertThatThrownBy(() -> open().inspections().find(ID)).hasMessageContaining("at version 2");
    open.close();
    assertThat(snapshot(inspections())).isEqualTo(before);
  }

  @Test
  void listing_oneDamagedInspection_isReportedApart_andTheHealthyOthersAreListed() throws IOException {
    Inspection p = inspection(2);
    Inspection q = LargeInspections.withCases(OTHER, ProviderId.of("crc-q"), 2);
    Inspection r = LargeInspections.withCases(InspectionId.of("crc-r-2019-20"), ProviderId.of("crc-r"), 2);
    InspectionStore first = open().inspections();
    first.insert(p);
    first.insert(q);
    first.update(q.withStatus(InspectionStatus.FIELDWORK), 1);
    first.insert(r);
    open.close();
    Path damaged = inspections().resolve("crc-q-2019-20.v2.json");
    Files.writeString(damaged, "{\"formatVersion\": \"1.0\", \"id\": Jane Smith}");

    InspectionStore store = open().inspections();
    StoreListing all = store.listing(InspectionQuery.all());
    StoreListing ofP = store.listing(InspectionQuery.ofProvider(ProviderId.of("crc-p")));
    Throwable listed = catchThrowable(() -> store.list(InspectionQuery.all()));

    assertThat(all.summaries())
        .containsExactly(InspectionSummary.from(Versioned.of(p, 1)), InspectionSummary.from(Versioned.of(r, 1)));
    assertThat(all.isHealthy()).isFalse();
    assertThat(all.damaged())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.recordKey()).isEqualTo("inspection crc-q-2019-20");
              assertThat(d.version()).isEqualTo(2);
              assertThat(d.problem()).contains(damaged.toString()).contains("malformed JSON").doesNotContain("Jane");
            });
    assertThat(ofP.summaries()).extracting(InspectionSummary::id).containsExactly(ID);
    assertThat(ofP.damaged()).isEqualTo(all.damaged()); // damage is reported whatever the query
    assertThat(listed).isExactlyInstanceOf(StoreException.class);
    assertThat(((StoreException) listed).recordKey()).isEqualTo("inspection crc-q-2019-20");
    assertThat(listed.getMessage())
        .startsWith("cannot list the inspections: 1 stored inspection cannot be read (listing(query)")
        .contains("\ninspection crc-q-2019-20 version 2: ")
        .doesNotContain("Jane");
  }

  @Test
  void list_severalDamagedInspections_failsNamingEachOne() throws IOException {
    Files.createDirectories(inspections());
    Files.writeString(inspections().resolve("crc-p-2019-20.v1.json"), "{");
    Files.writeString(inspections().resolve("crc-q-2019-20.v4.json"), "[]");

    InspectionStore store = open().inspections();

    assertThatThrownBy(() -> store.list(InspectionQuery.all()))
        .isExactlyInstanceOf(StoreException.class)
        .hasMessageContaining("2 stored inspections cannot be read")
        .hasMessageContaining("\ninspection crc-p-2019-20 version 1: ")
        .hasMessageContaining("\ninspection crc-q-2019-20 version 4: ")
        .satisfies(e -> assertThat(((StoreException) e).recordKey()).isEqualTo("inspections"));
    assertThat(store.listing(InspectionQuery.all()).damaged())
        .extracting(DamagedRecord::recordKey, DamagedRecord::version)
        .containsExactly(tuple("inspection crc-p-2019-20", 1L), tuple("inspection crc-q-2019-20", 4L));
  }

  @Test
  void verify_readsEveryVersion_namesEachDamagedOne_andChangesNothing() throws IOException {
    Inspection p = inspection(3);
    Inspection q = LargeInspections.withCases(OTHER, ProviderId.of("crc-q"), 3);
    JsonFileStore first = open();
    first.inspections().insert(p);
    first.inspections().update(p.withStatus(InspectionStatus.FIELDWORK), 1);
    first.inspections().update(p.withStatus(InspectionStatus.REPORTING), 2);
    first.inspections().insert(q);
    first.inspections().insert(LargeInspections.withCases(InspectionId.of("crc-r-2019-20"), ProviderId.of("crc-r"), 1));
    first.frameworks().save(Frameworks.load("probation-2019-20"));
    first.close();
    // An older version of p holding another inspection, and the only version of q cut short after its header.
    Path pV2 = inspections().resolve("crc-p-2019-20.v2.json");
    Files.writeString(pV2, InspectionJson.standard().write(q));
    Path qV1 = inspections().resolve("crc-q-2019-20.v1.json");
    String whole = Files.readString(qV1);
    Files.writeString(qV1, whole.substring(0, whole.indexOf("\"cases\"") + 12));
    Map<String, String> before = snapshot(inspections());

    JsonFileStore store = open();
    List<DamagedRecord> damaged = store.inspections().verify();

    assertThat(damaged)
        .extracting(DamagedRecord::recordKey, DamagedRecord::version)
        .containsExactly(tuple("inspection crc-p-2019-20", 2L), tuple("inspection crc-q-2019-20", 1L));
    assertThat(damaged.get(0).problem())
        .contains(pV2.toString())
        .contains("$.id: the file holds inspection crc-q-2019-20, but its name says crc-p-2019-20");
    assertThat(damaged.get(1).problem()).contains(qV1.toString()).contains("malformed JSON");
    assertThat(store.verify()).isEqualTo(damaged); // the frameworks are healthy
    assertThat(store.inspections().load(ID)).isEqualTo(Versioned.of(p.withStatus(InspectionStatus.REPORTING), 3));
    assertThat(snapshot(inspections())).isEqualTo(before);
  }

  @Test
  void verify_healthyStore_reportsNothing() {
    JsonFileStore store = open();
    store.inspections().insert(inspection(2));
    store.inspections().update(inspection(3), 1);
    store.frameworks().save(Frameworks.load("probation-2019-20"));

    assertThat(store.verify()).isEmpty();
    assertThat(store.inspections().verify()).isEmpty();
    assertThat(store.inspections().listing(InspectionQuery.all()).isHealthy()).isTrue();
  }

  @Test
  void verify_duringASave_doesNotReportItsTemporaryFile() {
    JsonFileStore store = open();
    store.inspections().insert(inspection(2));
    AtomicReference<List<DamagedRecord>> seen = new AtomicReference<>();
    AtomicReference<List<String>> temporaries = new AtomicReference<>();
    store.interceptNextWrite(
        new WriteHook() {
          @Override
          public void beforeRename(Path temporary, Path target) throws IOException {
            temporaries.set(names(temporary.getParent()));
            seen.set(store.verify());
          }
        });

    store.inspections().update(inspection(3), 1);

    assertThat(temporaries.get()).anyMatch(FileNames::isTemporary);
    assertThat(seen.get()).isEmpty();
  }

  // ---------------------------------------------------------------------------------------- symbolic links

  @Test
  void find_versionFileThatIsASymbolicLink_isNotFollowed_andVerifyReportsIt() throws IOException {
    Path outside = Files.writeString(root.resolve("outside.json"), InspectionJson.standard().write(inspection(2)));
    Files.createDirectories(inspections());
    Path link = inspections().resolve("crc-p-2019-20.v1.json");
    symbolicLink(link, outside);
    Map<String, String> before = snapshot(inspections());
    byte[] outsideBefore = Files.readAllBytes(outside);

    JsonFileStore store = open();

    assertThat(store.inspections().find(ID)).isEmpty();
    assertThat(store.inspections().list(InspectionQuery.all())).isEmpty();
    assertThat(store.inspections().listing(InspectionQuery.all()).isHealthy()).isTrue();
    assertThat(store.inspections().verify())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.recordKey()).isEqualTo("file inspections/crc-p-2019-20.v1.json");
              assertThat(d.version()).isZero();
              assertThat(d.problem()).contains("a symbolic link, which the store never follows");
            });
    assertThatThrownBy(() -> store.inspections().insert(inspection(1)))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(link + " is already there and the store did not write it (a symbolic link")
        .hasMessageContaining("nothing was changed");
    assertThat(snapshot(inspections())).isEqualTo(before);
    assertThat(outside).hasBinaryContent(outsideBefore);
  }

  @Test
  void frameworks_fileThatIsASymbolicLink_isNeitherFollowedNorReplaced_andVerifyReportsIt() throws IOException {
    Framework framework = Frameworks.load("probation-2019-20");
    Path outside = Files.writeString(root.resolve("outside.json"), InspectionJson.standard().write(framework));
    Path frameworks = root.resolve("store").resolve("frameworks");
    Files.createDirectories(frameworks);
    Path link = frameworks.resolve("probation-2019-20.json");
    symbolicLink(link, outside);
    String outsideBefore = Files.readString(outside);

    JsonFileStore store = open();

    assertThat(store.frameworks().ids()).isEmpty();
    assertThat(store.frameworks().find(framework.id())).isEmpty();
    assertThatThrownBy(() -> store.frameworks().save(framework))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(link + " is a symbolic link")
        .hasMessageContaining("nothing was changed");
    assertThat(store.verify())
        .extracting(DamagedRecord::recordKey)
        .containsExactly("file frameworks/probation-2019-20.json");
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(Files.readString(outside)).isEqualTo(outsideBefore);
  }

  @Test
  void open_lockFileThatIsASymbolicLink_isRefused_andNothingIsWrittenThroughIt() throws IOException {
    Path outside = Files.writeString(root.resolve("precious.txt"), "not to be truncated");
    Path store = Files.createDirectories(root.resolve("store"));
    symbolicLink(store.resolve(".lock"), outside);

    assertThatThrownBy(this::open)
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(store.resolve(".lock") + " is a symbolic link, which the store never follows");
    assertThat(Files.readString(outside)).isEqualTo("not to be truncated");
  }

  @Test
  void open_inspectionsDirectoryThatIsASymbolicLink_isRefused() throws IOException {
    Path elsewhere = Files.createDirectories(root.resolve("elsewhere"));
    Files.writeString(elsewhere.resolve("crc-p-2019-20.v1.json"), InspectionJson.standard().write(inspection(1)));
    Files.createDirectories(root.resolve("store"));
    symbolicLink(inspections(), elsewhere);

    assertThatThrownBy(this::open)
        .isInstanceOf(StoreException.class)
        .hasMessageContaining(inspections() + ": a symbolic link, which the store does not follow");
    assertThat(names(elsewhere)).containsExactly("crc-p-2019-20.v1.json");
  }

  @Test
  void open_storeDirectoryReachedThroughASymbolicLink_works() throws IOException {
    Path real = Files.createDirectories(root.resolve("real"));
    Path store = root.resolve("store");
    symbolicLink(store, real);

    JsonFileStore opened = open();
    opened.inspections().insert(inspection(1));

    assertThat(names(real.resolve("inspections"))).containsExactly("crc-p-2019-20.v1.json");
    assertThat(opened.verify()).isEmpty();
  }

  // ------------------------------------------------------------------------------ names the store did not write

  @Test
  void list_foreignFiles_areIgnored_andVerifyReportsEachByName() throws IOException {
    JsonFileStore first = open();
    first.inspections().insert(inspection(1));
    first.close();
    Files.writeString(inspections().resolve("notes.txt"), "Jane Smith said");
    Path frameworks = root.resolve("store").resolve("frameworks");
    Files.writeString(frameworks.resolve("notes.txt"), "Jane Smith said");
    Files.createDirectories(inspections().resolve("crc-z-2019-20.v1.json"));
    Map<String, String> before = snapshot(inspections());

    JsonFileStore store = open();

    assertThat(store.inspections().list(InspectionQuery.all())).extracting(InspectionSummary::id).containsExactly(ID);
    assertThat(store.inspections().find(InspectionId.of("crc-z-2019-20"))).isEmpty();
    assertThat(store.frameworks().ids()).isEmpty();
    assertThat(store.inspections().verify())
        .extracting(DamagedRecord::recordKey)
        .containsExactly("file inspections/crc-z-2019-20.v1.json", "file inspections/notes.txt");
    List<DamagedRecord> all = store.verify();
    assertThat(all)
        .extracting(DamagedRecord::recordKey)
        .containsExactly(
            "file frameworks/notes.txt", "file inspections/crc-z-2019-20.v1.json", "file inspections/notes.txt");
    assertThat(all.get(0).problem()).contains("not one the store writes").doesNotContain("Jane");
    assertThat(all.get(1).problem()).contains("not a regular file");
    assertThat(snapshot(inspections())).isEqualTo(before);
  }

  @Test
  void verify_fileNameWithControlCharacters_isReportedEscaped() throws IOException {
    Files.createDirectories(inspections());
    try {
      Files.writeString(inspections().resolve("x\nfile inspections-forged"), "");
    } catch (InvalidPathException e) {
      Assumptions.abort("this file system refuses a line break in a file name: " + e);
    }

    assertThat(open().inspections().verify())
        .extracting(DamagedRecord::recordKey)
        .containsExactly("file inspections/x\\u000afile inspections-forged");
  }

  // ----------------------------------------------------------------------------------------- version bounds

  @ParameterizedTest
  @ValueSource(
      strings = {
        "crc-p-2019-20.v99999999999999999999.json",
        "crc-p-2019-20.v999999999999999999.json",
        "crc-p-2019-20.v1000000000.json",
        "crc-p-2019-20.v01.json",
        "crc-p-2019-20.v+1.json"
      })
  void open_versionNameOutOfBoundsOrNotCanonical_isIgnoredAndReported_andTheIdStaysUsable(String name)
      throws IOException {
    Files.createDirectories(inspections());
    Path odd = Files.writeString(inspections().resolve(name), InspectionJson.standard().write(inspection(2)));
    byte[] oddBytes = Files.readAllBytes(odd);
    Inspection v1 = inspection(1);

    JsonFileStore store = open();
    assertThat(store.inspections().find(ID)).isEmpty();
    assertThat(store.inspections().list(InspectionQuery.all())).isEmpty();
    assertThat(store.inspections().verify())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.recordKey()).isEqualTo("file inspections/" + name);
              assertThat(d.version()).isZero();
              assertThat(d.problem()).contains("its version is");
            });
    store.inspections().insert(v1);
    store.inspections().update(v1.withStatus(InspectionStatus.FIELDWORK), 1);
    store.close();

    assertThat(open().inspections().load(ID)).isEqualTo(Versioned.of(v1.withStatus(InspectionStatus.FIELDWORK), 2));
    assertThat(names(inspections())).containsExactlyInAnyOrder(name, "crc-p-2019-20.v1.json", "crc-p-2019-20.v2.json");
    assertThat(odd).hasBinaryContent(oddBytes);
  }

  @Test
  void update_atTheMaximumVersion_failsClearly_andWritesNothing() throws IOException {
    Inspection inspection = inspection(2);
    Files.createDirectories(inspections());
    Files.writeString(
        inspections().resolve("crc-p-2019-20.v999999999.json"), InspectionJson.standard().write(inspection));
    Map<String, String> before = snapshot(inspections());

    InspectionStore store = open().inspections();

    assertThat(store.load(ID)).isEqualTo(Versioned.of(inspection, JsonFileStore.MAX_VERSION));
    assertThatThrownBy(() -> store.update(inspection.withStatus(InspectionStatus.PUBLISHED), 999_999_999L))
        .isExactlyInstanceOf(StoreException.class)
        .hasMessage(
            "cannot update inspection crc-p-2019-20: it is at version 999999999, the highest the file store keeps"
                + " (JsonFileStore.MAX_VERSION); nothing was written");
    assertThat(snapshot(inspections())).isEqualTo(before);
    assertThat(store.verify()).isEmpty();
  }

  // -------------------------------------------------------------------------------------------- failed writes

  @Test
  void update_failingBeforeTheRename_leavesTheDirectoryByteIdentical_withNoTemporaryFile() throws IOException {
    JsonFileStore store = open();
    Inspection v1 = inspection(20);
    store.inspections().insert(v1);
    store.inspections().update(v1.withStatus(InspectionStatus.FIELDWORK), 1);
    Map<String, String> before = snapshot(inspections());

    store.interceptNextWrite(Faults.failBeforeRename());
    Throwable updated = catchThrowable(() -> store.inspections().update(v1.withStatus(InspectionStatus.PUBLISHED), 2));
    store.interceptNextWrite(Faults.failAfterBytes(500));
    Throwable inserted =
        catchThrowable(() -> store.inspections().insert(LargeInspections.withCases(OTHER, ProviderId.of("crc-q"), 20)));

    assertThat(updated).isInstanceOf(StoreException.class).hasMessageContaining("nothing was changed");
    assertThat(inserted).isInstanceOf(StoreException.class).hasMessageContaining("nothing was changed");
    assertThat(snapshot(inspections())).isEqualTo(before);
    assertThat(store.verify()).isEmpty();
    assertThat(store.inspections().load(ID)).isEqualTo(Versioned.of(v1.withStatus(InspectionStatus.FIELDWORK), 2));
  }

  // -------------------------------------------------------------------------------------------------- helpers

  /** Each entry of a directory and what it holds (a digest), a link's target, or that it is a directory. */
  private static Map<String, String> snapshot(Path directory) throws IOException {
    Map<String, String> entries = new TreeMap<>();
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        String name = directory.relativize(p).toString();
        if (Files.isSymbolicLink(p)) {
          entries.put(name, "link to " + Files.readSymbolicLink(p));
        } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
          entries.put(name, "directory");
        } else {
          entries.put(name, sha256(Files.readAllBytes(p)));
        }
      }
    }
    return entries;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  /** Makes a symbolic link, or skips the test where the platform or the account cannot. */
  private static void symbolicLink(Path link, Path target) {
    try {
      Files.createSymbolicLink(link, target);
    } catch (UnsupportedOperationException | IOException | SecurityException e) {
      Assumptions.abort("symbolic links cannot be created here (" + e + "); the link tests need them");
    }
  }
}
