package org.inspectionkit.rules.sampling;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.inspectionkit.model.framework.SampleKind;
import org.inspectionkit.rules.fieldwork.DateSpan;
import org.inspectionkit.rules.Problem;

/**
 * How one kind of case sample is drawn: every rule of it as data. The confidence level and margin of error it is
 * sized for, the proportion assumed, which cases are eligible and the window of start dates that makes them so, the
 * attributes it keeps in proportion, how the sample is shared among strata, any minimum or maximum size, and how
 * many reserve cases are drawn after it (see {@link SamplingRule}).
 *
 * <p>Each rule has a basis ({@link #basisOf(SamplingRule)}): {@link SpecificationBasis#KNOWN_PRACTICE} for a
 * published fact (the inspectorate's known practice of sizing samples for 80% confidence and a margin of 5
 * percentage points, {@link #DEFAULT_CONFIDENCE} and {@link #DEFAULT_MARGIN_OF_ERROR}),
 * {@link SpecificationBasis#PLACEHOLDER} for a default of this library ({@link #DEFAULT_ASSUMED_PROPORTION},
 * {@link #DEFAULT_ELIGIBILITY_WINDOW}, {@link #DEFAULT_STRATA},
 * {@link AllocationMethod#PROPORTIONAL_LARGEST_REMAINDER}, {@link ReserveRule#DEFAULT}, no size limits: the
 * inspection manual's own rules were not available), and
 * {@link SpecificationBasis#USER_SUPPLIED} for a value of the user's. The built-in specifications of each framework
 * are in {@link SamplingPolicy}; {@link #basis()} says where the specification as a whole comes from.
 *
 * <p>Invariants, checked when it is built: confidence, margin of error and assumed proportion strictly between 0
 * and 1; the eligibility window positive and its gap not negative; no attribute named twice; minimum at least 0,
 * maximum at least 1 and not below the minimum; the description of the eligible cases and the note non-blank.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class SampleSpecification {

  /** The confidence level a probation case sample is sized for by default: 80%. */
  public static final double DEFAULT_CONFIDENCE = 0.80;
  /** The margin of error a probation case sample is sized for by default: 5 percentage points. */
  public static final double DEFAULT_MARGIN_OF_ERROR = 0.05;
  /** The proportion assumed when sizing a sample: 0.5, which needs the largest sample. */
  public static final double DEFAULT_ASSUMED_PROPORTION = 0.5;
  /** How long before fieldwork an eligible case may have started, by default: six months. */
  public static final Period DEFAULT_ELIGIBILITY_WINDOW = Period.ofMonths(6);
  /** The attributes a probation case sample keeps in proportion by default. */
  public static final List<StratumAttribute> DEFAULT_STRATA = List.of(
      StratumAttribute.GENDER, StratumAttribute.SENTENCE_TYPE, StratumAttribute.RISK_OF_SERIOUS_HARM);

  SampleSpecification() {}

  /**
   * The kind of sample this specification draws.
   *
   * @return the sample kind
   */
  public abstract SampleKind sampleKind();

  /**
   * The confidence level; {@link #DEFAULT_CONFIDENCE} unless said otherwise.
   *
   * @return the confidence level, such as {@code 0.80}
   */
  @Value.Default
  public double confidence() {
    return DEFAULT_CONFIDENCE;
  }

  /**
   * The margin of error as a fraction; {@link #DEFAULT_MARGIN_OF_ERROR} unless said otherwise.
   *
   * @return the margin of error, such as {@code 0.05}
   */
  @Value.Default
  public double marginOfError() {
    return DEFAULT_MARGIN_OF_ERROR;
  }

  /**
   * The proportion assumed when sizing the sample; {@link #DEFAULT_ASSUMED_PROPORTION} unless said otherwise.
   *
   * @return {@code p}
   */
  @Value.Default
  public double assumedProportion() {
    return DEFAULT_ASSUMED_PROPORTION;
  }

  /**
   * The attributes the sample keeps in proportion, in the order strata are reported; empty for an unstratified
   * sample.
   *
   * @return the attributes
   */
  public abstract List<StratumAttribute> strata();

  /**
   * Which cases make up the sample's population, in words, such as {@code sentences with an unpaid work
   * requirement}. A description for reports: a sample is drawn from the records it is given, filtered by start date
   * only, so the extract must hold only such cases. Empty when the specification does not say.
   *
   * @return the description of the eligible cases
   */
  public abstract Optional<String> eligibleCases();

  /**
   * How the sample is shared among the strata in whole cases;
   * {@link AllocationMethod#PROPORTIONAL_LARGEST_REMAINDER} unless said otherwise.
   *
   * @return the allocation method
   */
  @Value.Default
  public AllocationMethod allocation() {
    return AllocationMethod.PROPORTIONAL_LARGEST_REMAINDER;
  }

  /**
   * How many reserve cases are drawn in each stratum after the sample; {@link ReserveRule#DEFAULT} unless said
   * otherwise.
   *
   * @return the reserve rule
   */
  @Value.Default
  public ReserveRule reserve() {
    return ReserveRule.DEFAULT;
  }

  /**
   * How long the window of eligible start dates is; {@link #DEFAULT_ELIGIBILITY_WINDOW} unless said otherwise.
   *
   * @return the window's length
   */
  @Value.Default
  public Period eligibilityWindow() {
    return DEFAULT_ELIGIBILITY_WINDOW;
  }

  /**
   * How long before fieldwork the eligibility window ends; zero (the window runs up to the day before fieldwork)
   * unless said otherwise.
   *
   * @return the gap
   */
  @Value.Default
  public Period eligibilityGap() {
    return Period.ZERO;
  }

  /**
   * The fewest cases to sample, if the specification sets a floor (never more than the eligible population).
   *
   * @return the minimum
   */
  public abstract OptionalInt minimumSize();

  /**
   * The most cases to sample, if the specification sets a ceiling.
   *
   * @return the maximum
   */
  public abstract OptionalInt maximumSize();

  /**
   * Where the values come from; {@link SpecificationBasis#USER_SUPPLIED} unless said otherwise.
   *
   * @return the basis
   */
  @Value.Default
  public SpecificationBasis basis() {
    return SpecificationBasis.USER_SUPPLIED;
  }

  /**
   * A note on the values, such as what a placeholder stands in for.
   *
   * @return the note
   */
  public abstract Optional<String> note();

  /**
   * The bases the specification states, rule by rule, such as {@code CONFIDENCE -> KNOWN_PRACTICE}; a rule not
   * named here has the basis {@link #basisOf(SamplingRule)} works out from its value. Set with
   * {@link Builder#basis(SamplingRule, SpecificationBasis)}.
   *
   * @return the stated bases, by rule
   */
  public abstract Map<SamplingRule, SpecificationBasis> ruleBases();

  /**
   * Whether a rule is a published fact, a default of this library or the user's own value.
   *
   * <p>A rule named in {@link #ruleBases()} has the basis given there, except that
   * {@link SpecificationBasis#KNOWN_PRACTICE} for the confidence level or the margin of error holds only for the
   * known values, 80% and 5 percentage points: another value there is {@link SpecificationBasis#USER_SUPPLIED}. A rule
   * not named has the basis of this library's default if its value is the default (known practice for 80% and 5
   * points; {@link SpecificationBasis#PLACEHOLDER} for the other defaults, and for no size limits), and is
   * {@link SpecificationBasis#USER_SUPPLIED} otherwise. A description of the eligible cases is never a default.
   *
   * @param rule the rule
   * @return the rule's basis
   */
  public SpecificationBasis basisOf(SamplingRule rule) {
    SpecificationBasis stated = ruleBases().get(rule);
    if (stated == SpecificationBasis.KNOWN_PRACTICE && !isKnownValue(rule)) {
      return SpecificationBasis.USER_SUPPLIED;
    }
    if (stated != null) {
      return stated;
    }
    if (!isDefaultValue(rule)) {
      return SpecificationBasis.USER_SUPPLIED;
    }
    return rule == SamplingRule.CONFIDENCE || rule == SamplingRule.MARGIN_OF_ERROR
        ? SpecificationBasis.KNOWN_PRACTICE
        : SpecificationBasis.PLACEHOLDER;
  }

  /**
   * The rules that are this library's defaults ({@link SpecificationBasis#PLACEHOLDER}) rather than published facts
   * or the user's values, in {@link SamplingRule} order.
   *
   * @return the default rules
   */
  public List<SamplingRule> defaults() {
    List<SamplingRule> out = new ArrayList<>();
    for (SamplingRule r : SamplingRule.values()) {
      if (basisOf(r) == SpecificationBasis.PLACEHOLDER) {
        out.add(r);
      }
    }
    return List.copyOf(out);
  }

  /**
   * A rule's value in words, as a report shows it, such as {@code 80%} for the confidence level or
   * {@code cases that started in the 6 months before fieldwork} for the eligibility window.
   *
   * @param rule the rule
   * @return the value
   */
  public String describe(SamplingRule rule) {
    switch (rule) {
      case CONFIDENCE:
        return SampleSize.percent(confidence());
      case MARGIN_OF_ERROR:
        return SampleSize.points(marginOfError()) + " percentage points";
      case ASSUMED_PROPORTION:
        return SampleSize.decimal(assumedProportion());
      case ELIGIBLE_CASES:
        return eligibleCases().orElse("the records supplied");
      case ELIGIBILITY_WINDOW:
        return eligibilityGap().isZero()
            ? "cases that started in the " + words(eligibilityWindow()) + " before fieldwork"
            : "cases that started in the " + words(eligibilityWindow()) + " ending " + words(eligibilityGap())
                + " before fieldwork";
      case STRATA:
        return strata().isEmpty()
            ? "none (one stratum of all cases)"
            : strata().stream().map(StratumAttribute::name).collect(Collectors.joining(", "));
      case ALLOCATION:
        return allocation().description();
      case SIZE_LIMITS:
        return sizeLimits();
      case RESERVE:
        return reserve().describe();
      default:
        throw new IllegalArgumentException("rule: " + rule);
    }
  }

  private boolean isKnownValue(SamplingRule rule) {
    switch (rule) {
      case CONFIDENCE:
        return confidence() == DEFAULT_CONFIDENCE;
      case MARGIN_OF_ERROR:
        return marginOfError() == DEFAULT_MARGIN_OF_ERROR;
      default:
        return true;
    }
  }

  private boolean isDefaultValue(SamplingRule rule) {
    switch (rule) {
      case CONFIDENCE:
        return confidence() == DEFAULT_CONFIDENCE;
      case MARGIN_OF_ERROR:
        return marginOfError() == DEFAULT_MARGIN_OF_ERROR;
      case ASSUMED_PROPORTION:
        return assumedProportion() == DEFAULT_ASSUMED_PROPORTION;
      case ELIGIBLE_CASES:
        return false;
      case ELIGIBILITY_WINDOW:
        return eligibilityWindow().equals(DEFAULT_ELIGIBILITY_WINDOW) && eligibilityGap().isZero();
      case STRATA:
        return strata().equals(DEFAULT_STRATA);
      case ALLOCATION:
        return allocation() == AllocationMethod.PROPORTIONAL_LARGEST_REMAINDER;
      case SIZE_LIMITS:
        return minimumSize().isEmpty() && maximumSize().isEmpty();
      case RESERVE:
        return reserve().equals(ReserveRule.DEFAULT);
      default:
        throw new IllegalArgumentException("rule: " + rule);
    }
  }

  private String sizeLimits() {
    List<String> limits = new ArrayList<>();
    minimumSize().ifPresent(m -> limits.add("at least " + m + " cases"));
    maximumSize().ifPresent(m -> limits.add("at most " + m + " cases"));
    return limits.isEmpty() ? "none" : String.join(", ", limits);
  }

  /** {@code P6M} as {@code 6 months}, {@code P1Y2M10D} as {@code 1 year 2 months 10 days}. */
  static String words(Period period) {
    List<String> parts = new ArrayList<>();
    unit(parts, period.getYears(), "year");
    unit(parts, period.getMonths(), "month");
    unit(parts, period.getDays(), "day");
    return parts.isEmpty() ? "0 days" : String.join(" ", parts);
  }

  private static void unit(List<String> parts, int amount, String unit) {
    if (amount != 0) {
      parts.add(String.format(Locale.ROOT, "%d %s%s", amount, unit, Math.abs(amount) == 1 ? "" : "s"));
    }
  }

  /**
   * The start dates that make a case eligible for fieldwork that starts on {@code fieldworkStart}, both ends
   * included: from {@code fieldworkStart - gap - window} to the day before {@code fieldworkStart - gap}. With no gap
   * and six months, fieldwork on 2019-09-02 gives 2019-03-02 to 2019-09-01.
   *
   * @param fieldworkStart the first day of fieldwork
   * @return the eligibility window
   */
  public DateSpan eligibilityWindowBefore(LocalDate fieldworkStart) {
    LocalDate end = fieldworkStart.minus(eligibilityGap());
    return DateSpan.of(end.minus(eligibilityWindow()), end.minusDays(1));
  }

  /**
   * A copy with another confidence level, marked {@link SpecificationBasis#USER_SUPPLIED}.
   *
   * @param confidence the confidence level, strictly between 0 and 1
   * @return the copy
   * @throws IllegalArgumentException if the confidence level is out of range
   */
  public SampleSpecification withConfidence(double confidence) {
    return builder().from(this).confidence(confidence).basis(SpecificationBasis.USER_SUPPLIED)
        .basis(SamplingRule.CONFIDENCE, SpecificationBasis.USER_SUPPLIED).build();
  }

  /**
   * A copy with another margin of error, marked {@link SpecificationBasis#USER_SUPPLIED}.
   *
   * @param marginOfError the margin of error as a fraction, strictly between 0 and 1
   * @return the copy
   * @throws IllegalArgumentException if the margin of error is out of range
   */
  public SampleSpecification withMarginOfError(double marginOfError) {
    return builder().from(this).marginOfError(marginOfError).basis(SpecificationBasis.USER_SUPPLIED)
        .basis(SamplingRule.MARGIN_OF_ERROR, SpecificationBasis.USER_SUPPLIED).build();
  }

  /**
   * A copy with another reserve rule, marked {@link SpecificationBasis#USER_SUPPLIED}.
   *
   * @param reserve the reserve rule, such as {@code ReserveRule.of(10, 1)}
   * @return the copy
   */
  public SampleSpecification withReserve(ReserveRule reserve) {
    return builder().from(this).reserve(reserve).basis(SpecificationBasis.USER_SUPPLIED)
        .basis(SamplingRule.RESERVE, SpecificationBasis.USER_SUPPLIED).build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    String where = "SampleSpecification " + sampleKind();
    List<Problem> problems = SampleSize.parameterProblems(confidence(), marginOfError(), assumedProportion());
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(where + ": "
          + problems.stream().map(p -> p.where() + " " + p.message()).collect(Collectors.joining("; ")));
    }
    if (eligibilityWindow().isNegative() || eligibilityWindow().isZero()) {
      throw new IllegalArgumentException(where + " eligibilityWindow: must be positive, was " + eligibilityWindow());
    }
    if (eligibilityGap().isNegative()) {
      throw new IllegalArgumentException(where + " eligibilityGap: must not be negative, was " + eligibilityGap());
    }
    Set<StratumAttribute> seen = new HashSet<>();
    for (StratumAttribute a : strata()) {
      if (!seen.add(a)) {
        throw new IllegalArgumentException(where + " strata: attribute '" + a + "' is named twice");
      }
    }
    minimumSize().ifPresent(m -> {
      if (m < 0) {
        throw new IllegalArgumentException(where + " minimumSize: must be at least 0, was " + m);
      }
    });
    maximumSize().ifPresent(m -> {
      if (m < 1) {
        throw new IllegalArgumentException(where + " maximumSize: must be at least 1, was " + m);
      }
      if (minimumSize().isPresent() && minimumSize().getAsInt() > m) {
        throw new IllegalArgumentException(
            where + " maximumSize: " + m + " is below minimumSize " + minimumSize().getAsInt());
      }
    });
    note().ifPresent(n -> {
      if (n.isBlank() || n.length() > 2_000) {
        throw new IllegalArgumentException(where + " note: must be non-blank and at most 2000 characters");
      }
    });
    eligibleCases().ifPresent(n -> {
      if (n.isBlank() || n.length() > 300) {
        throw new IllegalArgumentException(where + " eligibleCases: must be non-blank and at most 300 characters");
      }
    });
  }

  /** Builds a {@link SampleSpecification}; the sample kind is required, everything else has a default. */
  public static final class Builder extends ImmutableSampleSpecification.Builder {
    Builder() {}

    /**
     * States the basis of one rule, replacing any stated before (see {@link SampleSpecification#basisOf}).
     *
     * @param rule the rule
     * @param basis its basis
     * @return this builder
     */
    public Builder basis(SamplingRule rule, SpecificationBasis basis) {
      putRuleBase(rule, basis);
      return this;
    }
  }
}
