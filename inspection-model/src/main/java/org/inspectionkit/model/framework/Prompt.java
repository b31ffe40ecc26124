package org.inspectionkit.model.framework;

import org.immutables.value.Value;
import org.inspectionkit.model.internal.Checks;

/**
 * A prompt: guidance under a key question that tells the inspector what to look for, such as 2.1.3.b "information
 * (past behaviour, convictions, other agencies) drawn on".
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Prompt {

  Prompt() {}

  /**
   * The prompt's code, such as {@code 2.1.3.b}.
   *
   * @return the code
   */
  public abstract PromptCode code();

  /**
   * The prompt's text.
   *
   * @return the text
   */
  public abstract String text();

  /**
   * Where the text comes from; {@link WordingSource#OFFICIAL} unless said otherwise.
   *
   * @return the source of the wording
   */
  @Value.Default
  public WordingSource wordingSource() {
    return WordingSource.OFFICIAL;
  }

  /**
   * A prompt with official wording.
   *
   * @param code the code
   * @param text the text
   * @return the prompt
   */
  public static Prompt of(PromptCode code, String text) {
    return builder().code(code).text(text).build();
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
    Checks.text("Prompt " + code() + " text", text(), 2_000);
  }

  /** Builds a {@link Prompt}; {@code code} and {@code text} are required. */
  public static final class Builder extends ImmutablePrompt.Builder {
    Builder() {}

    /**
     * Sets the code from its text form.
     *
     * @param code the code, such as {@code 2.1.3.b}
     * @return this builder
     */
    public Builder code(String code) {
      return code(Checks.parse("Prompt.code", code, PromptCode::parse));
    }
  }
}
