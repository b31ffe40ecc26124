package org.inspectionkit.rules.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.inspectionkit.model.casework.Gender;
import org.inspectionkit.model.casework.InspectedCase;
import org.inspectionkit.model.casework.RiskOfSeriousHarm;
import org.inspectionkit.model.casework.SentenceType;
import org.inspectionkit.model.framework.SampleKind;
import org.junit.jupiter.api.Test;

class PopulationCaseTest {

  private static Map<String, String> row(String... pairs) {
    Map<String, String> m = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], pairs[i + 1]);
    }
    return m;
  }

  @Test
  void fromRecord_fullRow_readsEveryColumnWhateverTheCaseOfTheValues() {
    PopulationCase c = PopulationCase.fromRecord(row(
        "ref", " D2-0042 ",
        "start-date", "2019-03-14",
        "gender", "Female",
        "sentence-type", "LICENCE",
        "risk-of-serious-harm", "Very High",
        "requirement", "unpaid-work",
        "team", ""));

    assertThat(c.ref().value()).isEqualTo("D2-0042");
    assertThat(c.startDate()).isEqualTo(LocalDate.of(2019, 3, 14));
    assertThat(c.gender()).contains(Gender.FEMALE);
    assertThat(c.sentenceType()).contains(SentenceType.LICENCE);
    assertThat(c.riskOfSeriousHarm()).contains(RiskOfSeriousHarm.VERY_HIGH);
    assertThat(c.attributes()).containsExactly(Map.entry("requirement", "unpaid-work"));
  }

  @Test
  void fromRecord_blankOptionalColumns_notRecorded() {
    PopulationCase c = PopulationCase.fromRecord(row("ref", "D2-1", "start-date", "2019-03-14", "gender", " "));

    assertThat(c.gender()).isEmpty();
    assertThat(StratumAttribute.GENDER.valueOf(c)).isEqualTo(StratumAttribute.NOT_RECORDED);
  }

  @Test
  void fromRecord_badRow_namesEveryBadColumnAtOnce() {
    assertThatThrownBy(() -> PopulationCase.fromRecord(row(
            "ref", "D2 0042", "start-date", "14/03/2019", "risk-of-serious-harm", "severe")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("column 'ref'")
        .hasMessageContaining("column 'start-date': expected an ISO date")
        .hasMessageContaining("column 'risk-of-serious-harm': expected one of [low, medium, high, very-high]");
    assertThatThrownBy(() -> PopulationCase.fromRecord(row("ref", "D2 1", "start-date", "2019-03-14", "Team", "x")))
        .hasMessageContaining("column 'ref'")
        .hasMessageContaining("column 'Team': a further attribute needs a name of lower-case letters");
    assertThatThrownBy(() -> PopulationCase.fromRecord(row("gender", "male")))
        .hasMessageContaining("column 'ref' is required")
        .hasMessageContaining("column 'start-date' is required");
  }

  @Test
  void builder_badAttributeName_rejected() {
    assertThatThrownBy(() -> PopulationCase.builder()
            .ref("D2-1").startDate(LocalDate.of(2019, 1, 1)).putAttribute("Team Name", "x").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Team Name");
    assertThatThrownBy(() -> PopulationCase.builder()
            .ref("D2-1").startDate(LocalDate.of(2019, 1, 1)).putAttribute("gender", "male").build())
        .hasMessageContaining("has its own field");
  }

  @Test
  void toInspectedCase_keepsTheSamplingAttributes() {
    PopulationCase c = PopulationCase.builder()
        .ref("UPW-7")
        .startDate(LocalDate.of(2019, 5, 1))
        .gender(Gender.MALE)
        .riskOfSeriousHarm(RiskOfSeriousHarm.LOW)
        .putAttribute("requirement", "unpaid-work")
        .build();

    InspectedCase i = c.toInspectedCase(SampleKind.UNPAID_WORK);

    assertThat(i.ref()).isEqualTo(c.ref());
    assertThat(i.sample()).isEqualTo(SampleKind.UNPAID_WORK);
    assertThat(i.startDate()).contains(LocalDate.of(2019, 5, 1));
    assertThat(i.gender()).contains(Gender.MALE);
    assertThat(i.sentenceType()).isEmpty();
    assertThat(i.attributes()).containsEntry("requirement", "unpaid-work");
  }

  @Test
  void toString_referenceOnly() {
    PopulationCase c = PopulationCase.builder()
        .ref("D2-9").startDate(LocalDate.of(2019, 5, 1)).gender(Gender.FEMALE).build();

    assertThat(c).hasToString("PopulationCase{ref=D2-9}");
  }

  @Test
  void columns_ofTheBuiltInAttributes_areNamedAsTheAttributes() {
    assertThat(PopulationCase.COLUMN_GENDER).isEqualTo(StratumAttribute.GENDER.name());
    assertThat(PopulationCase.COLUMN_SENTENCE_TYPE).isEqualTo(StratumAttribute.SENTENCE_TYPE.name());
    assertThat(PopulationCase.COLUMN_RISK_OF_SERIOUS_HARM).isEqualTo(StratumAttribute.RISK_OF_SERIOUS_HARM.name());
  }

  @Test
  void stratumAttribute_of_returnsBuiltInsByNameAndChecksFurtherNames() {
    assertThat(StratumAttribute.of("risk-of-serious-harm")).isSameAs(StratumAttribute.RISK_OF_SERIOUS_HARM);
    assertThat(StratumAttribute.of("requirement").isBuiltIn()).isFalse();
    assertThat(StratumAttribute.of("requirement")).isEqualTo(StratumAttribute.of("requirement"));
    assertThatThrownBy(() -> StratumAttribute.of("Requirement")).isInstanceOf(IllegalArgumentException.class);
  }
}
