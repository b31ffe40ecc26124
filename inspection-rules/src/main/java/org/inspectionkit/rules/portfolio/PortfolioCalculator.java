package org.inspectionkit.rules.portfolio;

import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.inspectionkit.model.Rating;
import org.inspectionkit.model.framework.Cycle;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.FrameworkId;
import org.inspectionkit.model.framework.KeyQuestionCode;
import org.inspectionkit.model.framework.StandardCode;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.inspection.InspectionId;
import org.inspectionkit.model.provider.ProviderId;
import org.inspectionkit.model.provider.ProviderRegistry;
import org.inspectionkit.model.provider.ProviderType;
import org.inspectionkit.model.provider.RegistryEntry;
import org.inspectionkit.model.recommendation.ProgressAssessment;
import org.inspectionkit.model.recommendation.Recommendation;
import org.inspectionkit.model.recommendation.RecommendationId;
import org.inspectionkit.rules.Problem;
import org.inspectionkit.rules.internal.Wilson;
import org.inspectionkit.rules.rating.InspectionRating;
import org.inspectionkit.rules.rating.KeyQuestionResult;
import org.inspectionkit.rules.rating.RatingCalculator;
import org.inspectionkit.rules.rating.RatingPolicy;
import org.inspectionkit.rules.rating.StandardRating;

/**
 * Builds the {@link Portfolio} of a set of inspections: rates each one under its framework and the rating policy for
 * that framework, then counts, pools and compares.
 *
 * <ul>
 *   <li>Distributions: per cycle and provider type, the inspections at each overall rating and at each final
 *       standard rating.
 *   <li>Key questions: per cycle and provider type, the yes and applicable answers of every provider together
 *       (the pooled share, with its Wilson interval at the policy's z), and the lowest, median and highest of the
 *       providers' own shares.
 *   <li>Trends: for each selected inspection, the provider's latest earlier inspection in the whole set (by cycle,
 *       then id) of the same provider type, and the overall and standard ratings of both.
 *   <li>Follow-up: per cycle and provider type, the progress assessments of the cycle's inspections, and the
 *       recommendations of a previous inspection in the set that the later one did not assess.
 *   <li>Regions: where the registry gives a selected inspection's provider a parent, the units' answers rolled up
 *       to that region per cycle, by the policy's {@link RollUpRule}.
 * </ul>
 *
 * <p>An inspection whose framework is unknown, that the {@linkplain Builder#validation validation} finds a problem
 * in, that does not rate, or whose id appears twice is listed as
 * {@link UnratedInspection} with its problems. Each inspection is rated once; the work after rating is linear in
 * the answers counted. Immutable and thread-safe.
 */
public final class PortfolioCalculator {

  private final Function<FrameworkId, Optional<Framework>> frameworks;
  private final Function<Framework, RatingPolicy> policies;
  private final PortfolioPolicy policy;
  private final ProviderRegistry registry;
  private final BiFunction<Framework, Inspection, List<Problem>> validation;

  private PortfolioCalculator(Builder b) {
    this.frameworks = Objects.requireNonNull(b.frameworks, "frameworks");
    this.policies = b.policies;
    this.policy = b.policy;
    this.registry = b.registry;
    this.validation = b.validation;
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The portfolio of every inspection given.
   *
   * @param inspections the inspections
   * @return the portfolio
   */
  public Portfolio summarise(Collection<Inspection> inspections) {
    return summarise(inspections, Optional.empty(), Optional.empty());
  }

  /**
   * The portfolio of the inspections of one cycle and provider type, where given; trends still look back to any
   * earlier inspection in the set.
   *
   * @param inspections the inspections
   * @param cycle the cycle to keep, or empty for all
   * @param type the provider type to keep, or empty for all
   * @return the portfolio
   */
  public Portfolio summarise(Collection<Inspection> inspections, Optional<Cycle> cycle, Optional<ProviderType> type) {
    Objects.requireNonNull(inspections, "inspections");
    Objects.requireNonNull(cycle, "cycle");
    Objects.requireNonNull(type, "type");
    Map<RatingPolicy, RatingCalculator> calculators = new IdentityHashMap<>();
    List<Rated> rated = new ArrayList<>();
    List<UnratedInspection> unrated = new ArrayList<>();
    Set<InspectionId> seen = new HashSet<>();
    for (Inspection i : inspections) {
      UnratedInspection.Builder problem = UnratedInspection.builder()
          .inspection(i.id()).provider(i.provider().id()).cycle(i.cycle());
      if (!seen.add(i.id())) {
        unrated.add(problem.addProblem(Problem.of("portfolio.duplicate-inspection", "inspection " + i.id(),
            "appears more than once in the set; each inspection is counted once, at its first appearance")).build());
        continue;
      }
      Optional<Framework> framework = frameworks.apply(i.frameworkId());
      if (framework.isEmpty()) {
        unrated.add(problem.addProblem(Problem.of("portfolio.unknown-framework", "inspection " + i.id(),
            "its framework " + i.frameworkId() + " is not known")).build());
        continue;
      }
      List<Problem> invalid = validation.apply(framework.get(), i);
      if (!invalid.isEmpty()) {
        unrated.add(problem.addAllProblems(invalid).build());
        continue;
      }
      RatingPolicy p = policies.apply(framework.get());
      RatingCalculator calculator = calculators.computeIfAbsent(p, RatingCalculator::of);
      Validation<List<Problem>, InspectionRating> r = calculator.rate(framework.get(), i);
      if (r.isInvalid()) {
        unrated.add(problem.addAllProblems(r.getError()).build());
        continue;
      }
      rated.add(new Rated(i, r.get(),
          PortfolioInspection.of(i.provider(), i.cycle(), i.assessments().size(), r.get())));
    }
    rated.sort(Comparator.comparing((Rated x) -> x.inspection.cycle())
        .thenComparing(x -> x.inspection.provider().type())
        .thenComparing(x -> x.inspection.provider().id())
        .thenComparing(x -> x.inspection.id()));
    List<Rated> selected = new ArrayList<>();
    for (Rated x : rated) {
      if (cycle.map(c -> c.equals(x.inspection.cycle())).orElse(true)
          && type.map(t -> t.equals(x.inspection.provider().type())).orElse(true)) {
        selected.add(x);
      }
    }
    Portfolio.Builder out = Portfolio.builder().cycle(cycle).providerType(type).policy(policy).unrated(unrated);
    selected.forEach(x -> out.addInspection(x.entry));
    Map<Group, List<Rated>> groups = new TreeMap<>();
    for (Rated x : selected) {
      groups.computeIfAbsent(new Group(x.inspection.cycle(), x.inspection.provider().type()), g -> new ArrayList<>())
          .add(x);
    }
    groups.forEach((g, members) -> {
      distributions(g, members).forEach(out::addDistribution);
      keyQuestions(g, members, RollUpRule.CASE_WEIGHTED).forEach(out::addKeyQuestion);
    });
    trends(rated, selected).forEach(out::addTrend);
    followUp(rated, groups).forEach(out::addFollowUp);
    regions(selected).forEach(out::addRegion);
    return out.build();
  }

  // ---------------------------------------------------------------------------------------------------- parts

  private static List<RatingDistribution> distributions(Group g, List<Rated> members) {
    Map<String, EnumMap<Rating, Integer>> counts = new TreeMap<>(PortfolioCalculator::subjectOrder);
    for (Rated x : members) {
      count(counts, RatingDistribution.OVERALL, x.rating.overall().rating());
      for (StandardRating s : x.rating.standards()) {
        count(counts, s.code().toString(), s.finalRating());
      }
    }
    List<RatingDistribution> out = new ArrayList<>();
    counts.forEach((subject, c) -> out.add(RatingDistribution.builder()
        .cycle(g.cycle()).providerType(g.type()).subject(subject).putAllCounts(c).build()));
    return out;
  }

  private static void count(Map<String, EnumMap<Rating, Integer>> counts, String subject, Rating rating) {
    EnumMap<Rating, Integer> c = counts.computeIfAbsent(subject, s -> {
      EnumMap<Rating, Integer> zero = new EnumMap<>(Rating.class);
      for (Rating r : Rating.values()) {
        zero.put(r, 0);
      }
      return zero;
    });
    c.merge(rating, 1, Integer::sum);
  }

  /** "overall" first, then standard codes in code order. */
  private static int subjectOrder(String a, String b) {
    if (a.equals(b)) {
      return 0;
    }
    if (a.equals(RatingDistribution.OVERALL)) {
      return -1;
    }
    if (b.equals(RatingDistribution.OVERALL)) {
      return 1;
    }
    return StandardCode.parse(a).compareTo(StandardCode.parse(b));
  }

  private List<KeyQuestionPicture> keyQuestions(Group g, List<Rated> members, RollUpRule rule) {
    // Per key question: the providers' (or units') own counts, in provider order.
    Map<KeyQuestionCode, List<Share>> byQuestion = new TreeMap<>();
    for (Rated x : members) {
      for (StandardRating s : x.rating.standards()) {
        for (KeyQuestionResult k : s.keyQuestions()) {
          byQuestion.computeIfAbsent(k.code(), c -> new ArrayList<>())
              .add(new Share(x.inspection.provider().id(), k.yes(), k.applicable()));
        }
      }
    }
    List<KeyQuestionPicture> out = new ArrayList<>();
    byQuestion.forEach((code, shares) -> out.add(picture(g, code, shares, rule)));
    return out;
  }

  private KeyQuestionPicture picture(Group g, KeyQuestionCode code, List<Share> shares, RollUpRule rule) {
    int yes = 0;
    int applicable = 0;
    List<Share> withCases = new ArrayList<>();
    for (Share s : shares) {
      yes += s.yes;
      applicable += s.applicable;
      if (s.applicable > 0) {
        withCases.add(s);
      }
    }
    KeyQuestionPicture.Builder b = KeyQuestionPicture.builder()
        .cycle(g.cycle()).providerType(g.type()).keyQuestion(code).providers(withCases.size())
        .yes(yes).applicable(applicable);
    if (withCases.isEmpty()) {
      return b.build();
    }
    if (rule == RollUpRule.CASE_WEIGHTED) {
      double[] interval = Wilson.interval(yes, applicable, policy.intervalZ());
      b.share((double) yes / applicable).intervalLow(interval[0]).intervalHigh(interval[1]);
    } else {
      b.share(withCases.stream().mapToDouble(Share::share).average().orElseThrow());
    }
    withCases.sort(Comparator.comparingDouble(Share::share).thenComparing(s -> s.provider));
    Share lowest = withCases.get(0);
    Share highest = withCases.stream()
        .max(Comparator.comparingDouble(Share::share).thenComparing(s -> s.provider, Comparator.reverseOrder()))
        .orElseThrow();
    int n = withCases.size();
    double median = n % 2 == 1
        ? withCases.get(n / 2).share()
        : (withCases.get(n / 2 - 1).share() + withCases.get(n / 2).share()) / 2;
    return b.lowestShare(lowest.share()).highestShare(highest.share()).medianShare(median)
        .lowestProvider(lowest.provider).highestProvider(highest.provider).build();
  }

  private static List<ProviderTrend> trends(List<Rated> all, List<Rated> selected) {
    Map<ProviderId, List<Rated>> byProvider = new HashMap<>();
    for (Rated x : all) {
      byProvider.computeIfAbsent(x.inspection.provider().id(), p -> new ArrayList<>()).add(x);
    }
    List<ProviderTrend> out = new ArrayList<>();
    for (Rated later : selected) {
      Rated earlier = null;
      for (Rated x : byProvider.get(later.inspection.provider().id())) {
        boolean before = x.inspection.cycle().compareTo(later.inspection.cycle()) < 0
            || (x.inspection.cycle().equals(later.inspection.cycle())
                && x.inspection.id().compareTo(later.inspection.id()) < 0);
        if (before && x.inspection.provider().type().equals(later.inspection.provider().type())
            && (earlier == null || byCycleThenId(x, earlier) > 0)) {
          earlier = x;
        }
      }
      if (earlier == null) {
        continue;
      }
      ProviderTrend.Builder t = ProviderTrend.builder()
          .provider(later.inspection.provider())
          .previous(earlier.inspection.id()).previousCycle(earlier.inspection.cycle())
          .current(later.inspection.id()).currentCycle(later.inspection.cycle())
          .overallFrom(earlier.entry.overall()).overallTo(later.entry.overall());
      Map<StandardCode, Rating> then = earlier.entry.standards();
      later.entry.standards().forEach((code, now) -> {
        Rating was = then.get(code);
        if (was != null) {
          t.addStandard(StandardChange.of(code, was, now));
        }
      });
      out.add(t.build());
    }
    return out;
  }

  private static int byCycleThenId(Rated a, Rated b) {
    int c = a.inspection.cycle().compareTo(b.inspection.cycle());
    return c != 0 ? c : a.inspection.id().compareTo(b.inspection.id());
  }

  private static List<FollowUpTally> followUp(List<Rated> all, Map<Group, List<Rated>> groups) {
    Map<InspectionId, Inspection> byId = new HashMap<>();
    all.forEach(x -> byId.put(x.inspection.id(), x.inspection));
    List<FollowUpTally> out = new ArrayList<>();
    groups.forEach((g, members) -> {
      int[] progress = new int[3];
      int notAssessed = 0;
      int inspections = 0;
      for (Rated x : members) {
        Inspection i = x.inspection;
        Optional<Inspection> previous = i.previousInspection().map(byId::get);
        if (i.progressAssessments().isEmpty() && previous.isEmpty()) {
          continue;
        }
        inspections++;
        Set<RecommendationId> assessed = new HashSet<>();
        for (ProgressAssessment p : i.progressAssessments()) {
          progress[p.progress().ordinal()]++;
          assessed.add(p.recommendation());
        }
        if (previous.isPresent()) {
          for (Recommendation r : previous.get().recommendations()) {
            if (!assessed.contains(r.id())) {
              notAssessed++;
            }
          }
        }
      }
      if (inspections > 0) {
        out.add(FollowUpTally.builder().cycle(g.cycle()).providerType(g.type())
            .sufficient(progress[0]).insufficient(progress[1]).noProgress(progress[2])
            .notAssessed(notAssessed).inspections(inspections).build());
      }
    });
    return out;
  }

  private List<RegionRollUp> regions(List<Rated> selected) {
    if (registry == null) {
      return List.of();
    }
    Map<RegionKey, List<Rated>> byRegion = new TreeMap<>();
    for (Rated x : selected) {
      Optional<ProviderId> parent = registry.entry(x.inspection.provider().id()).flatMap(RegistryEntry::parent);
      if (parent.isPresent()) {
        byRegion.computeIfAbsent(new RegionKey(x.inspection.cycle(), parent.get()), k -> new ArrayList<>()).add(x);
      }
    }
    List<RegionRollUp> out = new ArrayList<>();
    byRegion.forEach((key, units) -> {
      ProviderType unitType = units.get(0).inspection.provider().type();
      RegionRollUp.Builder b = RegionRollUp.builder()
          .cycle(key.cycle()).region(key.region())
          .name(registry.entry(key.region()).map(RegistryEntry::name).orElse(key.region().toString()))
          .rule(policy.rollUp())
          .cases(units.stream().mapToInt(u -> u.entry.cases()).sum());
      units.stream().map(u -> u.inspection.provider().id()).distinct().sorted().forEach(b::addUnit);
      keyQuestions(new Group(key.cycle(), unitType), units, policy.rollUp()).forEach(b::addKeyQuestion);
      out.add(b.build());
    });
    return out;
  }

  // -------------------------------------------------------------------------------------------------- support

  private static final class Rated {
    final Inspection inspection;
    final InspectionRating rating;
    final PortfolioInspection entry;

    Rated(Inspection inspection, InspectionRating rating, PortfolioInspection entry) {
      this.inspection = inspection;
      this.rating = rating;
      this.entry = entry;
    }
  }

  private static final class Share {
    final ProviderId provider;
    final int yes;
    final int applicable;

    Share(ProviderId provider, int yes, int applicable) {
      this.provider = provider;
      this.yes = yes;
      this.applicable = applicable;
    }

    double share() {
      return (double) yes / applicable;
    }
  }

  /** A cycle and provider type: the unit of the distributions, key questions and follow-up. */
  private record Group(Cycle cycle, ProviderType type) implements Comparable<Group> {
    private static final Comparator<Group> ORDER =
        Comparator.comparing(Group::cycle).thenComparing(Group::type);

    @Override
    public int compareTo(Group o) {
      return ORDER.compare(this, o);
    }
  }

  /** A cycle and region: the unit of the roll-ups. */
  private record RegionKey(Cycle cycle, ProviderId region) implements Comparable<RegionKey> {
    private static final Comparator<RegionKey> ORDER =
        Comparator.comparing(RegionKey::cycle).thenComparing(RegionKey::region);

    @Override
    public int compareTo(RegionKey o) {
      return ORDER.compare(this, o);
    }
  }

  /** Builds a {@link PortfolioCalculator}. */
  public static final class Builder {
    private Function<FrameworkId, Optional<Framework>> frameworks;
    private Function<Framework, RatingPolicy> policies = RatingPolicy::builtInFor;
    private PortfolioPolicy policy = PortfolioPolicy.defaults();
    private ProviderRegistry registry;
    private BiFunction<Framework, Inspection, List<Problem>> validation = (f, i) -> List.of();

    Builder() {}

    /**
     * Sets a check made before rating (such as {@code InspectionValidator}'s problems): an inspection with a
     * problem is listed as unrated with it. None unless set.
     *
     * @param validation the problems of an inspection under its framework
     * @return this builder
     */
    public Builder validation(BiFunction<Framework, Inspection, List<Problem>> validation) {
      this.validation = Objects.requireNonNull(validation, "validation");
      return this;
    }

    /**
     * Sets how a framework id is resolved (for example {@code Frameworks::find} of {@code inspection-json}, or a
     * framework store's {@code find}); required.
     *
     * @param frameworks the resolver
     * @return this builder
     */
    public Builder frameworks(Function<FrameworkId, Optional<Framework>> frameworks) {
      this.frameworks = Objects.requireNonNull(frameworks, "frameworks");
      return this;
    }

    /**
     * Sets the rating policy for each framework; {@link RatingPolicy#builtInFor} unless set.
     *
     * @param policies the policy of a framework
     * @return this builder
     */
    public Builder policies(Function<Framework, RatingPolicy> policies) {
      this.policies = Objects.requireNonNull(policies, "policies");
      return this;
    }

    /**
     * Sets the portfolio policy; {@link PortfolioPolicy#defaults()} unless set.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder policy(PortfolioPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Sets the provider registry whose parents group delivery units into regions; without one, no roll-up.
     *
     * @param registry the registry
     * @return this builder
     */
    public Builder registry(ProviderRegistry registry) {
      this.registry = Objects.requireNonNull(registry, "registry");
      return this;
    }

    /**
     * The calculator.
     *
     * @return the calculator
     * @throws NullPointerException if no framework resolver was set
     */
    public PortfolioCalculator build() {
      return new PortfolioCalculator(this);
    }
  }
}
