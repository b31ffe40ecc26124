package org.inspectionkit.testkit.rating;

import org.inspectionkit.model.framework.Domain;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.KeyQuestion;
import org.inspectionkit.model.framework.Prompt;
import org.inspectionkit.model.framework.RatingBasis;
import org.inspectionkit.model.framework.SampleKind;
import org.inspectionkit.model.framework.Standard;
import org.inspectionkit.model.provider.ProviderType;

/**
 * A framework shaped like the probation framework, for the testkit's own tests (which cannot load the built-in
 * frameworks of {@code inspection-json}): four judgement-rated standards in domain one, four case-rated standards
 * in domain two, and two per provider type in domain three, ten for a CRC and ten for an NPS division.
 */
public final class ProbationShapedFramework {

  private ProbationShapedFramework() {}

  public static Framework of() {
    return Framework.builder()
        .id("probation-shaped")
        .title("Probation-shaped framework")
        .cycle("2019-20")
        .addProviderTypes(ProviderType.CRC, ProviderType.NPS_DIVISION)
        .addDomain(
            Domain.builder()
                .code("1")
                .title("Organisational delivery")
                .addStandard(standard("1.1", RatingBasis.JUDGEMENT, null, 3))
                .addStandard(standard("1.2", RatingBasis.JUDGEMENT, null, 5))
                .addStandard(standard("1.3", RatingBasis.JUDGEMENT, null, 3))
                .addStandard(standard("1.4", RatingBasis.JUDGEMENT, null, 4))
                .build())
        .addDomain(
            Domain.builder()
                .code("2")
                .title("Case supervision")
                .addStandard(standard("2.1", RatingBasis.CASE_DATA, SampleKind.DOMAIN_TWO, 3))
                .addStandard(standard("2.2", RatingBasis.CASE_DATA, SampleKind.DOMAIN_TWO, 3))
                .addStandard(standard("2.3", RatingBasis.CASE_DATA, SampleKind.DOMAIN_TWO, 3))
                .addStandard(standard("2.4", RatingBasis.CASE_DATA, SampleKind.DOMAIN_TWO, 3))
                .build())
        .addDomain(
            Domain.builder()
                .code("3")
                .title("Provider-specific work")
                .addStandard(standard("3.1", RatingBasis.CASE_DATA, SampleKind.UNPAID_WORK, 2, ProviderType.CRC))
                .addStandard(
                    standard("3.2", RatingBasis.CASE_DATA, SampleKind.THROUGH_THE_GATE, 2, ProviderType.CRC))
                .addStandard(
                    standard("3.1", RatingBasis.CASE_DATA, SampleKind.COURT_WORK, 3, ProviderType.NPS_DIVISION))
                .addStandard(
                    standard("3.2", RatingBasis.CASE_DATA, SampleKind.VICTIM_WORK, 2, ProviderType.NPS_DIVISION))
                .build())
        .build();
  }

  private static Standard standard(
      String code, RatingBasis basis, SampleKind sample, int questions, ProviderType... types) {
    Standard.Builder s =
        Standard.builder().code(code).title("Standard " + code).ratingBasis(basis).addAppliesTo(types);
    if (sample != null) {
      s.sampleKind(sample);
    }
    for (int k = 1; k <= questions; k++) {
      String q = code + "." + k;
      s.addKeyQuestion(
          KeyQuestion.builder()
              .code(q)
              .text("Question " + q + "?")
              .addPrompt(Prompt.builder().code(q + ".a").text("Prompt " + q + ".a?").build())
              .build());
    }
    return s.build();
  }
}
