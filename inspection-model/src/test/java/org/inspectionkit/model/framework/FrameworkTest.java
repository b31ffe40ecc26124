package org.inspectionkit.model.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.inspectionkit.model.provider.ProviderType;
import org.junit.jupiter.api.Test;

class FrameworkTest {

  static KeyQuestion question(String code) {
    return KeyQuestion.builder().code(code).text("Question " + code + "?").build();
  }

  static Standard caseRated(String code, SampleKind sample, ProviderType... types) {
    return Standard.builder()
        .code(code)
        .title("Standard " + code)
        .ratingBasis(RatingBasis.CASE_DATA)
        .sampleKind(sample)
        .addAppliesTo(types)
        .addKeyQuestions(question(code + ".1"), question(code + ".2"))
        .build();
  }

  static Framework small() {
    return Framework.builder()
        .id("test-2019-20")
        .title("Test framework")
        .cycle("2019-20")
        .addProviderTypes(ProviderType.CRC, ProviderType.NPS_DIVISION)
        .addDomain(
            Domain.builder()
                .code("1")
                .title("Organisational delivery")
                .addStandard(
                    Standard.builder()
                        .code("1.1")
                        .title("Leadership")
                        .ratingBasis(RatingBasis.JUDGEMENT)
                        .addKeyQuestion(question("1.1.1"))
                        .build())
                .build())
        .addDomain(
            Domain.builder()
                .code("3")
                .title("Provider-specific work")
                .addStandard(caseRated("3.1", SampleKind.UNPAID_WORK, ProviderType.CRC))
                .addStandard(caseRated("3.1", SampleKind.COURT_WORK, ProviderType.NPS_DIVISION))
                .build())
        .build();
  }

  @Test
  void lookups_areByProviderType() {
    Framework f = small();
    assertThat(f.standardsFor(ProviderType.CRC)).extracting(s -> s.code().toString()).containsExactly("1.1", "3.1");
    assertThat(f.standard(ProviderType.CRC, StandardCode.of(3, 1)).flatMap(Standard::sampleKind))
        .contains(SampleKind.UNPAID_WORK);
    assertThat(f.standard(ProviderType.NPS_DIVISION, StandardCode.of(3, 1)).flatMap(Standard::sampleKind))
        .contains(SampleKind.COURT_WORK);
    assertThat(f.keyQuestion(ProviderType.CRC, KeyQuestionCode.of(3, 1, 2))).isPresent();
    assertThat(f.keyQuestion(ProviderType.CRC, KeyQuestionCode.of(3, 1, 3))).isEmpty();
    assertThat(f.standardsFor(ProviderType.YOUTH_OFFENDING_SERVICE)).isEmpty();
    assertThat(f.standardsRatedFrom(ProviderType.NPS_DIVISION, SampleKind.COURT_WORK)).hasSize(1);
    assertThat(f.standards()).hasSize(3);
    assertThat(f.contains(KeyQuestionCode.of(1, 1, 1))).isTrue();
    assertThat(f.contains(DomainCode.of(2))).isFalse();
    assertThat(f.providerTypesWith(StandardCode.of(1, 1)))
        .containsExactly(ProviderType.CRC, ProviderType.NPS_DIVISION);
  }

  @Test
  void domainsAndProviderTypes_areKeptInOrderWhateverTheInput() {
    Framework f = small();
    Framework shuffled =
        Framework.builder()
            .from(f)
            .domains(java.util.List.of(f.domains().get(1), f.domains().get(0)))
            .providerTypes(java.util.List.of(ProviderType.NPS_DIVISION, ProviderType.CRC))
            .build();
    assertThat(shuffled).isEqualTo(f);
    assertThat(shuffled.domains()).extracting(d -> d.code().number()).containsExactly(1, 3);
  }

  @Test
  void build_rejectsTwoStandardsWithOneCodeForOneProviderType() {
    assertThatThrownBy(
            () ->
                Framework.builder()
                    .from(small())
                    .addDomain(
                        Domain.builder()
                            .code("2")
                            .title("Case supervision")
                            .addStandard(caseRated("2.1", SampleKind.DOMAIN_TWO))
                            .addStandard(caseRated("2.1", SampleKind.DOMAIN_TWO, ProviderType.CRC))
                            .build())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Framework test-2019-20 standards for provider type 'crc': duplicate standard code '2.1'");
  }

  @Test
  void build_rejectsAStandardForAProviderTypeTheFrameworkDoesNotCover() {
    assertThatThrownBy(
            () ->
                Framework.builder()
                    .from(small())
                    .providerTypes(java.util.List.of(ProviderType.CRC))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("standard 3.1: applies to provider type 'nps-division'");
  }

  @Test
  void build_rejectsDuplicateDomains() {
    Framework f = small();
    assertThatThrownBy(() -> Framework.builder().from(f).addDomain(f.domains().get(0)).build())
        .hasMessageContaining("duplicate domain code '1'");
  }

  @Test
  void standard_rejectsAKeyQuestionOfAnotherStandard() {
    assertThatThrownBy(
            () ->
                Standard.builder()
                    .code("2.1")
                    .title("Assessment")
                    .ratingBasis(RatingBasis.CASE_DATA)
                    .sampleKind(SampleKind.DOMAIN_TWO)
                    .addKeyQuestion(question("2.2.1"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Standard 2.1 keyQuestions: key question 2.2.1 does not belong to standard 2.1");
  }

  @Test
  void standard_needsASampleExactlyWhenCaseRated() {
    assertThatThrownBy(
            () ->
                Standard.builder()
                    .code("2.1")
                    .title("Assessment")
                    .ratingBasis(RatingBasis.CASE_DATA)
                    .addKeyQuestion(question("2.1.1"))
                    .build())
        .hasMessageContaining("Standard 2.1 sampleKind: a standard rated from case data must name the sample");
    assertThatThrownBy(
            () ->
                Standard.builder()
                    .code("1.1")
                    .title("Leadership")
                    .ratingBasis(RatingBasis.JUDGEMENT)
                    .sampleKind(SampleKind.DOMAIN_TWO)
                    .addKeyQuestion(question("1.1.1"))
                    .build())
        .hasMessageContaining("a standard rated by judgement has no case sample");
  }

  @Test
  void keyQuestion_rejectsPromptsOfAnotherQuestionAndDuplicates() {
    assertThatThrownBy(
            () ->
                KeyQuestion.builder()
                    .code("2.1.1")
                    .text("Q?")
                    .addPrompt(Prompt.of(PromptCode.parse("2.1.2.a"), "p"))
                    .build())
        .hasMessage("KeyQuestion 2.1.1 prompts: prompt 2.1.2.a does not belong to key question 2.1.1");
    assertThatThrownBy(
            () ->
                KeyQuestion.builder()
                    .code("2.1.1")
                    .text("Q?")
                    .addPrompt(Prompt.of(PromptCode.parse("2.1.1.a"), "p"))
                    .addPrompt(Prompt.of(PromptCode.parse("2.1.1.a"), "again"))
                    .build())
        .hasMessage("KeyQuestion 2.1.1 prompts: duplicate prompt code '2.1.1.a'");
  }

  @Test
  void builderCodeFromText_namesTheFieldWhenMalformed() {
    assertThatThrownBy(() -> Standard.builder().code("2-1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Standard.code: standard code: expected <domain>.<standard> such as 2.1, was '2-1'");
  }

  @Test
  void blankText_isRejectedNamingTheElement() {
    assertThatThrownBy(() -> KeyQuestion.builder().code("2.1.1").text("  ").build())
        .hasMessage("KeyQuestion 2.1.1 text: must not be blank");
  }

  @Test
  void missingRequiredAttribute_isAnIllegalArgumentNamingIt() {
    assertThatThrownBy(() -> KeyQuestion.builder().code("2.1.1").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("text");
  }

  @Test
  void toString_isShort() {
    assertThat(small().toString()).isEqualTo("Framework{id=test-2019-20, cycle=2019-20, domains=2}");
  }
}
