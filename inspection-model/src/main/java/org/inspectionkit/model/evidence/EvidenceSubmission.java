package org.inspectionkit.model.evidence;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.inspectionkit.model.framework.KeyQuestionCode;
import org.inspectionkit.model.internal.Checks;

/**
 * A provider's submission of its best evidence for one domain-one key question before fieldwork (2019-20): the
 * pieces of evidence and an optional narrative on its current position.
 *
 * <p>The 2019-20 rules (three to five pieces, narrative of at most 300 words) are checked by
 * {@code inspection-rules}, not here, so a submission that breaks them can still be recorded and reported.
 * Immutable and thread-safe.
 */
@Value.Immutable
public abstract class EvidenceSubmission {

  EvidenceSubmission() {}

  /**
   * The domain-one key question the evidence is for.
   *
   * @return the key question code
   */
  public abstract KeyQuestionCode keyQuestion();

  /**
   * The pieces of evidence, in the order submitted.
   *
   * @return the items
   */
  public abstract List<EvidenceItem> items();

  /**
   * The provider's narrative on its current position, if given.
   *
   * @return the narrative
   */
  public abstract Optional<String> narrative();

  /**
   * When the submission was received, if recorded.
   *
   * @return the date
   */
  public abstract Optional<LocalDate> submittedOn();

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
    narrative().ifPresent(n -> Checks.text("EvidenceSubmission " + keyQuestion() + " narrative", n, 20_000));
  }

  /** Builds an {@link EvidenceSubmission}; the key question is required. */
  public static final class Builder extends ImmutableEvidenceSubmission.Builder {
    Builder() {}

    /**
     * Sets the key question from its text code.
     *
     * @param code the key question code, such as {@code 1.1.1}
     * @return this builder
     */
    public Builder keyQuestion(String code) {
      return keyQuestion(Checks.parse("EvidenceSubmission.keyQuestion", code, KeyQuestionCode::parse));
    }
  }
}
