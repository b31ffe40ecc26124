package org.inspectionkit.rules.sampling;

import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.inspectionkit.model.framework.SampleKind;
import org.inspectionkit.rules.fieldwork.DateSpan;
import org.inspectionkit.rules.Problem;

/**
 * How one kind of case sample is drawn: the confidence level and margin of error it is sized for, the attributes it
 * keeps in proportion, the window of start dates that makes a case eligible, and any minimum or maximum size.
 *
 * <p>A specification is data. The defaults ({@link #DEFAULT_CONFIDENCE}, {@link #DEFAULT_MARGIN_OF_ERROR},
 * {@link #DEFAULT_ASSUMED_PROPORTION}, {@link #DEFAULT_ELIGIBILITY_WINDOW}) are the inspectorate's long-standing
 * practice; the built-in specifications of each framework are in {@link SamplingPolicy}, and {@link #basis()} says
 * whether a value is a default to replace.
 *
 * <p>Invariants, checked when it is built: confidence, margin of error and assumed proportion strictly between 0
 * and 1; the eligibility window positive and its gap not negative; no attribute named twice; minimum at least 0,
 * maximum at least 1 and not below the minimum. Immutable and thread-safe.
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
    return builder().from(this).confidence(confidence).basis(SpecificationBasis.USER_SUPPLIED).build();
  }

  /**
   * A copy with another margin of error, marked {@link SpecificationBasis#USER_SUPPLIED}.
   *
   * @param marginOfError the margin of error as a fraction, strictly between 0 and 1
   * @return the copy
   * @throws IllegalArgumentException if the margin of error is out of range
   */
  public SampleSpecification withMarginOfError(double marginOfError) {
    return builder().from(this).marginOfError(marginOfError).basis(SpecificationBasis.USER_SUPPLIED).build();
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
  }

  /** Builds a {@link SampleSpecification}; the sample kind is required, everything else has a default. */
  public static final class Builder extends ImmutableSampleSpecification.Builder {
    Builder() {}
  }
}
