package org.inspectionkit.rules.validation;

import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.inspectionkit.model.casework.CaseAssessment;
import org.inspectionkit.model.casework.CaseRef;
import org.inspectionkit.model.casework.InspectedCase;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.inspection.FieldworkPeriod;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.provider.ProviderRegistry;
import org.inspectionkit.rules.Problem;
import org.inspectionkit.rules.rating.RatingCalculator;
import org.inspectionkit.rules.rating.RatingPolicy;

/**
 * Whether an inspection's data can be true: the one validation that rating, checking, reporting and storing an
 * inspection all apply, so that no command accepts what another refuses.
 *
 * <p>It reports two kinds of problem, all at once:
 *
 * <ul>
 *   <li>the integrity problems the {@link RatingCalculator} finds (the inspection made under another framework or
 *       cycle, a provider type the framework does not cover, answers to key questions or prompts the framework
 *       does not have, judgements or overrides of standards it does not have, an override that departs from a
 *       rating the data no longer gives); not the problems of an inspection that is merely unfinished (a standard
 *       with no cases yet, a judgement not yet recorded), which only rating needs;
 *   <li>impossible dates: a case assessed before it started, or after the fieldwork ended; a case that started
 *       after the fieldwork began; fieldwork, case starts or assessments outside the years the cycle can cover
 *       (from {@value #YEARS_BEFORE_CYCLE} years before the cycle's first year to the end of the year after its
 *       second: a default, replaceable with {@link Builder#yearsBeforeCycle});
 *   <li>where a provider registry is given ({@link Builder#registry}), a provider that is not in it, did not
 *       exist when the fieldwork began, or has another type than its entry.
 * </ul>
 *
 * <p>Problems name the case, field and rule, never case data. Immutable and thread-safe.
 */
public final class InspectionValidator {

  /** Default: how many years before its first year a cycle's cases may have started (a default, not a rule). */
  public static final int YEARS_BEFORE_CYCLE = 10;

  /** The rating problems that make the data inconsistent, as opposed to unfinished. */
  private static final Set<String> INTEGRITY =
      Set.of(
          "rating.framework-mismatch",
          "rating.cycle-mismatch",
          "rating.provider-type-not-covered",
          "rating.judgement-of-unknown-standard",
          "rating.judgement-of-case-rated-standard",
          "rating.override-of-unknown-standard",
          "rating.stale-override",
          "rating.adjustment-of-unknown-standard",
          "rating.adjustment-not-allowed",
          "rating.stale-adjustment",
          "rating.unsupported-adjustment",
          "rating.unknown-key-question",
          "rating.unknown-prompt",
          "rating.unknown-sample",
          "rating.unknown-standard",
          "rating.wrong-sample");

  private final RatingCalculator calculator;
  private final int yearsBeforeCycle;
  private final ProviderRegistry registry;

  private InspectionValidator(RatingCalculator calculator, int yearsBeforeCycle, ProviderRegistry registry) {
    this.calculator = calculator;
    this.yearsBeforeCycle = yearsBeforeCycle;
    this.registry = registry;
  }

  /**
   * The validator that rates with {@code policy} to find stale overrides.
   *
   * @param policy the rating policy the inspection is rated with
   * @return the validator
   */
  public static InspectionValidator of(RatingPolicy policy) {
    return builder().policy(policy).build();
  }

  /**
   * A builder, for a validator with other defaults.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Every problem that makes the inspection's data impossible or inconsistent with its framework, in a stable
   * order; empty if there is none.
   *
   * @param framework the framework the inspection was made under
   * @param inspection the inspection
   * @return the problems
   */
  public List<Problem> problems(Framework framework, Inspection inspection) {
    Objects.requireNonNull(framework, "framework");
    Objects.requireNonNull(inspection, "inspection");
    List<Problem> problems = new ArrayList<>();
    calculator.rate(framework, inspection).fold(
        errors -> {
          errors.stream().filter(p -> INTEGRITY.contains(p.code())).forEach(problems::add);
          return null;
        },
        rating -> null);
    dates(inspection, problems);
    if (registry != null) {
      Optional<String> p = inspection.fieldwork().isPresent()
          ? registry.problemFor(inspection.provider(), inspection.fieldwork().get().start())
          : registry.problemFor(inspection.provider().id());
      p.ifPresent(m -> problems.add(Problem.of("provider.not-in-registry", "inspection " + inspection.id()
          + " provider", m)));
    }
    problems.sort(null);
    return List.copyOf(problems);
  }

  /**
   * The inspection if its data can be true, else every problem.
   *
   * @param framework the framework the inspection was made under
   * @param inspection the inspection
   * @return the inspection, or its problems
   */
  public Validation<List<Problem>, Inspection> validate(Framework framework, Inspection inspection) {
    List<Problem> problems = problems(framework, inspection);
    return problems.isEmpty() ? Validation.valid(inspection) : Validation.invalid(problems);
  }

  private void dates(Inspection inspection, List<Problem> problems) {
    int first = inspection.cycle().startYear();
    LocalDate earliest = LocalDate.of(first - yearsBeforeCycle, 1, 1);
    LocalDate latest = LocalDate.of(first + 2, 12, 31);
    String window = "from " + earliest + " to " + latest + " for cycle " + inspection.cycle();
    String where = "inspection " + inspection.id();
    FieldworkPeriod fieldwork = inspection.fieldwork().orElse(null);
    if (fieldwork != null) {
      LocalDate cycleStart = LocalDate.of(first, 1, 1);
      if (fieldwork.start().isBefore(cycleStart) || fieldwork.end().isAfter(latest)) {
        problems.add(Problem.of("dates.fieldwork-outside-cycle", where + " fieldwork",
            "the fieldwork must lie from " + cycleStart + " to " + latest + " for cycle " + inspection.cycle()));
      }
    }
    Map<CaseRef, InspectedCase> cases = new HashMap<>();
    for (InspectedCase c : inspection.cases()) {
      cases.put(c.ref(), c);
      String at = "case " + c.ref();
      c.startDate().ifPresent(start -> {
        if (start.isBefore(earliest) || start.isAfter(latest)) {
          problems.add(Problem.of("dates.outside-cycle", at + " startDate",
              "the start date must lie " + window));
        } else if (fieldwork != null && start.isAfter(fieldwork.start())) {
          problems.add(Problem.of("dates.started-after-fieldwork", at + " startDate",
              "the case starts after the fieldwork began (" + fieldwork.start() + "): it cannot have been sampled"));
        }
      });
    }
    for (CaseAssessment a : inspection.assessments()) {
      String at = "assessment of case " + a.caseRef();
      LocalDate on = a.assessedOn();
      if (on.isBefore(earliest) || on.isAfter(latest)) {
        problems.add(Problem.of("dates.outside-cycle", at + " assessedOn", "the assessment date must lie " + window));
        continue;
      }
      InspectedCase c = cases.get(a.caseRef());
      if (c != null && c.startDate().isPresent() && on.isBefore(c.startDate().get())) {
        problems.add(Problem.of("dates.assessed-before-start", at + " assessedOn",
            "the case is assessed before its start date"));
      }
      if (fieldwork != null && on.isAfter(fieldwork.end())) {
        problems.add(Problem.of("dates.assessed-after-fieldwork", at + " assessedOn",
            "the case is assessed after the fieldwork ended (" + fieldwork.end() + ")"));
      }
    }
  }

  /** Builds an {@link InspectionValidator}. */
  public static final class Builder {
    private RatingPolicy policy;
    private int yearsBeforeCycle = YEARS_BEFORE_CYCLE;
    private ProviderRegistry registry;

    private Builder() {}

    /**
     * The provider registry the inspection's provider must be in, and must have existed in when the fieldwork
     * began (with the registry entry's type); none unless given, so that any provider is accepted.
     *
     * @param registry the registry, such as the built-in one of {@code inspection-json}
     * @return this builder
     */
    public Builder registry(ProviderRegistry registry) {
      this.registry = Objects.requireNonNull(registry, "registry");
      return this;
    }

    /**
     * The rating policy, to find overrides that no longer match the computed rating (required).
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder policy(RatingPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * How many years before its first year a cycle's cases may have started; default
     * {@value InspectionValidator#YEARS_BEFORE_CYCLE}.
     *
     * @param years from 0
     * @return this builder
     */
    public Builder yearsBeforeCycle(int years) {
      if (years < 0) {
        throw new IllegalArgumentException("yearsBeforeCycle: must be at least 0, was " + years);
      }
      this.yearsBeforeCycle = years;
      return this;
    }

    /**
     * The validator.
     *
     * @return the validator
     * @throws IllegalStateException if no policy was given
     */
    public InspectionValidator build() {
      if (policy == null) {
        throw new IllegalStateException("InspectionValidator: policy is required");
      }
      return new InspectionValidator(RatingCalculator.of(policy), yearsBeforeCycle, registry);
    }
  }
}
