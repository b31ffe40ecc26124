package org.inspectionkit.model.provider;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.inspectionkit.model.internal.Checks;

/**
 * The providers inspections may name, as reference data: each {@link RegistryEntry} with its id, name, type, area,
 * owner, the dates it existed and its parent, and notes saying which facts are defaults.
 *
 * <p>The library ships one (the 21 CRCs, the 7 NPS divisions and the 12 probation regions that followed them);
 * a user replaces it, or extends it with entries of their own, such as a region's probation delivery units or a
 * later change: {@link #with(RegistryEntry)} adds or replaces one entry and {@link #plus(ProviderRegistry)} a whole
 * registry. An inspection refers to an entry by its provider id; {@link #problemFor(ProviderId, LocalDate)} says
 * what is wrong when it cannot.
 *
 * <p>Invariants, checked when it is built: provider ids unique; every parent an entry of the registry; no chain of
 * parents that returns to where it started. Entries are kept in id order, notes in the order given without
 * repeats. Immutable and thread-safe; the look-up index is built once, on first use.
 */
@Value.Immutable
public abstract class ProviderRegistry {

  private static final ProviderRegistry EMPTY = builder().build();

  ProviderRegistry() {}

  /**
   * The entries, in id order.
   *
   * @return the entries
   */
  public abstract List<RegistryEntry> entries();

  /**
   * What a reader should know about the registry's facts, such as which are defaults of this library rather than
   * published, in the order given.
   *
   * @return the notes
   */
  public abstract List<String> notes();

  /**
   * A registry of these entries, with no notes.
   *
   * @param entries the entries
   * @return the registry
   * @throws IllegalArgumentException if two entries share an id, or a parent is not an entry
   */
  public static ProviderRegistry of(Collection<RegistryEntry> entries) {
    return builder().addAllEntries(entries).build();
  }

  /**
   * A registry of these entries, with no notes.
   *
   * @param entries the entries
   * @return the registry
   * @throws IllegalArgumentException if two entries share an id, or a parent is not an entry
   */
  public static ProviderRegistry of(RegistryEntry... entries) {
    return of(Arrays.asList(entries));
  }

  /**
   * The registry with no entries.
   *
   * @return the empty registry
   */
  public static ProviderRegistry empty() {
    return EMPTY;
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
   * The entry with this id.
   *
   * @param id the provider id
   * @return the entry, if the registry has it
   */
  public Optional<RegistryEntry> entry(ProviderId id) {
    return Optional.ofNullable(index().byId.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Whether the registry has an entry with this id.
   *
   * @param id the provider id
   * @return true if it has
   */
  public boolean contains(ProviderId id) {
    return index().byId.containsKey(Objects.requireNonNull(id, "id"));
  }

  /**
   * The entries that existed on {@code date}, in id order.
   *
   * @param date the day
   * @return the entries
   */
  public List<RegistryEntry> entriesOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return entries().stream().filter(e -> e.existsOn(date)).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The entries of provider type {@code type}, in id order.
   *
   * @param type the provider type
   * @return the entries
   */
  public List<RegistryEntry> entriesOf(ProviderType type) {
    Objects.requireNonNull(type, "type");
    return entries().stream().filter(e -> e.type().equals(type)).collect(Collectors.toUnmodifiableList());
  }

  /**
   * The entries whose parent is {@code parent}, such as a region's probation delivery units, in id order; empty
   * if it has none or is not in the registry.
   *
   * @param parent the parent's id
   * @return the children
   */
  public List<RegistryEntry> childrenOf(ProviderId parent) {
    return index().children.getOrDefault(Objects.requireNonNull(parent, "parent"), List.of());
  }

  /**
   * This registry with {@code entry} added, or in place of the entry with the same id.
   *
   * @param entry the entry
   * @return the new registry
   * @throws IllegalArgumentException if the entry's parent is not in the new registry
   */
  public ProviderRegistry with(RegistryEntry entry) {
    Objects.requireNonNull(entry, "entry");
    return plus(List.of(entry), List.of());
  }

  /**
   * This registry extended with {@code other}: its entries are added, each in place of this registry's entry with
   * the same id if there is one; its notes follow this registry's.
   *
   * @param other the entries to add or replace
   * @return the new registry
   * @throws IllegalArgumentException if a parent is not in the new registry
   */
  public ProviderRegistry plus(ProviderRegistry other) {
    Objects.requireNonNull(other, "other");
    return plus(other.entries(), other.notes());
  }

  /**
   * This registry extended with {@code entries} and {@code notes}: each entry is added, in place of this registry's
   * entry with the same id if there is one (a later one of {@code entries} in place of an earlier); the notes follow
   * this registry's. Unlike {@link #plus(ProviderRegistry)}, the entries need not form a registry on their own:
   * their parents may be this registry's entries, as a region's delivery units are.
   *
   * @param entries the entries to add or replace
   * @param notes the notes to add
   * @return the new registry
   * @throws IllegalArgumentException if a parent is not in the new registry
   */
  public ProviderRegistry plus(Collection<RegistryEntry> entries, Collection<String> notes) {
    Objects.requireNonNull(entries, "entries");
    Objects.requireNonNull(notes, "notes");
    Map<ProviderId, RegistryEntry> merged = new LinkedHashMap<>(index().byId);
    for (RegistryEntry e : entries) {
      merged.put(Objects.requireNonNull(e, "entry").id(), e);
    }
    return builder().addAllEntries(merged.values()).addAllNotes(notes()).addAllNotes(notes).build();
  }

  /**
   * What is wrong with an inspection naming provider {@code id} for a date {@code on} (its fieldwork, say): the
   * id is not in the registry, or its entry did not exist that day.
   *
   * @param id the provider id the inspection names
   * @param on the day the inspection took place
   * @return a message naming the id and the rule broken, or empty if the entry existed that day
   */
  public Optional<String> problemFor(ProviderId id, LocalDate on) {
    Objects.requireNonNull(on, "on");
    Optional<String> unknown = problemFor(id);
    if (unknown.isPresent()) {
      return unknown;
    }
    RegistryEntry e = index().byId.get(id);
    if (e.existsOn(on)) {
      return Optional.empty();
    }
    return Optional.of(
        "provider '" + id + "' did not exist on " + on + ": its registry entry runs " + e.period()
            + (e.source() == EntrySource.DEFAULT
                ? " (dates that may be a default of this library: replace the entry if the record differs)"
                : "")
            + "; an inspection must name a provider that existed when it took place");
  }

  /**
   * What is wrong with an inspection naming provider {@code id}, whatever the date: the id is not in the registry.
   *
   * @param id the provider id the inspection names
   * @return a message naming the id and the rule broken, or empty if the registry has the id
   */
  public Optional<String> problemFor(ProviderId id) {
    Objects.requireNonNull(id, "id");
    if (contains(id)) {
      return Optional.empty();
    }
    return Optional.of(
        "unknown provider id '" + id + "': an inspection must name a provider of the provider registry ("
            + entries().size() + " entries); add an entry for it to the registry");
  }

  /**
   * What is wrong with the provider an inspection records, for a date {@code on}: as
   * {@link #problemFor(ProviderId, LocalDate)}, and besides, its type differs from its registry entry's (the type
   * decides the standards it is rated on).
   *
   * @param provider the provider the inspection records
   * @param on the day the inspection took place
   * @return a message naming the id and the rule broken, or empty if the provider matches an entry that existed
   */
  public Optional<String> problemFor(Provider provider, LocalDate on) {
    Objects.requireNonNull(provider, "provider");
    Optional<String> p = problemFor(provider.id(), on);
    if (p.isPresent()) {
      return p;
    }
    RegistryEntry e = index().byId.get(provider.id());
    if (!e.type().equals(provider.type())) {
      return Optional.of(
          "provider '" + provider.id() + "' has type '" + provider.type() + "' but its registry entry has type '"
              + e.type() + "'; an inspection's provider must have its registry entry's type");
    }
    return Optional.empty();
  }

  @Value.Lazy
  Index index() {
    return new Index(entries());
  }

  @Value.Check
  ProviderRegistry check() {
    Checks.unique("ProviderRegistry.entries", "provider id", entries(), RegistryEntry::id);
    for (String note : notes()) {
      Checks.text("ProviderRegistry.notes", note, 4000);
    }
    Set<ProviderId> ids = entries().stream().map(RegistryEntry::id).collect(Collectors.toSet());
    Map<ProviderId, ProviderId> parents = new LinkedHashMap<>();
    for (RegistryEntry e : entries()) {
      e.parent().ifPresent(p -> {
        Checks.require(
            ids.contains(p),
            "ProviderRegistry entry " + e.id() + " parent",
            "no entry '" + p + "' in the registry; add the parent first");
        parents.put(e.id(), p);
      });
    }
    for (ProviderId start : parents.keySet()) {
      Set<ProviderId> seen = new HashSet<>();
      for (ProviderId at = start; at != null; at = parents.get(at)) {
        Checks.require(
            seen.add(at),
            "ProviderRegistry entry " + start + " parent",
            "the chain of parents returns to '" + at + "'; parents cannot form a cycle");
      }
    }
    boolean sorted = Checks.isSorted(entries(), RegistryEntry::id);
    boolean distinctNotes = new LinkedHashSet<>(notes()).size() == notes().size();
    if (!sorted || !distinctNotes) {
      return builder()
          .entries(entries().stream().sorted(Comparator.comparing(RegistryEntry::id)).collect(Collectors.toList()))
          .notes(new ArrayList<>(new LinkedHashSet<>(notes())))
          .build();
    }
    return this;
  }

  /**
   * Counts the entries; the full content is too large for a log line.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "ProviderRegistry{entries=" + entries().size() + "}";
  }

  /** Look-up tables: entries by id, children by parent. */
  static final class Index {
    final Map<ProviderId, RegistryEntry> byId;
    final Map<ProviderId, List<RegistryEntry>> children;

    Index(List<RegistryEntry> entries) {
      Map<ProviderId, RegistryEntry> ids = new LinkedHashMap<>();
      Map<ProviderId, List<RegistryEntry>> kids = new LinkedHashMap<>();
      for (RegistryEntry e : entries) {
        ids.put(e.id(), e);
        e.parent().ifPresent(p -> kids.computeIfAbsent(p, k -> new ArrayList<>()).add(e));
      }
      kids.replaceAll((k, v) -> Collections.unmodifiableList(v));
      this.byId = Collections.unmodifiableMap(ids);
      this.children = Collections.unmodifiableMap(kids);
    }
  }

  /** Builds a {@link ProviderRegistry}; entries and notes are optional. */
  public static final class Builder extends ImmutableProviderRegistry.Builder {
    Builder() {}
  }
}
