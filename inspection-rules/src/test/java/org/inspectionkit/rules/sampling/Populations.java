package org.inspectionkit.rules.sampling;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inspectionkit.model.casework.Gender;
import org.inspectionkit.model.casework.RiskOfSeriousHarm;
import org.inspectionkit.model.casework.SentenceType;
import org.inspectionkit.model.framework.SampleKind;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Generators of population records and sample specifications for this package's property tests. */
final class Populations {

  /** The fieldwork start the generated populations are dated around. */
  static final LocalDate FIELDWORK = LocalDate.of(2019, 9, 2);

  private static final List<StratumAttribute> ATTRIBUTES = List.of(
      StratumAttribute.GENDER,
      StratumAttribute.SENTENCE_TYPE,
      StratumAttribute.RISK_OF_SERIOUS_HARM,
      StratumAttribute.of("requirement"));

  private Populations() {}

  /** Records with unique references, most of them started in the six months before {@link #FIELDWORK}. */
  static Gen<List<PopulationCase>> populations(int max) {
    return rs -> {
      int n = integers().between(0, max).generate(rs);
      List<PopulationCase> out = new ArrayList<>(n);
      for (int i = 1; i <= n; i++) {
        out.add(record("P-" + i).generate(rs));
      }
      return out;
    };
  }

  static Gen<PopulationCase> record(String ref) {
    Gen<LocalDate> start = integers().between(-230, 3).map(d -> FIELDWORK.plusDays(d));
    Gen<Optional<String>> requirement =
        optional(Generate.pick(List.of("unpaid-work", "programme", "rar")));
    return rs -> PopulationCase.builder()
        .ref(ref)
        .startDate(start.generate(rs))
        .gender(optional(Generate.enumValues(Gender.class)).generate(rs))
        .sentenceType(Generate.enumValues(SentenceType.class).generate(rs))
        .riskOfSeriousHarm(Generate.enumValues(RiskOfSeriousHarm.class).generate(rs))
        .attributes(requirement.generate(rs).map(v -> Map.of("requirement", v)).orElse(Map.of()))
        .build();
  }

  /** Reserve rules from none to more than the sample, with a minimum per stratum of 0 to 3. */
  static Gen<ReserveRule> reserveRules() {
    return rs -> ReserveRule.of(
        integers().between(0, 150).generate(rs), integers().between(0, 3).generate(rs));
  }

  /** Specifications stratified by a random subset of attributes, at a random confidence level and margin. */
  static Gen<SampleSpecification> specifications() {
    Gen<List<StratumAttribute>> strata = rs -> {
      List<StratumAttribute> out = new ArrayList<>();
      for (StratumAttribute a : ATTRIBUTES) {
        if (Generate.booleans().generate(rs)) {
          out.add(a);
        }
      }
      return out;
    };
    return rs -> SampleSpecification.builder()
        .sampleKind(SampleKind.DOMAIN_TWO)
        .confidence(doubles().between(0.5, 0.99).generate(rs))
        .marginOfError(doubles().between(0.02, 0.3).generate(rs))
        .strata(strata.generate(rs))
        .build();
  }

  /** Empty half the time, otherwise a value of {@code values} (as the testkit's, which this module cannot use). */
  private static <T> Gen<Optional<T>> optional(Gen<T> values) {
    return rs -> Generate.booleans().generate(rs) ? Optional.of(values.generate(rs)) : Optional.empty();
  }
}
