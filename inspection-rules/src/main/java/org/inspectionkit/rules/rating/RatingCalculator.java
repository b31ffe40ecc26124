package org.inspectionkit.rules.rating;

import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.function.IntPredicate;
import org.inspectionkit.model.Rating;
import org.inspectionkit.model.casework.Answer;
import org.inspectionkit.model.casework.CaseAssessment;
import org.inspectionkit.model.casework.CaseRef;
import org.inspectionkit.model.casework.InspectedCase;
import org.inspectionkit.model.evidence.QualitativeAdjustment;
import org.inspectionkit.model.evidence.RatingOverride;
import org.inspectionkit.model.evidence.StandardJudgement;
import org.inspectionkit.model.evidence.UnpaidWorkMethod;
import org.inspectionkit.model.evidence.UnpaidWorkOutcomes;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.KeyQuestion;
import org.inspectionkit.model.framework.KeyQuestionCode;
import org.inspectionkit.model.framework.PromptCode;
import org.inspectionkit.model.framework.SampleKind;
import org.inspectionkit.model.framework.Standard;
import org.inspectionkit.model.framework.StandardCode;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.provider.ProviderType;
import org.inspectionkit.rules.Problem;
import org.inspectionkit.rules.ProblemsException;
import org.inspectionkit.rules.internal.Wilson;

/**
 * Rates an inspection: from the answers of its cases to the share of each key question, the rating of each standard
 * and the overall rating, under a {@link RatingPolicy}.
 *
 * <p>The rules, all taken from the policy:
 *
 * <ul>
 *   <li>A key question's share is the cases answered yes over the cases answered yes or no, counting only the
 *       cases of the standard's sample; not-applicable answers are left out. Its band is the best band whose
 *       threshold the share reaches.
 *   <li>A case-rated standard's computed rating is the band of its lowest-scoring key question; the key questions
 *       with that band drove it. A key question with no applicable case is reported and cannot drive the rating; a
 *       standard with no applicable case on any key question cannot be rated.
 *   <li>A judgement-rated standard's computed rating is the inspector's {@link StandardJudgement}; a missing
 *       judgement is a problem, never a default.
 *   <li>An override replaces the computed rating with the inspector's; it must record the rating it departs from,
 *       and that must be the rating computed now (otherwise the case data changed under it).
 *   <li>The overall score is the sum of the points of the final standard ratings; its band gives the overall
 *       rating, which a limiter may cap.
 * </ul>
 *
 * <p>Only the standards that apply to the provider type are rated. Problems with the input (answers for a key
 * question the provider type does not have, cases in a sample its standards do not use, a case-rated standard
 * with no case, a missing judgement, a stale override, an inspection under another framework) come back all
 * together, in a stable order. Pure and thread-safe: a calculator holds only its policy.
 */
public final class RatingCalculator {

  private final RatingPolicy policy;

  private RatingCalculator(RatingPolicy policy) {
    this.policy = policy;
  }

  /**
   * A calculator that applies {@code policy}.
   *
   * @param policy the rating policy
   * @return the calculator
   */
  public static RatingCalculator of(RatingPolicy policy) {
    return new RatingCalculator(java.util.Objects.requireNonNull(policy, "policy"));
  }

  /**
   * A calculator that applies {@link RatingPolicy#probation()}.
   *
   * @return the calculator
   */
  public static RatingCalculator probation() {
    return new RatingCalculator(RatingPolicy.probation());
  }

  /**
   * The policy this calculator applies.
   *
   * @return the policy
   */
  public RatingPolicy policy() {
    return policy;
  }

  /**
   * Rates every standard of the inspection and the provider overall.
   *
   * @param framework the framework the inspection was made under
   * @param inspection the inspection
   * @return the ratings, or every problem that prevents them
   */
  public Validation<List<Problem>, InspectionRating> rate(Framework framework, Inspection inspection) {
    Tally tally = new Tally(framework, inspection);
    if (!tally.headerProblems.isEmpty()) {
      return Validation.invalid(List.copyOf(tally.headerProblems));
    }
    List<Problem> problems = new ArrayList<>(tally.caseProblems);
    List<StandardRating> ratings = new ArrayList<>();
    for (Standard s : tally.standards) {
      List<Problem> own = new ArrayList<>();
      Optional<StandardRating> r = rateStandard(tally, s, own);
      problems.addAll(own);
      r.ifPresent(ratings::add);
    }
    problems.addAll(tally.strayProblems);
    int expected = policy.standardCount();
    if (tally.standards.size() != expected) {
      problems.add(
          Problem.of(
              "rating.policy-mismatch",
              "policy " + policy.name(),
              "the policy scores " + expected + " standards, but provider type " + tally.type + " has "
                  + tally.standards.size() + " in framework " + framework.id()));
    }
    if (!problems.isEmpty()) {
      return Validation.invalid(List.copyOf(problems));
    }
    return Validation.valid(
        InspectionRating.builder()
            .inspection(inspection.id())
            .framework(framework.id())
            .providerType(tally.type)
            .policy(policy)
            .standards(ratings)
            .overall(overall(ratings))
            .build());
  }

  /**
   * Rates every standard and the provider overall, or throws.
   *
   * @param framework the framework the inspection was made under
   * @param inspection the inspection
   * @return the ratings
   * @throws ProblemsException with every problem, if the inspection cannot be rated
   */
  public InspectionRating rateOrThrow(Framework framework, Inspection inspection) {
    Validation<List<Problem>, InspectionRating> result = rate(framework, inspection);
    if (result.isInvalid()) {
      throw new ProblemsException("cannot rate inspection " + inspection.id(), result.getError());
    }
    return result.get();
  }

  /**
   * Rates one standard of the inspection, reporting only the problems that concern it (and the inspection as a
   * whole), so a partly complete inspection can still be examined.
   *
   * @param framework the framework the inspection was made under
   * @param inspection the inspection
   * @param standard the standard to rate
   * @return its rating, or every problem that prevents it
   */
  public Validation<List<Problem>, StandardRating> rateStandard(
      Framework framework, Inspection inspection, StandardCode standard) {
    Tally tally = new Tally(framework, inspection);
    if (!tally.headerProblems.isEmpty()) {
      return Validation.invalid(List.copyOf(tally.headerProblems));
    }
    Optional<Standard> s = framework.standard(tally.type, standard);
    if (s.isEmpty()) {
      return Validation.invalid(
          List.of(
              Problem.of(
                  "rating.unknown-standard",
                  "standard " + standard,
                  "no such standard for provider type " + tally.type + " in framework " + framework.id())));
    }
    List<Problem> own = new ArrayList<>();
    Optional<StandardRating> r = rateStandard(tally, s.get(), own);
    return own.isEmpty() ? Validation.valid(r.orElseThrow()) : Validation.invalid(List.copyOf(own));
  }

  /**
   * The overall rating of a set of final standard ratings under this calculator's policy.
   *
   * @param standards the standard ratings
   * @return the overall rating
   */
  public OverallRating overall(List<StandardRating> standards) {
    int score = 0;
    for (StandardRating s : standards) {
      score += policy.points(s.finalRating());
    }
    ScoreBand band = null;
    for (ScoreBand b : policy.overallBands()) {
      if (b.contains(score)) {
        band = b;
      }
    }
    if (band == null) {
      throw new IllegalArgumentException(
          "score " + score + " of " + standards.size() + " standards is outside the policy's bands 0 to "
              + policy.maxScore());
    }
    OverallRating.Builder out = OverallRating.builder().score(score).maxScore(policy.maxScore()).band(band);
    Rating capped = band.rating();
    Limiter applied = null;
    for (Limiter l : policy.limiters()) {
      long count = standards.stream().filter(s -> !s.finalRating().isBetterThan(l.atOrBelow())).count();
      if (count >= l.minimumCount() && capped.isBetterThan(l.capAt())) {
        capped = l.capAt();
        applied = l;
      }
    }
    return out.limiterApplied(Optional.ofNullable(applied)).build();
  }

  // ------------------------------------------------------------------------------------------- one standard

  private Optional<StandardRating> rateStandard(Tally tally, Standard s, List<Problem> problems) {
    String where = "standard " + s.code();
    StandardRating.Builder b = StandardRating.builder().code(s.code()).title(s.title()).basis(s.ratingBasis());
    Rating computed;
    if (s.isCaseRated()) {
      int[][] counts = tally.counts.get(s.code());
      SampleKind sample = s.sampleKind().orElseThrow();
      int assessed = tally.assessedBySample.getOrDefault(sample, 0);
      int inSample = tally.casesBySample.getOrDefault(sample, 0);
      b.unassessedCases(inSample - assessed);
      if (assessed == 0) {
        problems.add(
            Problem.of(
                "rating.no-cases",
                where,
                "rated from case data, but no case of the " + sample + " sample has been assessed"
                    + (inSample > 0 ? " (" + inSample + " selected)" : "")));
        return Optional.empty();
      }
      Rating lowest = null;
      Rating worst = null;
      Rating best = null;
      List<KeyQuestion> questions = s.keyQuestions();
      for (int k = 0; k < questions.size(); k++) {
        int yes = counts[k][0];
        int applicable = yes + counts[k][1];
        if (applicable > 0) {
          Rating band = policy.band(yes, applicable);
          lowest = lowest == null || band.isWorseThan(lowest) ? band : lowest;
          double[] interval = wilson(yes, applicable, policy.intervalZ());
          Rating low = policy.bandOfPercent(interval[0] * 100);
          Rating high = policy.bandOfPercent(interval[1] * 100);
          worst = worst == null || low.isWorseThan(worst) ? low : worst;
          best = best == null || high.isWorseThan(best) ? high : best;
        }
      }
      if (lowest == null) {
        problems.add(
            Problem.of(
                "rating.no-applicable-cases",
                where,
                "no key question has an applicable case (every answer is not applicable), so there is nothing to"
                    + " rate from"));
        return Optional.empty();
      }
      for (int k = 0; k < questions.size(); k++) {
        b.addKeyQuestion(keyQuestionResult(questions.get(k).code(), counts[k], assessed, lowest));
      }
      computed = lowest;
      b.worstWithinSamplingError(worst).bestWithinSamplingError(best);
    } else {
      StandardJudgement j = tally.judgements.get(s.code());
      if (j == null) {
        problems.add(
            Problem.of(
                "rating.missing-judgement",
                where,
                "rated by judgement, but the inspection records no judgement for it"));
        return Optional.empty();
      }
      computed = j.rating();
      b.judgement(j).worstWithinSamplingError(computed).bestWithinSamplingError(computed);
    }
    b.computed(computed);
    QualitativeAdjustment adjustment = tally.adjustments.get(s.code());
    if (adjustment != null && !adjust(tally, s, computed, adjustment, where, problems, b)) {
      return Optional.empty();
    }
    RatingOverride o = tally.overrides.get(s.code());
    if (o != null) {
      if (o.computed() != computed) {
        problems.add(
            Problem.of(
                "rating.stale-override",
                where,
                "the override departs from " + o.computed().label() + ", but the rating computed now is "
                    + computed.label() + "; review the override against the current data"));
        return Optional.empty();
      }
      b.override(o);
    }
    return Optional.of(b.build());
  }

  /**
   * Applies a move of the case-data rating on qualitative evidence, if the policy allows it for the standard's
   * sample and the move cites recorded evidence and stays within the allowance; otherwise adds the problem.
   */
  private boolean adjust(Tally tally, Standard s, Rating computed, QualitativeAdjustment a, String where,
      List<Problem> problems, StandardRating.Builder b) {
    Integer allowed = s.sampleKind().map(k -> policy.qualitativeBands().get(k)).orElse(null);
    if (allowed == null) {
      problems.add(Problem.of("rating.adjustment-not-allowed", where,
          "the rating policy does not rate this standard on qualitative evidence beside its cases; record a"
              + " departure from the case data as an override"));
      return false;
    }
    if (a.caseData() != computed) {
      problems.add(Problem.of("rating.stale-adjustment", where,
          "the qualitative adjustment moves from " + a.caseData().label() + ", but the case data now give "
              + computed.label() + "; review the adjustment against the current data"));
      return false;
    }
    int moved = Math.abs(a.rating().ordinal() - computed.ordinal());
    List<String> unsupported = new ArrayList<>();
    if (moved > allowed) {
      unsupported.add("it moves " + moved + " bands, and the policy allows at most " + allowed);
    }
    if (!a.citesEvidence()) {
      unsupported.add("it cites no evidence: name the recorded methods (site visits, interviews ...) or the outcome"
          + " information it rests on");
    }
    for (UnpaidWorkMethod m : a.citedMethods()) {
      if (!tally.recordedMethods.contains(m)) {
        unsupported.add("it cites " + m + " evidence, but the inspection records none");
      }
    }
    if (a.citesOutcomes() && !tally.outcomesRecorded) {
      unsupported.add("it cites outcome information, but the inspection records no outcome figures");
    }
    if (!unsupported.isEmpty()) {
      problems.add(Problem.of("rating.unsupported-adjustment", where,
          "the qualitative adjustment to " + a.rating().label() + " is not supported: "
              + String.join("; ", unsupported)));
      return false;
    }
    b.adjustment(a);
    return true;
  }

  private KeyQuestionResult keyQuestionResult(KeyQuestionCode code, int[] count, int assessed, Rating standard) {
    int yes = count[0];
    int no = count[1];
    int applicable = yes + no;
    KeyQuestionResult.Builder r =
        KeyQuestionResult.builder()
            .code(code)
            .yes(yes)
            .no(no)
            .notApplicable(count[2])
            .notAnswered(assessed - yes - no - count[2]);
    if (applicable == 0) {
      return r.driving(false).build();
    }
    Rating band = policy.band(yes, applicable);
    double[] interval = wilson(yes, applicable, policy.intervalZ());
    r.band(band).intervalLow(interval[0]).intervalHigh(interval[1]).driving(band == standard);
    Optional<Rating> up = band.better();
    if (up.isPresent()) {
      int k = fewestFlips(no, flip -> policy.reaches(yes + flip, applicable, up.get()));
      if (k > 0) {
        r.casesToBandUp(k).bandWithCasesUp(policy.band(yes + k, applicable));
      }
    }
    if (band != Rating.INADEQUATE) {
      int k = fewestFlips(yes, flip -> !policy.reaches(yes - flip, applicable, band));
      if (k > 0) {
        r.casesToBandDown(k);
      }
    }
    return r.build();
  }

  /**
   * The fewest answers, 1 to {@code most}, that must flip for {@code enough} to hold, or 0 if even {@code most} do
   * not suffice. {@code enough} must be monotone (once true for some count, true for every larger one), as reaching
   * a band's threshold is; so a binary search finds it in log steps rather than one threshold test per case, which
   * made this linear in the number of cases.
   */
  static int fewestFlips(int most, IntPredicate enough) {
    if (most < 1 || !enough.test(most)) {
      return 0;
    }
    int low = 1;
    int high = most;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (enough.test(mid)) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return low;
  }

  /** The Wilson interval, as {@link Wilson#interval}. */
  static double[] wilson(int yes, int n, double z) {
    return Wilson.interval(yes, n, z);
  }

  // ------------------------------------------------------------------------------------------------ tally

  /** One pass over the inspection: header checks, answer counts per key question, and the problems met. */
  private static final class Tally {
    final List<Problem> headerProblems = new ArrayList<>();
    final List<Problem> caseProblems = new ArrayList<>();
    final List<Problem> strayProblems = new ArrayList<>();
    final Map<StandardCode, int[][]> counts = new HashMap<>();
    final Map<SampleKind, Integer> casesBySample = new HashMap<>();
    final Map<SampleKind, Integer> assessedBySample = new HashMap<>();
    final Map<StandardCode, StandardJudgement> judgements = new HashMap<>();
    final Map<StandardCode, RatingOverride> overrides = new HashMap<>();
    final Map<StandardCode, QualitativeAdjustment> adjustments = new HashMap<>();
    final java.util.Set<UnpaidWorkMethod> recordedMethods = java.util.EnumSet.noneOf(UnpaidWorkMethod.class);
    boolean outcomesRecorded;
    final List<Standard> standards;
    final ProviderType type;

    Tally(Framework framework, Inspection inspection) {
      this.type = inspection.provider().type();
      this.standards = framework.standardsFor(type);
      String where = "inspection " + inspection.id();
      if (!inspection.frameworkId().equals(framework.id())) {
        headerProblems.add(
            Problem.of(
                "rating.framework-mismatch",
                where,
                "made under framework " + inspection.frameworkId() + ", but rated with " + framework.id()));
      }
      if (!inspection.cycle().equals(framework.cycle())) {
        headerProblems.add(
            Problem.of(
                "rating.cycle-mismatch",
                where,
                "in cycle " + inspection.cycle() + ", but framework " + framework.id() + " is for "
                    + framework.cycle()));
      }
      if (!framework.covers(type)) {
        headerProblems.add(
            Problem.of(
                "rating.provider-type-not-covered",
                where,
                "provider type " + type + " is not covered by framework " + framework.id() + ", which covers "
                    + framework.providerTypes()));
      }
      if (!headerProblems.isEmpty()) {
        return;
      }
      count(framework, inspection);
      for (StandardJudgement j : inspection.judgements()) {
        Optional<Standard> s = framework.standard(type, j.standard());
        if (s.isEmpty()) {
          strayProblems.add(
              Problem.of(
                  "rating.judgement-of-unknown-standard",
                  "judgement of standard " + j.standard(),
                  "no such standard for provider type " + type + " in framework " + framework.id()));
        } else if (s.get().isCaseRated()) {
          strayProblems.add(
              Problem.of(
                  "rating.judgement-of-case-rated-standard",
                  "judgement of standard " + j.standard(),
                  "the standard is rated from case data, not by judgement; record a departure as an override"));
        } else {
          judgements.put(j.standard(), j);
        }
      }
      for (RatingOverride o : inspection.overrides()) {
        if (framework.standard(type, o.standard()).isEmpty()) {
          strayProblems.add(
              Problem.of(
                  "rating.override-of-unknown-standard",
                  "override of standard " + o.standard(),
                  "no such standard for provider type " + type + " in framework " + framework.id()));
        } else {
          overrides.put(o.standard(), o);
        }
      }
      if (!inspection.qualitativeAdjustments().isEmpty()) {
        // Only adjustments read the recorded evidence: most ratings need none of it.
        inspection.unpaidWorkEvidence().forEach(e -> recordedMethods.add(e.method()));
        outcomesRecorded = inspection.unpaidWorkOutcomes().map(UnpaidWorkOutcomes::hasFigures).orElse(false);
      }
      for (QualitativeAdjustment a : inspection.qualitativeAdjustments()) {
        Optional<Standard> s = framework.standard(type, a.standard());
        if (s.isEmpty()) {
          strayProblems.add(
              Problem.of(
                  "rating.adjustment-of-unknown-standard",
                  "qualitative adjustment of standard " + a.standard(),
                  "no such standard for provider type " + type + " in framework " + framework.id()));
        } else {
          adjustments.put(a.standard(), a);
        }
      }
    }

    private void count(Framework framework, Inspection inspection) {
      // One slot per case-rated key question: its counts (yes, no, not applicable) side by side in one array, the
      // sample its standard is rated from, and an open-addressed table from the code's packed key to the slot. One
      // probe per answer instead of two hash map lookups: this loop runs once per answer of every case.
      List<KeyQuestionCode> slotCodes = new ArrayList<>();
      List<SampleKind> samples = new ArrayList<>();
      List<Integer> slotSample = new ArrayList<>();
      for (Standard s : standards) {
        s.sampleKind().filter(k -> !samples.contains(k)).ifPresent(samples::add);
        if (s.isCaseRated()) {
          int sample = samples.indexOf(s.sampleKind().orElseThrow());
          for (KeyQuestion k : s.keyQuestions()) {
            slotCodes.add(k.code());
            slotSample.add(sample);
          }
        }
      }
      SlotTable table = new SlotTable(slotCodes);
      int[] sampleOfSlot = slotSample.stream().mapToInt(Integer::intValue).toArray();
      int[] tallies = new int[slotCodes.size() * 3];
      AnswerCounter counter = new AnswerCounter(framework, table, sampleOfSlot, samples, tallies);
      int[] casesInSample = new int[samples.size()];
      int[] assessedInSample = new int[samples.size()];
      List<InspectedCase> cases = inspection.cases();
      List<CaseAssessment> assessments = inspection.assessments();
      int assessmentCount = assessments.size();
      int a = 0;
      for (InspectedCase c : cases) {
        int sample = samples.indexOf(c.sample());
        if (sample < 0) {
          caseProblems.add(
              Problem.of(
                  "rating.unknown-sample",
                  "case " + c.ref(),
                  "in the " + c.sample() + " sample, which no standard of provider type " + type
                      + " is rated from"));
        } else {
          casesInSample[sample]++;
        }
        // Cases and assessments are both sorted by reference, so one merge pass pairs them. Most cases have an
        // assessment, so test for the pair first: one string comparison per case rather than two.
        CaseRef ref = c.ref();
        CaseAssessment assessment = null;
        while (a < assessmentCount) {
          CaseAssessment next = assessments.get(a);
          if (next.caseRef().equals(ref)) {
            assessment = next;
            a++;
            break;
          }
          if (next.caseRef().compareTo(ref) > 0) {
            break;
          }
          a++;
        }
        if (assessment == null) {
          continue;
        }
        if (sample < 0) {
          continue;
        }
        assessedInSample[sample]++;
        counter.of(c, sample);
        assessment.answers().forEach(counter);
        if (assessment.promptAnswers().isEmpty()) {
          continue;
        }
        for (PromptCode p : assessment.promptAnswers().keySet()) {
          if (framework.prompt(type, p).isEmpty()) {
            caseProblems.add(unknownQuestion(framework, c, p.toString(), "prompt"));
          } else {
            int slot = table.slot(p.keyQuestion());
            if (slot < 0) {
              caseProblems.add(unknownQuestion(framework, c, p.toString(), "case-rated prompt"));
            } else if (sampleOfSlot[slot] != sample) {
              caseProblems.add(wrongSample(c, p.toString(), samples.get(sampleOfSlot[slot])));
            }
          }
        }
      }
      int slot = 0;
      for (Standard s : standards) {
        if (s.isCaseRated()) {
          int[][] c = new int[s.keyQuestions().size()][];
          for (int k = 0; k < c.length; k++, slot++) {
            c[k] = Arrays.copyOfRange(tallies, slot * 3, slot * 3 + 3);
          }
          counts.put(s.code(), c);
        }
      }
      for (int i = 0; i < samples.size(); i++) {
        casesBySample.put(samples.get(i), casesInSample[i]);
        assessedBySample.put(samples.get(i), assessedInSample[i]);
      }
    }

    /**
     * Counts one case's answers into the tallies, or records why it cannot. One instance per rating, pointed at each
     * case in turn and passed to {@code Map.forEach}, so that counting allocates nothing per answer or per case.
     */
    private final class AnswerCounter implements BiConsumer<KeyQuestionCode, Answer> {
      private final Framework framework;
      private final SlotTable table;
      private final int[] sampleOfSlot;
      private final List<SampleKind> samples;
      private final int[] tallies;
      private InspectedCase current;
      private int sample;

      AnswerCounter(
          Framework framework, SlotTable table, int[] sampleOfSlot, List<SampleKind> samples, int[] tallies) {
        this.framework = framework;
        this.table = table;
        this.sampleOfSlot = sampleOfSlot;
        this.samples = samples;
        this.tallies = tallies;
      }

      void of(InspectedCase c, int sampleIndex) {
        this.current = c;
        this.sample = sampleIndex;
      }

      @Override
      public void accept(KeyQuestionCode code, Answer answer) {
        int slot = table.slot(code);
        if (slot < 0) {
          caseProblems.add(unknownQuestion(framework, current, code.toString(), "key question"));
        } else if (sampleOfSlot[slot] != sample) {
          caseProblems.add(wrongSample(current, code.toString(), samples.get(sampleOfSlot[slot])));
        } else {
          tallies[slot * 3 + answer.ordinal()]++;
        }
      }
    }

    private Problem unknownQuestion(Framework framework, InspectedCase c, String code, String what) {
      boolean elsewhere = framework.contains(org.inspectionkit.model.framework.ElementCode.parse(code));
      return Problem.of(
          what.equals("key question") ? "rating.unknown-key-question" : "rating.unknown-prompt",
          "case " + c.ref() + ", " + what + " " + code,
          elsewhere
              ? "answered, but it belongs to another provider type's standards or to a judgement-rated standard, not"
                  + " to a case-rated standard of provider type " + type + " in framework " + framework.id()
              : "answered, but there is no such " + what + " in framework " + framework.id());
    }

    private Problem wrongSample(InspectedCase c, String code, SampleKind expected) {
      return Problem.of(
          "rating.wrong-sample",
          "case " + c.ref() + ", " + code,
          "answered by a case of the " + c.sample() + " sample, but its standard is rated from the " + expected
              + " sample");
    }
  }

  /** An open-addressed table from key question codes to slot numbers 0 to n-1, probing by the code's packed key. */
  private static final class SlotTable {
    private final int[] keys;
    private final int[] slots;
    private final int mask;

    SlotTable(List<KeyQuestionCode> codes) {
      int size = Integer.highestOneBit(Math.max(4, codes.size() * 4) - 1) << 1;
      keys = new int[size];
      slots = new int[size];
      mask = size - 1;
      for (int i = 0; i < codes.size(); i++) {
        int key = codes.get(i).sortKey();
        int h = codes.get(i).hashCode() & mask;
        while (keys[h] != 0 && keys[h] != key) {
          h = (h + 1) & mask;
        }
        keys[h] = key;
        slots[h] = i;
      }
    }

    /** The slot of a code, or -1. Packed keys are never 0: domain numbers start at 1. */
    int slot(KeyQuestionCode code) {
      int key = code.sortKey();
      int h = code.hashCode() & mask;
      while (keys[h] != 0) {
        if (keys[h] == key) {
          return slots[h];
        }
        h = (h + 1) & mask;
      }
      return -1;
    }
  }
}
