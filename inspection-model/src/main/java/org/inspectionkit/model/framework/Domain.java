package org.inspectionkit.model.framework;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.inspectionkit.model.internal.Checks;

/**
 * A domain of a framework, such as domain one (organisational delivery), two (case supervision) or three
 * (provider-specific work).
 *
 * <p>Every standard's code nests under the domain's code. Standards are kept in code order; two standards may
 * share a code only when they apply to different provider types, which the {@link Framework} checks. Immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract class Domain {

  Domain() {}

  /**
   * The domain's code, such as {@code 2}.
   *
   * @return the code
   */
  public abstract DomainCode code();

  /**
   * The domain's name, such as "Case supervision".
   *
   * @return the title
   */
  public abstract String title();

  /**
   * The standards of this domain, in code order.
   *
   * @return the standards
   */
  public abstract List<Standard> standards();

  /**
   * Where the title comes from; {@link WordingSource#OFFICIAL} unless said otherwise.
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
  Domain check() {
    String where = "Domain " + code();
    Checks.name(where + " title", title(), 500);
    Checks.require(!standards().isEmpty(), where + " standards", "a domain needs at least one standard");
    for (Standard s : standards()) {
      Checks.require(
          s.code().domain().equals(code()),
          where + " standards",
          "standard " + s.code() + " does not belong to domain " + code());
    }
    if (!Checks.isSorted(standards(), Standard::code)) {
      // A stable sort keeps standards that share a code (for different provider types) in their given order.
      return builder()
          .from(this)
          .standards(
              standards().stream().sorted(Comparator.comparing(Standard::code)).collect(Collectors.toList()))
          .build();
    }
    return this;
  }

  /** Builds a {@link Domain}; {@code code}, {@code title} and standards are required. */
  public static final class Builder extends ImmutableDomain.Builder {
    Builder() {}

    /**
     * Sets the code from its text form.
     *
     * @param code the code, such as {@code 2}
     * @return this builder
     */
    public Builder code(String code) {
      return code(Checks.parse("Domain.code", code, DomainCode::parse));
    }
  }
}
