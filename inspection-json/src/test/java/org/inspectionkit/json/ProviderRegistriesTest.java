package org.inspectionkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.inspectionkit.model.provider.EntrySource;
import org.inspectionkit.model.provider.Provider;
import org.inspectionkit.model.provider.ProviderId;
import org.inspectionkit.model.provider.ProviderRegistry;
import org.inspectionkit.model.provider.ProviderType;
import org.inspectionkit.model.provider.RegistryEntry;
import org.junit.jupiter.api.Test;

class ProviderRegistriesTest {

  private static final ProviderRegistry BUILT_IN = ProviderRegistries.builtIn();

  private static final String HEAD = "{\"formatVersion\": \"1.0\", \"entries\": [";

  static String resource() throws IOException {
    try (InputStream in = ProviderRegistries.class.getResourceAsStream(ProviderRegistries.RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String entry(String id, String more) {
    return "{\"id\": \"" + id + "\", \"name\": \"Name of " + id + "\", \"type\": \"probation-delivery-unit\","
        + " \"from\": \"2021-06-26\", \"source\": \"DEFAULT\"" + more + "}";
  }

  private static List<String> problems(Runnable read) {
    InspectionJsonException e = catchThrowableOfType(InspectionJsonException.class, read::run);
    assertThat(e).as("the read fails").isNotNull();
    assertThat(e.documentKind()).isEqualTo("provider-registry");
    return e.problems().stream().map(JsonProblem::toString).collect(Collectors.toList());
  }

  @Test
  void builtIn_hasThe21CrcsThe7NpsDivisionsAndThe12Regions() {
    assertThat(BUILT_IN.entriesOf(ProviderType.CRC)).hasSize(21);
    assertThat(BUILT_IN.entriesOf(ProviderType.NPS_DIVISION)).hasSize(7);
    assertThat(BUILT_IN.entriesOf(ProviderType.PROBATION_REGION)).hasSize(12);
    assertThat(BUILT_IN.entries()).hasSize(40);
    assertThat(BUILT_IN.entries().stream().map(RegistryEntry::id).distinct()).hasSize(40);
    assertThat(BUILT_IN.entries().stream().map(RegistryEntry::name).distinct()).hasSize(40);
    assertThat(BUILT_IN.entries()).allSatisfy(e -> assertThat(e.parent()).isEmpty());
  }

  @Test
  void builtIn_isReadOnce() {
    assertThat(ProviderRegistries.builtIn()).isSameAs(BUILT_IN);
  }

  @Test
  void builtIn_namesTheNpsDivisionsAndRegionsOfTheReference() {
    assertThat(BUILT_IN.entriesOf(ProviderType.NPS_DIVISION).stream().map(e -> e.id().value()))
        .containsExactly(
            "nps-london", "nps-midlands", "nps-north-east", "nps-north-west", "nps-south-east-and-eastern",
            "nps-south-west-and-south-central", "nps-wales");
    assertThat(BUILT_IN.entriesOf(ProviderType.PROBATION_REGION).stream().map(e -> e.area().orElseThrow()))
        .containsExactlyInAnyOrder(
            "North East", "North West", "Yorkshire and the Humber", "Greater Manchester", "East Midlands",
            "West Midlands", "East of England", "London", "Kent, Surrey and Sussex", "South West", "South Central",
            "Wales");
    assertThat(BUILT_IN.entriesOf(ProviderType.CRC).stream().map(RegistryEntry::name))
        .contains("BeNCH CRC", "BGSW CRC", "DLNR CRC", "HLNY CRC", "Durham Tees Valley CRC", "Wales CRC");
  }

  @Test
  void builtIn_hasCrcBench_asTheExampleInspectionRecordsIt() throws IOException {
    JsonNode example = new ObjectMapper().readTree(ExampleDocumentsTest.example("crc-bench-2019-20"));
    JsonNode p = example.get("provider");
    RegistryEntry bench = BUILT_IN.entry(ProviderId.of("crc-bench")).orElseThrow();
    assertThat(bench.id().value()).isEqualTo(p.get("id").asText()).isEqualTo("crc-bench");
    assertThat(bench.name()).isEqualTo(p.get("name").asText());
    assertThat(bench.type().code()).isEqualTo(p.get("type").asText());
    assertThat(bench.area()).contains(p.get("area").asText());
    assertThat(bench.owner()).contains("Sodexo Justice Services");
    assertThat(bench.source()).isEqualTo(EntrySource.PUBLISHED);
    Provider recorded = Provider.of(bench.id(), p.get("name").asText(), ProviderType.of(p.get("type").asText()));
    LocalDate fieldwork = LocalDate.parse(example.get("fieldwork").get("start").asText());
    assertThat(BUILT_IN.problemFor(recorded, fieldwork)).isEmpty();
  }

  @Test
  void builtIn_datesAndSources() {
    for (RegistryEntry crc : BUILT_IN.entriesOf(ProviderType.CRC)) {
      assertThat(crc.from()).isEqualTo(LocalDate.of(2015, 2, 1));
      assertThat(crc.until()).contains(LocalDate.of(2021, 6, 25));
      assertThat(crc.source())
          .isEqualTo(crc.id().value().equals("crc-wales") ? EntrySource.DEFAULT : EntrySource.PUBLISHED);
    }
    for (RegistryEntry nps : BUILT_IN.entriesOf(ProviderType.NPS_DIVISION)) {
      assertThat(nps.period()).isEqualTo("2014-06-01 to 2021-06-25");
      assertThat(nps.source()).isEqualTo(EntrySource.DEFAULT);
    }
    for (RegistryEntry region : BUILT_IN.entriesOf(ProviderType.PROBATION_REGION)) {
      assertThat(region.period()).isEqualTo("from 2021-06-26");
      assertThat(region.source()).isEqualTo(EntrySource.DEFAULT);
      assertThat(region.owner()).isEmpty();
    }
    assertThat(BUILT_IN.entriesOf(ProviderType.CRC).stream().filter(e -> e.owner().isEmpty()).map(e -> e.id().value()))
        .containsExactlyInAnyOrder(
            "crc-dlnr", "crc-durham-tees-valley", "crc-staffordshire-and-west-midlands",
            "crc-warwickshire-and-west-mercia");
    assertThat(BUILT_IN.notes()).isNotEmpty().anySatisfy(n -> assertThat(n).contains("DEFAULT"));
  }

  @Test
  void entriesOn_2019_09_02_hasThe28CrcsAndNpsDivisions_andNoRegion() {
    List<RegistryEntry> on = BUILT_IN.entriesOn(LocalDate.of(2019, 9, 2));
    assertThat(on).hasSize(28);
    assertThat(on.stream().map(RegistryEntry::type).collect(Collectors.toSet()))
        .containsExactlyInAnyOrder(ProviderType.CRC, ProviderType.NPS_DIVISION);
  }

  @Test
  void entriesOn_2021_07_01_hasThe12Regions() {
    assertThat(BUILT_IN.entriesOn(LocalDate.of(2021, 7, 1)))
        .hasSize(12)
        .allSatisfy(e -> assertThat(e.type()).isEqualTo(ProviderType.PROBATION_REGION));
    assertThat(BUILT_IN.entriesOn(LocalDate.of(2021, 6, 25))).hasSize(28);
  }

  @Test
  void problemFor_unknownIdOrAProviderThatNoLongerExisted() {
    assertThat(BUILT_IN.problemFor(ProviderId.of("crc-nowhere"), LocalDate.of(2019, 9, 2)))
        .hasValueSatisfying(m -> assertThat(m).contains("unknown provider id 'crc-nowhere'"));
    assertThat(BUILT_IN.problemFor(ProviderId.of("crc-bench"), LocalDate.of(2021, 7, 1)))
        .hasValueSatisfying(m -> assertThat(m).contains("'crc-bench' did not exist on 2021-07-01"));
    assertThat(BUILT_IN.problemFor(ProviderId.of("nps-wales"), LocalDate.of(2019, 9, 2))).isEmpty();
  }

  @Test
  void resource_isCanonical_writingWhatIsReadGivesTheSameBytes() throws IOException {
    String text = resource();
    assertThat(ProviderRegistries.write(ProviderRegistries.read(text))).isEqualTo(text);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ProviderRegistries.write(BUILT_IN, out);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(text);
  }

  @Test
  void resource_validatesAgainstTheSchema() throws IOException {
    assertThat(SchemaTest.violations("provider-registry", resource())).isEmpty();
    assertThat(SchemaTest.violations("provider-registry", HEAD + entry("pdu-a", ", \"colour\": \"red\"") + "]}"))
        .isNotEmpty();
    assertThat(SchemaTest.violations("provider-registry", "{\"formatVersion\": \"1.0\"}")).isNotEmpty();
  }

  @Test
  void extend_deliveryUnitsUnderABuiltInRegion() throws IOException {
    String mine =
        HEAD + entry("pdu-cardiff-and-the-vale", ", \"parent\": \"region-wales\"") + ", "
            + entry("pdu-swansea-neath-port-talbot", ", \"parent\": \"region-wales\"") + "],"
            + " \"notes\": [\"Delivery units: our own list.\"]}";
    ProviderRegistry extended =
        ProviderRegistries.extend(BUILT_IN, new ByteArrayInputStream(mine.getBytes(StandardCharsets.UTF_8)));
    assertThat(extended.childrenOf(ProviderId.of("region-wales")).stream().map(e -> e.id().value()))
        .containsExactly("pdu-cardiff-and-the-vale", "pdu-swansea-neath-port-talbot");
    assertThat(extended.entries()).hasSize(42);
    assertThat(extended.notes()).endsWith("Delivery units: our own list.").hasSize(BUILT_IN.notes().size() + 1);
    assertThat(extended.entriesOn(LocalDate.of(2021, 7, 1))).hasSize(14);
    assertThat(BUILT_IN.entries()).hasSize(40);
  }

  @Test
  void extend_sameId_replacesTheBuiltInEntry() {
    String later =
        HEAD + "{\"id\": \"crc-wales\", \"name\": \"Wales CRC\", \"type\": \"crc\", \"from\": \"2015-02-01\","
            + " \"until\": \"2019-11-30\", \"source\": \"PUBLISHED\"}]}";
    ProviderRegistry mine = ProviderRegistries.extend(BUILT_IN, later);
    assertThat(mine.entries()).hasSize(40);
    assertThat(mine.entry(ProviderId.of("crc-wales")).orElseThrow().until()).contains(LocalDate.of(2019, 11, 30));
    assertThat(mine.problemFor(ProviderId.of("crc-wales"), LocalDate.of(2020, 1, 6))).isPresent();
  }

  @Test
  void plus_aCompleteRegistryOfMyOwn() {
    String mine =
        HEAD + "{\"id\": \"region-x\", \"name\": \"Region X\", \"type\": \"probation-region\","
            + " \"from\": \"2030-01-01\", \"source\": \"PUBLISHED\"}, "
            + entry("pdu-x1", ", \"parent\": \"region-x\"") + "]}";
    ProviderRegistry both = BUILT_IN.plus(ProviderRegistries.read(mine));
    assertThat(both.entries()).hasSize(42);
    assertThat(both.childrenOf(ProviderId.of("region-x"))).hasSize(1);
  }

  @Test
  void read_duplicateIds_refusedWithTheirPaths() {
    assertThat(problems(() -> ProviderRegistries.read(HEAD + entry("pdu-a", "") + ", " + entry("pdu-a", "") + "]}")))
        .containsExactly("$.entries[1].id: duplicate provider id, first at $.entries[0]");
  }

  @Test
  void read_untilBeforeFrom_refusedAtUntil() {
    assertThat(problems(() -> ProviderRegistries.read(HEAD + entry("pdu-a", ", \"until\": \"2021-06-25\"") + "]}")))
        .containsExactly("$.entries[0].until: must not be before the entry's 'from' date");
  }

  @Test
  void read_unknownParentOrOwnParentOrCycle_refusedAtParent() {
    assertThat(problems(() -> ProviderRegistries.read(HEAD + entry("pdu-a", ", \"parent\": \"region-wales\"") + "]}")))
        .containsExactly("$.entries[0].parent: no entry with this provider id in the document");
    String orphan = HEAD + entry("pdu-a", ", \"parent\": \"region-x\"") + "]}";
    assertThat(problems(() -> ProviderRegistries.extend(BUILT_IN, orphan)))
        .containsExactly(
            "$.entries[0].parent: no entry with this provider id in the document or the registry it extends");
    assertThat(problems(() -> ProviderRegistries.read(HEAD + entry("pdu-a", ", \"parent\": \"pdu-a\"") + "]}")))
        .containsExactly("$.entries[0].parent: an entry cannot be its own parent");
    assertThat(
            problems(
                () -> ProviderRegistries.read(
                    HEAD + entry("pdu-a", ", \"parent\": \"pdu-b\"") + ", " + entry("pdu-b", ", \"parent\": \"pdu-a\"")
                        + "]}")))
        .containsExactly(
            "$.entries[0].parent: the chain of parents returns to this entry; parents cannot form a cycle",
            "$.entries[1].parent: the chain of parents returns to this entry; parents cannot form a cycle");
  }

  @Test
  void read_parentThatHasProblemsItself_isNotReportedAsUnknownToo() {
    String doc =
        HEAD + "{\"id\": \"region-x\", \"name\": \"\", \"type\": \"probation-region\", \"from\": \"2030-01-01\","
            + " \"source\": \"DEFAULT\"}, " + entry("pdu-x1", ", \"parent\": \"region-x\"") + "]}";
    assertThat(problems(() -> ProviderRegistries.read(doc)))
        .containsExactly("$.entries[0]: RegistryEntry region-x name: must not be blank");
  }

  @Test
  void read_malformedDocument_givesEveryProblemWithItsPath_andEchoesNoValue() {
    String doc =
        "{\"entries\": [{\"id\": \"Secret Id\", \"name\": 7, \"type\": \"crc\", \"from\": \"2015-02-30\","
            + " \"source\": \"SECRET_SOURCE\", \"colour\": \"red\"}, {\"id\": \"pdu-b\"}, \"x\"],"
            + " \"notes\": [\" \"], \"extra\": 1}";
    List<String> problems = problems(() -> ProviderRegistries.read(doc));
    assertThat(problems)
        .contains(
            "$.entries[0].name: expected a string, was a whole number",
            "$.entries[0].from: date: no such day in the calendar",
            "$.entries[1]: missing required field 'name'",
            "$.entries[1]: missing required field 'type'",
            "$.entries[1]: missing required field 'from'",
            "$.entries[1]: missing required field 'source'",
            "$.entries[2]: expected an object (registry-entry), was a string",
            "$.notes[0]: must not be blank",
            "$: missing required field 'formatVersion'")
        .anySatisfy(p -> assertThat(p).startsWith("$.entries[0].id: provider id: expected"))
        .anySatisfy(p -> assertThat(p).startsWith("$.entries[0].source: unknown entry source"))
        .anySatisfy(p -> assertThat(p).startsWith("$.entries[0]: unknown field, member"))
        .anySatisfy(p -> assertThat(p).startsWith("$: unknown field, member"))
        .noneSatisfy(p -> assertThat(p).containsIgnoringCase("secret"));
  }

  @Test
  void read_notJson_orNotAnObject() {
    assertThat(problems(() -> ProviderRegistries.read("{\"formatVersion\": \"1.0\", \"entries\": [")))
        .singleElement()
        .satisfies(p -> assertThat(p).startsWith("$.entries").contains("malformed JSON"));
    assertThat(problems(() -> ProviderRegistries.read("[]")))
        .containsExactly("$: expected an object (provider-registry), was an array");
    assertThat(problems(() -> ProviderRegistries.read("")))
        .containsExactly("$: empty document, expected an object (provider-registry)");
    assertThat(problems(() -> ProviderRegistries.read("{\"formatVersion\": \"2.0\", \"entries\": []}")))
        .singleElement()
        .satisfies(p -> assertThat(p).startsWith("$.formatVersion: unknown format version"));
  }

  @Test
  void read_emptyRegistry_isAllowed() {
    assertThat(ProviderRegistries.read("{\"formatVersion\": \"1.0\", \"entries\": []}").entries()).isEmpty();
    assertThatThrownBy(() -> ProviderRegistries.extend(null, "{}")).isInstanceOf(NullPointerException.class);
  }

  @Test
  void write_isDeterministic_entriesInIdOrder() {
    ProviderRegistry shuffled = ProviderRegistry.of(
        BUILT_IN.entries().stream().sorted((a, b) -> b.id().compareTo(a.id())).collect(Collectors.toList()));
    String written = ProviderRegistries.write(shuffled);
    assertThat(ProviderRegistries.read(written).entries()).isEqualTo(BUILT_IN.entries());
    assertThat(written).doesNotContain("\"notes\"").startsWith("{\n  \"formatVersion\": \"1.0\",\n  \"entries\": [");
  }
}
