package org.inspectionkit.examples.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.inspectionkit.model.Rating;
import org.inspectionkit.rules.Problem;
import org.inspectionkit.rules.portfolio.Direction;
import org.inspectionkit.rules.portfolio.FollowUpTally;
import org.inspectionkit.rules.portfolio.KeyQuestionPicture;
import org.inspectionkit.rules.portfolio.Portfolio;
import org.inspectionkit.rules.portfolio.PortfolioInspection;
import org.inspectionkit.rules.portfolio.ProviderTrend;
import org.inspectionkit.rules.portfolio.RatingDistribution;
import org.inspectionkit.rules.portfolio.RegionRollUp;
import org.inspectionkit.rules.portfolio.StandardChange;
import org.inspectionkit.rules.portfolio.UnratedInspection;
import org.inspectionkit.rules.rating.RatingPolicy;

/**
 * What the portfolio page shows, worked out for the template: every text and number as it is printed.
 *
 * @param title the page title
 * @param selection what the portfolio covers, in words
 * @param facts the facts under the title
 * @param overall the chart of overall ratings, if any inspection was rated
 * @param groups per cycle and provider type: its standards' distributions and its key questions
 * @param trends the changes since the previous inspections
 * @param followUp the follow-up rows
 * @param regions the regions' roll-ups
 * @param inspections the inspections rated
 * @param unrated the inspections that could not be rated
 * @param colours the palette as CSS custom properties
 */
record PortfolioView(
    String title,
    String selection,
    List<ReportView.Fact> facts,
    java.util.Optional<DistributionChart> overall,
    List<Group> groups,
    List<Trend> trends,
    List<List<String>> followUp,
    List<Region> regions,
    List<Rated> inspections,
    List<Unrated> unrated,
    List<Palette.Property> colours) {

  /** One cycle and provider type. */
  record Group(String id, String heading, List<StandardRow> standards, Chart chart, List<QuestionRow> questions) {}

  /** One standard's distribution: its code and the count at each rating, best first. */
  record StandardRow(String subject, List<Integer> counts, int total) {}

  /** One key question across providers, as the tables print it. */
  record QuestionRow(String keyQuestion, String share, String counts, String interval, int providers,
      String lowest, String median, String highest) {}

  /** One provider's change. */
  record Trend(String provider, String name, String from, String to, Badge before, Badge after, String direction,
      String up, String down, int unchanged) {}

  /** One region. */
  record Region(String heading, String units, int cases, String rule, List<QuestionRow> questions) {}

  /** One rated inspection. */
  record Rated(String inspection, String provider, String type, String cycle, Badge overall, int score) {}

  /** One inspection that could not be rated. */
  record Unrated(String inspection, String provider, List<String> problems) {}

  static PortfolioView of(Portfolio p, RatingPolicy policy) {
    String selection = (p.cycle().map(c -> "cycle " + c).orElse("every cycle")) + ", "
        + p.providerType().map(t -> "provider type " + t).orElse("every provider type");
    String interval = p.policy().intervalConfidenceLabel() + " interval";
    List<ReportView.Fact> facts = List.of(
        new ReportView.Fact("Selection", selection),
        new ReportView.Fact("Inspections rated", Integer.toString(p.inspections().size())),
        new ReportView.Fact("Not rated", Integer.toString(p.unrated().size())),
        new ReportView.Fact("Shares", "pooled across providers (all their yes answers over all their applicable"
            + " answers), with the " + interval + "; regions "
            + p.policy().rollUp().name().toLowerCase(Locale.ROOT).replace('_', '-')),
        new ReportView.Fact("Bands and thresholds shown", "rating policy " + policy.name()));
    List<RatingDistribution> overall = p.distributions().stream()
        .filter(d -> d.subject().equals(RatingDistribution.OVERALL)).collect(Collectors.toList());
    List<Group> groups = new ArrayList<>();
    for (RatingDistribution o : overall) {
      String id = (o.cycle() + "-" + o.providerType()).replaceAll("[^a-z0-9-]", "-");
      List<StandardRow> standards = new ArrayList<>();
      for (RatingDistribution d : p.distributions()) {
        if (d.cycle().equals(o.cycle()) && d.providerType().equals(o.providerType())) {
          List<Integer> counts = new ArrayList<>();
          for (Rating r : Rating.values()) {
            counts.add(d.count(r));
          }
          standards.add(new StandardRow(d.subject(), List.copyOf(counts), d.total()));
        }
      }
      List<KeyQuestionPicture> weakest = p.weakest(o.cycle(), o.providerType());
      Chart chart = Chart.ofPooled("chart-" + id, "Key questions of " + o.cycle() + " " + o.providerType()
          + ", weakest first: share of applicable cases answered yes, all providers together", weakest, policy,
          interval);
      groups.add(new Group(id, o.cycle() + ", " + o.providerType(), List.copyOf(standards), chart,
          weakest.stream().map(PortfolioView::row).collect(Collectors.toUnmodifiableList())));
    }
    List<Trend> trends = new ArrayList<>();
    for (ProviderTrend t : p.trends()) {
      trends.add(new Trend(t.provider().id().toString(), t.provider().name(), t.previous() + " (" + t.previousCycle()
          + ")", t.current() + " (" + t.currentCycle() + ")", Badge.of(t.overallFrom()), Badge.of(t.overallTo()),
          t.overall() == Direction.UP ? "up" : t.overall() == Direction.DOWN ? "down" : "unchanged",
          moved(t, Direction.UP), moved(t, Direction.DOWN), t.count(Direction.UNCHANGED)));
    }
    List<List<String>> followUp = new ArrayList<>();
    for (FollowUpTally f : p.followUp()) {
      followUp.add(List.of(f.cycle().toString(), f.providerType().toString(), Integer.toString(f.sufficient()),
          Integer.toString(f.insufficient()), Integer.toString(f.noProgress()), Integer.toString(f.notAssessed()),
          Integer.toString(f.inspections())));
    }
    List<Region> regions = new ArrayList<>();
    for (RegionRollUp r : p.regions()) {
      regions.add(new Region(r.name() + " (" + r.region() + "), " + r.cycle(),
          r.units().stream().map(Object::toString).collect(Collectors.joining(", ")), r.cases(),
          r.rule().name().toLowerCase(Locale.ROOT).replace('_', '-'),
          r.keyQuestions().stream().map(PortfolioView::row).collect(Collectors.toUnmodifiableList())));
    }
    List<Rated> rated = new ArrayList<>();
    for (PortfolioInspection i : p.inspections()) {
      rated.add(new Rated(i.inspection().toString(), i.provider().name() + " (" + i.provider().id() + ")",
          i.provider().type().toString(), i.cycle().toString(), Badge.of(i.overall()), i.score()));
    }
    List<Unrated> unrated = new ArrayList<>();
    for (UnratedInspection u : p.unrated()) {
      unrated.add(new Unrated(u.inspection().toString(), u.provider().map(Object::toString).orElse(""),
          u.problems().stream().map(PortfolioView::problem).collect(Collectors.toUnmodifiableList())));
    }
    return new PortfolioView("The national picture: " + selection, selection, facts,
        overall.isEmpty() ? java.util.Optional.empty()
            : java.util.Optional.of(DistributionChart.of("chart-overall", overall)),
        List.copyOf(groups), List.copyOf(trends), List.copyOf(followUp), List.copyOf(regions), List.copyOf(rated),
        List.copyOf(unrated), Palette.properties());
  }

  /** The ratings in the order of the tables' columns. */
  List<String> ratingLabels() {
    List<String> out = new ArrayList<>();
    for (Rating r : Rating.values()) {
      out.add(r.label());
    }
    return out;
  }

  private static QuestionRow row(KeyQuestionPicture k) {
    return new QuestionRow(k.keyQuestion().toString(), percent(k.share()), k.yes() + " of " + k.applicable(),
        k.intervalLow().isPresent() ? percent(k.intervalLow()) + " to " + percent(k.intervalHigh()) : "",
        k.providers(),
        percent(k.lowestShare()) + k.lowestProvider().map(id -> " (" + id + ")").orElse(""),
        percent(k.medianShare()),
        percent(k.highestShare()) + k.highestProvider().map(id -> " (" + id + ")").orElse(""));
  }

  private static String moved(ProviderTrend t, Direction d) {
    List<String> codes = t.standards().stream().filter(s -> s.direction() == d).map(StandardChange::toString)
        .collect(Collectors.toList());
    return t.count(d) + (codes.isEmpty() ? "" : ": " + String.join("; ", codes));
  }

  private static String problem(Problem p) {
    return p.code() + " (" + p.where() + "): " + p.message();
  }

  private static String percent(OptionalDouble share) {
    return share.isPresent() ? Chart.percent(share.getAsDouble()) : "n/a";
  }
}
