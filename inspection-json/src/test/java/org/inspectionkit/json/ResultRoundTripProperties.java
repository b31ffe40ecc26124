package org.inspectionkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inspectionkit.json.Theories.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import org.inspectionkit.rules.consistency.ConsistencyReport;
import org.inspectionkit.rules.fieldwork.FieldworkPlan;
import org.inspectionkit.rules.rating.InspectionRating;
import org.inspectionkit.rules.sampling.CaseSample;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * For generated results of every kind, reading what was written gives the result back, equal, and writing it again
 * gives the same bytes: through {@link InspectionJson} and through the Jackson module, which write the same
 * document.
 */
class ResultRoundTripProperties {

  private static final InspectionJson JSON = InspectionJson.standard();

  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new InspectionJsonModule());

  private static <T> void roundTrips(Class<T> type, Gen<? extends T> values, int examples) {
    qt(examples).forAll(values).checkAssert(x -> {
      String text = JSON.write(x);
      T back = JSON.read(text, type);
      assertThat(back).isEqualTo(x);
      assertThat(JSON.write(back)).isEqualTo(text);
      try {
        String mapped = MAPPER.writeValueAsString(x);
        assertThat(MAPPER.readTree(mapped)).isEqualTo(MAPPER.readTree(text));
        assertThat(MAPPER.readValue(mapped, type)).isEqualTo(x);
        assertThat(MAPPER.readValue(text, type)).isEqualTo(x);
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  @Test
  void portfolios_ofRateableInspections_readBackEqual() {
    roundTrips(org.inspectionkit.rules.portfolio.Portfolio.class, ResultGenerators.portfolios(), 30);
  }

  @Test
  void theExamplePortfolio_readsBackEqual() {
    roundTrips(org.inspectionkit.rules.portfolio.Portfolio.class,
        org.quicktheories.generators.Generate.constant(Results.portfolio()), 1);
  }

  @Test
  void ratings_ofRateableInspectionsUnderEveryPolicy_readBackEqual() {
    roundTrips(InspectionRating.class, ResultGenerators.ratings(), 150);
  }

  @Test
  void findings_ofRateableInspections_readBackEqual() {
    roundTrips(ConsistencyReport.class, ResultGenerators.findings(), 60);
  }

  @Test
  void samples_ofGeneratedPopulations_readBackEqual() {
    roundTrips(CaseSample.class, ResultGenerators.samples(), 80);
  }

  @Test
  void plans_ofBothPatternsFromEveryMonday_readBackEqual() {
    roundTrips(FieldworkPlan.class, ResultGenerators.plans(), 60);
  }
}
