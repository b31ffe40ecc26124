package org.inspectionkit.rules.evidence;

import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.inspectionkit.model.evidence.EvidenceSubmission;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.KeyQuestion;
import org.inspectionkit.model.framework.KeyQuestionCode;
import org.inspectionkit.model.framework.Standard;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.provider.ProviderType;
import org.inspectionkit.rules.Problem;

/**
 * Checks a provider's domain-one evidence submissions against an {@link EvidencePolicy} and a framework.
 *
 * <p>The key questions that need evidence are those of the standards the framework rates by
 * {@linkplain org.inspectionkit.model.framework.RatingBasis#JUDGEMENT judgement} for the provider's type. In the
 * probation framework these are exactly the domain-one key questions; taking them by rating basis rather than by
 * domain number keeps the rule true for any framework whose judgement-rated domain is numbered otherwise, and leaves
 * out nothing the inspector judges without case data.
 *
 * <p>Every violation is reported, in key question order, with these codes:
 *
 * <ul>
 *   <li>{@code evidence.missing-submission}: a domain-one key question has no submission;
 *   <li>{@code evidence.unknown-key-question}: a submission for a key question that is not a domain-one key
 *       question of the framework for the provider's type (not in the framework, or rated from case data);
 *   <li>{@code evidence.duplicate-submission}: two submissions for one key question;
 *   <li>{@code evidence.too-few-items}, {@code evidence.too-many-items}: outside the policy's item limits;
 *   <li>{@code evidence.narrative-too-long}: more words than the policy allows, counted by {@link Words};
 *   <li>{@code evidence.narrative-missing}: no narrative where the policy requires one;
 *   <li>{@code evidence.framework-mismatch}: the inspection was made under another framework;
 *   <li>{@code evidence.provider-type-not-covered}: the framework does not inspect the provider's type.
 * </ul>
 *
 * <p>Thread-safe; holds no state.
 */
public final class DomainOneEvidence {

  private DomainOneEvidence() {}

  /**
   * The key questions a provider of type {@code type} submits evidence for: those of the framework's
   * judgement-rated standards for that type, in code order.
   *
   * @param framework the framework
   * @param type the provider type
   * @return the key question codes; empty if the framework does not cover the type
   */
  public static List<KeyQuestionCode> keyQuestions(Framework framework, ProviderType type) {
    List<KeyQuestionCode> out = new ArrayList<>();
    for (Standard s : framework.standardsFor(type)) {
      if (!s.isCaseRated()) {
        for (KeyQuestion k : s.keyQuestions()) {
          out.add(k.code());
        }
      }
    }
    return List.copyOf(out);
  }

  /**
   * Every violation of the policy by an inspection's evidence submissions.
   *
   * @param framework the framework the inspection was made under
   * @param inspection the inspection, whose provider type and submissions are checked
   * @param policy the limits
   * @return the problems, empty if the submissions are complete and within the limits
   */
  public static List<Problem> check(Framework framework, Inspection inspection, EvidencePolicy policy) {
    List<Problem> problems = new ArrayList<>();
    if (!framework.id().equals(inspection.frameworkId())) {
      problems.add(Problem.of(
          "evidence.framework-mismatch",
          "inspection " + inspection.id(),
          "made under framework " + inspection.frameworkId() + ", checked against " + framework.id()));
    }
    problems.addAll(check(framework, inspection.provider().type(), inspection.evidenceSubmissions(), policy));
    return List.copyOf(problems);
  }

  /**
   * Every violation of the policy by a provider's evidence submissions.
   *
   * @param framework the framework
   * @param type the provider's type
   * @param submissions the submissions, in any order
   * @param policy the limits
   * @return the problems in key question order, empty if the submissions are complete and within the limits
   */
  public static List<Problem> check(
      Framework framework, ProviderType type, List<EvidenceSubmission> submissions, EvidencePolicy policy) {
    Objects.requireNonNull(framework, "framework");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(submissions, "submissions");
    Objects.requireNonNull(policy, "policy");
    List<Problem> problems = new ArrayList<>();
    if (!framework.covers(type)) {
      problems.add(Problem.of(
          "evidence.provider-type-not-covered",
          "framework " + framework.id(),
          "does not inspect providers of type '" + type + "' (it covers " + framework.providerTypes() + ")"));
      return problems;
    }
    List<KeyQuestionCode> required = keyQuestions(framework, type);
    Map<KeyQuestionCode, List<EvidenceSubmission>> byQuestion = new TreeMap<>();
    for (EvidenceSubmission s : submissions) {
      byQuestion.computeIfAbsent(s.keyQuestion(), k -> new ArrayList<>()).add(s);
    }
    TreeSet<KeyQuestionCode> all = new TreeSet<>(required);
    all.addAll(byQuestion.keySet());
    for (KeyQuestionCode code : all) {
      String where = "key question " + code;
      List<EvidenceSubmission> found = byQuestion.getOrDefault(code, List.of());
      if (!required.contains(code)) {
        problems.add(Problem.of("evidence.unknown-key-question", where, whyNotRequired(framework, type, code)));
        continue;
      }
      if (found.isEmpty()) {
        problems.add(Problem.of(
            "evidence.missing-submission", where, "no evidence submitted for this domain-one key question"));
        continue;
      }
      if (found.size() > 1) {
        problems.add(Problem.of(
            "evidence.duplicate-submission", where,
            found.size() + " submissions; submit once per key question"));
      }
      for (EvidenceSubmission s : found) {
        problems.addAll(limits(where, s, policy));
      }
    }
    return List.copyOf(problems);
  }

  /**
   * As {@link #check(Framework, ProviderType, List, EvidencePolicy)}, as a validation: the submissions if there is
   * no problem, otherwise every problem.
   *
   * @param framework the framework
   * @param type the provider's type
   * @param submissions the submissions
   * @param policy the limits
   * @return the submissions or the problems
   */
  public static Validation<List<Problem>, List<EvidenceSubmission>> validate(
      Framework framework, ProviderType type, List<EvidenceSubmission> submissions, EvidencePolicy policy) {
    List<Problem> problems = check(framework, type, submissions, policy);
    return problems.isEmpty() ? Validation.valid(List.copyOf(submissions)) : Validation.invalid(problems);
  }

  private static List<Problem> limits(String where, EvidenceSubmission s, EvidencePolicy policy) {
    List<Problem> problems = new ArrayList<>();
    int items = s.items().size();
    String expected = policy.minimumItems() == policy.maximumItems()
        ? String.valueOf(policy.minimumItems())
        : policy.minimumItems() + " to " + policy.maximumItems();
    if (items < policy.minimumItems()) {
      problems.add(Problem.of("evidence.too-few-items", where,
          items + (items == 1 ? " piece" : " pieces") + " of evidence; " + expected + " expected"));
    } else if (items > policy.maximumItems()) {
      problems.add(Problem.of("evidence.too-many-items", where,
          items + " pieces of evidence; " + expected + " expected (the best evidence, not all of it)"));
    }
    Optional<String> narrative = s.narrative();
    if (narrative.isEmpty() && policy.narrativeRequired()) {
      problems.add(Problem.of("evidence.narrative-missing", where, "a narrative on the current position is required"));
    }
    if (narrative.isPresent() && policy.maximumNarrativeWords().isPresent()) {
      int words = Words.count(narrative.get());
      int limit = policy.maximumNarrativeWords().getAsInt();
      if (words > limit) {
        problems.add(Problem.of("evidence.narrative-too-long", where,
            "narrative of " + words + " words; at most " + limit));
      }
    }
    return problems;
  }

  private static String whyNotRequired(Framework framework, ProviderType type, KeyQuestionCode code) {
    Optional<Standard> standard = framework.standard(type, code.standard());
    if (standard.isPresent() && standard.get().keyQuestion(code).isPresent()) {
      return "rated from case data, not by judgement; evidence is submitted for domain-one key questions only";
    }
    return "not a key question of framework " + framework.id() + " for provider type '" + type + "'";
  }
}
