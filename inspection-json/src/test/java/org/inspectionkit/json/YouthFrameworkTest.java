package org.inspectionkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.inspectionkit.model.Rating;
import org.inspectionkit.model.casework.Answer;
import org.inspectionkit.model.casework.CaseAssessment;
import org.inspectionkit.model.casework.CaseRef;
import org.inspectionkit.model.casework.InspectedCase;
import org.inspectionkit.model.evidence.StandardJudgement;
import org.inspectionkit.model.framework.DomainCode;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.FrameworkId;
import org.inspectionkit.model.framework.KeyQuestion;
import org.inspectionkit.model.framework.RatingBasis;
import org.inspectionkit.model.framework.SampleKind;
import org.inspectionkit.model.framework.Standard;
import org.inspectionkit.model.framework.WordingSource;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.provider.Provider;
import org.inspectionkit.model.provider.ProviderId;
import org.inspectionkit.model.provider.ProviderType;
import org.junit.jupiter.api.Test;

/**
 * The built-in youth framework {@code youth-2018}: the structure of the 2018 youth standards, wording modelled. Its
 * rating with {@code RatingPolicy.youth()} and its checks are tested through the CLI ({@code YouthInspectionTest}),
 * since this module does not depend on the rules.
 */
class YouthFrameworkTest {

  private static final Framework YOUTH = Frameworks.load("youth-2018");
  private static final ProviderType YOS = ProviderType.YOUTH_OFFENDING_SERVICE;
  private static final SampleKind COURT = SampleKind.of("court-disposals");
  private static final SampleKind OUT_OF_COURT = SampleKind.of("out-of-court-disposals");

  /** A youth inspection: four cases per sample, every domain-one standard judged. */
  static Inspection youthInspection() {
    Inspection.Builder b =
        Inspection.builder()
            .id("yos-test-2018-19")
            .provider(Provider.of(ProviderId.of("yos-test"), "Test youth offending service", YOS))
            .frameworkId(YOUTH.id())
            .cycle(YOUTH.cycle());
    int serial = 0;
    for (SampleKind sample : List.of(COURT, OUT_OF_COURT)) {
      for (int i = 0; i < 4; i++) {
        String ref = (sample.equals(COURT) ? "CD-" : "OOC-") + (++serial);
        b.addCase(InspectedCase.of(CaseRef.of(ref), sample));
        CaseAssessment.Builder a =
            CaseAssessment.builder().caseRef(ref).assessor("insp-01").assessedOn(LocalDate.of(2018, 11, 14));
        for (Standard s : YOUTH.standardsRatedFrom(YOS, sample)) {
          for (KeyQuestion k : s.keyQuestions()) {
            a.putAnswer(k.code(), sample.equals(COURT) ? Answer.YES : Answer.NO);
          }
        }
        b.addAssessment(a.build());
      }
    }
    Map<String, Rating> judged =
        Map.of("1.1", Rating.GOOD, "1.2", Rating.GOOD, "1.3", Rating.REQUIRES_IMPROVEMENT,
            "1.4", Rating.REQUIRES_IMPROVEMENT);
    judged.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> b.addJudgement(
        StandardJudgement.builder().standard(e.getKey()).rating(e.getValue()).rationale("Judged on evidence")
            .addCitedElement("2.1").build()));
    return b.build();
  }

  @Test
  void load_isAFrameworkOfYouthOffendingServices() {
    assertThat(Frameworks.ids()).contains(FrameworkId.of("youth-2018"));
    assertThat(YOUTH.id().value()).isEqualTo("youth-2018");
    assertThat(YOUTH.cycle().toString()).isEqualTo("2018-19");
    assertThat(YOUTH.providerTypes()).containsExactly(YOS);
    assertThat(YOUTH.title()).contains("key questions modelled");
  }

  @Test
  void structure_twelveStandardsInThreeDomainsOfFour() {
    List<Standard> standards = YOUTH.standardsFor(YOS);
    assertThat(standards).hasSize(12);
    assertThat(standards.stream().map(s -> s.code() + " " + s.title()))
        .containsExactly(
            "1.1 Governance and leadership", "1.2 Staff", "1.3 Partnerships and services",
            "1.4 Information and facilities",
            "2.1 Assessment", "2.2 Planning", "2.3 Implementation and delivery", "2.4 Reviewing",
            "3.1 Assessment", "3.2 Planning", "3.3 Implementation and delivery", "3.4 Joint working");
    assertThat(YOUTH.domains().stream().map(d -> d.code() + " " + d.title()))
        .containsExactly("1 Organisational delivery", "2 Court disposals", "3 Out-of-court disposals");
  }

  @Test
  void domainOneIsJudged_domainsTwoAndThreeAreRatedFromTheirOwnSamples() {
    for (Standard s : YOUTH.standards()) {
      int domain = s.code().domain().number();
      if (domain == 1) {
        assertThat(s.ratingBasis()).as(s.code().toString()).isEqualTo(RatingBasis.JUDGEMENT);
        assertThat(s.sampleKind()).isEmpty();
      } else {
        assertThat(s.ratingBasis()).as(s.code().toString()).isEqualTo(RatingBasis.CASE_DATA);
        assertThat(s.sampleKind()).contains(domain == 2 ? COURT : OUT_OF_COURT);
      }
      assertThat(s.appliesTo()).isEmpty();
    }
    assertThat(YOUTH.domain(DomainCode.of(2)).orElseThrow().standards()).hasSize(4);
  }

  @Test
  void keyQuestions_aFewPerStandard_allWordingModelled() {
    for (Standard s : YOUTH.standards()) {
      assertThat(s.keyQuestions()).as(s.code().toString()).hasSizeBetween(2, 4);
      assertThat(s.keyQuestions()).allMatch(k -> k.wordingSource() == WordingSource.MODELLED);
      assertThat(s.keyQuestions()).allMatch(k -> k.prompts().stream()
          .allMatch(p -> p.wordingSource() == WordingSource.MODELLED));
    }
  }

  @Test
  void aYouthInspection_roundTripsThroughJson_againstTheBuiltInFramework() {
    InspectionJson json = InspectionJson.standard();
    Inspection i = youthInspection();
    String text = json.write(i);
    assertThat(json.read(text, Inspection.class)).isEqualTo(i);
    assertThat(json.write(json.read(text, Inspection.class))).isEqualTo(text);
  }
}
