package org.inspectionkit.model.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProviderTest {

  @Test
  void providerType_ofReturnsTheBuiltInConstant() {
    assertThat(ProviderType.of("crc")).isSameAs(ProviderType.CRC);
    assertThat(ProviderType.of("probation-region")).isSameAs(ProviderType.PROBATION_REGION);
    assertThat(ProviderType.of("youth-court-team")).hasToString("youth-court-team");
    assertThatThrownBy(() -> ProviderType.of("CRC")).hasMessageContaining("provider type: expected lower-case");
  }

  @Test
  void provider_needsAName() {
    assertThatThrownBy(() -> Provider.of(ProviderId.of("crc-bench"), "", ProviderType.CRC))
        .hasMessage("Provider.name: must not be blank");
    assertThatThrownBy(() -> Provider.builder().id(ProviderId.of("crc-bench")).name("BeNCH").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("type");
  }
}
