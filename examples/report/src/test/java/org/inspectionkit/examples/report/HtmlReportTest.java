package org.inspectionkit.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.inspectionkit.model.Rating;
import org.inspectionkit.model.casework.InterviewOutcome;
import org.inspectionkit.model.framework.RatingBasis;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.rules.consistency.CheckContext;
import org.inspectionkit.rules.consistency.ConsistencyChecker;
import org.inspectionkit.rules.consistency.ConsistencyReport;
import org.inspectionkit.rules.diversity.DiversityBreakdown;
import org.inspectionkit.rules.diversity.GroupShares;
import org.inspectionkit.rules.followup.FollowUpSummary;
import org.inspectionkit.rules.rating.InspectionRating;
import org.inspectionkit.rules.rating.KeyQuestionResult;
import org.inspectionkit.rules.rating.RatingPolicy;
import org.inspectionkit.rules.rating.StandardRating;
import org.inspectionkit.rules.voice.ServiceUserVoice;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** The HTML page of the example inspection, parsed: structure, numbers, suppression, self-containment, privacy. */
class HtmlReportTest {

  static final String HTML = Example.REPORT.html();
  static final Document PAGE = Jsoup.parse(HTML);
  static final InspectionRating RATING = StandardRatings.RATING;

  @Test
  void html_isOnePageInEnglishWithATitle() {
    assertThat(HTML).startsWith("<!DOCTYPE html>");
    assertThat(PAGE.select("html").attr("lang")).isEqualTo("en");
    assertThat(PAGE.title()).isEqualTo("BeNCH CRC: inspection report, 2019-20");
    assertThat(PAGE.select("meta[charset]").attr("charset")).isEqualToIgnoringCase("utf-8");
  }

  @Test
  void html_referencesNothingOutsideItself() {
    assertThat(PAGE.select("script")).isEmpty();
    assertThat(HTML).doesNotContainIgnoringCase("<script");
    assertThat(HTML).doesNotContainIgnoringCase("http:").doesNotContainIgnoringCase("https:");
    for (Element e : PAGE.select("[src], [href], [srcset], [action], [data], [poster], [xlink:href]")) {
      for (String attribute : List.of("src", "href", "srcset", "action", "data", "poster", "xlink:href")) {
        if (e.hasAttr(attribute)) {
          assertThat(e.attr(attribute)).as("%s of %s", attribute, e.tagName()).matches("#[A-Za-z0-9-]+|data:.*");
        }
      }
    }
    StringBuilder css = new StringBuilder();
    PAGE.select("style").forEach(s -> css.append(s.data()));
    PAGE.select("[style]").forEach(s -> css.append(s.attr("style")));
    assertThat(css.toString()).doesNotContainIgnoringCase("@import").doesNotContainIgnoringCase("url(");
    assertThat(PAGE.select("link").eachAttr("href")).allMatch(h -> h.startsWith("data:"));
    assertThat(PAGE.select("img, iframe, object, embed, video, audio, source")).isEmpty();
    // Every in-page link points at an element that exists.
    for (Element a : PAGE.select("a[href^=#]")) {
      assertThat(PAGE.getElementById(a.attr("href").substring(1))).as(a.attr("href")).isNotNull();
    }
  }

  @Test
  void html_forbidsEveryFetchInItsContentSecurityPolicy() {
    assertThat(PAGE.select("meta[http-equiv=Content-Security-Policy]").attr("content")).startsWith("default-src 'none'");
  }

  @Test
  void html_printsToA4() {
    String css = PAGE.select("style").first().data();
    assertThat(css).contains("@page { size: A4").contains("@media print").contains("break-inside: avoid")
        .contains("display: table-header-group");
  }

  @Test
  void html_headingsStartAtOneAndNeverSkipALevel() {
    Elements headings = PAGE.select("h1, h2, h3, h4, h5, h6");
    assertThat(PAGE.select("h1")).hasSize(1);
    assertThat(headings.first().tagName()).isEqualTo("h1");
    int previous = 1;
    for (Element h : headings) {
      int level = h.tagName().charAt(1) - '0';
      assertThat(level).as("%s after h%d", h.text(), previous).isLessThanOrEqualTo(previous + 1);
      previous = level;
    }
    assertThat(PAGE.select("h2").eachText())
        .containsExactly("Ratings", "Key questions of the case-rated standards", "Overrides and judgements",
            "Consistency findings", "Domain one evidence", "Service user voice", "Unpaid work evidence",
            "Follow-up of recommendations", "Recommendations", "Diversity");
  }

  @Test
  void html_everyTableHasACaptionAndScopedHeaderCells() {
    Elements tables = PAGE.select("table");
    assertThat(tables).hasSizeGreaterThan(10);
    for (Element table : tables) {
      assertThat(table.select("> caption").text()).as(table.className()).isNotBlank();
      assertThat(table.select("> thead th")).as(table.className()).isNotEmpty();
      for (Element th : table.select("th")) {
        assertThat(th.attr("scope")).as("%s: %s", table.className(), th.text()).isIn("col", "row");
      }
      for (Element th : table.select("> thead th")) {
        assertThat(th.attr("scope")).isEqualTo("col");
      }
      for (Element th : table.select("> tbody th")) {
        assertThat(th.attr("scope")).isEqualTo("row");
      }
    }
  }

  @Test
  void ratingsTable_everyRatedStandardInWordsAndColour_thenTheOverallRatingAndScore() {
    Element table = PAGE.selectFirst("table.ratings");
    Elements rows = table.select("tbody tr");
    assertThat(rows).hasSize(RATING.standards().size());
    for (int i = 0; i < rows.size(); i++) {
      StandardRating s = RATING.standards().get(i);
      Element row = rows.get(i);
      assertThat(row.attr("data-standard")).isEqualTo(s.code().toString());
      assertThat(row.selectFirst("th").text()).isEqualTo(s.code() + " " + s.title());
      Element badge = row.selectFirst(".badge");
      assertThat(badge.text()).isEqualTo(s.finalRating().label());
      assertThat(badge.hasClass(Palette.cssClass(s.finalRating()))).isTrue();
      if (s.basis() == RatingBasis.CASE_DATA) {
        KeyQuestionResult driving = s.keyQuestions().stream().filter(KeyQuestionResult::driving).findFirst().get();
        assertThat(row.select("td").get(3).text()).isEqualTo(driving.shareText());
        assertThat(row.select("td").get(4).text()).isEqualTo(driving.intervalText());
      }
    }
    assertThat(rows.select("[data-standard=3.1]").text())
        .contains("Good (moved from Outstanding on qualitative evidence)");
    Element overall = table.selectFirst("tfoot tr");
    assertThat(overall.selectFirst(".badge").text()).isEqualTo(RATING.overall().rating().label());
    assertThat(overall.text())
        .contains(RATING.overall().score() + " of " + RATING.overall().maxScore() + " points")
        .contains("12 of 30 points");
  }

  @Test
  void charts_onePerCaseRatedStandard_namedAndDescribedForAssistiveTechnology() {
    List<StandardRating> caseRated =
        RATING.standards().stream().filter(s -> s.basis() == RatingBasis.CASE_DATA).collect(Collectors.toList());
    Elements charts = PAGE.select("svg.chart");
    assertThat(charts).hasSize(caseRated.size()).hasSize(6);
    for (int i = 0; i < charts.size(); i++) {
      Element svg = charts.get(i);
      StandardRating s = caseRated.get(i);
      assertThat(svg.attr("role")).isEqualTo("img");
      Element title = svg.getElementById(svg.attr("aria-labelledby"));
      Element desc = svg.getElementById(svg.attr("aria-describedby"));
      assertThat(title.tagName()).isEqualTo("title");
      assertThat(title.text()).startsWith("Key questions of " + s.code() + " " + s.title());
      assertThat(desc.tagName()).isEqualTo("desc");
      for (KeyQuestionResult k : s.keyQuestions()) {
        assertThat(desc.text()).contains(k.code() + ": " + k.shareText() + " (" + k.yes() + " of " + k.applicable());
      }
      assertThat(svg.parents().select("section.standard").first().id())
          .isEqualTo(StandardSection.anchor(s.code()));
    }
  }

  @Test
  void charts_drawTheThresholdsOfThePolicy() {
    RatingPolicy policy = RatingPolicy.probation();
    for (Element svg : PAGE.select("svg.chart")) {
      Map<String, String> lines = svg.select("line.threshold").stream()
          .collect(Collectors.toMap(l -> l.attr("data-threshold"), l -> l.attr("x1")));
      assertThat(lines).hasSize(policy.thresholds().size());
      policy.thresholds().forEach((rating, percent) -> {
        String p = percent.stripTrailingZeros().toPlainString();
        assertThat(lines).containsEntry(p, Chart.number(Chart.x(percent.doubleValue() / 100)));
      });
      assertThat(svg.select("text.threshold-label").eachText())
          .containsExactly("Requires improvement 50%", "Good 65%", "Outstanding 80%");
    }
    assertThat(Chart.x(0.5)).isEqualTo((Chart.PLOT_LEFT + Chart.PLOT_RIGHT) / 2.0);
  }

  @Test
  void charts_anotherPolicy_movesTheLinesAndTheBands() {
    RatingPolicy strict =
        RatingPolicy.builder().from(RatingPolicy.probation()).name("strict")
            .putThreshold(Rating.GOOD, BigDecimal.valueOf(70))
            .putThreshold(Rating.REQUIRES_IMPROVEMENT, new BigDecimal("55.5"))
            .build();
    Document page = Jsoup.parse(InspectionReport.builder().framework(Example.FRAMEWORK_2019)
        .inspection(Example.INSPECTION_2019).policy(strict).build().html());
    Element chart = page.selectFirst("svg.chart");
    assertThat(chart.select("line.threshold").eachAttr("data-threshold")).containsExactly("55.5", "70", "80");
    assertThat(chart.select("line.threshold").first().attr("x1")).isEqualTo(Chart.number(Chart.x(0.555)));
    assertThat(page.getElementById("key-questions").nextElementSibling().text())
        .contains("Requires improvement 55.5%, Good 70%, Outstanding 80%");
    // 2.2.1 (70.0%) stays Good; 2.1.3 (61.1%) stays Requires improvement; 2.4.3 (51.9%) is now Inadequate.
    assertThat(page.selectFirst("#standard-2-4 h3").text()).isEqualTo("2.4 Reviewing: Inadequate");
    assertThat(page.select(".facts").text()).contains("Rating policy strict");
  }

  @Test
  void charts_barsAndIntervalsMatchTheRating() {
    double plot = Chart.PLOT_RIGHT - Chart.PLOT_LEFT;
    for (StandardRating s : RATING.standards()) {
      if (s.basis() != RatingBasis.CASE_DATA) {
        continue;
      }
      Element svg = PAGE.getElementById("chart-" + s.code().toString().replace('.', '-'));
      for (KeyQuestionResult k : s.keyQuestions()) {
        Element g = svg.selectFirst("g[data-key-question=" + k.code() + "]");
        Element bar = g.selectFirst("rect.bar");
        assertThat(Double.parseDouble(bar.attr("width")) / plot).isCloseTo(k.share().getAsDouble(), within(0.001));
        assertThat(bar.hasClass(Palette.cssClass(k.band().get()))).isTrue();
        Element interval = g.selectFirst("line.interval-line");
        assertThat(Double.parseDouble(interval.attr("x1")))
            .isCloseTo(Chart.x(k.intervalLow().getAsDouble()), within(0.06));
        assertThat(Double.parseDouble(interval.attr("x2")))
            .isCloseTo(Chart.x(k.intervalHigh().getAsDouble()), within(0.06));
        assertThat(g.selectFirst("text.value").text()).isEqualTo(k.shareText() + " " + k.band().get().label());
        assertThat(g.hasClass("driving")).isEqualTo(k.driving());
      }
    }
  }

  @Test
  void keyQuestionTables_countsAndSharesMatchTheRating() {
    for (StandardRating s : RATING.standards()) {
      if (s.basis() != RatingBasis.CASE_DATA) {
        continue;
      }
      Element section = PAGE.getElementById(StandardSection.anchor(s.code()));
      assertThat(section.selectFirst("h3").text()).isEqualTo(s.code() + " " + s.title() + ": " + s.finalRating().label());
      assertThat(section.text()).contains(s.reason());
      Elements rows = section.select("table.key-questions tbody tr");
      assertThat(rows).hasSize(s.keyQuestions().size());
      for (int i = 0; i < rows.size(); i++) {
        KeyQuestionResult k = s.keyQuestions().get(i);
        Element row = rows.get(i);
        assertThat(row.attr("data-key-question")).isEqualTo(k.code().toString());
        assertThat(row.selectFirst("td.yes").text()).isEqualTo(Integer.toString(k.yes()));
        assertThat(row.selectFirst("td.no").text()).isEqualTo(Integer.toString(k.no()));
        assertThat(row.selectFirst("td.not-applicable").text()).isEqualTo(Integer.toString(k.notApplicable()));
        assertThat(row.selectFirst("td.share").text()).isEqualTo(k.shareText());
        assertThat(row.selectFirst("td.interval").text()).isEqualTo(k.intervalText());
      }
    }
    Element planning = PAGE.selectFirst("#standard-2-2 tr[data-key-question=2.2.3]");
    assertThat(planning.text()).contains("24").contains("30").contains("44.4%").contains("Inadequate");
  }

  @Test
  void overridesAndJudgements_showTheirReasons() {
    // The example moves unpaid work on qualitative evidence, as the method provides: no override.
    assertThat(PAGE.selectFirst("table.overrides")).isNull();
    assertThat(PAGE.text()).contains("No computed rating was overridden.")
        .contains("from the cases: Outstanding; moved on the qualitative evidence, as the method provides");
    Document overridden = Jsoup.parse(InspectionReport.of(Example.FRAMEWORK_2019, Example.OVERRIDDEN_2019).html());
    Element overrides = overridden.selectFirst("table.overrides");
    assertThat(overrides.select("tbody tr")).hasSize(1);
    assertThat(overrides.text())
        .contains("3.1 Unpaid work")
        .contains(Example.OVERRIDDEN_2019.overrides().get(0).reason());
    assertThat(overrides.select(".badge").eachText()).containsExactly("Outstanding", "Good");
    Element judgements = PAGE.selectFirst("table.judgements");
    assertThat(judgements.select("tbody tr")).hasSize(4);
    assertThat(judgements.text()).contains(Example.INSPECTION_2019.judgements().get(0).rationale());
    assertThat(judgements.select("tbody tr").get(3).select("td").last().text()).isEqualTo("none");
  }

  @Test
  void findings_everyFindingOfTheChecks_casesCountedNotNamed() {
    ConsistencyReport report = ConsistencyChecker.builtIn().check(CheckContext.builder()
        .framework(Example.FRAMEWORK_2019).inspection(Example.INSPECTION_2019)
        .previousInspection(Example.INSPECTION_2018).build());
    Elements rows = PAGE.select("table.findings tbody tr");
    assertThat(rows).hasSize(report.findings().size());
    assertThat(rows.select("th code").eachText())
        .containsExactlyElementsOf(report.findings().stream().map(f -> f.code()).collect(Collectors.toList()));
    assertThat(rows.select(".tag").eachText()).containsOnly("Warning");
    Element voice = rows.stream().filter(r -> r.text().contains("service-user-voice.no-interview-record"))
        .findFirst().get();
    assertThat(voice.select("td").last().text()).isEqualTo("6 cases");
  }

  @Test
  void findings_aCaseReferenceInAMessage_isWithheld() {
    assertThat(FindingsSection.withoutCaseReferences("case D2-001 and D2-0010 differ", java.util.Set.of("D2-001",
        "D2-0010"))).isEqualTo("case [case] and [case] differ");
  }

  @Test
  void evidence_piecesPerDomainOneKeyQuestionAgainstThreeToFive() {
    Elements rows = PAGE.select("table.evidence tbody tr");
    assertThat(rows).hasSize(15);
    Map<String, Integer> submitted = Example.INSPECTION_2019.evidenceSubmissions().stream()
        .collect(Collectors.toMap(e -> e.keyQuestion().toString(), e -> e.items().size()));
    for (Element row : rows) {
      assertThat(row.selectFirst("td.pieces").text())
          .isEqualTo(Integer.toString(submitted.get(row.attr("data-key-question"))));
    }
    assertThat(PAGE.selectFirst("table.evidence tr[data-key-question=1.2.3]").text()).contains("2").contains("too few");
    assertThat(PAGE.selectFirst("#evidence").parent().text())
        .contains("3 to 5 pieces of evidence per key question, and a narrative of at most 300 words");
  }

  @Test
  void voice_interviewOutcomesAndForumMeetings() {
    ServiceUserVoice voice = ServiceUserVoice.of(Example.INSPECTION_2019);
    Elements rows = PAGE.select("table.interviews tbody tr");
    assertThat(rows.eachText())
        .containsExactly(
            "Done " + voice.outcomeCount(InterviewOutcome.DONE),
            "Declined " + voice.outcomeCount(InterviewOutcome.DECLINED),
            "Could not be reached " + voice.outcomeCount(InterviewOutcome.UNREACHABLE),
            "Offered, not yet done " + voice.outcomeCount(InterviewOutcome.OFFERED),
            "No record " + voice.casesWithoutInterviewRecord().size());
    assertThat(rows.eachText()).startsWith("Done 24").endsWith("No record 6");
    assertThat(PAGE.selectFirst("#voice").parent().text()).contains("24 of 60 domain two cases");
    assertThat(PAGE.select("table.forums tbody tr").eachText())
        .containsExactly("2019-09-10 Northamptonshire service user council 9");
  }

  @Test
  void unpaidWork_countsPerMethodAndMissingMethodsBesideTheCaseBasedRating() {
    Element section = PAGE.getElementById("unpaid-work").parent();
    assertThat(section.selectFirst("p").text())
        .startsWith("3.1 Unpaid work: Good (rated Outstanding from the cases alone).");
    assertThat(section.select("table.unpaid-work tbody tr").eachText())
        .contains("Site visits 3", "Interviews with supervisors 4", "Assessment of additional evidence in advance 0");
    assertThat(section.selectFirst(".missing").text()).isEqualTo("Assessment of additional evidence in advance");
  }

  @Test
  void followUp_givenThePreviousInspection_tableCountsAndNote() {
    Element section = PAGE.getElementById("follow-up").parent();
    Elements rows = section.select("table.follow-up tbody tr");
    assertThat(rows).hasSize(Example.INSPECTION_2018.recommendations().size());
    assertThat(rows.get(0).text()).contains("Key question 2.1.3").contains("Sufficient progress");
    assertThat(rows.get(2).text()).contains("No progress");
    assertThat(section.select("table.progress tbody tr").eachText())
        .containsExactly("Sufficient progress 2", "Insufficient progress 1", "No progress 1", "Not assessed 0");
    assertThat(section.selectFirst(".follow-up-note").text()).isEqualTo("Note: " + FollowUpSummary.NOTE);
  }

  @Test
  void followUp_withoutThePreviousInspection_saysItWasNotGiven() {
    Document page = Jsoup.parse(InspectionReport.of(Example.FRAMEWORK_2019, Example.INSPECTION_2019).html());
    assertThat(page.select("table.follow-up")).isEmpty();
    assertThat(page.getElementById("follow-up").parent().text())
        .contains("This inspection follows crc-bench-2018-19, which was not given");
    assertThat(page.text()).doesNotContain(FollowUpSummary.NOTE);
  }

  @Test
  void diversity_showsTheBreakdownsFiguresAndNoFigureOfASuppressedGroup() {
    DiversityBreakdown breakdown = DiversityBreakdown.of(Example.FRAMEWORK_2019, Example.INSPECTION_2019);
    Elements tables = PAGE.select("table.diversity");
    assertThat(tables).hasSize(breakdown.characteristics().size()).hasSize(2);
    int t = 0;
    for (Map.Entry<String, List<GroupShares>> e : breakdown.characteristics().entrySet()) {
      Element table = tables.get(t++);
      List<GroupShares> shown = e.getValue().stream().filter(g -> !g.suppressed()).collect(Collectors.toList());
      long suppressed = e.getValue().size() - shown.size();
      Elements headers = table.select("thead th.group:not(.suppressed)");
      assertThat(headers).hasSize(shown.size());
      for (int g = 0; g < shown.size(); g++) {
        assertThat(headers.get(g).text())
            .isEqualTo(shown.get(g).value() + " (" + shown.get(g).cases().getAsInt() + " cases)");
        Elements rows = table.select("tbody tr");
        for (int k = 0; k < rows.size(); k++) {
          Element row = rows.get(k);
          String kq = row.attr("data-key-question");
          var share = shown.get(g).shares().stream().filter(s -> s.code().toString().equals(kq)).findFirst().get();
          boolean hidden = DiversitySection.hiddenCells(shown, k, 5, suppressed > 0)[g];
          String cell = row.select("td:not(.suppressed)").get(g).text();
          if (hidden) {
            // Fewer than 5 applicable cases (or the one cell that would give such a cell away): no figure.
            assertThat(cell).isEqualTo("not shown");
          } else {
            assertThat(share.applicable() == 0 || share.applicable() >= 5).isTrue();
            assertThat(cell).startsWith(share.shareText());
          }
        }
      }
      Elements withheld = table.select("[data-suppressed]");
      if (suppressed == 0) {
        assertThat(withheld).isEmpty();
        continue;
      }
      assertThat(withheld).hasSize(1 + table.select("tbody tr").size());
      assertThat(withheld.first().text()).isEqualTo("Smaller groups (small numbers: not shown)");
      for (Element cell : table.select("tbody td[data-suppressed]")) {
        assertThat(cell.text()).isEqualTo("not shown");
      }
      for (GroupShares g : e.getValue()) {
        if (g.suppressed()) {
          assertThat(PAGE.text()).as("the name of a suppressed group").doesNotContain(g.value());
        }
      }
      assertThat(table.nextElementSibling().text()).isEqualTo(suppressed + " groups are not shown: fewer than 5 cases, or the next smallest group.");
    }
  }

  @Test
  void recommendations_everyOneTheInspectionMakes_andTheIntervalsConfidenceIsStated() {
    Elements rows = PAGE.select("table.recommendations tbody tr");
    assertThat(rows).hasSize(Example.INSPECTION_2019.recommendations().size()).isNotEmpty();
    for (int i = 0; i < rows.size(); i++) {
      var r = Example.INSPECTION_2019.recommendations().get(i);
      assertThat(rows.get(i).select("td").get(0).text()).isEqualTo(Integer.toString(r.number()));
      assertThat(rows.get(i).select("td").get(3).text()).isEqualTo(r.text());
    }
    assertThat(PAGE.select("table.ratings thead th").eachText()).contains("80% interval");
    assertThat(PAGE.text()).contains("Sampling intervals 80% confidence (Wilson score)");
  }

  @Test
  void voice_interviewThemesAreCounted_andAnAreaWithNoForumSaysSoInsteadOfMissingOne() {
    var themes = org.inspectionkit.rules.voice.ServiceUserVoice.of(Example.INSPECTION_2019).themeCounts();
    Elements rows = PAGE.select("table.interview-themes tbody tr");
    assertThat(themes).isNotEmpty();
    assertThat(rows).hasSize(themes.size());
    assertThat(PAGE.select("table.interview-themes tbody tr:contains(Relationship with officer) td").text())
        .isEqualTo(Integer.toString(themes.get(org.inspectionkit.model.casework.InterviewTheme
            .RELATIONSHIP_WITH_OFFICER)));
    Inspection noForum = Inspection.builder().from(Example.INSPECTION_2019).forumMeetings(List.of())
        .noServiceUserForum(org.inspectionkit.model.casework.NoServiceUserForum.of(
            org.inspectionkit.model.casework.ForumEnquiry.PROVIDER_CONFIRMED))
        .build();
    String page = Jsoup.parse(InspectionReport.of(Example.FRAMEWORK_2019, noForum).html()).text();
    assertThat(page).contains("No service user forum or equivalent exists in the area (established by: Provider"
        + " confirmed).").doesNotContain("No meeting with a service user forum is recorded.");
  }

  @Test
  void html_freeTextWithBidirectionalOverridesOrControlCharacters_isNeutralised() {
    Inspection odd = Inspection.builder().from(Example.OVERRIDDEN_2019).overrides(List.of(
        org.inspectionkit.model.evidence.RatingOverride.builder().from(Example.OVERRIDDEN_2019.overrides().get(0))
            .reason("Reversed \u202eevil\u202c text and zero\u200bwidth; smile \ud83d\ude42").build()))
        .build();

    String html = InspectionReport.of(Example.FRAMEWORK_2019, odd).html();

    assertThat(html).doesNotContain("\u202e").doesNotContain("\u200b")
        .contains("Reversed \uFFFDevil\uFFFD text and zero\uFFFDwidth; smile \ud83d\ude42");
  }

  @Test
  void privacy_noCaseReferenceDiversityValueOfACaseNoteOrCommentary() {
    Inspection inspection = Example.INSPECTION_2019;
    Inspection.Builder b = Inspection.builder().from(inspection).cases(List.of()).forumMeetings(List.of())
        .progressAssessments(List.of());
    for (var c : inspection.cases()) {
      var cb = org.inspectionkit.model.casework.InspectedCase.builder().from(c).putAttribute("name", "Jane Example");
      if (c.ref().value().equals("D2-001")) {
        cb.putDiversity("ethnicity", "Unique Heritage");
        cb.putDiversity("religion", "Only One");
      }
      b.addCase(cb.build());
    }
    inspection.forumMeetings().forEach(m -> b.addForumMeeting(
        org.inspectionkit.model.casework.ServiceUserForumMeeting.builder().from(m)
            .notes("A member described her own case in detail").build()));
    inspection.progressAssessments().forEach(p -> b.addProgressAssessment(
        org.inspectionkit.model.recommendation.ProgressAssessment.builder().from(p)
            .commentary("Commentary naming Jane Example").build()));
    Inspection sensitive = b.build();
    InspectionReport report = InspectionReport.builder().framework(Example.FRAMEWORK_2019).inspection(sensitive)
        .previous(Example.FRAMEWORK_2018, Example.INSPECTION_2018).build();
    List<String> forbidden = new ArrayList<>(List.of("Unique Heritage", "Only One", "Jane Example",
        "described her own case", "insp-0", "bench/1."));
    sensitive.cases().forEach(c -> forbidden.add(c.ref().value()));
    sensitive.progressAssessments().forEach(p -> forbidden.addAll(p.evidenceOfResult()));
    sensitive.unpaidWorkEvidence().forEach(u -> forbidden.add(u.summary()));
    for (String document : List.of(report.html(), report.markdown(), HTML)) {
      for (String f : forbidden) {
        assertThat(document).as("must not appear: %s", f).doesNotContain(f);
      }
    }
    // The characteristic whose only value is held by one case is reported, but nothing of it is shown.
    Element religion = Jsoup.parse(report.html()).select("section.characteristic").stream()
        .filter(s -> s.selectFirst("h3").text().equals("Religion")).findFirst().get();
    assertThat(religion.text()).doesNotContainPattern("\\d+\\.\\d%");
  }

  @Test
  void html_sameInspection_sameBytes() {
    assertThat(Example.REPORT.html()).isEqualTo(HTML);
    assertThat(HTML.toLowerCase(Locale.ROOT)).contains("<svg");
  }
}
