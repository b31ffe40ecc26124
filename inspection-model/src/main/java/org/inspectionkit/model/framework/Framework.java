package org.inspectionkit.model.framework;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.inspectionkit.model.internal.Checks;
import org.inspectionkit.model.provider.ProviderType;

/**
 * A version of an inspection standards framework, such as {@code probation-2019-20}: its domains, standards, key
 * questions and prompts, and the provider types it covers.
 *
 * <p>Invariants, checked when it is built: at least one provider type and one domain; domain codes unique; every
 * code nests under its parent's; every provider type a standard applies to is one the framework covers; and for
 * each provider type, the standards that apply to it have unique codes (so {@code 3.1} may be unpaid work for a
 * CRC and court work for an NPS division, but not both for one provider type). Domains are kept in code order.
 *
 * <p>Look-ups are by provider type because codes are unique only within a provider type's view. Immutable and
 * thread-safe; look-up indexes are built once, on first use.
 */
@Value.Immutable
public abstract class Framework {

  Framework() {}

  /**
   * The framework's id, such as {@code probation-2019-20}.
   *
   * @return the id
   */
  public abstract FrameworkId id();

  /**
   * The framework's name, such as "Probation inspection standards 2019-20".
   *
   * @return the title
   */
  public abstract String title();

  /**
   * The inspection cycle this framework version is used in.
   *
   * @return the cycle
   */
  public abstract Cycle cycle();

  /**
   * The provider types this framework inspects, in code order.
   *
   * @return the provider types
   */
  public abstract List<ProviderType> providerTypes();

  /**
   * The domains, in code order.
   *
   * @return the domains
   */
  public abstract List<Domain> domains();

  /**
   * Whether this framework inspects providers of type {@code type}.
   *
   * @param type the provider type
   * @return true if covered
   */
  public boolean covers(ProviderType type) {
    return providerTypes().contains(type);
  }

  /**
   * The domain with this code.
   *
   * @param code the domain code
   * @return the domain, if the framework has it
   */
  public Optional<Domain> domain(DomainCode code) {
    for (Domain d : domains()) {
      if (d.code().equals(code)) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  /**
   * Every standard of every domain, for every provider type, in code order.
   *
   * @return the standards
   */
  public List<Standard> standards() {
    return index().all;
  }

  /**
   * The standards a provider of type {@code type} is rated on, in code order; empty if the framework does not
   * cover the type.
   *
   * @param type the provider type
   * @return the standards that apply
   */
  public List<Standard> standardsFor(ProviderType type) {
    View v = index().views.get(type);
    return v == null ? List.of() : v.standards;
  }

  /**
   * The standard with this code for a provider of type {@code type}.
   *
   * @param type the provider type
   * @param code the standard code
   * @return the standard, if it applies to that type
   */
  public Optional<Standard> standard(ProviderType type, StandardCode code) {
    return find(type, code, Standard.class);
  }

  /**
   * The key question with this code for a provider of type {@code type}.
   *
   * @param type the provider type
   * @param code the key question code
   * @return the key question, if its standard applies to that type
   */
  public Optional<KeyQuestion> keyQuestion(ProviderType type, KeyQuestionCode code) {
    return find(type, code, KeyQuestion.class);
  }

  /**
   * The prompt with this code for a provider of type {@code type}.
   *
   * @param type the provider type
   * @param code the prompt code
   * @return the prompt, if its standard applies to that type
   */
  public Optional<Prompt> prompt(ProviderType type, PromptCode code) {
    return find(type, code, Prompt.class);
  }

  /**
   * Whether the framework has an element with this code for any provider type.
   *
   * @param code the code of a domain, standard, key question or prompt
   * @return true if some provider type's view has it
   */
  public boolean contains(ElementCode code) {
    if (code instanceof DomainCode) {
      return domain((DomainCode) code).isPresent();
    }
    for (View v : index().views.values()) {
      if (v.elements.containsKey(code)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The provider types whose view of the framework has an element with this code, in code order.
   *
   * @param code the code of a domain, standard, key question or prompt
   * @return the provider types, empty if none has it
   */
  public List<ProviderType> providerTypesWith(ElementCode code) {
    List<ProviderType> out = new ArrayList<>();
    for (ProviderType t : providerTypes()) {
      View v = index().views.get(t);
      if (code instanceof DomainCode ? domain((DomainCode) code).isPresent() : v.elements.containsKey(code)) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * The case-rated standards that a provider of type {@code type} has rated from cases of sample {@code kind}.
   *
   * @param type the provider type
   * @param kind the sample kind
   * @return the standards, in code order
   */
  public List<Standard> standardsRatedFrom(ProviderType type, SampleKind kind) {
    return standardsFor(type).stream()
        .filter(s -> s.sampleKind().filter(kind::equals).isPresent())
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  private <T> Optional<T> find(ProviderType type, ElementCode code, Class<T> kind) {
    View v = index().views.get(type);
    if (v == null) {
      return Optional.empty();
    }
    Object element = v.elements.get(code);
    return kind.isInstance(element) ? Optional.of(kind.cast(element)) : Optional.empty();
  }

  @Value.Lazy
  Index index() {
    return new Index(this);
  }

  @Value.Check
  Framework check() {
    String where = "Framework " + id();
    Checks.name(where + " title", title(), 500);
    Checks.require(!providerTypes().isEmpty(), where + " providerTypes", "a framework covers at least one provider type");
    Checks.require(!domains().isEmpty(), where + " domains", "a framework needs at least one domain");
    Checks.unique(where + " providerTypes", "provider type", providerTypes(), t -> t);
    Checks.unique(where + " domains", "domain code", domains(), Domain::code);
    for (Domain d : domains()) {
      for (Standard s : d.standards()) {
        for (ProviderType t : s.appliesTo()) {
          Checks.require(
              covers(t),
              where + " standard " + s.code(),
              "applies to provider type '" + t + "', which the framework does not cover " + providerTypes());
        }
      }
    }
    for (ProviderType t : providerTypes()) {
      List<Standard> view = new ArrayList<>();
      for (Domain d : domains()) {
        for (Standard s : d.standards()) {
          if (s.appliesTo(t)) {
            view.add(s);
          }
        }
      }
      Checks.unique(where + " standards for provider type '" + t + "'", "standard code", view, Standard::code);
    }
    boolean sortedDomains = Checks.isSorted(domains(), Domain::code);
    boolean sortedTypes = Checks.isSorted(providerTypes(), t -> t);
    if (!sortedDomains || !sortedTypes) {
      return builder()
          .from(this)
          .domains(domains().stream().sorted(Comparator.comparing(Domain::code)).collect(Collectors.toList()))
          .providerTypes(providerTypes().stream().sorted().collect(Collectors.toList()))
          .build();
    }
    return this;
  }

  /**
   * Names the framework by id and cycle only; the full content is too large for a log line.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "Framework{id=" + id() + ", cycle=" + cycle() + ", domains=" + domains().size() + "}";
  }

  /** Look-up tables, one view per provider type. */
  static final class Index {
    final List<Standard> all;
    final Map<ProviderType, View> views;

    Index(Framework f) {
      List<Standard> standards = new ArrayList<>();
      for (Domain d : f.domains()) {
        standards.addAll(d.standards());
      }
      this.all = Collections.unmodifiableList(standards);
      Map<ProviderType, View> v = new LinkedHashMap<>();
      for (ProviderType t : f.providerTypes()) {
        v.put(t, new View(standards, t));
      }
      this.views = Collections.unmodifiableMap(v);
    }
  }

  /** One provider type's standards and the elements beneath them, by code. */
  static final class View {
    final List<Standard> standards;
    final Map<ElementCode, Object> elements = new HashMap<>();

    View(List<Standard> all, ProviderType type) {
      List<Standard> mine = new ArrayList<>();
      for (Standard s : all) {
        if (s.appliesTo(type)) {
          mine.add(s);
          elements.put(s.code(), s);
          for (KeyQuestion k : s.keyQuestions()) {
            elements.put(k.code(), k);
            for (Prompt p : k.prompts()) {
              elements.put(p.code(), p);
            }
          }
        }
      }
      this.standards = Collections.unmodifiableList(mine);
    }
  }

  /** Builds a {@link Framework}; {@code id}, {@code title}, {@code cycle}, provider types and domains are required. */
  public static final class Builder extends ImmutableFramework.Builder {
    Builder() {}

    /**
     * Sets the id from its text form.
     *
     * @param id the id, such as {@code probation-2019-20}
     * @return this builder
     */
    public Builder id(String id) {
      return id(Checks.parse("Framework.id", id, FrameworkId::of));
    }

    /**
     * Sets the cycle from its text form.
     *
     * @param cycle the cycle, such as {@code 2019-20}
     * @return this builder
     */
    public Builder cycle(String cycle) {
      return cycle(Checks.parse("Framework.cycle", cycle, Cycle::parse));
    }
  }
}
