package org.inspectionkit.testkit.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.inspectionkit.model.Rating;
import org.inspectionkit.model.casework.Answer;
import org.inspectionkit.model.casework.CaseAssessment;
import org.inspectionkit.model.casework.CaseRef;
import org.inspectionkit.model.evidence.RatingOverride;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.KeyQuestion;
import org.inspectionkit.model.framework.KeyQuestionCode;
import org.inspectionkit.model.framework.SampleKind;
import org.inspectionkit.model.framework.Standard;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.provider.ProviderType;
import org.inspectionkit.rules.Problem;
import org.inspectionkit.rules.portfolio.KeyQuestionPicture;
import org.inspectionkit.rules.portfolio.Portfolio;
import org.inspectionkit.rules.portfolio.PortfolioCalculator;
import org.inspectionkit.rules.portfolio.RatingDistribution;
import org.inspectionkit.rules.rating.InspectionRating;
import org.inspectionkit.rules.rating.KeyQuestionResult;
import org.inspectionkit.rules.rating.Limiter;
import org.inspectionkit.rules.rating.RatingCalculator;
import org.inspectionkit.rules.rating.RatingPolicy;
import org.inspectionkit.rules.rating.ScoreBand;
import org.inspectionkit.rules.rating.ShareRounding;
import org.inspectionkit.rules.rating.StandardRating;
import org.inspectionkit.testkit.internal.InspectionChanges;
import org.inspectionkit.testkit.internal.InspectionChanges.Place;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The invariants that make ratings trustworthy, as a property suite to run against a rating policy, a framework
 * and, optionally, inspections of one's own. A test class extends this one and names what it rates; JUnit runs
 * every property below against it, as the store contracts run against a store:
 *
 * <pre>{@code
 * class MyPolicyInvariantsTest extends RatingInvariants {
 *   protected Framework framework() { return myFramework; }
 *   protected ProviderType providerType() { return ProviderType.CRC; }
 *   protected RatingPolicy policy() { return RatingPolicies.probationLike(8).name("mine").build(); }
 * }
 * }</pre>
 *
 * <p>Inspections come from {@link #inspections()}: by default {@link RateableInspections} for the framework and
 * provider type; override it to feed the properties inspections made from your own case data (each must rate
 * without a problem: {@link #everyInspection_rates()} says which does not and why). The properties that change
 * answers first remove the inspection's overrides and qualitative adjustments, which name the rating they depart
 * from and would otherwise be refused as stale; the properties of overrides add their own. Override
 * {@link #documentRoundTrip()} to check that ratings survive your document format (for the library's, pass
 * {@code InspectionJson}'s write and read).
 *
 * <p>Every property runs {@link #examples()} examples from a fixed seed ({@code -Dqt.seed=N} explores others);
 * a failure shrinks towards fewer cases and prints the smallest counterexample as an inspection document (see
 * {@link InspectionDocuments#compact}) with the seed of the change made to it, ready to save and give to
 * {@code inspection rate}. Every assertion says, in the domain's words, what was checked.
 */
public abstract class RatingInvariants {

  /** The default number of examples per property; the system property {@code inspectionkit.examples} sets it. */
  public static final int DEFAULT_EXAMPLES = 100;

  /** For subclasses. */
  protected RatingInvariants() {}

  /**
   * The framework inspections are rated under.
   *
   * @return the framework
   */
  protected abstract Framework framework();

  /**
   * The provider type inspected; the framework must cover it.
   *
   * @return the provider type
   */
  protected abstract ProviderType providerType();

  /**
   * The policy under test.
   *
   * @return the policy
   */
  protected abstract RatingPolicy policy();

  /**
   * The inspections the properties rate: by default {@link RateableInspections#of(Framework, ProviderType)}.
   * Each must rate without a problem under {@link #policy()}.
   *
   * @return the generator
   */
  protected Gen<Inspection> inspections() {
    return RateableInspections.of(framework(), providerType());
  }

  /**
   * A round trip of an inspection through a document format (write, then read), or empty (the default) to skip
   * {@link #rating_survivesTheDocumentRoundTrip()}.
   *
   * @return the round trip
   */
  protected Optional<UnaryOperator<Inspection>> documentRoundTrip() {
    return Optional.empty();
  }

  /**
   * Examples per property: {@value #DEFAULT_EXAMPLES}, or the system property {@code inspectionkit.examples}.
   *
   * @return the number of examples
   */
  protected int examples() {
    return Integer.getInteger("inspectionkit.examples", DEFAULT_EXAMPLES);
  }

  // --------------------------------------------------------------------------------------------------- sanity

  /** Every inspection of {@link #inspections()} rates without a problem; the problems are named if not. */
  @Test
  public void everyInspection_rates() {
    theory().checkAssert(e -> {
      Validation<List<Problem>, InspectionRating> v = calculator().rate(framework(), e.inspection());
      assertThat(v.isValid())
          .as("the inspection rates under policy %s without a problem; problems: %s", policy().name(),
              v.isInvalid() ? v.getError().stream().map(Problem::code).collect(Collectors.toList()) : List.of())
          .isTrue();
    });
  }

  // -------------------------------------------------------------------------------------------- monotonicity

  /** Turning one applicable "no" into "yes" never lowers its key question's band, a standard or the overall. */
  @Test
  public void turningANoIntoYes_neverLowersARating() {
    theory().checkAssert(e -> {
      Inspection before = base(e);
      Optional<Place> p = InspectionChanges.pick(changes().answered(before, Answer.NO), e.random());
      if (p.isEmpty()) {
        return;
      }
      Inspection after = InspectionChanges.withAnswers(before, List.of(p.get()), Answer.YES);
      assertNotWorse(rate(before), rate(after), "after case " + p.get().caseRef() + "'s answer to "
          + p.get().keyQuestion() + " turned from no to yes", p.get().keyQuestion());
    });
  }

  /** Turning one "yes" into "no" never raises its key question's band, a standard or the overall rating. */
  @Test
  public void turningAYesIntoNo_neverRaisesARating() {
    theory().checkAssert(e -> {
      Inspection before = base(e);
      Optional<Place> p = InspectionChanges.pick(changes().answered(before, Answer.YES), e.random());
      if (p.isEmpty()) {
        return;
      }
      Inspection after = InspectionChanges.withAnswers(before, List.of(p.get()), Answer.NO);
      assertNotWorse(rate(after), rate(before), "before case " + p.get().caseRef() + "'s answer to "
          + p.get().keyQuestion() + " turned from yes to no", p.get().keyQuestion());
    });
  }

  /** One more case answered "yes" never lowers a rating; one more answered "no" never raises one. */
  @Test
  public void oneMoreCase_movesRatingsOnlyItsWay() {
    theory().checkAssert(e -> {
      Inspection before = base(e);
      Optional<Map.Entry<SampleKind, KeyQuestionCode>> where = newCasePlace(e.random());
      if (where.isEmpty()) {
        return;
      }
      SampleKind sample = where.get().getKey();
      KeyQuestionCode k = where.get().getValue();
      InspectionRating rated = rate(before);
      InspectionRating withYes = rate(InspectionChanges.withNewCase(before, sample, k, Answer.YES));
      InspectionRating withNo = rate(InspectionChanges.withNewCase(before, sample, k, Answer.NO));
      assertNotWorse(rated, withYes, "after one more " + sample + " case answered yes on " + k, k);
      assertNotWorse(withNo, rated, "before one more " + sample + " case answered no on " + k, k);
    });
  }

  // ---------------------------------------------------------------------------------------------- neutrality

  /** A "not applicable" answer given to a key question left unanswered changes no rating. */
  @Test
  public void notApplicableAnswers_changeNoRating() {
    theory().checkAssert(e -> {
      Inspection before = base(e);
      Optional<Place> p = InspectionChanges.pick(changes().unanswered(before), e.random());
      if (p.isEmpty()) {
        return;
      }
      Inspection after = InspectionChanges.withAnswers(before, List.of(p.get()), Answer.NOT_APPLICABLE);
      assertThat(outcome(rate(after)))
          .as("ratings after case %s's unanswered %s is answered not applicable", p.get().caseRef(),
              p.get().keyQuestion())
          .isEqualTo(outcome(rate(before)));
    });
  }

  /** Removing "not applicable" answers (leaving the key questions unanswered) changes no rating. */
  @Test
  public void unansweredKeyQuestions_changeNoRating() {
    theory().checkAssert(e -> {
      Inspection before = base(e);
      List<Place> na = new ArrayList<>(changes().answered(before, Answer.NOT_APPLICABLE));
      // An assessment answers at least one key question: where every answer is not applicable, keep one.
      for (int a = 0; a < before.assessments().size(); a++) {
        int index = a;
        List<Place> mine = na.stream().filter(p -> p.assessment() == index).collect(Collectors.toList());
        if (!mine.isEmpty() && mine.size() == before.assessments().get(a).answers().size()) {
          na.remove(mine.get(0));
        }
      }
      if (na.isEmpty()) {
        return;
      }
      Inspection after = InspectionChanges.withAnswers(before, na, null);
      assertThat(outcome(rate(after)))
          .as("ratings after %d not-applicable answers are removed", na.size())
          .isEqualTo(outcome(rate(before)));
    });
  }

  /** A case selected and not assessed, and the prompt answers of assessed ones, change no rating. */
  @Test
  public void unassessedCasesAndPromptAnswers_changeNoRating() {
    theory().checkAssert(e -> {
      Inspection before = base(e);
      Map<StandardKey, Object> expected = outcome(rate(before));
      assertThat(outcome(rate(InspectionChanges.withoutPromptAnswers(before))))
          .as("ratings without the prompt answers")
          .isEqualTo(expected);
      for (SampleKind sample : changes().samples()) {
        assertThat(outcome(rate(InspectionChanges.withUnassessedCase(before, sample))))
            .as("ratings with one more %s case selected and not assessed", sample)
            .isEqualTo(expected);
      }
    });
  }

  /** The order of cases and assessments and the references of cases change no rating. */
  @Test
  public void caseOrderAndReferences_changeNoRating() {
    theory().checkAssert(e -> {
      Inspection before = e.inspection();
      Inspection after = InspectionChanges.reorderedAndRenamed(before, e.random());
      assertThat(rate(after))
          .as("the rating of the inspection with its cases shuffled and renamed R0, R1, ...")
          .isEqualTo(rate(before));
    });
  }

  /** Assessors' names and the free text of judgements change no rating. */
  @Test
  public void assessorsAndFreeText_changeNoRating() {
    theory().checkAssert(e -> {
      InspectionRating before = rate(e.inspection());
      InspectionRating after = rate(InspectionChanges.withOtherNamesAndText(e.inspection()));
      assertThat(outcome(after))
          .as("ratings with every assessor renamed and every judgement's rationale reworded")
          .isEqualTo(outcome(before));
      for (StandardRating s : after.standards()) {
        assertThat(s.reason())
            .as("the reason of standard %s with other names and text", s.code())
            .isEqualTo(before.standard(s.code()).orElseThrow().reason());
      }
    });
  }

  // ------------------------------------------------------------------------------------------- explanations

  /**
   * "n more cases answered yes instead of no would make it X" is true: making exactly those changes gives X, and
   * one fewer leaves the rating where it was.
   */
  @Test
  public void theFewestAnswersToRise_areEnoughAndNoFewerAre() {
    theory().checkAssert(e -> {
      Inspection before = base(e);
      InspectionRating rated = rate(before);
      for (StandardRating s : rated.standards()) {
        if (s.answersToRise().isEmpty()) {
          continue;
        }
        Rating promised = s.ratingAfterRise().orElseThrow();
        assertThat(s.reason())
            .as("the reason of standard %s states the rise", s.code())
            .contains(" would make it " + promised.label() + ".");
        assertThat(promised.isBetterThan(s.computed()))
            .as("standard %s: the rating promised after the rise is better than %s", s.code(), s.computed().label())
            .isTrue();
        List<Place> flips = new ArrayList<>();
        List<Place> noAnswers = changes().answered(before, Answer.NO);
        for (KeyQuestionResult k : s.keyQuestions()) {
          if (k.driving()) {
            List<Place> mine = noAnswers.stream()
                .filter(p -> p.keyQuestion().equals(k.code()))
                .collect(Collectors.toList());
            flips.addAll(mine.subList(0, k.casesToBandUp().getAsInt()));
          }
        }
        assertThat(flips.size())
            .as("standard %s: the answers to rise are as many as it says", s.code())
            .isEqualTo(s.answersToRise().getAsInt());
        StandardRating risen =
            rate(InspectionChanges.withAnswers(before, flips, Answer.YES)).standard(s.code()).orElseThrow();
        assertThat(risen.computed())
            .as("standard %s after the %d answers it names turn yes", s.code(), flips.size())
            .isEqualTo(promised);
        List<Place> oneFewer = flips.subList(1, flips.size());
        StandardRating notRisen =
            rate(InspectionChanges.withAnswers(before, oneFewer, Answer.YES)).standard(s.code()).orElseThrow();
        assertThat(notRisen.computed())
            .as("standard %s after one answer fewer than it names turns yes", s.code())
            .isEqualTo(s.computed());
      }
    });
  }

  /** The distances to the next bands of each key question are the fewest answers that change its band. */
  @Test
  public void distancesToTheNextBands_areTheFewestAnswersThatChangeTheBand() {
    theory().checkAssert(e -> {
      RatingPolicy p = policy();
      for (StandardRating s : rate(e.inspection()).standards()) {
        for (KeyQuestionResult k : s.keyQuestions()) {
          if (k.band().isEmpty()) {
            continue;
          }
          Rating band = k.band().get();
          int yes = k.yes();
          int applicable = k.applicable();
          if (band.better().isPresent()) {
            int up = k.casesToBandUp().orElseThrow();
            assertThat(up).as("%s: answers to the next band up are 1 to the %d no answers", k.code(), k.no())
                .isBetween(1, k.no());
            assertThat(p.reaches(yes + up, applicable, band.better().get()))
                .as("%s: %d more yes reach %s", k.code(), up, band.better().get().label()).isTrue();
            assertThat(p.reaches(yes + up - 1, applicable, band.better().get()))
                .as("%s: %d more yes do not reach %s", k.code(), up - 1, band.better().get().label()).isFalse();
            assertThat(k.bandWithCasesUp())
                .as("%s: the band those answers reach", k.code()).contains(p.band(yes + up, applicable));
          } else {
            assertThat(k.casesToBandUp()).as("%s: no band above Outstanding", k.code()).isEmpty();
          }
          if (band != Rating.INADEQUATE) {
            int down = k.casesToBandDown().orElseThrow();
            assertThat(down).as("%s: answers to the next band down are 1 to the %d yes answers", k.code(), yes)
                .isBetween(1, yes);
            assertThat(p.reaches(yes - down, applicable, band))
                .as("%s: %d fewer yes fall below %s", k.code(), down, band.label()).isFalse();
            assertThat(p.reaches(yes - down + 1, applicable, band))
                .as("%s: %d fewer yes stay at %s", k.code(), down - 1, band.label()).isTrue();
          } else {
            assertThat(k.casesToBandDown()).as("%s: no band below Inadequate", k.code()).isEmpty();
          }
        }
      }
    });
  }

  /** The driving key questions are the lowest, and the standard's computed rating is their band. */
  @Test
  public void theDrivingKeyQuestion_isTheLowest() {
    theory().checkAssert(e -> {
      for (StandardRating s : rate(e.inspection()).standards()) {
        if (s.keyQuestions().isEmpty()) {
          assertThat(s.computed())
              .as("standard %s without key questions is rated by its judgement", s.code())
              .isEqualTo(s.judgement().orElseThrow().rating());
          continue;
        }
        Rating lowest = null;
        for (KeyQuestionResult k : s.keyQuestions()) {
          if (k.band().isPresent() && (lowest == null || k.band().get().isWorseThan(lowest))) {
            lowest = k.band().get();
          }
        }
        assertThat(s.computed()).as("standard %s is rated as its lowest key question", s.code()).isEqualTo(lowest);
        for (KeyQuestionResult k : s.keyQuestions()) {
          assertThat(k.driving())
              .as("%s drives standard %s exactly when its band is the lowest", k.code(), s.code())
              .isEqualTo(k.band().map(b -> b == s.computed()).orElse(false));
        }
      }
    });
  }

  /** Counts, shares, bands and interval ends agree with a computation from the answers by plain arithmetic. */
  @Test
  public void countsSharesAndIntervals_agreeWithARecomputation() {
    theory().checkAssert(e -> {
      Inspection i = e.inspection();
      Map<CaseRef, SampleKind> samples = new LinkedHashMap<>();
      i.cases().forEach(c -> samples.put(c.ref(), c.sample()));
      for (StandardRating s : rate(i).standards()) {
        Standard standard = framework().standard(providerType(), s.code()).orElseThrow();
        if (!standard.isCaseRated()) {
          continue;
        }
        SampleKind sample = standard.sampleKind().orElseThrow();
        for (KeyQuestionResult k : s.keyQuestions()) {
          int yes = 0;
          int no = 0;
          int na = 0;
          for (CaseAssessment a : i.assessments()) {
            if (samples.get(a.caseRef()) != sample) {
              continue;
            }
            Answer answer = a.answers().get(k.code());
            yes += answer == Answer.YES ? 1 : 0;
            no += answer == Answer.NO ? 1 : 0;
            na += answer == Answer.NOT_APPLICABLE ? 1 : 0;
          }
          assertThat(List.of(k.yes(), k.no(), k.notApplicable()))
              .as("%s: yes, no and not applicable counted from the %s assessments", k.code(), sample)
              .containsExactly(yes, no, na);
          if (yes + no == 0) {
            assertThat(k.band()).as("%s without an applicable case has no band", k.code()).isEmpty();
            continue;
          }
          assertThat(k.share().orElseThrow())
              .as("%s: the share of yes in applicable cases", k.code())
              .isCloseTo((double) yes / (yes + no), org.assertj.core.data.Offset.offset(1e-12));
          assertThat(k.band())
              .as("%s: the band of %d of %d by decimal arithmetic", k.code(), yes, yes + no)
              .contains(bandByDecimals(policy(), yes, yes + no));
          double[] wilson = wilson(yes, yes + no, policy().intervalZ());
          assertInterval(k.intervalLow(), wilson[0], k.code() + ": the lower end of the interval");
          assertInterval(k.intervalHigh(), wilson[1], k.code() + ": the upper end of the interval");
        }
      }
    });
  }

  // ---------------------------------------------------------------------------------------- overall rating

  /** The overall score is the sum of the standards' points; its band contains it; a limiter never raises it. */
  @Test
  public void overallScore_isTheSumOfPoints_andALimiterNeverRaises() {
    theory().checkAssert(e -> {
      InspectionRating r = rate(e.inspection());
      int sum = r.standards().stream().mapToInt(s -> policy().points(s.finalRating())).sum();
      assertThat(r.overall().score()).as("the overall score is the sum of the standards' points").isEqualTo(sum);
      assertThat(r.overall().band().contains(sum)).as("the overall band %s contains the score %d",
          r.overall().band(), sum).isTrue();
      assertThat(r.overall().band().rating()).as("the overall band is the policy's band of the score")
          .isEqualTo(policy().overallBand(sum));
      assertThat(r.overall().rating().isBetterThan(r.overall().band().rating()))
          .as("the overall rating %s is no better than its band's", r.overall().rating().label())
          .isFalse();
      if (r.overall().limiterApplied().isEmpty()) {
        assertThat(r.overall().rating()).as("without a limiter the overall rating is the band's")
            .isEqualTo(r.overall().band().rating());
      } else {
        Limiter l = r.overall().limiterApplied().get();
        long low = r.standards().stream().filter(s -> !s.finalRating().isBetterThan(l.atOrBelow())).count();
        assertThat(low).as("the limiter applied (%s) has its %d standards", l.describe(), l.minimumCount())
            .isGreaterThanOrEqualTo(l.minimumCount());
      }
      if (!policy().limiters().isEmpty()) {
        RatingPolicy unlimited = RatingPolicy.builder().from(policy()).limiters(List.of()).build();
        Rating without = RatingCalculator.of(unlimited).rateOrThrow(framework(), e.inspection()).overall().rating();
        assertThat(r.overall().rating().isBetterThan(without))
            .as("the overall rating with the policy's limiters is no better than without them (%s)", without.label())
            .isFalse();
      }
    });
  }

  /** An override changes only its own standard's final rating, and the overall score by the points between. */
  @Test
  public void anOverride_changesOnlyItsOwnStandard() {
    theory().checkAssert(e -> {
      Inspection before = base(e);
      InspectionRating rated = rate(before);
      StandardRating s = rated.standards().get(e.random().nextInt(rated.standards().size()));
      List<Rating> others = new ArrayList<>(List.of(Rating.values()));
      others.remove(s.computed());
      Rating to = others.get(e.random().nextInt(others.size()));
      Inspection overridden = Inspection.builder().from(before)
          .addOverride(RatingOverride.of(s.code(), s.computed(), to, "Moderated at the invariant suite's request."))
          .build();
      InspectionRating after = rate(overridden);
      assertThat(after.standard(s.code()).orElseThrow().finalRating())
          .as("standard %s overridden from %s to %s", s.code(), s.computed().label(), to.label()).isEqualTo(to);
      assertThat(after.standard(s.code()).orElseThrow().computed())
          .as("standard %s keeps its computed rating when overridden", s.code()).isEqualTo(s.computed());
      for (StandardRating other : rated.standards()) {
        if (!other.code().equals(s.code())) {
          assertThat(after.standard(other.code()).orElseThrow())
              .as("standard %s when only %s is overridden", other.code(), s.code()).isEqualTo(other);
        }
      }
      assertThat(after.overall().score())
          .as("the overall score moves by the points between %s and %s", s.computed().label(), to.label())
          .isEqualTo(rated.overall().score() - policy().points(s.finalRating()) + policy().points(to));
    });
  }

  /** An override naming a computed rating the standard does not have is refused as stale. */
  @Test
  public void aStaleOverride_isRefused() {
    theory().checkAssert(e -> {
      Inspection before = base(e);
      InspectionRating rated = rate(before);
      StandardRating s = rated.standards().get(e.random().nextInt(rated.standards().size()));
      List<Rating> stale = new ArrayList<>(List.of(Rating.values()));
      stale.remove(s.computed());
      Rating from = stale.get(e.random().nextInt(stale.size()));
      Inspection overridden = Inspection.builder().from(before)
          .addOverride(RatingOverride.of(s.code(), from, s.computed(), "Written against an earlier rating."))
          .build();
      Validation<List<Problem>, InspectionRating> v = calculator().rate(framework(), overridden);
      assertThat(v.isInvalid())
          .as("an override of standard %s from %s, which is computed %s, is refused", s.code(), from.label(),
              s.computed().label())
          .isTrue();
      assertThat(v.getError().stream().map(Problem::code))
          .as("the problem of the stale override of %s", s.code()).contains("rating.stale-override");
    });
  }

  // ---------------------------------------------------------------------------------------------- thresholds

  /** A share exactly on a threshold gets the upper band; one case fewer does not reach it. */
  @Test
  public void aShareExactlyOnAThreshold_getsTheUpperBand() {
    RatingPolicy p = policy();
    for (Rating r : List.of(Rating.OUTSTANDING, Rating.GOOD, Rating.REQUIRES_IMPROVEMENT)) {
      BigDecimal t = p.threshold(r).stripTrailingZeros();
      int scale = Math.max(0, t.scale());
      if (scale > 6) {
        continue; // no count of cases below 2^31 is exactly on it
      }
      // t% exactly is u of 100 * 10^scale, reduced to the fewest cases.
      long u = t.movePointRight(scale).longValueExact();
      long d = 100L * BigDecimal.TEN.pow(scale).longValueExact();
      long g = java.math.BigInteger.valueOf(u).gcd(java.math.BigInteger.valueOf(d)).longValue();
      int yes = (int) (u / g);
      int applicable = (int) (d / g);
      assertThat(p.band(yes, applicable))
          .as("%d of %d cases, exactly the %s threshold of %s%%", yes, applicable, r.label(), t.toPlainString())
          .isEqualTo(r);
      if (p.rounding() == ShareRounding.EXACT || applicable == 100) {
        assertThat(p.band(yes - 1, applicable).isWorseThan(r))
            .as("%d of %d cases, just below the %s threshold", yes - 1, applicable, r.label())
            .isTrue();
      }
    }
  }

  /** Whether a count reaches a band agrees with decimal arithmetic on the policy's thresholds. */
  @Test
  public void reachingABand_agreesWithDecimalArithmetic() {
    QuickTheory.qt().withFixedSeed(seed()).withExamples(examples() * 10)
        .forAll(SourceDSL.integers().between(1, 1_000_000), SourceDSL.doubles().between(0, 1))
        .checkAssert((applicable, fraction) -> {
          int yes = (int) Math.min(applicable, Math.round(fraction * applicable));
          assertThat(policy().band(yes, applicable))
              .as("the band of %d of %d cases", yes, applicable)
              .isEqualTo(bandByDecimals(policy(), yes, applicable));
        });
  }

  /** The bands cover 0 to 100% and every score from 0 to the maximum, without gap or overlap, in order. */
  @Test
  public void theBands_coverEveryShareAndScoreOnce() {
    RatingPolicy p = policy();
    Rating previous = Rating.INADEQUATE;
    for (int tenth = 0; tenth <= 1000; tenth++) {
      Rating band = p.bandOfPercent(tenth / 10.0);
      assertThat(band.isWorseThan(previous))
          .as("the band of %s%% is no worse than the band of a lower share", tenth / 10.0).isFalse();
      previous = band;
    }
    assertThat(p.bandOfPercent(0)).as("the band of 0%").isEqualTo(Rating.INADEQUATE);
    assertThat(p.bandOfPercent(100)).as("the band of 100%").isEqualTo(Rating.OUTSTANDING);
    for (int score = 0; score <= p.maxScore(); score++) {
      int s = score;
      assertThat(p.overallBands().stream().filter(b -> b.contains(s)).count())
          .as("the overall bands containing the score %d of %d", s, p.maxScore()).isEqualTo(1);
    }
  }

  /** The policy with a gap or an overlap between its bands, or thresholds out of order, cannot be built. */
  @Test
  public void aPolicyWithAGapOrOverlap_isRejectedAtConstruction() {
    RatingPolicy p = policy();
    List<ScoreBand> bands = p.overallBands();
    for (int i = 1; i < bands.size(); i++) {
      for (int shift : new int[] {-1, 1}) {
        ScoreBand b = bands.get(i);
        if (b.min() + shift > b.max() || b.min() + shift < 0) {
          continue;
        }
        List<ScoreBand> broken = new ArrayList<>(bands);
        broken.set(i, ScoreBand.of(b.rating(), b.min() + shift, b.max()));
        assertThatThrownBy(() -> RatingPolicy.builder().from(p).overallBands(broken).build())
            .as("policy %s with band %s starting at %d (%s)", p.name(), b, b.min() + shift,
                shift < 0 ? "an overlap" : "a gap")
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("overallBands");
      }
    }
    assertThatThrownBy(() -> RatingPolicy.builder().from(p)
        .putThreshold(Rating.GOOD, p.threshold(Rating.OUTSTANDING)).build())
        .as("policy %s with the Good threshold equal to the Outstanding one", p.name())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("thresholds");
  }

  // ---------------------------------------------------------------------------------------------- determinism

  /** Rating twice, with the same calculator or a new one, gives equal results. */
  @Test
  public void ratingTwice_givesEqualResults() {
    theory().checkAssert(e -> {
      RatingCalculator c = calculator();
      InspectionRating first = c.rateOrThrow(framework(), e.inspection());
      assertThat(c.rateOrThrow(framework(), e.inspection())).as("the rating, rated again").isEqualTo(first);
      assertThat(RatingCalculator.of(policy()).rateOrThrow(framework(), e.inspection()))
          .as("the rating by a new calculator").isEqualTo(first);
    });
  }

  /** The inspection read back from its document rates as the inspection did. */
  @Test
  public void rating_survivesTheDocumentRoundTrip() {
    org.junit.jupiter.api.Assumptions.assumeTrue(documentRoundTrip().isPresent(),
        "no document round trip given: override documentRoundTrip() to check it");
    UnaryOperator<Inspection> roundTrip = documentRoundTrip().orElseThrow();
    theory().checkAssert(e -> assertThat(rate(roundTrip.apply(e.inspection())))
        .as("the rating of the inspection read back from its document").isEqualTo(rate(e.inspection())));
  }

  // ------------------------------------------------------------------------------------------------ portfolio

  /** The portfolio of one inspection agrees with its rating: its ratings counted once, its answers pooled alone. */
  @Test
  public void thePortfolioOfOneInspection_agreesWithItsRating() {
    theory().checkAssert(e -> {
      InspectionRating r = rate(e.inspection());
      Portfolio p = PortfolioCalculator.builder()
          .frameworks(id -> Optional.of(framework()))
          .policies(f -> policy())
          .build()
          .summarise(List.of(e.inspection()));
      assertThat(p.unrated()).as("the unrated inspections of a portfolio of one rateable inspection").isEmpty();
      for (RatingDistribution d : p.distributions()) {
        Rating expected = d.subject().equals(RatingDistribution.OVERALL)
            ? r.overall().rating()
            : r.standards().stream().filter(s -> s.code().toString().equals(d.subject())).findFirst()
                .orElseThrow().finalRating();
        assertThat(d.total()).as("inspections counted in the distribution of %s", d.subject()).isEqualTo(1);
        assertThat(d.count(expected)).as("the distribution of %s counts its rating %s", d.subject(),
            expected.label()).isEqualTo(1);
      }
      assertThat(p.distributions()).as("distributions: the overall and one per standard")
          .hasSize(1 + r.standards().size());
      for (KeyQuestionPicture k : p.keyQuestions()) {
        KeyQuestionResult own = r.standards().stream().flatMap(s -> s.keyQuestions().stream())
            .filter(x -> x.code().equals(k.keyQuestion())).findFirst().orElseThrow();
        assertThat(List.of(k.yes(), k.applicable()))
            .as("the pooled yes and applicable answers of %s in a portfolio of one", k.keyQuestion())
            .containsExactly(own.yes(), own.applicable());
      }
    });
  }

  // -------------------------------------------------------------------------------------------------- support

  /** A generated inspection and the seed of the random choices a property makes about it. */
  record Example(Inspection inspection, long seed) {
    Random random() {
      return new Random(seed);
    }
  }

  private org.quicktheories.dsl.TheoryBuilder<Example> theory() {
    Gen<Example> examples = inspections().zip(SourceDSL.longs().all(), Example::new);
    return QuickTheory.qt()
        .withFixedSeed(seed())
        .withExamples(examples())
        .forAll(examples.describedAs(e -> "change seed " + e.seed() + ", inspection document:\n"
            + InspectionDocuments.compact(e.inspection())));
  }

  private static long seed() {
    return Long.getLong("qt.seed", 20_190_902L);
  }

  private RatingCalculator calculator() {
    return RatingCalculator.of(policy());
  }

  private InspectionChanges changes() {
    return new InspectionChanges(framework(), providerType());
  }

  private InspectionRating rate(Inspection inspection) {
    Validation<List<Problem>, InspectionRating> v = calculator().rate(framework(), inspection);
    if (v.isInvalid()) {
      throw new AssertionError("the inspection does not rate under policy " + policy().name() + ": "
          + v.getError().stream().map(p -> p.code() + " at " + p.where()).collect(Collectors.joining("; ")));
    }
    return v.get();
  }

  private static Inspection base(Example e) {
    return InspectionChanges.withoutDepartures(e.inspection());
  }

  private Optional<Map.Entry<SampleKind, KeyQuestionCode>> newCasePlace(Random random) {
    List<Map.Entry<SampleKind, KeyQuestionCode>> places = new ArrayList<>();
    for (SampleKind sample : changes().samples()) {
      for (KeyQuestion k : changes().questionsOf(sample)) {
        places.add(Map.entry(sample, k.code()));
      }
    }
    return places.isEmpty() ? Optional.empty() : Optional.of(places.get(random.nextInt(places.size())));
  }

  /**
   * {@code worse} is nowhere better than {@code better}: the band of {@code changed}, every standard's computed
   * and final rating, and the overall rating.
   */
  private static void assertNotWorse(
      InspectionRating worse, InspectionRating better, String when, KeyQuestionCode changed) {
    for (StandardRating b : better.standards()) {
      StandardRating w = worse.standard(b.code()).orElseThrow();
      assertThat(w.computed().isBetterThan(b.computed()))
          .as("standard %s (%s) against %s %s", b.code(), w.computed().label(), b.computed().label(), when)
          .isFalse();
      for (KeyQuestionResult k : b.keyQuestions()) {
        if (k.code().equals(changed)) {
          Optional<Rating> wb = w.keyQuestions().stream().filter(x -> x.code().equals(changed)).findFirst()
              .flatMap(KeyQuestionResult::band);
          if (wb.isPresent() && k.band().isPresent()) {
            assertThat(wb.get().isBetterThan(k.band().get()))
                .as("key question %s (%s) against %s %s", changed, wb.get().label(), k.band().get().label(), when)
                .isFalse();
          }
        }
      }
    }
    assertThat(worse.overall().rating().isBetterThan(better.overall().rating()))
        .as("the overall rating (%s) against %s %s", worse.overall().rating().label(),
            better.overall().rating().label(), when)
        .isFalse();
  }

  /** A standard's part of an outcome, for comparisons that ignore counts of non-applicable answers. */
  record StandardKey(String standard, String item) {}

  /**
   * What a rating concludes, without the counts of not-applicable, unanswered and unassessed cases (which a
   * neutral change may alter): per standard its computed and final rating and per key question its yes and no
   * counts, band, interval and distances; the overall score, band and rating.
   */
  private static Map<StandardKey, Object> outcome(InspectionRating r) {
    Map<StandardKey, Object> out = new LinkedHashMap<>();
    for (StandardRating s : r.standards()) {
      String code = s.code().toString();
      out.put(new StandardKey(code, "computed"), s.computed());
      out.put(new StandardKey(code, "final"), s.finalRating());
      out.put(new StandardKey(code, "sampling error"), List.of(s.worstWithinSamplingError(),
          s.bestWithinSamplingError()));
      for (KeyQuestionResult k : s.keyQuestions()) {
        out.put(new StandardKey(code, k.code().toString()), List.of(k.yes(), k.no(), k.band(), k.intervalLow(),
            k.intervalHigh(), k.casesToBandUp(), k.casesToBandDown(), k.driving()));
      }
    }
    out.put(new StandardKey("overall", "score"), r.overall().score());
    out.put(new StandardKey("overall", "band"), r.overall().band());
    out.put(new StandardKey("overall", "rating"), r.overall().rating());
    return out;
  }

  /** The band by decimal arithmetic on the thresholds as written, independent of the policy's integer tests. */
  static Rating bandByDecimals(RatingPolicy policy, int yes, int applicable) {
    for (Rating r : List.of(Rating.OUTSTANDING, Rating.GOOD, Rating.REQUIRES_IMPROVEMENT)) {
      BigDecimal t = policy.threshold(r);
      boolean reaches;
      if (policy.rounding() == ShareRounding.HALF_UP_WHOLE_PERCENT) {
        BigDecimal rounded = BigDecimal.valueOf(100L * yes)
            .divide(BigDecimal.valueOf(applicable), 0, RoundingMode.HALF_UP);
        reaches = rounded.compareTo(t) >= 0;
      } else {
        reaches = BigDecimal.valueOf(100L * yes).compareTo(t.multiply(BigDecimal.valueOf(applicable))) >= 0;
      }
      if (reaches) {
        return r;
      }
    }
    return Rating.INADEQUATE;
  }

  /** The Wilson score interval of {@code yes} in {@code n}, as Wilson (1927) gives it, written out again here. */
  static double[] wilson(int yes, int n, double z) {
    double p = (double) yes / n;
    double z2 = z * z;
    double centre = (p + z2 / (2.0 * n)) / (1 + z2 / n);
    double half = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));
    return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
  }

  private static void assertInterval(OptionalDouble actual, double expected, String what) {
    assertThat(actual).as(what + " is present").isPresent();
    assertThat(actual.getAsDouble()).as(what).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-9));
  }
}
