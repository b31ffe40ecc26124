package org.inspectionkit.examples.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.inspectionkit.examples.data.ExamplePortfolio;
import org.inspectionkit.json.Frameworks;
import org.inspectionkit.model.Rating;
import org.inspectionkit.model.framework.Cycle;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.provider.Provider;
import org.inspectionkit.model.provider.ProviderType;
import org.inspectionkit.rules.portfolio.KeyQuestionPicture;
import org.inspectionkit.rules.portfolio.Portfolio;
import org.inspectionkit.rules.portfolio.PortfolioCalculator;
import org.inspectionkit.rules.portfolio.RatingDistribution;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The portfolio page of the example inspections, read back with jsoup: what it shows is what the portfolio says. */
class PortfolioReportTest {

  static final List<Inspection> INSPECTIONS =
      ExamplePortfolio.inspections(Frameworks.load("probation-2018-19"), Frameworks.load("probation-2019-20"));
  static final Portfolio PORTFOLIO = summarise(INSPECTIONS);

  static Portfolio summarise(List<Inspection> inspections) {
    return PortfolioCalculator.builder().frameworks(Frameworks::find).build().summarise(inspections);
  }

  @Test
  void page_drawsEveryOverallCountTheModelHas() {
    Document page = Jsoup.parse(PortfolioReport.of(PORTFOLIO).html());

    for (RatingDistribution d : PORTFOLIO.distributions()) {
      if (!d.subject().equals(RatingDistribution.OVERALL)) {
        continue;
      }
      Element row = page.selectFirst("svg#chart-overall g[data-row='" + d.cycle() + " " + d.providerType() + "']");
      assertThat(row).as("the bar of %s %s", d.cycle(), d.providerType()).isNotNull();
      for (Rating r : Rating.values()) {
        Element segment = row.selectFirst("rect[data-rating='" + r.label() + "']");
        assertThat(segment == null ? 0 : Integer.parseInt(segment.attr("data-count")))
            .as("%s %s at %s", d.cycle(), d.providerType(), r.label()).isEqualTo(d.count(r));
      }
    }
    assertThat(page.select("svg#chart-overall g.legend text").eachText())
        .containsExactly("Outstanding", "Good", "Requires improvement", "Inadequate");
  }

  @Test
  void page_listsTheKeyQuestionsWeakestFirst_withTheirSpread() {
    Document page = Jsoup.parse(PortfolioReport.of(PORTFOLIO).html());

    List<KeyQuestionPicture> weakest = PORTFOLIO.weakest(Cycle.of(2019), ProviderType.CRC);
    Element group = page.selectFirst("section#group-2019-20-crc");
    assertThat(group.select("table.key-questions tbody th").eachText())
        .containsExactlyElementsOf(weakest.stream().map(k -> k.keyQuestion().toString()).collect(Collectors.toList()));
    Element first = group.selectFirst("table.key-questions tbody tr");
    assertThat(first.select("td").eachText()).containsExactly("53.8%", "126 of 234", "47.4% to 60.1%", "6",
        "33.3% (crc-london)", Chart.percent(weakest.get(0).medianShare().getAsDouble()), "72.2% (crc-essex)");
    assertThat(group.select("svg.chart g.key-question").size()).isEqualTo(weakest.size());
    assertThat(group.select("svg.chart line.threshold").eachAttr("data-threshold"))
        .containsExactly("50", "65", "80");
  }

  @Test
  void page_showsTrendsFollowUpAndEveryInspection() {
    Document page = Jsoup.parse(PortfolioReport.of(PORTFOLIO).html());

    Element thames = page.selectFirst("section#trends tr[data-provider='crc-thames-valley']");
    assertThat(thames.select(".badge").eachText()).containsExactly("Requires improvement", "Good");
    assertThat(thames.selectFirst(".direction").text()).isEqualTo("(up)");
    assertThat(page.select("section#follow-up tbody tr").get(0).select("td").eachText())
        .containsExactly("2019-20", "crc", "7", "4", "2", "1", "6");
    assertThat(page.select("section#inspections tbody tr")).hasSize(18);
    assertThat(page.selectFirst("section#unrated").text()).contains("None: every inspection given was rated.");
    assertThat(page.select("script")).isEmpty();
  }

  @Test
  void page_listsAnInspectionThatCannotBeRated_withItsProblem() {
    List<Inspection> some = new ArrayList<>(INSPECTIONS.subList(0, 3));
    some.add(Inspection.builder().from(INSPECTIONS.get(3)).judgements(List.of()).build());

    Document page = Jsoup.parse(PortfolioReport.of(summarise(some)).html());

    Element unrated = page.selectFirst("section#unrated li[data-inspection='" + INSPECTIONS.get(3).id() + "']");
    assertThat(unrated).isNotNull();
    assertThat(unrated.text()).contains("rating.missing-judgement");
  }

  @Test
  void page_escapesAndNeutralisesProviderNames() {
    Inspection hostile = Inspection.builder().from(INSPECTIONS.get(1))
        .provider(Provider.of(INSPECTIONS.get(1).provider().id(), "<script>alert(1)</script> CRC",
            INSPECTIONS.get(1).provider().type()))
        .build();

    String html = PortfolioReport.of(summarise(List.of(hostile))).html();

    assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt; CRC");
  }

  @Test
  void page_isTheSameBytesEveryTime() {
    assertThat(PortfolioReport.of(summarise(INSPECTIONS)).html()).isEqualTo(PortfolioReport.of(PORTFOLIO).html());
  }
}
