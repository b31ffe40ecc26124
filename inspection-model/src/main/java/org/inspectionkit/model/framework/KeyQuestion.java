package org.inspectionkit.model.framework;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.inspectionkit.model.internal.Checks;

/**
 * A key question of a standard, such as 2.1.3 "Does assessment focus sufficiently on keeping other people safe?".
 *
 * <p>For a case-rated standard, each inspected case is answered yes, no or not applicable on each key question,
 * and the share of yes answers sets the standard's rating. Its prompts are listed in code order; every prompt's
 * code nests under the key question's code and no two prompts share a code. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class KeyQuestion {

  KeyQuestion() {}

  /**
   * The key question's code, such as {@code 2.1.3}.
   *
   * @return the code
   */
  public abstract KeyQuestionCode code();

  /**
   * The question, such as "Does assessment focus sufficiently on keeping other people safe?".
   *
   * @return the text
   */
  public abstract String text();

  /**
   * The prompts under this key question, in code order.
   *
   * @return the prompts
   */
  public abstract List<Prompt> prompts();

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
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  KeyQuestion check() {
    String where = "KeyQuestion " + code();
    Checks.text(where + " text", text(), 2_000);
    for (Prompt p : prompts()) {
      Checks.require(
          p.code().keyQuestion().equals(code()),
          where + " prompts",
          "prompt " + p.code() + " does not belong to key question " + code());
    }
    Checks.unique(where + " prompts", "prompt code", prompts(), Prompt::code);
    if (!Checks.isSorted(prompts(), Prompt::code)) {
      return builder().from(this).prompts(sorted(prompts())).build();
    }
    return this;
  }

  private static List<Prompt> sorted(List<Prompt> prompts) {
    return prompts.stream().sorted(Comparator.comparing(Prompt::code)).collect(Collectors.toList());
  }

  /** Builds a {@link KeyQuestion}; {@code code} and {@code text} are required. */
  public static final class Builder extends ImmutableKeyQuestion.Builder {
    Builder() {}

    /**
     * Sets the code from its text form.
     *
     * @param code the code, such as {@code 2.1.3}
     * @return this builder
     */
    public Builder code(String code) {
      return code(Checks.parse("KeyQuestion.code", code, KeyQuestionCode::parse));
    }
  }
}
