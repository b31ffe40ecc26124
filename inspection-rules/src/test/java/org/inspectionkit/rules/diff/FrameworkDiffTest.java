package org.inspectionkit.rules.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.inspectionkit.model.framework.Domain;
import org.inspectionkit.model.framework.ElementCode;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.KeyQuestion;
import org.inspectionkit.model.framework.Prompt;
import org.inspectionkit.model.framework.PromptCode;
import org.inspectionkit.model.framework.RatingBasis;
import org.inspectionkit.model.framework.SampleKind;
import org.inspectionkit.model.framework.Standard;
import org.inspectionkit.model.provider.ProviderType;
import org.junit.jupiter.api.Test;

class FrameworkDiffTest {

  static final ProviderType CRC = ProviderType.CRC;
  static final ProviderType NPS = ProviderType.NPS_DIVISION;

  static KeyQuestion question(String code, String text, String... prompts) {
    KeyQuestion.Builder k = KeyQuestion.builder().code(code).text(text);
    char letter = 'a';
    for (String p : prompts) {
      k.addPrompt(Prompt.of(PromptCode.parse(code + "." + letter++), p));
    }
    return k.build();
  }

  static Standard standard(String code, String title, SampleKind sample, List<ProviderType> types, KeyQuestion... qs) {
    Standard.Builder s =
        Standard.builder()
            .code(code)
            .title(title)
            .ratingBasis(sample == null ? RatingBasis.JUDGEMENT : RatingBasis.CASE_DATA)
            .appliesTo(types)
            .addKeyQuestions(qs);
    if (sample != null) {
      s.sampleKind(sample);
    }
    return s.build();
  }

  static Framework version(String id, String cycle, Standard... domainOne) {
    List<Standard> one = new ArrayList<>(List.of(domainOne));
    return Framework.builder()
        .id(id)
        .title("Test " + cycle)
        .cycle(cycle)
        .addProviderTypes(CRC, NPS)
        .addDomain(Domain.builder().code("1").title("Organisational delivery").standards(one).build())
        .addDomain(
            Domain.builder()
                .code("2")
                .title("Case supervision")
                .addStandard(
                    standard("2.1", "Assessment", SampleKind.DOMAIN_TWO, List.of(),
                        question("2.1.1", "Engaging?", "motivation", "diversity")))
                .build())
        .addDomain(
            Domain.builder()
                .code("3")
                .title("Provider-specific work")
                .addStandard(
                    standard("3.1", "Unpaid work", SampleKind.UNPAID_WORK, List.of(CRC),
                        question("3.1.1", "Delivered?", "hours")))
                .addStandard(
                    standard("3.1", "Court work", SampleKind.COURT_WORK, List.of(NPS),
                        question("3.1.1", "Advice to court?", "checks")))
                .build())
        .build();
  }

  static Standard leadership(KeyQuestion... qs) {
    return standard("1.1", "Leadership", null, List.of(), qs);
  }

  @Test
  void between_identicalVersions_hasNoChanges() {
    Framework a = version("a-2018-19", "2018-19", leadership(question("1.1.1", "Vision?", "strategy")));
    Framework b = version("b-2019-20", "2019-20", leadership(question("1.1.1", "Vision?", "strategy")));
    FrameworkChanges changes = FrameworkDiff.between(a, b);
    assertThat(changes.isEmpty()).isTrue();
    assertThat(changes.describe()).isEqualTo("No changes from a-2018-19 to b-2019-20.");
    assertThat(changes.resolve(CRC, ElementCode.parse("1.1.1.a"))).contains(ElementCode.parse("1.1.1.a"));
  }

  @Test
  void between_listsAddedRemovedRewordedAndMovedElements() {
    Framework a =
        version("a", "2018-19",
            leadership(question("1.1.1", "Vision?", "strategy", "old prompt"), question("1.1.2", "Risks?")));
    Framework b =
        version("b", "2019-20",
            leadership(question("1.1.1", "Vision and strategy?", "strategy", "new prompt", "added prompt"),
                question("1.1.3", "Risks?")));
    FrameworkChanges changes = FrameworkDiff.between(a, b);
    assertThat(changes.changes())
        .extracting(Change::describe)
        .containsExactly(
            "REWORDED key question 1.1.1 [crc, nps-division]: \"Vision?\" -> \"Vision and strategy?\"",
            "REWORDED prompt 1.1.1.b [crc, nps-division]: \"old prompt\" -> \"new prompt\"",
            "ADDED prompt 1.1.1.c [crc, nps-division]: \"added prompt\"",
            "MOVED key question 1.1.2 -> 1.1.3 [crc, nps-division]: \"Risks?\"");
    assertThat(changes.resolve(CRC, ElementCode.parse("1.1.2"))).contains(ElementCode.parse("1.1.3"));
    assertThat(changes.resolve(CRC, ElementCode.parse("1.1.1.b"))).contains(ElementCode.parse("1.1.1.b"));
  }

  @Test
  void between_keepsTheStandardsThatShareACodeForDifferentProviderTypesApart() {
    Framework a = version("a", "2018-19", leadership(question("1.1.1", "Vision?")));
    Framework b =
        Framework.builder()
            .from(a)
            .id("b")
            .domains(
                List.of(
                    a.domains().get(0),
                    a.domains().get(1),
                    Domain.builder()
                        .code("3")
                        .title("Provider-specific work")
                        .addStandard(a.domains().get(2).standards().get(0))
                        .addStandard(
                            standard("3.1", "Court work", SampleKind.COURT_WORK, List.of(NPS),
                                question("3.1.1", "Advice to court?", "checks",
                                    "safeguarding and domestic abuse checks")))
                        .build()))
            .build();
    assertThat(FrameworkDiff.between(a, b).changes())
        .extracting(Change::describe)
        .containsExactly("ADDED prompt 3.1.1.b [nps-division]: \"safeguarding and domestic abuse checks\"");
  }

  @Test
  void between_reportsRemovalsAndResolvesThemToNothing() {
    Framework a = version("a", "2018-19", leadership(question("1.1.1", "Vision?")), 
        standard("1.2", "Staff", null, List.of(), question("1.2.1", "Staffing?", "workload")));
    Framework b = version("b", "2019-20", leadership(question("1.1.1", "Vision?")));
    FrameworkChanges changes = FrameworkDiff.between(a, b);
    assertThat(changes.changes()).extracting(Change::describe)
        .containsExactly("REMOVED standard 1.2 [crc, nps-division]: \"Staff\"");
    assertThat(changes.resolve(CRC, ElementCode.parse("1.2.1.a"))).isEmpty();
    assertThat(changes.resolve(CRC, ElementCode.parse("9.9"))).isEmpty();
  }

  @Test
  void between_reportsApplicabilityAndRatingChanges() {
    Framework a = version("a", "2018-19", leadership(question("1.1.1", "Vision?")));
    Framework b =
        version("b", "2019-20",
            standard("1.1", "Leadership", SampleKind.DOMAIN_TWO, List.of(CRC), question("1.1.1", "Vision?")));
    assertThat(FrameworkDiff.between(a, b).changes())
        .extracting(Change::describe)
        .containsExactly(
            "APPLICABILITY_CHANGED standard 1.1 [crc]: \"[crc, nps-division]\" -> \"[crc]\"",
            "RATING_CHANGED standard 1.1 [crc]: \"judgement\" -> \"case data: domain-two\"");
  }

  @Test
  void resolve_rebasesTheChildrenOfAMovedElement() {
    Framework a = version("a", "2018-19", leadership(question("1.1.2", "Risks?", "business continuity")));
    Framework b = version("b", "2019-20", leadership(question("1.1.3", "Risks?", "business continuity")));
    FrameworkChanges changes = FrameworkDiff.between(a, b);
    assertThat(changes.resolve(NPS, ElementCode.parse("1.1.2.a"))).contains(ElementCode.parse("1.1.3.a"));
    assertThat(changes.within(org.inspectionkit.model.framework.DomainCode.of(2))).isEmpty();
  }
}
