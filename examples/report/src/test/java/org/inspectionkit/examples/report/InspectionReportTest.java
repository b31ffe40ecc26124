package org.inspectionkit.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.rules.ProblemsException;
import org.junit.jupiter.api.Test;

/** The public entry point: what it needs, what it refuses, and that it is deterministic. */
class InspectionReportTest {

  @Test
  void build_withoutFrameworkOrInspection_namesWhatIsMissing() {
    assertThatThrownBy(() -> InspectionReport.builder().inspection(Example.INSPECTION_2019).build())
        .isInstanceOf(NullPointerException.class).hasMessage("framework");
    assertThatThrownBy(() -> InspectionReport.builder().framework(Example.FRAMEWORK_2019).build())
        .isInstanceOf(NullPointerException.class).hasMessage("inspection");
  }

  @Test
  void build_anInspectionThatCannotBeRated_throwsWithEveryProblem() {
    Inspection unjudged = Inspection.builder().from(Example.INSPECTION_2019).judgements(List.of()).build();
    assertThatThrownBy(() -> InspectionReport.of(Example.FRAMEWORK_2019, unjudged))
        .isInstanceOf(ProblemsException.class)
        .hasMessageStartingWith("cannot report inspection crc-bench-2019-20: 4 problems")
        .satisfies(e -> assertThat(((ProblemsException) e).problems()).hasSize(4));
  }

  @Test
  void html_andMarkdown_areDeterministic() {
    InspectionReport again = InspectionReport.builder().framework(Example.FRAMEWORK_2019)
        .inspection(Example.INSPECTION_2019).previous(Example.FRAMEWORK_2018, Example.INSPECTION_2018).build();
    assertThat(again.html()).isEqualTo(Example.REPORT.html());
    assertThat(again.markdown()).isEqualTo(Example.REPORT.markdown());
  }

  @Test
  void html_previousYearsInspection_hasNoUnpaidWorkEvidenceExpectedAndNoEvidenceLimits() {
    String html = InspectionReport.of(Example.FRAMEWORK_2018, Example.INSPECTION_2018).html();
    assertThat(html).contains("No evidence limits apply to the 2018-19 cycle.")
        .contains("no methods are expected in the 2018-19 cycle");
  }

  @Test
  void view_titleAndFacts() {
    ReportView view = Example.REPORT.view();
    assertThat(view.title()).isEqualTo("BeNCH CRC: inspection report, 2019-20");
    assertThat(view.facts()).extracting(ReportView.Fact::term)
        .containsExactly("Provider", "Area", "Cycle", "Framework", "Inspection", "Fieldwork", "Status",
            "Rating policy", "Sampling intervals");
    assertThat(view.facts().get(0).value()).isEqualTo("BeNCH CRC (Community Rehabilitation Company)");
  }
}
