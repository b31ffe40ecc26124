package org.inspectionkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.inspectionkit.model.casework.Answer;
import org.inspectionkit.model.casework.CaseAssessment;
import org.inspectionkit.model.casework.CaseRef;
import org.inspectionkit.model.casework.InspectedCase;
import org.inspectionkit.model.framework.Domain;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.KeyQuestion;
import org.inspectionkit.model.framework.RatingBasis;
import org.inspectionkit.model.framework.SampleKind;
import org.inspectionkit.model.framework.Standard;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.provider.Provider;
import org.inspectionkit.model.provider.ProviderId;
import org.inspectionkit.model.provider.ProviderType;
import org.junit.jupiter.api.Test;

/** The README's quick start, verbatim, so that it keeps compiling and running. */
class QuickStartTest {

  @Test
  void readmeQuickStart() {
    Framework framework = Framework.builder()
        .id("my-framework-2019-20")
        .title("A small framework")
        .cycle("2019-20")
        .addProviderTypes(ProviderType.CRC)
        .addDomain(Domain.builder()
            .code("2")
            .title("Case supervision")
            .addStandard(Standard.builder()
                .code("2.1")
                .title("Assessment")
                .ratingBasis(RatingBasis.CASE_DATA)
                .sampleKind(SampleKind.DOMAIN_TWO)
                .addKeyQuestion(KeyQuestion.builder()
                    .code("2.1.3")
                    .text("Does assessment focus sufficiently on keeping other people safe?")
                    .build())
                .build())
            .build())
        .build();

    Inspection inspection = Inspection.builder()
        .id("crc-bench-2019-20")
        .provider(Provider.of(ProviderId.of("crc-bench"), "BeNCH CRC", ProviderType.CRC))
        .frameworkId("my-framework-2019-20")
        .cycle("2019-20")
        .addCase(InspectedCase.of(CaseRef.of("D2-0001"), SampleKind.DOMAIN_TWO))
        .addAssessment(CaseAssessment.builder()
            .caseRef("D2-0001")
            .assessor("insp-01")
            .assessedOn(LocalDate.of(2019, 9, 3))
            .putAnswer("2.1.3", Answer.YES)
            .build())
        .build();

    assertThat(framework.standardsFor(ProviderType.CRC)).hasSize(1);
    assertThat(inspection.assessments()).hasSize(1);
    System.out.println(framework);
    System.out.println(inspection);
  }
}
