package org.inspectionkit.examples.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Objects;
import org.inspectionkit.rules.portfolio.Portfolio;
import org.inspectionkit.rules.rating.RatingPolicy;

/**
 * The national picture as one self-contained, printable HTML page, in the style of {@link InspectionReport}: the
 * overall ratings per cycle and provider type as stacked bars and every standard's as a table, the key questions
 * weakest first as a bar chart with each pooled share's interval and a table of the spread between providers, each
 * provider's change since its previous inspection, the follow-up of recommendations, regions rolled up from their
 * delivery units, the inspections rated, and those that could not be, with their problems.
 *
 * <pre>{@code
 * Portfolio portfolio = PortfolioCalculator.builder().frameworks(Frameworks::find).build().summarise(inspections);
 * Files.writeString(Path.of("portfolio.html"), PortfolioReport.of(portfolio).html());
 * }</pre>
 *
 * <p>The bars of pooled shares are coloured by the band the share would have under a rating policy, with its
 * thresholds drawn as dashed lines: {@link RatingPolicy#probation()} unless {@link #of(Portfolio, RatingPolicy)}
 * names another. Immutable and thread-safe; rendering is deterministic.
 */
public final class PortfolioReport {

  private static final TemplateEngine HTML = TemplateEngine.createPrecompiled(
      null, ContentType.Html, PortfolioReport.class.getClassLoader(), PortfolioReport.class.getPackageName());

  private final PortfolioView view;

  private PortfolioReport(PortfolioView view) {
    this.view = view;
  }

  /**
   * The page of a portfolio, its bars banded by the probation policy.
   *
   * @param portfolio the portfolio
   * @return the report
   */
  public static PortfolioReport of(Portfolio portfolio) {
    return of(portfolio, RatingPolicy.probation());
  }

  /**
   * The page of a portfolio, its bars banded and its thresholds drawn by {@code policy}.
   *
   * @param portfolio the portfolio
   * @param policy the policy whose thresholds the charts show
   * @return the report
   */
  public static PortfolioReport of(Portfolio portfolio, RatingPolicy policy) {
    return new PortfolioReport(PortfolioView.of(Objects.requireNonNull(portfolio, "portfolio"),
        Objects.requireNonNull(policy, "policy")));
  }

  /**
   * The page (UTF-8), with every character that could make text display as something else replaced, as
   * {@link InspectionReport#html()} does.
   *
   * @return the page
   */
  public String html() {
    StringOutput out = new StringOutput();
    HTML.render("portfolio.jte", view, out);
    return InspectionReport.neutralised(out.toString());
  }
}
