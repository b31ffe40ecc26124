package org.inspectionkit.model.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.inspectionkit.model.framework.FrameworkLevel;
import org.inspectionkit.model.inspection.InspectionId;
import org.junit.jupiter.api.Test;

class RecommendationTest {

  @Test
  void id_isInspectionAndNumber() {
    Recommendation r =
        Recommendation.builder()
            .inspection(InspectionId.of("crc-bench-2018-19"))
            .number(3)
            .target("1.2.2.a")
            .text("Develop the skills of staff")
            .addressedTo("BeNCH CRC")
            .build();
    assertThat(r.id()).hasToString("crc-bench-2018-19/3").isEqualTo(RecommendationId.parse("crc-bench-2018-19/3"));
    assertThat(r.level()).isEqualTo(FrameworkLevel.PROMPT);
  }

  @Test
  void target_cannotBeADomain() {
    assertThatThrownBy(
            () ->
                Recommendation.builder()
                    .inspection(InspectionId.of("crc-bench-2018-19"))
                    .number(1)
                    .target("1")
                    .text("t")
                    .addressedTo("a")
                    .build())
        .hasMessageContaining("made at standard, key question or prompt level, was domain 1");
  }

  @Test
  void recommendationId_parseRejectsMalformedText() {
    assertThatThrownBy(() -> RecommendationId.parse("crc-bench-2018-19")).hasMessageContaining("expected <inspection id>/<number>");
    assertThatThrownBy(() -> RecommendationId.parse("crc-bench-2018-19/0")).hasMessageContaining("a number from 1");
    assertThat(RecommendationId.parse("a/2")).isLessThan(RecommendationId.parse("a/10"));
    assertThat(RecommendationId.parse("a/999999").number()).isEqualTo(RecommendationId.MAX_NUMBER);
    assertThatThrownBy(() -> RecommendationId.parse("a/1000000")).hasMessageContaining("from 1 to 999999");
    assertThatThrownBy(() -> RecommendationId.of(InspectionId.of("a"), 1_000_000))
        .hasMessage("recommendation id: number must be between 1 and 999999, was 1000000");
    assertThatThrownBy(() -> RecommendationId.parse("x".repeat(500)))
        .hasMessageContaining("...").hasMessageNotContaining("x".repeat(100));
  }
}
