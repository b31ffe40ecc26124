package org.inspectionkit.rules.unpaidwork;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.inspectionkit.model.evidence.UnpaidWorkEvidence;
import org.inspectionkit.model.evidence.UnpaidWorkMethod;
import org.inspectionkit.model.framework.Domain;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.KeyQuestion;
import org.inspectionkit.model.framework.RatingBasis;
import org.inspectionkit.model.framework.SampleKind;
import org.inspectionkit.model.framework.Standard;
import org.inspectionkit.model.framework.StandardCode;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.provider.Provider;
import org.inspectionkit.model.provider.ProviderId;
import org.inspectionkit.model.provider.ProviderType;
import org.junit.jupiter.api.Test;

class UnpaidWorkEvidenceSummaryTest {

  /** Domain three: 3.1 is unpaid work for a CRC and court work for an NPS division. */
  private static final Framework FRAMEWORK = Framework.builder()
      .id("small-2019-20")
      .title("Small framework")
      .cycle("2019-20")
      .addProviderTypes(ProviderType.CRC, ProviderType.NPS_DIVISION)
      .addDomain(Domain.builder()
          .code("3")
          .title("Provider-specific work")
          .addStandard(caseRated("Unpaid work", SampleKind.UNPAID_WORK, ProviderType.CRC))
          .addStandard(caseRated("Court work", SampleKind.COURT_WORK, ProviderType.NPS_DIVISION))
          .build())
      .build();

  private static Standard caseRated(String title, SampleKind kind, ProviderType type) {
    return Standard.builder()
        .code("3.1")
        .title(title)
        .ratingBasis(RatingBasis.CASE_DATA)
        .sampleKind(kind)
        .addAppliesTo(type)
        .addKeyQuestion(KeyQuestion.builder().code("3.1.1").text("Is the work delivered well?").build())
        .build();
  }

  private static Inspection inspection(ProviderType type, String cycle, UnpaidWorkEvidence... evidence) {
    return Inspection.builder()
        .id("provider-" + cycle)
        .provider(Provider.of(ProviderId.of("provider"), "Provider", type))
        .frameworkId("small-2019-20")
        .cycle(cycle)
        .addUnpaidWorkEvidence(evidence)
        .build();
  }

  private static UnpaidWorkEvidence of(UnpaidWorkMethod m) {
    return UnpaidWorkEvidence.of(m, "Findings recorded by the inspector.");
  }

  @Test
  void of_crcIn2019_20_countsEachMethodAndNamesTheMissing() {
    UnpaidWorkEvidenceSummary s = UnpaidWorkEvidenceSummary.of(FRAMEWORK, inspection(ProviderType.CRC, "2019-20",
        of(UnpaidWorkMethod.SITE_VISIT), of(UnpaidWorkMethod.SITE_VISIT), of(UnpaidWorkMethod.SUPERVISOR_INTERVIEW)));

    assertThat(s.standard()).contains(StandardCode.parse("3.1"));
    assertThat(s.count(UnpaidWorkMethod.SITE_VISIT)).isEqualTo(2);
    assertThat(s.count(UnpaidWorkMethod.SUPERVISOR_INTERVIEW)).isEqualTo(1);
    assertThat(s.total()).isEqualTo(3);
    assertThat(s.countsByMethod()).hasSize(UnpaidWorkMethod.values().length);
    assertThat(s.missingMethods()).containsExactly(
        UnpaidWorkMethod.INDUCTION_OBSERVATION,
        UnpaidWorkMethod.WORKER_INTERVIEW,
        UnpaidWorkMethod.ADDITIONAL_EVIDENCE_ASSESSMENT,
        UnpaidWorkMethod.PROJECT_ASSESSMENT,
        UnpaidWorkMethod.OPPORTUNITY_ANALYSIS);
    assertThat(s.isComplete()).isFalse();
  }

  @Test
  void of_everyMethodUsed_complete() {
    UnpaidWorkEvidence[] all = List.of(UnpaidWorkMethod.values()).stream()
        .map(UnpaidWorkEvidenceSummaryTest::of).toArray(UnpaidWorkEvidence[]::new);

    assertThat(UnpaidWorkEvidenceSummary.of(FRAMEWORK, inspection(ProviderType.CRC, "2019-20", all)).isComplete())
        .isTrue();
  }

  @Test
  void of_npsDivisionOr2018_19_expectsNothing() {
    UnpaidWorkEvidenceSummary nps = UnpaidWorkEvidenceSummary.of(FRAMEWORK, inspection(ProviderType.NPS_DIVISION,
        "2019-20"));
    UnpaidWorkEvidenceSummary old = UnpaidWorkEvidenceSummary.of(FRAMEWORK, inspection(ProviderType.CRC, "2018-19"));

    assertThat(nps.standard()).isEmpty();
    assertThat(nps.expectedMethods()).isEmpty();
    assertThat(nps.isComplete()).isTrue();
    assertThat(old.standard()).contains(StandardCode.parse("3.1"));
    assertThat(old.expectedMethods()).isEmpty();
  }

  @Test
  void of_ownExpectation_sortedAndChecked() {
    UnpaidWorkEvidenceSummary s = UnpaidWorkEvidenceSummary.of(List.of(of(UnpaidWorkMethod.SITE_VISIT)),
        List.of(UnpaidWorkMethod.WORKER_INTERVIEW, UnpaidWorkMethod.SITE_VISIT));

    assertThat(s.expectedMethods()).containsExactly(UnpaidWorkMethod.SITE_VISIT, UnpaidWorkMethod.WORKER_INTERVIEW);
    assertThat(s.missingMethods()).containsExactly(UnpaidWorkMethod.WORKER_INTERVIEW);
  }

  @Test
  void toText_linesPerMethodThenMissing() {
    String text = UnpaidWorkEvidenceSummary.of(FRAMEWORK,
        inspection(ProviderType.CRC, "2019-20", of(UnpaidWorkMethod.SITE_VISIT))).toText();

    assertThat(text)
        .startsWith("Unpaid work evidence (standard 3.1): 1 piece\n")
        .contains("  site visit                       1\n")
        .contains("  opportunity analysis             0\n")
        .endsWith("Missing: supervisor interview, induction observation, worker interview, additional evidence"
            + " assessment, project assessment, opportunity analysis\n");
  }
}
