package org.inspectionkit.testkit.rating;

import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.inspectionkit.model.Rating;
import org.inspectionkit.model.casework.Answer;
import org.inspectionkit.model.casework.CaseAssessment;
import org.inspectionkit.model.casework.CaseRef;
import org.inspectionkit.model.casework.InspectedCase;
import org.inspectionkit.model.evidence.StandardJudgement;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.KeyQuestion;
import org.inspectionkit.model.framework.KeyQuestionCode;
import org.inspectionkit.model.framework.SampleKind;
import org.inspectionkit.model.framework.Standard;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.provider.Provider;
import org.inspectionkit.model.provider.ProviderId;
import org.inspectionkit.model.provider.ProviderType;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * A QuickTheories generator of inspections that can always be rated: for any framework and any provider type it
 * covers, every generated inspection rates without a problem under every rating policy that scores as many
 * standards as the framework gives that type.
 *
 * <p>What "rateable" takes, and how each inspection has it by construction (nothing is generated and then thrown
 * away, so the generator never gives up):
 *
 * <ul>
 *   <li>the header names the framework, its cycle and a provider of the type;
 *   <li>every sample that a case-rated standard of the type is rated from has one to {@code maxCasesPerSample}
 *       cases, at least one of them assessed (some may be selected and not assessed);
 *   <li>an assessment answers only key questions (and sometimes their first prompt) of the standards rated from its
 *       case's sample: yes, no, not applicable, or no answer at all; each standard is given its own proportion of
 *       yes answers, so that inspections reach every band;
 *   <li>every case-rated standard has at least one applicable (yes or no) answer on some key question;
 *   <li>every judgement-rated standard has a judgement, of any rating, and no case-rated standard has one;
 *   <li>no override and no qualitative adjustment (both depend on the rating computed, so a property that needs
 *       them adds them to a rated inspection).
 * </ul>
 *
 * <p>Generated inspections draw every choice from QuickTheories' randomness, so a failing example shrinks towards
 * fewer cases and simpler answers. Case references are {@code C1}, {@code C2}, ...; assessors are {@code insp-01}
 * to {@code insp-04}; no free text beyond a fixed judgement rationale. Stateless and thread-safe.
 */
public final class RateableInspections {

  /** The largest number of cases per sample of {@link #of(Framework, ProviderType)}. */
  public static final int DEFAULT_MAX_CASES_PER_SAMPLE = 8;

  private static final LocalDate FIRST_DAY = LocalDate.of(2019, 9, 2);
  private static final List<String> ASSESSORS = List.of("insp-01", "insp-02", "insp-03", "insp-04");

  private RateableInspections() {}

  /**
   * Rateable inspections of a provider of {@code type} under {@code framework}, with up to
   * {@value #DEFAULT_MAX_CASES_PER_SAMPLE} cases per sample.
   *
   * @param framework the framework the inspections are made under
   * @param type a provider type the framework covers, with at least one standard
   * @return the generator
   * @throws IllegalArgumentException if the framework does not cover the type or gives it no standard
   */
  public static Gen<Inspection> of(Framework framework, ProviderType type) {
    return of(framework, type, DEFAULT_MAX_CASES_PER_SAMPLE);
  }

  /**
   * Rateable inspections of a provider of {@code type} under {@code framework}, with one to
   * {@code maxCasesPerSample} cases in each sample its case-rated standards are rated from.
   *
   * @param framework the framework the inspections are made under
   * @param type a provider type the framework covers, with at least one standard
   * @param maxCasesPerSample the largest number of cases in one sample, at least 1
   * @return the generator
   * @throws IllegalArgumentException if the framework does not cover the type or gives it no standard, or if
   *     {@code maxCasesPerSample} is below 1
   */
  public static Gen<Inspection> of(Framework framework, ProviderType type, int maxCasesPerSample) {
    java.util.Objects.requireNonNull(framework, "framework");
    java.util.Objects.requireNonNull(type, "type");
    if (!framework.covers(type)) {
      throw new IllegalArgumentException(
          "RateableInspections type: framework " + framework.id() + " does not cover provider type " + type
              + ", only " + framework.providerTypes());
    }
    if (framework.standardsFor(type).isEmpty()) {
      throw new IllegalArgumentException(
          "RateableInspections type: framework " + framework.id() + " gives provider type " + type
              + " no standard, so no inspection of it can be rated");
    }
    if (maxCasesPerSample < 1) {
      throw new IllegalArgumentException(
          "RateableInspections maxCasesPerSample: must be at least 1, was " + maxCasesPerSample);
    }
    Shape shape = new Shape(framework, type);
    return rs -> generate(shape, maxCasesPerSample, rs);
  }

  /** What the generator needs of the framework, worked out once per generator rather than per inspection. */
  private static final class Shape {
    final Framework framework;
    final ProviderType type;
    final List<SampleKind> samples = new ArrayList<>();
    final Map<SampleKind, List<Standard>> standardsBySample = new TreeMap<>();
    final List<Standard> judged = new ArrayList<>();

    Shape(Framework framework, ProviderType type) {
      this.framework = framework;
      this.type = type;
      for (Standard s : framework.standardsFor(type)) {
        if (s.isCaseRated()) {
          SampleKind kind = s.sampleKind().orElseThrow();
          if (!samples.contains(kind)) {
            samples.add(kind);
          }
          standardsBySample.computeIfAbsent(kind, k -> new ArrayList<>()).add(s);
        } else {
          judged.add(s);
        }
      }
    }
  }

  private static Inspection generate(Shape shape, int maxCases, RandomnessSource rs) {
    Inspection.Builder b =
        Inspection.builder()
            .id("rateable-inspection")
            .provider(Provider.of(ProviderId.of("rateable-provider"), "Rateable provider", shape.type))
            .frameworkId(shape.framework.id())
            .cycle(shape.framework.cycle());
    int serial = 0;
    for (SampleKind sample : shape.samples) {
      List<Standard> standards = shape.standardsBySample.get(sample);
      // Each standard its own share of yes answers (0 to 10 in 10), so that inspections reach every band.
      int[] yesInTen = new int[standards.size()];
      for (int s = 0; s < yesInTen.length; s++) {
        yesInTen[s] = integers().between(0, 10).generate(rs);
      }
      int cases = integers().between(1, maxCases).generate(rs);
      List<CaseRef> refs = new ArrayList<>();
      List<Map<KeyQuestionCode, Answer>> answers = new ArrayList<>();
      for (int c = 0; c < cases; c++) {
        CaseRef ref = CaseRef.of("C" + (++serial));
        b.addCase(InspectedCase.of(ref, sample));
        // About one case in six is selected but not assessed; the first one assessed is kept below.
        if (integers().between(0, 5).generate(rs) == 5) {
          refs.add(ref);
          answers.add(null);
          continue;
        }
        Map<KeyQuestionCode, Answer> given = new TreeMap<>();
        for (int s = 0; s < standards.size(); s++) {
          for (KeyQuestion k : standards.get(s).keyQuestions()) {
            int draw = integers().between(0, 11).generate(rs);
            if (draw == 11) {
              continue; // not answered
            }
            given.put(k.code(), draw == 10 ? Answer.NOT_APPLICABLE : draw < yesInTen[s] ? Answer.YES : Answer.NO);
          }
        }
        if (given.isEmpty()) {
          // An assessment answers at least one key question.
          int draw = integers().between(0, 2).generate(rs);
          given.put(
              standards.get(0).keyQuestions().get(0).code(),
              draw == 0 ? Answer.YES : draw == 1 ? Answer.NO : Answer.NOT_APPLICABLE);
        }
        refs.add(ref);
        answers.add(given);
      }
      if (answers.stream().allMatch(a -> a == null)) {
        answers.set(0, new TreeMap<>());
      }
      // Every standard needs an applicable answer somewhere in its sample; give the first assessed case one.
      int first = 0;
      while (answers.get(first) == null) {
        first++;
      }
      for (Standard s : standards) {
        if (!hasApplicableAnswer(s, answers)) {
          KeyQuestionCode k = s.keyQuestions().get(integers().between(0, s.keyQuestions().size() - 1).generate(rs))
              .code();
          answers.get(first).put(k, integers().between(0, 1).generate(rs) == 0 ? Answer.YES : Answer.NO);
        }
      }
      for (int c = 0; c < refs.size(); c++) {
        Map<KeyQuestionCode, Answer> given = answers.get(c);
        if (given == null) {
          continue;
        }
        CaseAssessment.Builder a =
            CaseAssessment.builder()
                .caseRef(refs.get(c))
                .assessor(ASSESSORS.get(integers().between(0, ASSESSORS.size() - 1).generate(rs)))
                .assessedOn(FIRST_DAY.plusDays(integers().between(0, 20).generate(rs)))
                .answers(given);
        for (Map.Entry<KeyQuestionCode, Answer> e : given.entrySet()) {
          KeyQuestion k = shape.framework.keyQuestion(shape.type, e.getKey()).orElseThrow();
          if (!k.prompts().isEmpty() && integers().between(0, 3).generate(rs) == 0) {
            a.putPromptAnswer(k.prompts().get(0).code(), e.getValue());
          }
        }
        b.addAssessment(a.build());
      }
    }
    for (Standard s : shape.judged) {
      Rating rating = Rating.values()[integers().between(0, Rating.values().length - 1).generate(rs)];
      b.addJudgement(
          StandardJudgement.builder().standard(s.code()).rating(rating).rationale("Generated judgement.").build());
    }
    return b.build();
  }

  private static boolean hasApplicableAnswer(Standard s, List<Map<KeyQuestionCode, Answer>> answers) {
    for (Map<KeyQuestionCode, Answer> given : answers) {
      if (given == null) {
        continue;
      }
      for (KeyQuestion k : s.keyQuestions()) {
        Answer a = given.get(k.code());
        if (a == Answer.YES || a == Answer.NO) {
          return true;
        }
      }
    }
    return false;
  }
}
