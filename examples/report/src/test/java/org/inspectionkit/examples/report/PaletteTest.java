package org.inspectionkit.examples.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.inspectionkit.model.Rating;
import org.inspectionkit.rules.consistency.Severity;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** WCAG AA contrast of every colour pair the report uses: 4.5:1 for text, 3:1 for graphics. */
class PaletteTest {

  static final double TEXT = 4.5;
  static final double GRAPHIC = 3.0;

  @Test
  void contrastWith_matchesTheWcagFormula() {
    assertThat(Colour.of("#000000").contrastWith(Colour.of("#FFFFFF"))).isCloseTo(21.0, within(1e-9));
    assertThat(Colour.of("#ffffff").contrastWith(Colour.of("#000000"))).isCloseTo(21.0, within(1e-9));
    assertThat(Colour.of("#777777").contrastWith(Colour.of("#777777"))).isCloseTo(1.0, within(1e-9));
    // Reference values: #767676 on white is the lightest grey that passes AA; #777777 just fails.
    assertThat(Colour.of("#767676").contrastWith(Palette.PAPER)).isCloseTo(4.54, within(0.01));
    assertThat(Colour.of("#777777").contrastWith(Palette.PAPER)).isLessThan(TEXT);
    assertThatThrownBy(() -> Colour.of("red")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hex");
  }

  @Test
  void ratingBadges_textOnColourPassesAa() {
    for (Rating r : Rating.values()) {
      Palette.Pair p = Palette.of(r);
      assertThat(p.text().contrastWith(p.background())).as(r.label()).isGreaterThanOrEqualTo(TEXT);
    }
    assertThat(ratio(Palette.of(Rating.OUTSTANDING))).isCloseTo(6.21, within(0.01));
    assertThat(ratio(Palette.of(Rating.GOOD))).isCloseTo(11.85, within(0.01));
    assertThat(ratio(Palette.of(Rating.REQUIRES_IMPROVEMENT))).isCloseTo(11.93, within(0.01));
    assertThat(ratio(Palette.of(Rating.INADEQUATE))).isCloseTo(7.12, within(0.01));
  }

  @Test
  void severityTags_textOnColourPassesAa() {
    for (Severity s : Severity.values()) {
      assertThat(ratio(Palette.of(s))).as(s.name()).isGreaterThanOrEqualTo(TEXT);
    }
  }

  @Test
  void pageText_onPaperAndOnPanelsPassesAa() {
    assertThat(Palette.INK.contrastWith(Palette.PAPER)).isCloseTo(19.59, within(0.01));
    assertThat(Palette.INK.contrastWith(Palette.PANEL)).isGreaterThanOrEqualTo(TEXT);
    assertThat(Palette.MUTED.contrastWith(Palette.PAPER)).isCloseTo(7.07, within(0.01));
    assertThat(Palette.MUTED.contrastWith(Palette.PANEL)).isGreaterThanOrEqualTo(TEXT);
  }

  @Test
  void chartGraphics_standOutFromThePage() {
    // Bars are outlined in ink, whatever their fill; threshold lines and interval lines are muted and ink.
    assertThat(Palette.INK.contrastWith(Palette.PAPER)).isGreaterThanOrEqualTo(GRAPHIC);
    assertThat(Palette.MUTED.contrastWith(Palette.PAPER)).isGreaterThanOrEqualTo(GRAPHIC);
    for (Rating r : Rating.values()) {
      // The interval line is ink with a paper halo: it stands out from the bar or from the page.
      double onBar = Palette.INK.contrastWith(Palette.of(r).background());
      double onHalo = Palette.INK.contrastWith(Palette.PAPER);
      assertThat(Math.max(onBar, onHalo)).as(r.label()).isGreaterThanOrEqualTo(GRAPHIC);
    }
  }

  @Test
  void page_declaresEveryColourOfThePalette_andNoOther() {
    String css = Jsoup.parse(Example.REPORT.html()).selectFirst("style").data();
    for (Palette.Property p : Palette.properties()) {
      assertThat(css).contains("--" + p.name() + ": " + p.colour().hex() + ";");
    }
    String rules = css.substring(css.indexOf('}') + 1);
    assertThat(rules).as("colours outside the palette's custom properties").doesNotContainPattern("#[0-9a-fA-F]{3,6}\\b");
    assertThat(css).contains(".rating-good { background: var(--rating-good-bg); color: var(--rating-good-fg); }");
  }

  private static double ratio(Palette.Pair p) {
    return p.text().contrastWith(p.background());
  }
}
