package org.inspectionkit.rules.fieldwork;

import java.util.List;
import java.util.SortedSet;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.inspectionkit.model.framework.DomainCode;

/**
 * Something inspectors do in a fieldwork week, such as "inspect the domain two and three cases", with the domains
 * it gathers evidence for (none for work such as planning that serves the whole inspection).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class FieldworkActivity {

  FieldworkActivity() {}

  /**
   * What is done, as a short sentence.
   *
   * @return the description
   */
  public abstract String description();

  /**
   * The domains the activity gathers evidence for, in code order; empty if it serves none in particular.
   *
   * @return the domain codes
   */
  @Value.NaturalOrder
  public abstract SortedSet<DomainCode> domains();

  /**
   * An activity for domains given by number.
   *
   * @param description what is done
   * @param domains the domain numbers, such as {@code 2, 3}
   * @return the activity
   */
  public static FieldworkActivity of(String description, int... domains) {
    Builder b = builder().description(description);
    for (int d : domains) {
      b.addDomain(DomainCode.of(d));
    }
    return b.build();
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
    if (description().isBlank() || description().length() > 300) {
      throw new IllegalArgumentException(
          "FieldworkActivity description: must be non-blank and at most 300 characters, was '" + description() + "'");
    }
  }

  /**
   * The description, with the domains if any: {@code inspect cases (domains 2, 3)}.
   *
   * @return the text
   */
  @Override
  public String toString() {
    if (domains().isEmpty()) {
      return description();
    }
    List<String> codes = domains().stream().map(DomainCode::toString).collect(Collectors.toList());
    return description() + " (domain" + (codes.size() == 1 ? " " : "s ") + String.join(", ", codes) + ")";
  }

  /** Builds a {@link FieldworkActivity}; the description is required. */
  public static final class Builder extends ImmutableFieldworkActivity.Builder {
    Builder() {}
  }
}
