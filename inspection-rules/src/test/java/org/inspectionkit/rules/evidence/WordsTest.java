package org.inspectionkit.rules.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordsTest {

  @ParameterizedTest(name = "[{index}] \"{0}\" has {1} words")
  @CsvSource(delimiter = '|', value = {
    "don't | 1",
    "don’t | 1",
    "well-led | 1",
    "3-5 | 1",
    "2019-20 | 1",
    "e.g. | 1",
    "1.5 | 1",
    "15,000 | 1",
    "www.justiceinspectorates.gov.uk | 1",
    "£300 | 1",
    "300 | 1",
    "Three to five pieces of evidence. | 6",
    "rock 'n' roll | 3",
    "'quoted' | 1",
    "services—including | 2",
    "and/or | 2",
    "red,green | 2",
    "well - led | 2",
    "a--b | 2",
    "end- | 1",
    "-5 | 1",
    "— - ... | 0",
    "'' | 0"
  })
  void count_readerRules(String text, int expected) {
    assertThat(Words.count(text)).isEqualTo(expected);
  }

  @Test
  void count_blankAndWhitespace_none() {
    assertThat(Words.count("")).isZero();
    assertThat(Words.count(" \t\n ")).isZero();
  }

  @Test
  void count_combiningAccentAndOtherScripts_belongToTheWord() {
    assertThat(Words.count("cafe\u0301 au lait")).isEqualTo(3);
    assertThat(Words.count("Gwasanaeth Prawf Cymru")).isEqualTo(3);
    assertThat(Words.count("\uD835\uDC00bc def")).isEqualTo(2);
  }

  @Test
  void count_threeHundredWordNarrative_countsEachWord() {
    String narrative = "We have well-led teams. ".repeat(75);

    assertThat(Words.count(narrative)).isEqualTo(300);
    assertThat(Words.count(narrative + "Also")).isEqualTo(301);
  }
}
