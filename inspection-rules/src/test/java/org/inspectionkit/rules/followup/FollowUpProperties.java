package org.inspectionkit.rules.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inspectionkit.rules.Theories.qt;

import java.util.ArrayList;
import java.util.List;
import org.inspectionkit.model.framework.ElementCode;
import org.inspectionkit.model.framework.KeyQuestion;
import org.inspectionkit.model.framework.Prompt;
import org.inspectionkit.model.framework.Standard;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.provider.ProviderType;
import org.inspectionkit.model.recommendation.Progress;
import org.inspectionkit.model.recommendation.ProgressAssessment;
import org.inspectionkit.model.recommendation.Recommendation;
import org.inspectionkit.model.recommendation.RecommendationId;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

class FollowUpProperties {

  /** Every element of the old framework's CRC view a recommendation may target. */
  static List<ElementCode> targets() {
    List<ElementCode> out = new ArrayList<>();
    for (Standard s : FollowUpTest.OLD.standardsFor(ProviderType.CRC)) {
      out.add(s.code());
      for (KeyQuestion k : s.keyQuestions()) {
        out.add(k.code());
        for (Prompt p : k.prompts()) {
          out.add(p.code());
        }
      }
    }
    return out;
  }

  record Pair(Inspection previous, Inspection current) {}

  static Gen<Pair> pairs() {
    List<ElementCode> targets = targets();
    return rs -> {
      int n = SourceDSL.integers().between(0, 12).generate(rs);
      Inspection.Builder previous = Inspection.builder().from(FollowUpTest.previous()).recommendations(List.of());
      List<ProgressAssessment> progress = new ArrayList<>();
      for (int i = 1; i <= n; i++) {
        previous.addRecommendation(
            Recommendation.builder()
                .inspection(FollowUpTest.THEN)
                .number(i)
                .target(Generate.pick(targets).generate(rs))
                .text("r")
                .addressedTo("Test CRC")
                .build());
        if (Generate.booleans().generate(rs)) {
          Progress p = Generate.enumValues(Progress.class).generate(rs);
          ProgressAssessment.Builder a =
              ProgressAssessment.builder()
                  .recommendation(RecommendationId.of(FollowUpTest.THEN, i))
                  .assessedIn(FollowUpTest.NOW)
                  .progress(p);
          if (Generate.booleans().generate(rs)) {
            a.addEvidenceOfResult("a result");
          }
          progress.add(a.build());
        }
      }
      return new Pair(previous.build(), FollowUpTest.current(progress.toArray(new ProgressAssessment[0])));
    };
  }

  @Test
  void summaryCounts_alwaysAddUpToThePreviousInspectionsRecommendations() {
    qt().forAll(pairs())
        .checkAssert(
            p -> {
              FollowUpSummary s =
                  FollowUp.probation().summarise(FollowUpTest.OLD, p.previous(), FollowUpTest.NEW, p.current());
              int total = s.counts().values().stream().mapToInt(Integer::intValue).sum();
              assertThat(total).isEqualTo(p.previous().recommendations().size());
              assertThat(s.levels().values().stream().mapToInt(Integer::intValue).sum())
                  .isEqualTo(p.previous().recommendations().size());
              assertThat(s.rows()).hasSize(p.previous().recommendations().size());
            });
  }
}
