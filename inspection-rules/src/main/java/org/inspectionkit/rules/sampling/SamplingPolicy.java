package org.inspectionkit.rules.sampling;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.inspectionkit.model.framework.Cycle;
import org.inspectionkit.model.framework.FrameworkId;
import org.inspectionkit.model.framework.SampleKind;

/**
 * The sample specifications of one framework version: how each kind of case sample (domain two, unpaid work,
 * Through the Gate, court work, victim work) is drawn in inspections under that framework.
 *
 * <p>The set is versioned by its framework id: {@link #PROBATION_2018_19} and {@link #PROBATION_2019_20} are built
 * in; users build their own with {@link #builder()}, for a youth framework or with the values of an inspection
 * manual. The built-in values are defaults to replace: every built-in specification states the basis of each of its
 * rules ({@link SampleSpecification#basisOf(SamplingRule)}) and says what it stands in for in its
 * {@link SampleSpecification#note()}. The two probation versions hold the same rules (see
 * {@link #PROBATION_2019_20}).
 *
 * <p>Invariant: at most one specification per sample kind; specifications are kept in sample kind order.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class SamplingPolicy {

  /**
   * The built-in specifications of the 2018-19 probation framework: every sample sized for 80% confidence and a
   * margin of 5 percentage points, which for domain two and unpaid work is the inspectorate's known practice
   * ({@link SpecificationBasis#KNOWN_PRACTICE}) and for the other samples this library's default. Every other rule
   * is a default ({@link SpecificationBasis#PLACEHOLDER}): domain two and unpaid work stratified by gender, sentence
   * type and risk of serious harm, Through the Gate, court work and victim work by gender and risk of serious harm;
   * every sample takes cases that started (or, for Through the Gate, were released) in the six months before
   * fieldwork, is allocated by largest remainder, has no size limits and draws the {@link ReserveRule#DEFAULT}
   * reserve list.
   */
  public static final SamplingPolicy PROBATION_2018_19 = BuiltInSamplingPolicies.probation2018();

  /**
   * The built-in specifications of the 2019-20 probation framework: the same rules as {@link #PROBATION_2018_19}.
   * The notice says sampling changed in minor ways for domain two and unpaid work and in major ways for Through the
   * Gate, with the details in the 2019-20 inspection manual, which was not available to this library: the changes
   * are not modelled, the rules stay the 2018-19 defaults, and each of these three specifications says so in its
   * note. Replace them with the manual's rules.
   */
  public static final SamplingPolicy PROBATION_2019_20 = BuiltInSamplingPolicies.probation2019();

  SamplingPolicy() {}

  /**
   * The framework version these specifications belong to, such as {@code probation-2019-20}.
   *
   * @return the framework id
   */
  public abstract FrameworkId frameworkId();

  /**
   * The inspection cycle of the framework version.
   *
   * @return the cycle
   */
  public abstract Cycle cycle();

  /**
   * The specifications, in sample kind order.
   *
   * @return the specifications
   */
  public abstract List<SampleSpecification> specifications();

  /**
   * The specification for one kind of sample.
   *
   * @param kind the sample kind
   * @return the specification, if this policy has one
   */
  public Optional<SampleSpecification> specification(SampleKind kind) {
    return specifications().stream().filter(s -> s.sampleKind().equals(kind)).findFirst();
  }

  /**
   * The kinds of sample this policy specifies, in order.
   *
   * @return the sample kinds
   */
  public List<SampleKind> sampleKinds() {
    return specifications().stream().map(SampleSpecification::sampleKind).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The built-in policies, oldest first.
   *
   * @return the built-in policies
   */
  public static List<SamplingPolicy> builtIn() {
    return List.of(PROBATION_2018_19, PROBATION_2019_20);
  }

  /**
   * The built-in policy for a framework version.
   *
   * @param frameworkId the framework id, such as {@code probation-2019-20}
   * @return the policy, if one is built in
   */
  public static Optional<SamplingPolicy> builtIn(FrameworkId frameworkId) {
    return builtIn().stream().filter(p -> p.frameworkId().equals(frameworkId)).findFirst();
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
  SamplingPolicy check() {
    Set<SampleKind> seen = new HashSet<>();
    for (SampleSpecification s : specifications()) {
      if (!seen.add(s.sampleKind())) {
        throw new IllegalArgumentException("SamplingPolicy " + frameworkId() + " specifications: sample kind '"
            + s.sampleKind() + "' is specified twice");
      }
    }
    Comparator<SampleSpecification> order = Comparator.comparing(SampleSpecification::sampleKind);
    for (int i = 1; i < specifications().size(); i++) {
      if (order.compare(specifications().get(i - 1), specifications().get(i)) > 0) {
        return builder()
            .from(this)
            .specifications(specifications().stream().sorted(order).collect(Collectors.toList()))
            .build();
      }
    }
    return this;
  }

  /** Builds a {@link SamplingPolicy}; framework id and cycle are required, specifications may be empty. */
  public static final class Builder extends ImmutableSamplingPolicy.Builder {
    Builder() {}

    /**
     * Sets the framework id from its text form.
     *
     * @param id the id, such as {@code probation-2019-20}
     * @return this builder
     */
    public Builder frameworkId(String id) {
      return frameworkId(FrameworkId.of(id));
    }

    /**
     * Sets the cycle from its text form.
     *
     * @param cycle the cycle, such as {@code 2019-20}
     * @return this builder
     */
    public Builder cycle(String cycle) {
      return cycle(Cycle.parse(cycle));
    }
  }
}
