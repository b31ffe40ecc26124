package org.inspectionkit.examples.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.inspection.InspectionId;
import org.inspectionkit.model.provider.ProviderId;
import org.inspectionkit.model.store.DamagedRecord;
import org.inspectionkit.model.store.InspectionQuery;
import org.inspectionkit.model.store.NotFoundException;
import org.inspectionkit.model.store.StoreException;
import org.inspectionkit.model.store.StoreListing;
import org.inspectionkit.testkit.store.CrashWriter;
import org.inspectionkit.testkit.store.LargeInspections;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmbeddedStoreTest {

  @TempDir Path temp;

  @Test
  void open_directoryCarryingH2Settings_isRefusedAndRunsNothing() throws Exception {
    Path cwd = Path.of("").toAbsolutePath();
    Path csv = cwd.resolve("x.csv");
    Files.deleteIfExists(csv);
    Path hostile = temp.resolve("st;INIT=CALL CSVWRITE('x.csv','SELECT 42')--");

    assertThatThrownBy(() -> EmbeddedStore.openExisting(hostile))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("U+003B")
        .hasMessageContaining("H2 would read the rest of its URL as settings");
    assertThatThrownBy(() -> EmbeddedStore.open(hostile)).isInstanceOf(IllegalArgumentException.class);

    assertThat(csv).doesNotExist();
    assertThat(temp.resolve("x.csv")).doesNotExist();
    try (Stream<Path> entries = Files.list(temp)) {
      assertThat(entries).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {";", "=", "'", "\"", "?", "&", "%", "#", "$", "*", "|", "<", ">", "\n", "\t", "\u0000",
      "\u202e", ":", "\\", "~", "[", "(", "!", "^", "`", "{", "@"})
  void open_directoryWithACharacterAUrlInterprets_isRefusedBeforeAnythingIsCreated(String character) {
    String name = "store" + character + "x";
    Path hostile;
    try {
      hostile = temp.resolve(name);
    } catch (java.nio.file.InvalidPathException e) {
      return; // the file system refuses the name itself (NUL): nothing could reach a URL
    }

    assertThatThrownBy(() -> EmbeddedStore.open(hostile))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("store directory: ");
    assertThat(hostile).doesNotExist();
  }

  @Test
  void open_ordinaryDirectoryNames_areAccepted() {
    Path dir = temp.resolve("Inspection data, 2019-20 + 2020_21 (é)".replace("(", "").replace(")", ""));
    try (EmbeddedStore store = EmbeddedStore.open(dir)) {
      assertThat(store.inspections().list(InspectionQuery.all())).isEmpty();
      assertThat(store.isReadOnly()).isFalse();
    }
    assertThat(dir.resolve("inspections.mv.db")).isRegularFile();
  }

  @Test
  void openExisting_noStore_createsNothing() {
    Path dir = temp.resolve("inspection-data");

    assertThatThrownBy(() -> EmbeddedStore.openExisting(dir))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("there is no store in " + dir);
    assertThat(dir).doesNotExist();
  }

  @Test
  void open_savesAndReopens_withoutATraceFileOrLeftovers() throws Exception {
    Path dir = temp.resolve("store");
    Inspection inspection = inspection("trace-check", 5);
    try (EmbeddedStore store = EmbeddedStore.open(dir)) {
      store.inspections().insert(inspection);
    }
    try (EmbeddedStore store = EmbeddedStore.openExisting(dir)) {
      assertThat(store.inspections().load(inspection.id()).value()).isEqualTo(inspection);
    }
    try (Stream<Path> entries = Files.list(dir)) {
      assertThat(entries.map(p -> p.getFileName().toString())).containsExactly("inspections.mv.db");
    }
  }

  @Test
  void open_fileThatIsNotAnH2Database_isRefusedAndLeftUnchanged() throws Exception {
    Path dir = Files.createDirectories(temp.resolve("store"));
    Path file = dir.resolve("inspections.mv.db");
    byte[] junk = "these are not the bytes of a database".getBytes(StandardCharsets.US_ASCII);
    Files.write(file, junk);

    assertThatThrownBy(() -> EmbeddedStore.open(dir))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("is damaged or not an H2 database")
        .hasMessageContaining("nothing was changed");
    assertThat(Files.readAllBytes(file)).isEqualTo(junk);
  }

  @Test
  void open_h2DatabaseOfAnotherApplication_isRefusedWithoutCreatingASchemaInIt() throws Exception {
    Path dir = Files.createDirectories(temp.resolve("store"));
    String url = "jdbc:h2:file:" + dir.resolve("inspections") + ";TRACE_LEVEL_FILE=0";
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE payroll (id INT PRIMARY KEY)");
    }

    assertThatThrownBy(() -> EmbeddedStore.open(dir))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("is an H2 database but not an inspection store")
        .hasMessageContaining("refusing to create a schema in it");
    assertThat(tables(url)).containsExactly("PAYROLL");
  }

  @Test
  void open_whileAnotherProcessHasIt_saysItIsInUseAndWhatToDo() throws Exception {
    Path dir = temp.resolve("store");
    EmbeddedStore.open(dir).close();
    Process writer =
        new ProcessBuilder(
                javaCommand(), "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(),
                H2CrashTarget.class.getName(), dir.toString())
            .redirectError(temp.resolve("writer.log").toFile())
            .start();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(out.readLine()).isEqualTo("ready");

      assertThatThrownBy(() -> EmbeddedStore.openExisting(dir))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("is in use by another process")
          .hasMessageContaining("server mode or PostgreSQL");
    } finally {
      writer.destroyForcibly();
      writer.waitFor();
    }
  }

  @Test
  void load_recommendationRowsDeletedBehindTheStore_isAClearErrorNotAWrongAnswer() throws Exception {
    Path dir = temp.resolve("store");
    Inspection inspection = inspection("digest-rows", 8);
    assertThat(inspection.recommendations()).hasSizeGreaterThan(1);
    try (EmbeddedStore store = EmbeddedStore.open(dir)) {
      store.inspections().insert(inspection);
      sql(store, "DELETE FROM recommendation WHERE inspection_id = 'digest-rows' AND recommendation_number = 1");

      assertThatThrownBy(() -> store.inspections().load(inspection.id()))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("inspection digest-rows version 1 is damaged")
          .hasMessageContaining("do not match the digest saved with them");
      assertThat(store.inspections().verify())
          .extracting(DamagedRecord::recordKey, DamagedRecord::version)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("inspection digest-rows", 1L));
    }
  }

  @Test
  void load_textColumnCutShort_isAClearError() throws Exception {
    Path dir = temp.resolve("store");
    Inspection inspection = inspection("digest-text", 8);
    try (EmbeddedStore store = EmbeddedStore.open(dir)) {
      store.inspections().insert(inspection);
      sql(store, "UPDATE recommendation SET recommendation_text = SUBSTRING(recommendation_text, 1, 10)"
          + " WHERE inspection_id = 'digest-text'");

      assertThatThrownBy(() -> store.inspections().load(inspection.id()))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("is damaged");
    }
  }

  @Test
  void list_oneRowWithAValueThatIsNotValid_failsNamingItWhileListingGoesPastIt() throws Exception {
    Path dir = temp.resolve("store");
    try (EmbeddedStore store = EmbeddedStore.open(dir)) {
      store.inspections().insert(inspection("healthy", 3));
      store.inspections().insert(inspection("broken", 3));
      sql(store, "UPDATE inspection SET status = 'NOT-A-STATUS' WHERE id = 'broken'");

      assertThatThrownBy(() -> store.inspections().list(InspectionQuery.all()))
          .isExactlyInstanceOf(StoreException.class)
          .hasMessageContaining("1 stored record is damaged")
          .hasMessageContaining("inspection broken");
      StoreListing listing = store.inspections().listing(InspectionQuery.all());
      assertThat(listing.summaries()).extracting(s -> s.id().value()).containsExactly("healthy");
      assertThat(listing.damaged()).extracting(DamagedRecord::recordKey).containsExactly("inspection broken");
      assertThat(listing.damaged().get(0).problem()).doesNotContain("NOT-A-STATUS");
      assertThat(store.inspections().verify()).extracting(DamagedRecord::recordKey).contains("inspection broken");
    }
  }

  @Test
  void openReadOnly_loadsAndListsButRefusesEverySave_andChangesNothing() throws Exception {
    Path dir = temp.resolve("store");
    Inspection stored = inspection("read-only", 4);
    try (EmbeddedStore store = EmbeddedStore.open(dir)) {
      store.inspections().insert(stored);
    }
    byte[] before = Files.readAllBytes(dir.resolve("inspections.mv.db"));

    try (EmbeddedStore store = EmbeddedStore.openReadOnly(dir)) {
      assertThat(store.isReadOnly()).isTrue();
      assertThat(store.inspections().load(stored.id()).value()).isEqualTo(stored);
      assertThat(store.inspections().list(InspectionQuery.all())).hasSize(1);
      assertThat(store.inspections().verify()).isEmpty();
      assertThatThrownBy(() -> store.inspections().insert(inspection("another", 1)))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("the database is read-only");
    }
    assertThat(Files.readAllBytes(dir.resolve("inspections.mv.db"))).isEqualTo(before);
    try (Stream<Path> entries = Files.list(dir)) {
      assertThat(entries.map(p -> p.getFileName().toString())).containsExactly("inspections.mv.db");
    }
  }

  private static Inspection inspection(String id, int cases) {
    return LargeInspections.withCases(InspectionId.of(id), ProviderId.of("crc-test"), cases);
  }

  private static void sql(EmbeddedStore store, String statement) throws SQLException {
    try (Connection c = store.dataSource().getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(statement);
    }
  }

  private static List<String> tables(String url) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, "sa", "");
        ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
      List<String> out = new java.util.ArrayList<>();
      while (rs.next()) {
        out.add(rs.getString("TABLE_NAME"));
      }
      return out;
    }
  }

  private static String javaCommand() {
    return ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }
}
