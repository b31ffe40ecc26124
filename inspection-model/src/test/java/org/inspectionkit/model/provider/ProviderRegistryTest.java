package org.inspectionkit.model.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProviderRegistryTest {

  private static final LocalDate CRC_START = LocalDate.of(2015, 2, 1);
  private static final LocalDate CRC_END = LocalDate.of(2021, 6, 25);
  private static final LocalDate REGION_START = LocalDate.of(2021, 6, 26);

  private static final RegistryEntry BENCH =
      RegistryEntry.builder()
          .id("crc-bench")
          .name("BeNCH CRC")
          .type(ProviderType.CRC)
          .area("Bedfordshire, Northamptonshire, Cambridgeshire and Hertfordshire")
          .owner("Sodexo Justice Services")
          .from(CRC_START)
          .until(CRC_END)
          .source(EntrySource.PUBLISHED)
          .build();

  private static final RegistryEntry WALES =
      RegistryEntry.builder()
          .id("region-wales")
          .name("Wales region")
          .type(ProviderType.PROBATION_REGION)
          .from(REGION_START)
          .source(EntrySource.DEFAULT)
          .build();

  private static final ProviderRegistry REGISTRY = ProviderRegistry.of(WALES, BENCH);

  private static RegistryEntry.Builder unit(String id) {
    return RegistryEntry.builder()
        .id(id)
        .name("Cardiff and the Vale PDU")
        .type(ProviderType.of("probation-delivery-unit"))
        .parent("region-wales")
        .from(REGION_START)
        .source(EntrySource.DEFAULT);
  }

  @Test
  void of_keepsEntriesInIdOrder() {
    assertThat(REGISTRY.entries()).containsExactly(BENCH, WALES);
    assertThat(REGISTRY.notes()).isEmpty();
    assertThat(ProviderRegistry.empty().entries()).isEmpty();
  }

  @Test
  void entry_findsById() {
    assertThat(REGISTRY.entry(ProviderId.of("crc-bench"))).contains(BENCH);
    assertThat(REGISTRY.entry(ProviderId.of("crc-nowhere"))).isEmpty();
    assertThat(REGISTRY.contains(ProviderId.of("region-wales"))).isTrue();
  }

  @Test
  void entriesOn_includesBothEndDays() {
    assertThat(REGISTRY.entriesOn(CRC_START)).containsExactly(BENCH);
    assertThat(REGISTRY.entriesOn(CRC_END)).containsExactly(BENCH);
    assertThat(REGISTRY.entriesOn(CRC_START.minusDays(1))).isEmpty();
    assertThat(REGISTRY.entriesOn(REGION_START)).containsExactly(WALES);
    assertThat(REGISTRY.entriesOn(LocalDate.of(2040, 1, 1))).containsExactly(WALES);
  }

  @Test
  void entriesOf_filtersByType() {
    assertThat(REGISTRY.entriesOf(ProviderType.CRC)).containsExactly(BENCH);
    assertThat(REGISTRY.entriesOf(ProviderType.NPS_DIVISION)).isEmpty();
  }

  @Test
  void with_deliveryUnitUnderARegion_isItsChild() {
    RegistryEntry cardiff = unit("pdu-cardiff-and-the-vale").build();
    ProviderRegistry extended = REGISTRY.with(cardiff);
    assertThat(extended.childrenOf(ProviderId.of("region-wales"))).containsExactly(cardiff);
    assertThat(extended.childrenOf(ProviderId.of("crc-bench"))).isEmpty();
    assertThat(extended.entries()).hasSize(3);
    assertThat(REGISTRY.entries()).hasSize(2);
  }

  @Test
  void with_sameId_replacesTheEntry() {
    RegistryEntry renamed = BENCH.toBuilder().owner("Someone Else").build();
    ProviderRegistry replaced = REGISTRY.with(renamed);
    assertThat(replaced.entries()).hasSize(2);
    assertThat(replaced.entry(BENCH.id()).orElseThrow().owner()).contains("Someone Else");
  }

  @Test
  void plus_addsAndReplaces_andKeepsNotesOnce() {
    ProviderRegistry mine =
        ProviderRegistry.builder()
            .addEntries(WALES.toBuilder().name("Probation Service Wales").build())
            .addNotes("mine", "shared")
            .build();
    ProviderRegistry base = ProviderRegistry.builder().from(REGISTRY).addNotes("base", "shared").build();
    ProviderRegistry both = base.plus(mine);
    assertThat(both.entry(WALES.id()).orElseThrow().name()).isEqualTo("Probation Service Wales");
    assertThat(both.entries()).hasSize(2);
    assertThat(both.notes()).containsExactly("base", "shared", "mine");
  }

  @Test
  void plus_entriesWhoseParentsAreInThisRegistry() {
    ProviderRegistry extended =
        REGISTRY.plus(List.of(unit("pdu-cardiff-and-the-vale").build(), unit("pdu-swansea").build()), List.of());
    assertThat(extended.childrenOf(WALES.id())).hasSize(2);
  }

  @Test
  void build_duplicateIds_refusedNamingTheField() {
    assertThatThrownBy(() -> ProviderRegistry.of(BENCH, BENCH.toBuilder().name("Other").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ProviderRegistry.entries: duplicate provider id 'crc-bench'");
  }

  @Test
  void build_untilBeforeFrom_refusedNamingTheField() {
    assertThatThrownBy(() -> BENCH.toBuilder().until(CRC_START.minusDays(1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RegistryEntry crc-bench until: must not be before from 2015-02-01, was 2015-01-31");
    assertThat(BENCH.toBuilder().until(CRC_START).build().period())
        .isEqualTo("2015-02-01 to 2015-02-01");
  }

  @Test
  void build_unknownParent_refusedNamingTheField() {
    assertThatThrownBy(() -> ProviderRegistry.of(BENCH, unit("pdu-cardiff-and-the-vale").build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "ProviderRegistry entry pdu-cardiff-and-the-vale parent: no entry 'region-wales' in the registry;"
                + " add the parent first");
    assertThatThrownBy(() -> ProviderRegistry.empty().with(unit("pdu-swansea").build()))
        .hasMessageContaining("parent");
  }

  @Test
  void build_ownParentOrCycle_refused() {
    assertThatThrownBy(() -> unit("region-wales").build())
        .hasMessage("RegistryEntry region-wales parent: an entry cannot be its own parent");
    RegistryEntry a = unit("pdu-a").parent("pdu-b").build();
    RegistryEntry b = unit("pdu-b").parent("pdu-a").build();
    assertThatThrownBy(() -> ProviderRegistry.of(a, b))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("parent: the chain of parents returns to");
  }

  @Test
  void build_blankNameOrMissingSource_refused() {
    assertThatThrownBy(() -> BENCH.toBuilder().name(" ").build())
        .hasMessage("RegistryEntry crc-bench name: must not be blank");
    assertThatThrownBy(
            () -> RegistryEntry.builder().id("crc-x").name("X").type("crc").from(CRC_START).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("source");
    assertThatThrownBy(() -> RegistryEntry.builder().id("CRC X"))
        .hasMessageContaining("RegistryEntry.id: provider id: expected");
  }

  @Test
  void problemFor_unknownId_namesTheIdAndTheRule() {
    assertThat(REGISTRY.problemFor(ProviderId.of("crc-nowhere"), CRC_START))
        .hasValueSatisfying(
            m -> assertThat(m).contains("unknown provider id 'crc-nowhere'").contains("provider registry"));
    assertThat(REGISTRY.problemFor(ProviderId.of("crc-nowhere"))).isPresent();
    assertThat(REGISTRY.problemFor(BENCH.id())).isEmpty();
  }

  @Test
  void problemFor_entryThatDidNotExistThatDay_namesTheIdAndItsDates() {
    assertThat(REGISTRY.problemFor(BENCH.id(), LocalDate.of(2019, 9, 2))).isEmpty();
    assertThat(REGISTRY.problemFor(BENCH.id(), LocalDate.of(2021, 7, 1)))
        .hasValueSatisfying(
            m -> assertThat(m)
                .startsWith("provider 'crc-bench' did not exist on 2021-07-01: its registry entry runs 2015-02-01"
                    + " to 2021-06-25;")
                .doesNotContain("default"));
    assertThat(REGISTRY.problemFor(WALES.id(), LocalDate.of(2019, 9, 2)))
        .hasValueSatisfying(m -> assertThat(m).contains("runs from 2021-06-26").contains("default of this library"));
  }

  @Test
  void problemFor_providerOfAnotherType_namesBothTypes() {
    Provider asNps = Provider.of(BENCH.id(), "BeNCH CRC", ProviderType.NPS_DIVISION);
    assertThat(REGISTRY.problemFor(asNps, LocalDate.of(2019, 9, 2)))
        .hasValueSatisfying(m -> assertThat(m).contains("type 'nps-division'").contains("type 'crc'"));
    assertThat(REGISTRY.problemFor(BENCH.toProvider(), LocalDate.of(2019, 9, 2))).isEmpty();
  }

  @Test
  void toProvider_isTheSnapshotAnInspectionKeeps() {
    Provider p = BENCH.toProvider();
    assertThat(p.id()).isEqualTo(BENCH.id());
    assertThat(p.name()).isEqualTo("BeNCH CRC");
    assertThat(p.type()).isEqualTo(ProviderType.CRC);
    assertThat(p.area()).isEqualTo(BENCH.area());
  }
}
