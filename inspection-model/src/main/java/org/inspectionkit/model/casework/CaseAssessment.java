package org.inspectionkit.model.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.inspectionkit.model.framework.KeyQuestionCode;
import org.inspectionkit.model.framework.PromptCode;
import org.inspectionkit.model.internal.AnswerMap;
import org.inspectionkit.model.internal.Checks;

/**
 * An inspector's assessment of one case: an answer (yes, no, not applicable) per key question and, where
 * recorded, per prompt; who assessed it and when.
 *
 * <p>Key questions that were not assessed for this case have no entry. Answers are kept in code order. Whether a
 * key question belongs to the framework is checked by the rules and the JSON reader, which know the framework;
 * here an assessment needs at least one key question answer. Immutable and thread-safe.
 *
 * <p>Unlike most model types this one is written by hand rather than generated: an inspection holds one per case,
 * often thousands, and the answers are kept compactly (a sorted array of codes and a byte per answer) rather than
 * in a tree map, which made an assessment of twelve answers take about 2.5 times the memory (see {@code
 * BENCHMARKS.md}).
 */
public final class CaseAssessment {

  private static final Pattern ASSESSOR = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

  private final CaseRef caseRef;
  private final String assessor;
  private final LocalDate assessedOn;
  private final AnswerMap<KeyQuestionCode> answers;
  private final AnswerMap<PromptCode> promptAnswers;

  private CaseAssessment(Builder b) {
    this.caseRef = b.caseRef;
    this.assessor = b.assessor;
    this.assessedOn = b.assessedOn;
    this.answers = AnswerMap.copyOf(b.answers);
    this.promptAnswers = AnswerMap.copyOf(b.promptAnswers);
    String where = "CaseAssessment " + caseRef;
    Checks.matches(where + " assessor", assessor, ASSESSOR, "a short identifier such as insp-07");
    Checks.require(!answers.isEmpty(), where + " answers", "an assessment needs at least one key question answer");
  }

  /**
   * The case assessed.
   *
   * @return the case reference
   */
  public CaseRef caseRef() {
    return caseRef;
  }

  /**
   * The inspector who assessed the case, by a short identifier (not a name in full), such as {@code insp-07}.
   *
   * @return the assessor
   */
  public String assessor() {
    return assessor;
  }

  /**
   * The date the assessment was made.
   *
   * @return the date
   */
  public LocalDate assessedOn() {
    return assessedOn;
  }

  /**
   * The answer per key question, in code order. The map is unmodifiable.
   *
   * @return the answers
   */
  public NavigableMap<KeyQuestionCode, Answer> answers() {
    return answers;
  }

  /**
   * The answer per prompt, where the inspector recorded them, in code order. The map is unmodifiable.
   *
   * @return the prompt answers
   */
  public NavigableMap<PromptCode, Answer> promptAnswers() {
    return promptAnswers;
  }

  /**
   * The answer on a key question, if the case was assessed on it.
   *
   * @param keyQuestion the key question
   * @return the answer
   */
  public Optional<Answer> answer(KeyQuestionCode keyQuestion) {
    return Optional.ofNullable(answers.get(keyQuestion));
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Equal when every attribute is equal.
   *
   * @param other the other object
   * @return whether it is an equal assessment
   */
  @Override
  public boolean equals(Object other) {
    return this == other
        || other instanceof CaseAssessment
            && caseRef.equals(((CaseAssessment) other).caseRef)
            && assessor.equals(((CaseAssessment) other).assessor)
            && assessedOn.equals(((CaseAssessment) other).assessedOn)
            && answers.equals(((CaseAssessment) other).answers)
            && promptAnswers.equals(((CaseAssessment) other).promptAnswers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(caseRef, assessor, assessedOn, answers, promptAnswers);
  }

  @Override
  public String toString() {
    return "CaseAssessment{caseRef=" + caseRef + ", assessor=" + assessor + ", assessedOn=" + assessedOn
        + ", answers=" + answers + ", promptAnswers=" + promptAnswers + "}";
  }

  /**
   * Builds a {@link CaseAssessment}; case reference, assessor, date and at least one answer are required. Putting
   * an answer for a code already answered replaces it. Not thread-safe.
   */
  public static final class Builder {
    private CaseRef caseRef;
    private String assessor;
    private LocalDate assessedOn;
    private final Map<KeyQuestionCode, Answer> answers = new LinkedHashMap<>();
    private final Map<PromptCode, Answer> promptAnswers = new LinkedHashMap<>();

    Builder() {}

    /**
     * Copies every attribute of an assessment; its answers are added to those already put.
     *
     * @param instance the assessment to copy
     * @return this builder
     */
    public Builder from(CaseAssessment instance) {
      Objects.requireNonNull(instance, "instance");
      caseRef(instance.caseRef());
      assessor(instance.assessor());
      assessedOn(instance.assessedOn());
      putAllAnswers(instance.answers());
      return putAllPromptAnswers(instance.promptAnswers());
    }

    /**
     * Sets the case reference.
     *
     * @param caseRef the reference
     * @return this builder
     */
    public Builder caseRef(CaseRef caseRef) {
      this.caseRef = Objects.requireNonNull(caseRef, "caseRef");
      return this;
    }

    /**
     * Sets the case reference from its text form.
     *
     * @param ref the reference
     * @return this builder
     */
    public Builder caseRef(String ref) {
      return caseRef(Checks.parse("CaseAssessment.caseRef", ref, CaseRef::of));
    }

    /**
     * Sets the assessor.
     *
     * @param assessor a short identifier such as {@code insp-07}
     * @return this builder
     */
    public Builder assessor(String assessor) {
      this.assessor = Objects.requireNonNull(assessor, "assessor");
      return this;
    }

    /**
     * Sets the date of the assessment.
     *
     * @param assessedOn the date
     * @return this builder
     */
    public Builder assessedOn(LocalDate assessedOn) {
      this.assessedOn = Objects.requireNonNull(assessedOn, "assessedOn");
      return this;
    }

    /**
     * Records the answer on a key question.
     *
     * @param key the key question
     * @param value the answer
     * @return this builder
     */
    public Builder putAnswer(KeyQuestionCode key, Answer value) {
      answers.put(Objects.requireNonNull(key, "answers key"), Objects.requireNonNull(value, () -> valueOf(key)));
      return this;
    }

    /**
     * Records the answer on a key question given by its text code.
     *
     * @param keyQuestion the key question code, such as {@code 2.1.3}
     * @param answer the answer
     * @return this builder
     */
    public Builder putAnswer(String keyQuestion, Answer answer) {
      return putAnswer(Checks.parse("CaseAssessment.answers", keyQuestion, KeyQuestionCode::parse), answer);
    }

    /**
     * Records the answer of an entry.
     *
     * @param entry the key question and its answer
     * @return this builder
     */
    public Builder putAnswer(Map.Entry<? extends KeyQuestionCode, ? extends Answer> entry) {
      return putAnswer(entry.getKey(), entry.getValue());
    }

    /**
     * Replaces every key question answer with those of a map.
     *
     * @param entries the answers
     * @return this builder
     */
    public Builder answers(Map<? extends KeyQuestionCode, ? extends Answer> entries) {
      answers.clear();
      return putAllAnswers(entries);
    }

    /**
     * Records every answer of a map.
     *
     * @param entries the answers
     * @return this builder
     */
    public Builder putAllAnswers(Map<? extends KeyQuestionCode, ? extends Answer> entries) {
      entries.forEach(this::putAnswer);
      return this;
    }

    /**
     * Records the answer on a prompt.
     *
     * @param key the prompt
     * @param value the answer
     * @return this builder
     */
    public Builder putPromptAnswer(PromptCode key, Answer value) {
      promptAnswers.put(
          Objects.requireNonNull(key, "promptAnswers key"), Objects.requireNonNull(value, () -> valueOf(key)));
      return this;
    }

    /**
     * Records the prompt answer of an entry.
     *
     * @param entry the prompt and its answer
     * @return this builder
     */
    public Builder putPromptAnswer(Map.Entry<? extends PromptCode, ? extends Answer> entry) {
      return putPromptAnswer(entry.getKey(), entry.getValue());
    }

    /**
     * Replaces every prompt answer with those of a map.
     *
     * @param entries the prompt answers
     * @return this builder
     */
    public Builder promptAnswers(Map<? extends PromptCode, ? extends Answer> entries) {
      promptAnswers.clear();
      return putAllPromptAnswers(entries);
    }

    /**
     * Records every prompt answer of a map.
     *
     * @param entries the prompt answers
     * @return this builder
     */
    public Builder putAllPromptAnswers(Map<? extends PromptCode, ? extends Answer> entries) {
      entries.forEach(this::putPromptAnswer);
      return this;
    }

    /**
     * Builds the assessment.
     *
     * @return the assessment
     * @throws IllegalArgumentException if a required attribute is missing or a value is invalid
     */
    public CaseAssessment build() {
      List<String> missing = new ArrayList<>();
      if (caseRef == null) {
        missing.add("caseRef");
      }
      if (assessor == null) {
        missing.add("assessor");
      }
      if (assessedOn == null) {
        missing.add("assessedOn");
      }
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException(
            "Cannot build CaseAssessment, some of required attributes are not set " + missing);
      }
      return new CaseAssessment(this);
    }

    private static String valueOf(Object key) {
      return "answer for " + key;
    }
  }
}
