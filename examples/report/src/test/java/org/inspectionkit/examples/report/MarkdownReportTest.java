package org.inspectionkit.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.inspectionkit.model.Rating;
import org.inspectionkit.model.evidence.RatingOverride;
import org.inspectionkit.model.framework.RatingBasis;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.rules.followup.FollowUpSummary;
import org.inspectionkit.rules.rating.KeyQuestionResult;
import org.inspectionkit.rules.rating.StandardRating;
import org.junit.jupiter.api.Test;

/** The Markdown document: the same numbers as the page, as tables that paste into other documents. */
class MarkdownReportTest {

  static final String MARKDOWN = Example.REPORT.markdown();
  static final List<String> LINES = MARKDOWN.lines().collect(Collectors.toList());

  @Test
  void markdown_headingsInOrder_eachBlockSeparatedByABlankLine() {
    assertThat(LINES.get(0)).isEqualTo("# BeNCH CRC: inspection report, 2019-20");
    assertThat(LINES.stream().filter(l -> l.startsWith("## ")).collect(Collectors.toList()))
        .containsExactly("## Ratings", "## Key questions of the case-rated standards", "## Overrides and judgements",
            "## Consistency findings", "## Domain one evidence", "## Service user voice", "## Unpaid work evidence",
            "## Follow-up of recommendations", "## Recommendations", "## Diversity");
    for (int i = 1; i < LINES.size(); i++) {
      String line = LINES.get(i);
      String before = LINES.get(i - 1);
      if (line.startsWith("#")) {
        assertThat(before).as("before %s", line).isEmpty();
      }
      if (line.startsWith("|") && !before.startsWith("|")) {
        assertThat(before).as("before the table starting %s", line).isEmpty();
        assertThat(LINES.get(i + 1)).as("the row after the header %s", line).startsWith("|---");
      }
    }
    assertThat(MARKDOWN).doesNotContain("\n\n\n").endsWith("\n");
  }

  @Test
  void ratingsTable_everyStandardThenOverall() {
    StandardRating unpaid = StandardRatings.of("3.1");
    assertThat(LINES).contains(
        "| 2.2 Planning | Inadequate | Case data | 2.2.3 | 44.4% | 36.1%-53.1% |",
        "| 1.1 Leadership | Good | Judgement | - | - | - |",
        "| 3.1 Unpaid work | Good (moved from Outstanding on qualitative evidence) | Case data | 3.1.1, 3.1.2 | 85.0%"
            + " | 72.2%-92.5% |",
        "| **Overall** | **Requires improvement** | | | 12 of 30 points | |");
    assertThat(unpaid.computed()).isEqualTo(Rating.OUTSTANDING);
    List<String> ratings =
        LINES.subList(LINES.indexOf("## Ratings"), LINES.indexOf("## Key questions of the case-rated standards"));
    long rows = ratings.stream().filter(l -> l.matches("\\| \\d\\.\\d .*")).count();
    assertThat(rows).isEqualTo(StandardRatings.RATING.standards().size());
  }

  @Test
  void keyQuestionTables_sharesAndCountsOfTheRating() {
    for (StandardRating s : StandardRatings.RATING.standards()) {
      if (s.basis() != RatingBasis.CASE_DATA) {
        continue;
      }
      assertThat(LINES).contains("### " + s.code() + " " + s.title() + ": " + s.finalRating().label());
      for (KeyQuestionResult k : s.keyQuestions()) {
        assertThat(LINES).contains("| " + k.code() + " | " + k.yes() + " | " + k.no() + " | " + k.notApplicable()
            + " | " + k.shareText() + " | " + k.intervalText() + " | " + k.band().get().label() + " | "
            + (k.driving() ? "Yes" : "") + " |");
      }
    }
  }

  @Test
  void findingsFollowUpAndDiversity() {
    assertThat(MARKDOWN).contains("5 warnings, from the checks probation-2019-20 v1.");
    assertThat(LINES).anyMatch(l -> l.startsWith("| Warning | `service-user-voice.no-interview-record` |")
        && l.endsWith("| 6 cases |"));
    assertThat(LINES).contains("| 1 | Key question 2.1.3 | Complete risk of harm assessments within the required time."
        + " | Sufficient progress | 1 | Requires improvement | Requires improvement |");
    assertThat(MARKDOWN).contains("**Note:** " + FollowUpSummary.NOTE);
    assertThat(LINES).contains(
        "| Key question | Asian (5 cases) | Black (7 cases) | White (44 cases) |"
            + " Smaller groups (small numbers: not shown) |",
        "| 2.1.1 | 100.0% (5 of 5) | 85.7% (6 of 7) | 77.3% (34 of 44) | not shown |",
        "2 groups are not shown: fewer than 5 cases, or the next smallest group.");
    assertThat(MARKDOWN).doesNotContain("Mixed").doesNotContain("| Other");
  }

  @Test
  void markdown_noCaseReference() {
    Example.INSPECTION_2019.cases().forEach(c -> assertThat(MARKDOWN).doesNotContain(c.ref().value()));
  }

  @Test
  void markdown_freeTextCannotBreakATableOrBecomeMarkup() {
    Inspection i = Example.OVERRIDDEN_2019;
    RatingOverride o = i.overrides().get(0);
    Inspection odd = Inspection.builder().from(i).overrides(List.of(RatingOverride.builder().from(o)
        .reason("Few | placements; see [here](x) and <b>this</b>\nsecond line *really*").build())).build();
    String md = InspectionReport.of(Example.FRAMEWORK_2019, odd).markdown();
    assertThat(md).contains("| 3.1 Unpaid work | Outstanding | Good | Few \\| placements; see \\[here\\](x) and"
        + " &lt;b&gt;this&lt;/b&gt; second line \\*really\\* |");
    assertThat(Markdown.text("a_b`c#d!e\\f")).isEqualTo("a\\_b\\`c\\#d\\!e\\\\f");
  }

  @Test
  void markdown_escapesStrikethroughAndNeutralisesControlAndBidiCharacters() {
    assertThat(Markdown.text("~~struck~~")).isEqualTo("\\~\\~struck\\~\\~");
    assertThat(Markdown.text("a\u001b[31mb\u202ec\u200bd\ud800e\tf"))
        .isEqualTo("a&#xFFFD;\\[31mb&#xFFFD;c&#xFFFD;d&#xFFFD;e f");
    assertThat(Markdown.text("smile \ud83d\ude42")).isEqualTo("smile \ud83d\ude42");
  }
}
