package org.inspectionkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.inspectionkit.model.framework.Domain;
import org.inspectionkit.model.framework.DomainCode;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.FrameworkId;
import org.inspectionkit.model.framework.KeyQuestion;
import org.inspectionkit.model.framework.Prompt;
import org.inspectionkit.model.framework.RatingBasis;
import org.inspectionkit.model.framework.SampleKind;
import org.inspectionkit.model.framework.Standard;
import org.inspectionkit.model.framework.StandardCode;
import org.inspectionkit.model.framework.WordingSource;
import org.inspectionkit.model.provider.ProviderType;
import org.junit.jupiter.api.Test;

class FrameworksTest {

  private static final Framework Y2018 = Frameworks.load("probation-2018-19");
  private static final Framework Y2019 = Frameworks.load("probation-2019-20");

  static String resource(String id) throws IOException {
    try (InputStream in = Frameworks.class.getResourceAsStream("frameworks/" + id + ".json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** Every prompt of a framework, by provider type and code, with its text and wording source. */
  static Map<String, String> prompts(Framework f, int domain) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Standard s : f.domain(DomainCode.of(domain)).orElseThrow().standards()) {
      for (KeyQuestion k : s.keyQuestions()) {
        for (Prompt p : k.prompts()) {
          out.put(s.appliesTo() + " " + p.code(), p.text() + " [" + p.wordingSource() + "]");
        }
      }
    }
    return out;
  }

  @Test
  void ids_listTheBuiltInFrameworks() {
    assertThat(Frameworks.ids())
        .containsExactly(
            FrameworkId.of("probation-2018-19"), FrameworkId.of("probation-2019-20"), FrameworkId.of("youth-2018"));
  }

  @Test
  void load_readsEachFrameworkOnceAndCachesIt() {
    assertThat(Frameworks.load("probation-2019-20")).isSameAs(Y2019);
    assertThat(Frameworks.find(FrameworkId.of("probation-2018-19"))).containsSame(Y2018);
    assertThat(Y2019.id()).isEqualTo(FrameworkId.of("probation-2019-20"));
    assertThat(Y2018.cycle().toString()).isEqualTo("2018-19");
  }

  @Test
  void load_unknownId_namesTheBuiltInOnes() {
    assertThatThrownBy(() -> Frameworks.load("youth-2019-20"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'youth-2019-20'")
        .hasMessageContaining("probation-2018-19, probation-2019-20");
    assertThat(Frameworks.find(FrameworkId.of("youth-2019-20"))).isEmpty();
  }

  @Test
  void resources_areCanonical_writingWhatIsReadGivesTheSameBytes() throws IOException {
    for (FrameworkId id : Frameworks.ids()) {
      String text = resource(id.value());
      assertThat(InspectionJson.standard().write(InspectionJson.standard().read(text, Framework.class)))
          .isEqualTo(text);
    }
  }

  @Test
  void eachProviderType_isRatedOnTenStandards_fourTwoFour() {
    for (Framework f : List.of(Y2018, Y2019)) {
      assertThat(f.providerTypes()).containsExactly(ProviderType.CRC, ProviderType.NPS_DIVISION);
      for (ProviderType t : f.providerTypes()) {
        List<Standard> standards = f.standardsFor(t);
        assertThat(standards).hasSize(10);
        assertThat(standards.stream().collect(Collectors.groupingBy(s -> s.code().domain().number(),
                Collectors.counting())))
            .containsExactlyInAnyOrderEntriesOf(Map.of(1, 4L, 2, 4L, 3, 2L));
      }
    }
  }

  @Test
  void domainOne_isJudged_andDomainsTwoAndThreeAreCaseRated() {
    for (Standard s : Y2019.standards()) {
      if (s.code().domain().number() == 1) {
        assertThat(s.ratingBasis()).isEqualTo(RatingBasis.JUDGEMENT);
        assertThat(s.sampleKind()).isEmpty();
        assertThat(s.appliesTo()).isEmpty();
      } else {
        assertThat(s.ratingBasis()).isEqualTo(RatingBasis.CASE_DATA);
      }
      if (s.code().domain().number() == 2) {
        assertThat(s.sampleKind()).contains(SampleKind.DOMAIN_TWO);
        assertThat(s.appliesTo()).isEmpty();
        assertThat(s.keyQuestions()).hasSize(3);
      }
    }
  }

  @Test
  void domainThree_hasTwoStandardsPerProviderType_withTheirSamples() {
    for (Framework f : List.of(Y2018, Y2019)) {
      assertThat(sampleOf(f, ProviderType.CRC, "3.1")).isEqualTo(SampleKind.UNPAID_WORK);
      assertThat(sampleOf(f, ProviderType.CRC, "3.2")).isEqualTo(SampleKind.THROUGH_THE_GATE);
      assertThat(sampleOf(f, ProviderType.NPS_DIVISION, "3.1")).isEqualTo(SampleKind.COURT_WORK);
      assertThat(sampleOf(f, ProviderType.NPS_DIVISION, "3.2")).isEqualTo(SampleKind.VICTIM_WORK);
      assertThat(f.standard(ProviderType.CRC, StandardCode.parse("3.1")).orElseThrow().title())
          .isEqualTo("Unpaid work");
      assertThat(f.standard(ProviderType.NPS_DIVISION, StandardCode.parse("3.2")).orElseThrow().title())
          .isEqualTo("Statutory victim work");
      for (Standard s : f.domain(DomainCode.of(3)).orElseThrow().standards()) {
        assertThat(s.keyQuestions()).hasSizeBetween(2, 3);
        assertThat(s.keyQuestions()).allMatch(k -> k.wordingSource() == WordingSource.MODELLED);
      }
    }
  }

  private static SampleKind sampleOf(Framework f, ProviderType type, String code) {
    return f.standard(type, StandardCode.parse(code)).orElseThrow().sampleKind().orElseThrow();
  }

  @Test
  void domainTwo_isByteIdenticalInBothVersions() {
    InspectionJson json = InspectionJson.standard();
    Domain d2018 = Y2018.domain(DomainCode.of(2)).orElseThrow();
    Domain d2019 = Y2019.domain(DomainCode.of(2)).orElseThrow();
    assertThat(json.write(d2019)).isEqualTo(json.write(d2018));
    assertThat(d2019).isEqualTo(d2018);
  }

  @Test
  void domainOne_2019Changes_areTheNoticesPromptsAndFourModelledKeyQuestionRewordings() {
    Map<String, String> before = prompts(Y2018, 1);
    Map<String, String> after = prompts(Y2019, 1);
    assertThat(added(before, after))
        .containsExactly(
            "[] 1.2.2.c=Diversity of the service's workforce. [NOTICE]",
            "[] 1.2.5.c=Staff access to promotions and to reward and recognition schemes. [NOTICE]",
            "[] 1.3.1.c=The way in which disproportionality is addressed in the delivery of services. [NOTICE]");
    assertThat(changed(before, after)).containsExactly("[] 1.4.4.b");
    assertThat(after.get("[] 1.4.4.b")).contains("Serious Further Offence reviews").endsWith("[NOTICE]");
    assertThat(removed(before, after)).isEmpty();
    // "A clearer link between management inputs and delivery outputs", using domain two and three case data: one
    // modelled rewording per standard; the standards themselves do not change.
    Map<String, String> questionsBefore = keyQuestions(Y2018, 1);
    Map<String, String> questionsAfter = keyQuestions(Y2019, 1);
    assertThat(questionsAfter.keySet()).containsExactlyElementsOf(questionsBefore.keySet());
    assertThat(changed(questionsBefore, questionsAfter))
        .containsExactly("[] 1.1.1", "[] 1.2.3", "[] 1.3.2", "[] 1.4.4");
    assertThat(questionsAfter.get("[] 1.1.1"))
        .contains("informed by the quality of case supervision")
        .endsWith("[MODELLED]");
    assertThat(questionsAfter.get("[] 1.2.3")).contains("quality of casework").endsWith("[MODELLED]");
    assertThat(questionsAfter.get("[] 1.3.2")).contains("supports effective case supervision").endsWith("[MODELLED]");
    assertThat(questionsAfter.get("[] 1.4.4"))
        .contains("drawing on data about the quality of casework")
        .contains("audit, inspection and monitoring")
        .endsWith("[MODELLED]");
  }

  @Test
  void domainThree_2019Changes_areTheNoticesPromptsAndModelledVictimAndUnpaidWorkKeyQuestionRewordings() {
    Map<String, String> before = prompts(Y2018, 3);
    Map<String, String> after = prompts(Y2019, 3);
    assertThat(added(before, after))
        .containsExactly(
            "[crc] 3.1.1.d=A link between the assessment of the individual and the delivery of unpaid work. [NOTICE]",
            "[crc] 3.1.2.c=A rehabilitative element, with a focus on desistance from further offending. [NOTICE]",
            "[crc] 3.1.2.d=Joining up with probation supervision. [NOTICE]",
            "[crc] 3.1.2.e=Pro-social modelling by supervisors. [NOTICE]",
            "[crc] 3.1.2.f=The types of opportunities available. [NOTICE]",
            "[nps-division] 3.2.1.c=Procedural justice for victims. [NOTICE]",
            "[nps-division] 3.2.2.c=Information sharing and ongoing communication with victims. [NOTICE]",
            "[nps-division] 3.2.2.d=Multi-agency working. [NOTICE]",
            "[nps-division] 3.2.2.e=The professionalisation of victims' services. [NOTICE]");
    assertThat(changed(before, after)).containsExactly("[nps-division] 3.1.1.c");
    assertThat(after.get("[nps-division] 3.1.1.c"))
        .contains("safeguarding and domestic abuse checks")
        .endsWith("[NOTICE]");
    assertThat(removed(before, after)).isEmpty();
    // Victim work and unpaid work changed "some of the questions"; court work (one prompt) and Through the Gate (no
    // change) keep theirs, and no standard changes.
    Map<String, String> questionsBefore = keyQuestions(Y2018, 3);
    Map<String, String> questionsAfter = keyQuestions(Y2019, 3);
    assertThat(questionsAfter.keySet()).containsExactlyElementsOf(questionsBefore.keySet());
    assertThat(changed(questionsBefore, questionsAfter))
        .containsExactly("[crc] 3.1.1", "[nps-division] 3.2.1", "[nps-division] 3.2.2");
    assertThat(questionsAfter.get("[crc] 3.1.1")).contains("assessment of the individual").endsWith("[MODELLED]");
    assertThat(questionsAfter.get("[nps-division] 3.2.1")).contains("procedurally just").endsWith("[MODELLED]");
    assertThat(questionsAfter.get("[nps-division] 3.2.2"))
        .contains("ongoing communication", "information sharing", "multi-agency working",
            "professional victims' service")
        .endsWith("[MODELLED]");
  }

  @Test
  void wordingSources_tellNoticePublishedAndModelledApart() {
    for (Framework f : List.of(Y2018, Y2019)) {
      for (Domain d : f.domains()) {
        assertThat(d.wordingSource()).isEqualTo(WordingSource.NOTICE);
        for (Standard s : d.standards()) {
          int domain = d.code().number();
          assertThat(s.wordingSource()).isEqualTo(domain == 3 ? WordingSource.NOTICE : WordingSource.PUBLISHED);
          for (KeyQuestion k : s.keyQuestions()) {
            assertThat(k.wordingSource()).isEqualTo(domain == 2 ? WordingSource.PUBLISHED : WordingSource.MODELLED);
            assertThat(k.prompts()).hasSizeGreaterThanOrEqualTo(2);
            if (domain == 2) {
              assertThat(k.prompts()).allMatch(p -> p.wordingSource() == WordingSource.PUBLISHED);
            }
          }
        }
      }
    }
  }

  private static Map<String, String> keyQuestions(Framework f, int domain) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Standard s : f.domain(DomainCode.of(domain)).orElseThrow().standards()) {
      out.put(s.appliesTo() + " " + s.code(), s.title() + " " + s.description() + " " + s.sampleKind());
      for (KeyQuestion k : s.keyQuestions()) {
        out.put(s.appliesTo() + " " + k.code(), k.text() + " [" + k.wordingSource() + "]");
      }
    }
    return out;
  }

  private static List<String> added(Map<String, String> before, Map<String, String> after) {
    List<String> out = new ArrayList<>();
    after.forEach((k, v) -> {
      if (!before.containsKey(k)) {
        out.add(k + "=" + v);
      }
    });
    return out;
  }

  private static List<String> changed(Map<String, String> before, Map<String, String> after) {
    List<String> out = new ArrayList<>();
    after.forEach((k, v) -> {
      if (before.containsKey(k) && !before.get(k).equals(v)) {
        out.add(k);
      }
    });
    return out;
  }

  private static List<String> removed(Map<String, String> before, Map<String, String> after) {
    List<String> out = new ArrayList<>(before.keySet());
    out.removeAll(after.keySet());
    return out;
  }
}
