package org.inspectionkit.examples.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.inspectionkit.model.Rating;
import org.inspectionkit.model.casework.CaseAssessment;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.KeyQuestion;
import org.inspectionkit.model.framework.SampleKind;
import org.inspectionkit.model.framework.Standard;
import org.inspectionkit.model.inspection.FieldworkPeriod;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.inspection.InspectionId;
import org.inspectionkit.model.inspection.InspectionStatus;
import org.inspectionkit.model.evidence.StandardJudgement;
import org.inspectionkit.model.provider.Provider;
import org.inspectionkit.model.provider.ProviderId;
import org.inspectionkit.model.provider.ProviderType;
import org.inspectionkit.model.recommendation.Progress;
import org.inspectionkit.model.recommendation.ProgressAssessment;
import org.inspectionkit.model.recommendation.Recommendation;
import org.inspectionkit.model.recommendation.RecommendationId;

/**
 * Example inspections for the national picture: BeNCH CRC's two (those of {@link ExampleInspection}) and two more
 * of each of five other CRCs and three NPS divisions, one under the 2018-19 framework and one under 2019-20, so
 * that a portfolio has distributions, weak key questions, providers that improved and declined, and follow-up to
 * count. The providers are the real ones of the built-in registry; every figure, judgement and recommendation is
 * invented, deterministic (the same every run) and shaped only to be plausible: each provider has its own strength
 * and direction of travel, and every key question's share is that plus a per-question offset, never data about any
 * real provider.
 */
public final class ExamplePortfolio {

  /** One invented provider's shape: its id, name, type, strength and change between the cycles. */
  private record Shape(String id, String name, ProviderType type, double strength, double change) {}

  private static final List<Shape> SHAPES = List.of(
      new Shape("crc-essex", "Essex CRC", ProviderType.CRC, 0.74, 0.05),
      new Shape("crc-london", "London CRC", ProviderType.CRC, 0.52, -0.06),
      new Shape("crc-merseyside", "Merseyside CRC", ProviderType.CRC, 0.66, 0.02),
      new Shape("crc-thames-valley", "Thames Valley CRC", ProviderType.CRC, 0.61, 0.09),
      new Shape("crc-wales", "Wales CRC", ProviderType.CRC, 0.70, -0.02),
      new Shape("nps-london", "NPS London", ProviderType.NPS_DIVISION, 0.63, 0.04),
      new Shape("nps-midlands", "NPS Midlands", ProviderType.NPS_DIVISION, 0.71, -0.05),
      new Shape("nps-wales", "NPS Wales", ProviderType.NPS_DIVISION, 0.77, 0.03));

  /** Added to a provider's strength for each key question, by its position in the standard: planning is weakest. */
  private static final double[] QUESTION_OFFSET = {0.08, 0.02, -0.10, 0.0, 0.0};

  private ExamplePortfolio() {}

  /**
   * The example inspections, 2018-19 ones first, each provider's in id order.
   *
   * @param framework2018 the 2018-19 framework
   * @param framework2019 the 2019-20 framework
   * @return eighteen inspections
   */
  public static List<Inspection> inspections(Framework framework2018, Framework framework2019) {
    List<Inspection> out = new ArrayList<>();
    out.add(ExampleInspection.crc2018(framework2018));
    for (Shape s : SHAPES) {
      out.add(inspection(s, framework2018, false));
    }
    out.add(ExampleInspection.crc2019(framework2019));
    for (Shape s : SHAPES) {
      out.add(inspection(s, framework2019, true));
    }
    return out;
  }

  private static Inspection inspection(Shape s, Framework framework, boolean second) {
    int index = SHAPES.indexOf(s);
    InspectionId id = InspectionId.of(s.id() + "-" + framework.cycle());
    InspectionId previous = InspectionId.of(s.id() + "-2018-19");
    // Fieldwork one provider a week from October 2018 and from September 2019.
    LocalDate fieldwork = (second ? LocalDate.of(2019, 9, 2) : LocalDate.of(2018, 10, 1)).plusWeeks(index + 1);
    Random random = new Random(s.id().hashCode() * 31L + (second ? 2019 : 2018));
    double strength = s.strength() + (second ? s.change() : 0);
    Inspection.Builder b = Inspection.builder()
        .id(id)
        .provider(Provider.of(ProviderId.of(s.id()), s.name(), s.type()))
        .frameworkId(framework.id())
        .cycle(framework.cycle())
        .status(InspectionStatus.PUBLISHED)
        .fieldwork(FieldworkPeriod.of(fieldwork, second ? 4 : 2));
    if (second) {
      b.previousInspection(previous);
    }
    List<SampleKind> samples = new ArrayList<>();
    for (Standard st : framework.standardsFor(s.type())) {
      if (st.isCaseRated() && !samples.contains(st.sampleKind().orElseThrow())) {
        samples.add(st.sampleKind().orElseThrow());
      }
    }
    for (SampleKind sample : samples) {
      int n = sample == SampleKind.DOMAIN_TWO ? 40 : 12;
      String prefix = sample.code().substring(0, 2).toUpperCase(java.util.Locale.ROOT);
      List<CaseAssessment.Builder> assessments = new ArrayList<>();
      for (int i = 1; i <= n; i++) {
        String ref = String.format("%s-%03d", prefix, i);
        b.addCase(ExampleInspection.inspectedCase(ref, sample, fieldwork, random));
        assessments.add(CaseAssessment.builder().caseRef(ref).assessor("insp-0" + (1 + i % 4))
            .assessedOn(fieldwork.plusDays(i % 10)));
      }
      for (Standard st : framework.standardsRatedFrom(s.type(), sample)) {
        List<KeyQuestion> questions = st.keyQuestions();
        for (int k = 0; k < questions.size(); k++) {
          double share = strength + QUESTION_OFFSET[Math.min(k, QUESTION_OFFSET.length - 1)]
              + (random.nextInt(7) - 3) / 100.0;
          ExampleInspection.answer(assessments, questions.get(k).code(), Math.max(0.05, Math.min(0.98, share)),
              k == 2, random);
        }
      }
      assessments.forEach(a -> b.addAssessment(a.build()));
    }
    // Leadership is judged a little kinder than the casework, as the notice found it too often was.
    Rating judged = strength >= 0.60 ? Rating.GOOD : Rating.REQUIRES_IMPROVEMENT;
    for (Standard st : framework.standardsFor(s.type())) {
      if (!st.isCaseRated()) {
        b.addJudgement(StandardJudgement.builder()
            .standard(st.code())
            .rating(st.code().toString().equals("1.2") && strength < 0.66 ? Rating.REQUIRES_IMPROVEMENT : judged)
            .inspector("insp-01")
            .rationale("Invented example judgement against the key questions of " + st.code() + ".")
            .addCitedElement("2.1")
            .build());
      }
    }
    if (!second) {
      b.addRecommendation(recommendation(id, 1, "2.2", "Improve the planning of work to keep other people safe.",
          s.name()));
      b.addRecommendation(recommendation(id, 2, "1.2", "Bring caseloads to the level the operating model assumes.",
          s.name()));
    } else {
      Progress first = s.change() > 0 ? Progress.SUFFICIENT : Progress.INSUFFICIENT;
      b.addProgressAssessment(progress(previous, id, 1, first));
      if (index % 3 != 2) {
        b.addProgressAssessment(progress(previous, id, 2, s.change() > 0.04 ? Progress.SUFFICIENT
            : index % 2 == 0 ? Progress.NO_PROGRESS : Progress.INSUFFICIENT));
      }
    }
    return b.build();
  }

  private static Recommendation recommendation(
      InspectionId inspection, int number, String target, String text, String addressedTo) {
    return Recommendation.builder().inspection(inspection).number(number).target(target).text(text)
        .addressedTo(addressedTo).build();
  }

  private static ProgressAssessment progress(InspectionId made, InspectionId assessedIn, int number, Progress p) {
    ProgressAssessment.Builder a = ProgressAssessment.builder()
        .recommendation(RecommendationId.of(made, number)).assessedIn(assessedIn).progress(p);
    if (p == Progress.SUFFICIENT) {
      a.addEvidenceOfResult("Invented audit result: the measure the recommendation sought has improved.");
    }
    return a.build();
  }
}
