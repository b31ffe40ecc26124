package org.inspectionkit.rules.consistency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.inspectionkit.rules.TestFrameworks.assessment;
import static org.inspectionkit.rules.TestFrameworks.caseRated;
import static org.inspectionkit.rules.TestFrameworks.judged;
import static org.inspectionkit.rules.TestFrameworks.judgement;
import static org.inspectionkit.rules.TestFrameworks.probationLike;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.inspectionkit.model.Rating;
import org.inspectionkit.model.casework.Answer;
import org.inspectionkit.model.casework.CaseAssessment;
import org.inspectionkit.model.casework.CaseRef;
import org.inspectionkit.model.casework.InspectedCase;
import org.inspectionkit.model.framework.Domain;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.FrameworkId;
import org.inspectionkit.model.framework.KeyQuestion;
import org.inspectionkit.model.framework.SampleKind;
import org.inspectionkit.model.framework.Standard;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.provider.Provider;
import org.inspectionkit.model.provider.ProviderId;
import org.inspectionkit.model.provider.ProviderType;
import org.junit.jupiter.api.Test;

/**
 * Checks declare the frameworks they apply to: a framework of another family gets only the checks that apply to
 * it, and a 2018-19 inspection's domain-one disconnect is a retrospective finding.
 */
class CheckApplicabilityTest {

  /** The checks of the probation method: none of them may run on a framework of another family. */
  private static final Set<String> PROBATION_ONLY =
      Set.of(
          "domain-one-disconnect",
          "judgement-without-case-evidence",
          "evidence-submissions",
          "service-user-voice",
          "unpaid-work-qualitative-evidence",
          "recommendation-follow-up",
          "timetable");

  private static final Set<String> GENERIC =
      Set.of("case-rated-not-from-case-data", "domain-three-provider-mismatch", "sample-composition");

  private static final SampleKind COURT = SampleKind.of("court-disposals");
  private static final SampleKind OUT_OF_COURT = SampleKind.of("out-of-court-disposals");

  /** A youth-shaped framework: domain one judged, domains two and three rated from their own samples. */
  static Framework youthLike() {
    ProviderType yos = ProviderType.YOUTH_OFFENDING_SERVICE;
    return Framework.builder()
        .id("youth-like-2018")
        .title("Youth-like test framework")
        .cycle("2018-19")
        .addProviderTypes(yos)
        .addDomain(Domain.builder().code("1").title("Organisational delivery")
            .addStandard(judged("1.1", 2)).addStandard(judged("1.2", 2)).build())
        .addDomain(Domain.builder().code("2").title("Court disposals")
            .addStandard(caseRated("2.1", COURT, 2)).build())
        .addDomain(Domain.builder().code("3").title("Out-of-court disposals")
            .addStandard(caseRated("3.1", OUT_OF_COURT, 2)).build())
        .build();
  }

  /** Leadership judged Outstanding, every case answered no: the disconnect, with nothing the youth method asks. */
  static Inspection youthInspection(Framework f) {
    ProviderType yos = ProviderType.YOUTH_OFFENDING_SERVICE;
    Inspection.Builder b =
        Inspection.builder()
            .id("yos-test-2018-19")
            .provider(Provider.of(ProviderId.of("yos-test"), "Test youth offending service", yos))
            .frameworkId(f.id())
            .cycle(f.cycle());
    int serial = 0;
    for (SampleKind sample : List.of(COURT, OUT_OF_COURT)) {
      for (int i = 0; i < 4; i++) {
        String ref = "Y-" + (++serial);
        b.addCase(InspectedCase.of(CaseRef.of(ref), sample));
        CaseAssessment.Builder a = assessment(ref);
        for (Standard s : f.standardsRatedFrom(yos, sample)) {
          for (KeyQuestion k : s.keyQuestions()) {
            a.putAnswer(k.code(), Answer.NO);
          }
        }
        b.addAssessment(a.build());
      }
    }
    for (Standard s : f.standardsFor(yos)) {
      if (!s.isCaseRated()) {
        b.addJudgement(judgement(s.code(), Rating.OUTSTANDING));
      }
    }
    return b.build();
  }

  private static Set<String> checkCodes(CheckSet set) {
    return set.checks().stream().map(ConsistencyCheck::code).collect(Collectors.toSet());
  }

  private static Set<String> findingRoots(ConsistencyReport r) {
    return r.findings().stream().map(f -> f.code().split("\\.")[0]).collect(Collectors.toSet());
  }

  @Test
  void forFramework_youth_hasNoProbationOnlyCheck() {
    CheckSet set = CheckSet.forFramework(FrameworkId.of("youth-2018"));
    assertThat(set.name()).isEqualTo("generic");
    assertThat(checkCodes(set)).isEqualTo(GENERIC).doesNotContainAnyElementsOf(PROBATION_ONLY);
    assertThat(set.checks()).allMatch(c -> c.appliesTo(FrameworkId.of("youth-2018")));
  }

  @Test
  void forFramework_unknownFramework_getsOnlyTheGenericChecks_notTheProbation2019Set() {
    CheckSet set = CheckSet.forFramework(FrameworkId.of("my-own-framework"));
    assertThat(set.name()).isEqualTo(CheckSet.generic().name());
    assertThat(set.checks()).extracting(ConsistencyCheck::code)
        .containsExactly("case-rated-not-from-case-data", "domain-three-provider-mismatch", "sample-composition");
    assertThat(CheckSet.generic().checks()).allMatch(c -> c.appliesTo(FrameworkId.of("my-own-framework")));
  }

  @Test
  void forFramework_probation_keepsTheSetsOfItsVersions() {
    assertThat(CheckSet.forFramework(FrameworkId.of("probation-2018-19")).name()).isEqualTo("probation-2018-19");
    assertThat(CheckSet.forFramework(FrameworkId.of("probation-2019-20")).name()).isEqualTo("probation-2019-20");
    assertThat(CheckSet.forFramework(FrameworkId.of("probation-like-2019-20")).name())
        .isEqualTo("probation-2019-20");
    assertThat(checkCodes(CheckSet.probation2019())).containsAll(PROBATION_ONLY).containsAll(GENERIC);
    for (CheckSet set : List.of(CheckSet.probation2018(), CheckSet.probation2019())) {
      assertThat(set.checks()).allMatch(c -> c.appliesTo(FrameworkId.of("probation-2019-20")));
    }
  }

  @Test
  void builtInChecks_declareTheirFrameworks() {
    FrameworkId youth = FrameworkId.of("youth-2018");
    // The 2019-20 set rates case data "solely", a rule of the probation method; 2018-19's variant is generic.
    assertThat(CheckSet.probation2019().checks().stream().filter(c -> c.appliesTo(youth)).map(ConsistencyCheck::code))
        .containsExactly("domain-three-provider-mismatch", "sample-composition");
    assertThat(CheckSet.probation2018().checks().stream().filter(c -> c.appliesTo(youth)).map(ConsistencyCheck::code))
        .containsExactly("case-rated-not-from-case-data", "domain-three-provider-mismatch", "sample-composition");
    assertThat(BuiltInChecks.caseRatedFromCaseData(true).appliesTo(youth)).isFalse();
    assertThat(BuiltInChecks.caseRatedFromCaseData(false).appliesTo(youth)).isTrue();
    assertThat(CheckSet.isProbation(FrameworkId.of("probation-2018-19"))).isTrue();
    assertThat(CheckSet.isProbation(youth)).isFalse();
  }

  @Test
  void checker_skipsChecksThatDoNotApply_evenInAProbationSet() {
    Framework youth = youthLike();
    Inspection i = youthInspection(youth);
    // Run directly, the probation method's checks would speak: no forum meeting, no evidence, the disconnect.
    CheckContext context = CheckContext.builder().framework(youth).inspection(i).build();
    assertThat(BuiltInChecks.serviceUserVoice().check(context)).isNotEmpty();
    assertThat(BuiltInChecks.evidenceSubmissions().check(context)).isNotEmpty();
    assertThat(BuiltInChecks.domainOneDisconnect().check(context)).isNotEmpty();

    ConsistencyReport withProbationSet = ConsistencyChecker.of(CheckSet.probation2019()).check(youth, i);
    assertThat(withProbationSet.checkSet()).isEqualTo("probation-2019-20 v1");
    assertThat(findingRoots(withProbationSet)).doesNotContainAnyElementsOf(PROBATION_ONLY);

    ConsistencyReport builtIn = ConsistencyChecker.builtIn().check(youth, i);
    assertThat(builtIn.checkSet()).isEqualTo("generic v1");
    assertThat(builtIn.findings()).isEqualTo(withProbationSet.findings());
    assertThat(findingRoots(builtIn)).doesNotContainAnyElementsOf(PROBATION_ONLY);
  }

  @Test
  void checker_genericChecksStillSpeakOnAnotherFamily() {
    Framework youth = youthLike();
    Inspection base = youthInspection(youth);
    Inspection stray =
        Inspection.builder().from(base).addCase(InspectedCase.of(CaseRef.of("D2-1"), SampleKind.DOMAIN_TWO)).build();
    ConsistencyReport r = ConsistencyChecker.builtIn().check(youth, stray);
    assertThat(r.withCode("domain-three-provider-mismatch.sample")).hasSize(1);
  }

  @Test
  void withFrameworks_runsABuiltInCheckOnAFrameworkItDoesNotDeclare() {
    Framework youth = youthLike();
    Inspection i = youthInspection(youth);
    ConsistencyCheck disconnect =
        BuiltInChecks.domainOneDisconnect().withFrameworks(id -> id.equals(youth.id()));
    assertThat(disconnect.code()).isEqualTo("domain-one-disconnect");
    assertThat(disconnect.appliesTo(youth.id())).isTrue();
    assertThat(disconnect.appliesTo(FrameworkId.of("probation-2019-20"))).isFalse();
    CheckSet mine = CheckSet.builder().name("mine").version(1).addCheck(disconnect).build();
    List<Finding> found = ConsistencyChecker.of(mine).check(youth, i).findings();
    assertThat(found).isNotEmpty().allMatch(f -> f.code().startsWith("domain-one-disconnect"));
  }

  @Test
  void aCheckOfYourOwn_appliesToEveryFrameworkUnlessItSaysOtherwise() {
    ConsistencyCheck mine =
        new ConsistencyCheck() {
          @Override
          public String code() {
            return "mine";
          }

          @Override
          public String description() {
            return "always speaks";
          }

          @Override
          public List<Finding> check(CheckContext context) {
            return List.of(Finding.builder().code("mine").severity(Severity.INFO).message("spoke").build());
          }
        };
    assertThat(mine.appliesTo(FrameworkId.of("youth-2018"))).isTrue();
    Framework youth = youthLike();
    CheckSet set = CheckSet.builder().name("mine").version(1).addCheck(mine).build();
    assertThat(ConsistencyChecker.of(set).check(youth, youthInspection(youth)).withCode("mine")).hasSize(1);
  }

  // ------------------------------------------------------------------------------------ 2018-19 disconnect

  /** The disconnect of {@link ConsistencyCheckerTest#disconnected()}, inspected under a 2018-19 framework. */
  static Framework probationLike2018() {
    return Framework.builder().from(probationLike()).id("probation-like-2018-19").cycle("2018-19").build();
  }

  static Inspection disconnected2018(Framework f) {
    return Inspection.builder().from(ConsistencyCheckerTest.disconnected()).frameworkId(f.id()).cycle(f.cycle())
        .build();
  }

  @Test
  void disconnect_2018_19_isARetrospectiveFindingForInformation() {
    Framework f = probationLike2018();
    ConsistencyReport r = ConsistencyChecker.of(CheckSet.probation2018()).check(f, disconnected2018(f));
    assertThat(r.withCode("domain-one-disconnect")).isEmpty();
    List<Finding> found = r.withCode("domain-one-disconnect.retrospective");
    assertThat(found).hasSize(4).allMatch(x -> x.severity() == Severity.INFO);
    assertThat(r.hasErrors()).isFalse();
    Finding leadership = found.get(0);
    assertThat(leadership.elements()).extracting(Object::toString).containsExactly("1.1", "2.1");
    assertThat(leadership.message())
        .startsWith(
            "1.1 Standard 1.1 is rated Good by judgement, while the case data rate this standard Inadequate: 2.1"
                + " Standard 2.1 (Inadequate; 2.1.3: 16 of 40 applicable cases, 40.0%).")
        .contains("A retrospective finding, not a warning against this inspection's method")
        .contains("the 2018-19 method treated each domain separately")
        .contains("the 2019-20 notice names this disconnect as what it changes")
        .doesNotContain("Check that the judgement");
    assertThat(leadership.figures()).containsEntry("2.1.3.share", "40.0%").containsEntry("1.1.rating", "Good");
  }

  @Test
  void disconnect_2018_19_staysInformationWhateverThePolicySeverity() {
    Framework f = probationLike2018();
    CheckContext context =
        CheckContext.builder()
            .framework(f)
            .inspection(disconnected2018(f))
            .policy(ConsistencyPolicy.builder().disconnectSeverity(Severity.ERROR).build())
            .build();
    ConsistencyReport r = ConsistencyChecker.builtIn().check(context);
    assertThat(r.checkSet()).isEqualTo("probation-2019-20 v1"); // another probation id: the family's latest set
    assertThat(r.withCode("domain-one-disconnect.retrospective")).isNotEmpty()
        .allMatch(x -> x.severity() == Severity.INFO);
    assertThat(r.withCode("domain-one-disconnect")).isEmpty();
  }

  @Test
  void disconnect_2019_20_staysAWarning() {
    ConsistencyReport r =
        ConsistencyChecker.of(CheckSet.probation2019()).check(probationLike(), ConsistencyCheckerTest.disconnected());
    assertThat(r.withCode("domain-one-disconnect")).hasSize(4).allMatch(x -> x.severity() == Severity.WARNING);
    assertThat(r.withCode("domain-one-disconnect.retrospective")).isEmpty();
    assertThat(r.withCode("domain-one-disconnect").get(0).message())
        .endsWith("Check that the judgement reflects the quality of casework it oversees.");
  }

  @Test
  void disconnect_2018_19_namesTheSameCaseDataAsThe2019_20Warning() {
    Framework f2018 = probationLike2018();
    Finding retro =
        ConsistencyChecker.of(CheckSet.probation2018()).check(f2018, disconnected2018(f2018))
            .withCode("domain-one-disconnect.retrospective").get(0);
    Finding warning =
        ConsistencyChecker.of(CheckSet.probation2019()).check(probationLike(), ConsistencyCheckerTest.disconnected())
            .withCode("domain-one-disconnect").get(0);
    assertThat(retro.figures()).isEqualTo(warning.figures());
    assertThat(retro.elements()).isEqualTo(warning.elements());
  }
}
