package org.inspectionkit.rules.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.inspectionkit.rules.Theories.qt;

import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.inspectionkit.model.Rating;
import org.inspectionkit.model.casework.Answer;
import org.inspectionkit.model.casework.CaseAssessment;
import org.inspectionkit.model.casework.CaseRef;
import org.inspectionkit.model.casework.InspectedCase;
import org.inspectionkit.model.evidence.RatingOverride;
import org.inspectionkit.model.evidence.StandardJudgement;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.KeyQuestion;
import org.inspectionkit.model.framework.KeyQuestionCode;
import org.inspectionkit.model.framework.SampleKind;
import org.inspectionkit.model.framework.Standard;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.provider.ProviderType;
import org.inspectionkit.rules.Problem;
import org.inspectionkit.rules.TestFrameworks;
import org.inspectionkit.testkit.ModelGenerators;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * The invariants of the rating rules, checked over generated frameworks, inspections and policies. Each property
 * names the invariant it states.
 */
class RatingProperties {

  /** A generated framework, an inspection of a CRC that fits it and can be rated, a policy, and a random seed. */
  record Case(Framework framework, Inspection inspection, RatingPolicy policy, long seed) {
    RatingCalculator calculator() {
      return RatingCalculator.of(policy);
    }

    InspectionRating rating() {
      return calculator().rateOrThrow(framework, inspection);
    }
  }

  static final ProviderType TYPE = ProviderType.CRC;

  /** A policy for {@code n} standards with bands in the probation proportions (0-5, 6-15, 16-25, 26-30 for 10). */
  static RatingPolicy policyFor(int n, ShareRounding rounding) {
    int max = 3 * n;
    return RatingPolicy.builder()
        .from(RatingPolicy.probation())
        .name("scaled-" + n)
        .standardCount(n)
        .rounding(rounding)
        .overallBands(
            List.of(
                ScoreBand.of(Rating.INADEQUATE, 0, n / 2),
                ScoreBand.of(Rating.REQUIRES_IMPROVEMENT, n / 2 + 1, 3 * n / 2),
                ScoreBand.of(Rating.GOOD, 3 * n / 2 + 1, 5 * n / 2),
                ScoreBand.of(Rating.OUTSTANDING, 5 * n / 2 + 1, max)))
        .build();
  }

  /** Generated inspections completed so that they can be rated: a judgement for every judged standard, a case per sample. */
  static Gen<Case> cases() {
    Gen<Framework> frameworks =
        Generate.frequency(
            org.quicktheories.api.Pair.of(1, Generate.constant(TestFrameworks.probationLike())),
            org.quicktheories.api.Pair.of(3, ModelGenerators.frameworks()));
    return frameworks.flatMap(
        f ->
            ModelGenerators.inspectionsFor(f, TYPE, 12)
                .zip(
                    Generate.enumValues(ShareRounding.class),
                    SourceDSL.longs().all(),
                    (i, rounding, seed) ->
                        new Case(f, complete(f, i), policyFor(f.standardsFor(TYPE).size(), rounding), seed)));
  }

  static Inspection complete(Framework f, Inspection i) {
    Inspection.Builder b = Inspection.builder().from(i);
    for (Standard s : f.standardsFor(TYPE)) {
      if (!s.isCaseRated() && i.judgements().stream().noneMatch(j -> j.standard().equals(s.code()))) {
        b.addJudgement(
            StandardJudgement.builder().standard(s.code()).rating(Rating.GOOD).rationale("filled in").build());
      }
    }
    int serial = 0;
    for (SampleKind sample : TestFrameworks.samplesOf(f, TYPE)) {
      // One extra case per sample answered yes on every key question, so every case-rated standard has data.
      String ref = "Z" + (++serial);
      b.addCase(InspectedCase.of(CaseRef.of(ref), sample));
      CaseAssessment.Builder a = TestFrameworks.assessment(ref);
      for (Standard s : f.standardsRatedFrom(TYPE, sample)) {
        for (KeyQuestion k : s.keyQuestions()) {
          a.putAnswer(k.code(), Answer.YES);
        }
      }
      b.addAssessment(a.build());
    }
    return b.build();
  }

  /** The inspection with one more case, in a random sample, answering {@code answer} on a random key question. */
  static Inspection withOneMoreAnswer(Case c, Answer answer) {
    Random random = new Random(c.seed());
    List<SampleKind> samples = TestFrameworks.samplesOf(c.framework(), TYPE);
    if (samples.isEmpty()) {
      return c.inspection(); // a framework rated by judgement alone has no case to add
    }
    SampleKind sample = samples.get(random.nextInt(samples.size()));
    List<KeyQuestionCode> questions = new ArrayList<>();
    for (Standard s : c.framework().standardsRatedFrom(TYPE, sample)) {
      s.keyQuestions().forEach(k -> questions.add(k.code()));
    }
    KeyQuestionCode k = questions.get(random.nextInt(questions.size()));
    return Inspection.builder()
        .from(c.inspection())
        .addCase(InspectedCase.of(CaseRef.of("NEW-1"), sample))
        .addAssessment(TestFrameworks.assessment("NEW-1").putAnswer(k, answer).build())
        .build();
  }

  private static Map<String, Rating> computed(InspectionRating r) {
    Map<String, Rating> out = new HashMap<>();
    r.standards().forEach(s -> out.put(s.code().toString(), s.computed()));
    return out;
  }

  @Test
  void distancesToTheNextBands_areTheFewestAnswersThatChangeTheBand() {
    qt().forAll(cases())
        .checkAssert(
            c -> {
              for (StandardRating s : c.rating().standards()) {
                for (KeyQuestionResult k : s.keyQuestions()) {
                  if (k.band().isEmpty()) {
                    continue;
                  }
                  Rating band = k.band().get();
                  int yes = k.yes();
                  int applicable = k.applicable();
                  RatingPolicy p = c.policy();
                  if (band.better().isPresent() && k.casesToBandUp().isPresent()) {
                    int up = k.casesToBandUp().getAsInt();
                    assertThat(up).as("%s up", k.code()).isBetween(1, k.no());
                    assertThat(p.reaches(yes + up, applicable, band.better().get())).isTrue();
                    assertThat(p.reaches(yes + up - 1, applicable, band.better().get())).isFalse();
                  } else if (band.better().isPresent()) {
                    // Not even turning every no into a yes lifts it.
                    assertThat(p.reaches(applicable, applicable, band.better().get())).as("%s", k.code()).isFalse();
                  }
                  if (band != Rating.INADEQUATE && k.casesToBandDown().isPresent()) {
                    int down = k.casesToBandDown().getAsInt();
                    assertThat(down).as("%s down", k.code()).isBetween(1, yes);
                    assertThat(p.reaches(yes - down, applicable, band)).isFalse();
                    assertThat(p.reaches(yes - down + 1, applicable, band)).isTrue();
                  } else if (band != Rating.INADEQUATE) {
                    assertThat(p.reaches(0, applicable, band)).as("%s", k.code()).isTrue();
                  }
                }
              }
            });
  }

  @Test
  void addingAYesAnswer_neverLowersAnyRating() {
    qt().forAll(cases())
        .checkAssert(
            c -> {
              InspectionRating before = c.rating();
              InspectionRating after = c.calculator().rateOrThrow(c.framework(), withOneMoreAnswer(c, Answer.YES));
              for (StandardRating s : after.standards()) {
                assertThat(s.computed().isWorseThan(before.standard(s.code()).orElseThrow().computed()))
                    .as("standard %s", s.code())
                    .isFalse();
              }
              assertThat(after.overall().rating().isWorseThan(before.overall().rating())).isFalse();
            });
  }

  @Test
  void addingANoAnswer_neverRaisesAnyRating() {
    qt().forAll(cases())
        .checkAssert(
            c -> {
              InspectionRating before = c.rating();
              InspectionRating after = c.calculator().rateOrThrow(c.framework(), withOneMoreAnswer(c, Answer.NO));
              for (StandardRating s : after.standards()) {
                assertThat(s.computed().isBetterThan(before.standard(s.code()).orElseThrow().computed()))
                    .as("standard %s", s.code())
                    .isFalse();
              }
              assertThat(after.overall().rating().isBetterThan(before.overall().rating())).isFalse();
            });
  }

  @Test
  void notApplicableAnswers_neverChangeARating() {
    qt().forAll(cases())
        .checkAssert(
            c -> {
              InspectionRating before = c.rating();
              InspectionRating after =
                  c.calculator().rateOrThrow(c.framework(), withOneMoreAnswer(c, Answer.NOT_APPLICABLE));
              assertThat(computed(after)).isEqualTo(computed(before));
              assertThat(after.overall()).isEqualTo(before.overall());
            });
  }

  @Test
  void ratings_doNotDependOnCaseOrder() {
    qt().forAll(cases())
        .checkAssert(
            c -> {
              // Give the cases new references in a random order: the order the rules meet them changes.
              List<InspectedCase> cases = new ArrayList<>(c.inspection().cases());
              List<String> refs = new ArrayList<>();
              for (int i = 0; i < cases.size(); i++) {
                refs.add("R" + i);
              }
              Collections.shuffle(refs, new Random(c.seed()));
              Map<CaseRef, CaseRef> rename = new HashMap<>();
              for (int i = 0; i < cases.size(); i++) {
                rename.put(cases.get(i).ref(), CaseRef.of(refs.get(i)));
              }
              Inspection.Builder b = Inspection.builder().from(c.inspection()).cases(List.of()).assessments(List.of());
              for (InspectedCase ic : cases) {
                b.addCase(InspectedCase.builder().from(ic).ref(rename.get(ic.ref())).build());
              }
              for (CaseAssessment a : c.inspection().assessments()) {
                b.addAssessment(CaseAssessment.builder().from(a).caseRef(rename.get(a.caseRef())).build());
              }
              b.interviews(List.of());
              assertThat(c.calculator().rateOrThrow(c.framework(), b.build())).isEqualTo(c.rating());
            });
  }

  @Test
  void overallScore_isTheSumOfTheFinalStandardPoints() {
    qt().forAll(cases())
        .checkAssert(
            c -> {
              InspectionRating r = c.rating();
              int sum = r.standards().stream().mapToInt(s -> c.policy().points(s.finalRating())).sum();
              assertThat(r.overall().score()).isEqualTo(sum);
              assertThat(r.overall().band().contains(sum)).isTrue();
            });
  }

  @Test
  void loweringAnyStandardsFinalRating_neverRaisesTheOverallRating() {
    qt().forAll(cases())
        .checkAssert(
            c -> {
              InspectionRating before = c.rating();
              List<StandardRating> lowerable = new ArrayList<>();
              for (StandardRating s : before.standards()) {
                if (s.computed() != Rating.INADEQUATE) {
                  lowerable.add(s);
                }
              }
              if (lowerable.isEmpty()) {
                return;
              }
              Random random = new Random(c.seed());
              StandardRating s = lowerable.get(random.nextInt(lowerable.size()));
              Rating lower = s.computed().worse().orElseThrow();
              Inspection overridden =
                  Inspection.builder()
                      .from(c.inspection())
                      .addOverride(RatingOverride.of(s.code(), s.computed(), lower, "moderated down"))
                      .build();
              InspectionRating after = c.calculator().rateOrThrow(c.framework(), overridden);
              assertThat(after.overall().rating().isBetterThan(before.overall().rating())).isFalse();
              assertThat(after.overall().score()).isLessThanOrEqualTo(before.overall().score());
            });
  }

  @Test
  void everyExplanation_reproducesItsRatingWhenReEvaluated() {
    qt().forAll(cases())
        .checkAssert(
            c -> {
              InspectionRating r = c.rating();
              int score = 0;
              for (StandardRating s : r.standards()) {
                if (!s.keyQuestions().isEmpty()) {
                  Rating lowest = null;
                  for (KeyQuestionResult k : s.keyQuestions()) {
                    assertThat(k.yes() + k.no() + k.notApplicable() + k.notAnswered()).isNotNegative();
                    if (k.applicable() == 0) {
                      assertThat(k.band()).isEmpty();
                      assertThat(k.driving()).isFalse();
                      continue;
                    }
                    Rating band = bandByHand(c.policy(), k.yes(), k.applicable());
                    assertThat(k.band()).as("band of %s", k).contains(band);
                    lowest = lowest == null || band.isWorseThan(lowest) ? band : lowest;
                  }
                  assertThat(s.computed()).as("computed %s", s.code()).isEqualTo(lowest);
                  for (KeyQuestionResult k : s.keyQuestions()) {
                    assertThat(k.driving()).isEqualTo(k.band().map(b -> b == s.computed()).orElse(false));
                  }
                  assertThat(s.reason()).startsWith(s.computed().label() + ": the lowest-scoring key question");
                } else {
                  assertThat(s.computed()).isEqualTo(s.judgement().orElseThrow().rating());
                }
                Rating finalRating = s.override().map(RatingOverride::rating).orElse(s.computed());
                assertThat(s.finalRating()).isEqualTo(finalRating);
                score += c.policy().points(finalRating);
              }
              assertThat(r.overall().score()).isEqualTo(score);
              Rating band = null;
              for (ScoreBand b : c.policy().overallBands()) {
                if (score >= b.min() && score <= b.max()) {
                  band = b.rating();
                }
              }
              assertThat(r.overall().rating()).isEqualTo(band);
            });
  }

  /** The band from the policy's thresholds by plain arithmetic, independent of {@link RatingPolicy#band}. */
  static Rating bandByHand(RatingPolicy policy, int yes, int applicable) {
    BigDecimal percent =
        BigDecimal.valueOf(yes).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(applicable), 10,
            java.math.RoundingMode.HALF_EVEN);
    if (policy.rounding() == ShareRounding.HALF_UP_WHOLE_PERCENT) {
      percent = percent.setScale(0, java.math.RoundingMode.HALF_UP);
    }
    for (Rating r : List.of(Rating.OUTSTANDING, Rating.GOOD, Rating.REQUIRES_IMPROVEMENT)) {
      if (percent.compareTo(policy.thresholds().get(r)) >= 0) {
        return r;
      }
    }
    return Rating.INADEQUATE;
  }

  /** Three cut points 0 <= a < b < c < max split 0..max into four contiguous bands. */
  static Gen<int[]> bandCuts() {
    return SourceDSL.integers()
        .between(1, 20)
        .flatMap(
            n -> {
              int max = 3 * n;
              return rs -> {
                int a = SourceDSL.integers().between(0, max - 3).generate(rs);
                int b = SourceDSL.integers().between(a + 1, max - 2).generate(rs);
                int cc = SourceDSL.integers().between(b + 1, max - 1).generate(rs);
                return new int[] {n, a, b, cc};
              };
            });
  }

  static List<ScoreBand> bands(int[] cut, int max, int shiftBand, int shift) {
    int[] min = {0, cut[1] + 1, cut[2] + 1, cut[3] + 1};
    int[] hi = {cut[1], cut[2], cut[3], max};
    if (shiftBand >= 0) {
      min[shiftBand] += shift;
    }
    Rating[] ratings = {Rating.INADEQUATE, Rating.REQUIRES_IMPROVEMENT, Rating.GOOD, Rating.OUTSTANDING};
    List<ScoreBand> out = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      out.add(ScoreBand.of(ratings[i], min[i], Math.max(min[i], hi[i])));
    }
    return out;
  }

  @Test
  void policyBands_coverEveryScoreExactlyOnce() {
    qt().forAll(bandCuts())
        .checkAssert(
            cut -> {
              int max = 3 * cut[0];
              RatingPolicy p =
                  RatingPolicy.builder()
                      .from(RatingPolicy.probation())
                      .standardCount(cut[0])
                      .overallBands(bands(cut, max, -1, 0))
                      .build();
              for (int score = 0; score <= max; score++) {
                final int s = score;
                assertThat(p.overallBands().stream().filter(b -> b.contains(s)).count()).isEqualTo(1);
              }
            });
  }

  @Test
  void policyBandsWithAGapOrOverlap_areRejectedAtConstruction() {
    qt().forAll(bandCuts(), SourceDSL.integers().between(1, 3), Generate.pick(List.of(-1, 1)))
        .checkAssert(
            (cut, band, direction) -> {
              int max = 3 * cut[0];
              List<ScoreBand> broken = bands(cut, max, band, direction);
              assertThatThrownBy(
                      () ->
                          RatingPolicy.builder()
                              .from(RatingPolicy.probation())
                              .standardCount(cut[0])
                              .overallBands(broken)
                              .build())
                  .isInstanceOf(IllegalArgumentException.class)
                  .hasMessageContaining("overallBands");
            });
  }

  @Test
  void generatedCases_areRatable() {
    qt().forAll(cases())
        .checkAssert(
            c -> {
              Validation<List<Problem>, InspectionRating> v = c.calculator().rate(c.framework(), c.inspection());
              assertThat(v.isValid()).as("%s", v).isTrue();
            });
  }

}
