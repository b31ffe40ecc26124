package org.inspectionkit.model.casework;

import java.time.LocalDate;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.inspectionkit.model.framework.KeyQuestionCode;
import org.inspectionkit.model.framework.PromptCode;
import org.inspectionkit.model.internal.Checks;

/**
 * An inspector's assessment of one case: an answer (yes, no, not applicable) per key question and, where
 * recorded, per prompt; who assessed it and when.
 *
 * <p>Key questions that were not assessed for this case have no entry. Answers are kept in code order. Whether a
 * key question belongs to the framework is checked by the rules and the JSON reader, which know the framework;
 * here an assessment needs at least one key question answer. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class CaseAssessment {

  private static final Pattern ASSESSOR = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");

  CaseAssessment() {}

  /**
   * The case assessed.
   *
   * @return the case reference
   */
  public abstract CaseRef caseRef();

  /**
   * The inspector who assessed the case, by a short identifier (not a name in full), such as {@code insp-07}.
   *
   * @return the assessor
   */
  public abstract String assessor();

  /**
   * The date the assessment was made.
   *
   * @return the date
   */
  public abstract LocalDate assessedOn();

  /**
   * The answer per key question, in code order.
   *
   * @return the answers
   */
  @Value.NaturalOrder
  public abstract NavigableMap<KeyQuestionCode, Answer> answers();

  /**
   * The answer per prompt, where the inspector recorded them, in code order.
   *
   * @return the prompt answers
   */
  @Value.NaturalOrder
  public abstract NavigableMap<PromptCode, Answer> promptAnswers();

  /**
   * The answer on a key question, if the case was assessed on it.
   *
   * @param keyQuestion the key question
   * @return the answer
   */
  public Optional<Answer> answer(KeyQuestionCode keyQuestion) {
    return Optional.ofNullable(answers().get(keyQuestion));
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    String where = "CaseAssessment " + caseRef();
    Checks.matches(where + " assessor", assessor(), ASSESSOR, "a short identifier such as insp-07");
    Checks.require(!answers().isEmpty(), where + " answers", "an assessment needs at least one key question answer");
  }

  /** Builds a {@link CaseAssessment}; case reference, assessor, date and at least one answer are required. */
  public static final class Builder extends ImmutableCaseAssessment.Builder {
    Builder() {}

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
     * Records the answer on a key question given by its text code.
     *
     * @param keyQuestion the key question code, such as {@code 2.1.3}
     * @param answer the answer
     * @return this builder
     */
    public Builder putAnswer(String keyQuestion, Answer answer) {
      return putAnswer(Checks.parse("CaseAssessment.answers", keyQuestion, KeyQuestionCode::parse), answer);
    }
  }
}
