package org.inspectionkit.json.internal;

import static org.inspectionkit.json.internal.Codecs.DATE;
import static org.inspectionkit.json.internal.Codecs.TEXT;
import static org.inspectionkit.json.internal.Codecs.enumeration;
import static org.inspectionkit.json.internal.Codecs.listOf;
import static org.inspectionkit.json.internal.Codecs.parsed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.inspectionkit.model.provider.EntrySource;
import org.inspectionkit.model.provider.ProviderId;
import org.inspectionkit.model.provider.ProviderRegistry;
import org.inspectionkit.model.provider.ProviderType;
import org.inspectionkit.model.provider.RegistryEntry;

/**
 * The codec of the provider registry document: {@code formatVersion}, {@code notes} (optional) and
 * {@code entries}, each entry with {@code id}, {@code name}, {@code type}, {@code area}, {@code owner},
 * {@code parent}, {@code from}, {@code until} and {@code source}.
 *
 * <p>A document may extend a base registry: its entries are added to the base's, in place of those with the same
 * id, and their parents may be the base's entries. Every problem is reported at its JSON path: an entry's
 * {@code until} before its {@code from}, an entry that is its own parent, a provider id given twice, a parent that
 * is neither in the document nor in the base, parents that form a cycle. Messages quote no value of the document;
 * a duplicate names the path of the first occurrence instead.
 */
public final class RegistryCodecs {

  /** The kind of the document, as problems and the exception name it. */
  public static final String KIND = "provider-registry";

  private static final int MAX_NOTE = 4000;

  private static final Codec<ProviderId> PROVIDER_ID = parsed("provider id", ProviderId::of, ProviderId::value);
  private static final Codec<ProviderType> PROVIDER_TYPE =
      parsed("provider type", ProviderType::of, ProviderType::code);
  private static final Codec<EntrySource> SOURCE = enumeration(EntrySource.class, "entry source");

  private RegistryCodecs() {}

  /**
   * The codec of a registry document that extends {@code base}: reading gives {@code base} with the document's
   * entries added or in place of the base's, and the document's notes after the base's. Writing writes the
   * registry given, whole. A new codec per read: it holds what one read has found.
   *
   * @param base the registry the document extends; {@link ProviderRegistry#empty()} for a document on its own
   * @return the codec
   */
  public static ObjectCodec<ProviderRegistry, ?> document(ProviderRegistry base) {
    Objects.requireNonNull(base, "base");
    Set<ProviderId> unbuilt = new HashSet<>();
    ObjectCodec<RegistryEntry, EntryParts> entry =
        ObjectCodec.assembled(
                "registry-entry", EntryParts::new, (p, in, path, had) -> assembleEntry(p, in, path, had, unbuilt))
            .required("id", PROVIDER_ID, RegistryEntry::id, (p, v) -> p.id = v)
            .required("name", TEXT, RegistryEntry::name, (p, v) -> p.name = v)
            .required("type", PROVIDER_TYPE, RegistryEntry::type, (p, v) -> p.type = v)
            .optional("area", TEXT, e -> e.area().orElse(null), (p, v) -> p.area = v)
            .optional("owner", TEXT, e -> e.owner().orElse(null), (p, v) -> p.owner = v)
            .optional("parent", PROVIDER_ID, e -> e.parent().orElse(null), (p, v) -> p.parent = v)
            .required("from", DATE, RegistryEntry::from, (p, v) -> p.from = v)
            .optional("until", DATE, e -> e.until().orElse(null), (p, v) -> p.until = v)
            .required("source", SOURCE, RegistryEntry::source, (p, v) -> p.source = v)
            .build();
    return ObjectCodec.assembled(
            KIND, RegistryParts::new, (p, in, path, had) -> assembleRegistry(p, in, path, had, base, unbuilt))
        .optional("notes", listOf(TEXT), ProviderRegistry::notes, (p, v) -> p.notes = v)
        .required("entries", listOf(entry), ProviderRegistry::entries, (p, v) -> p.entries = v)
        .build();
  }

  private static RegistryEntry assembleEntry(
      EntryParts p, Input in, String path, boolean hadProblems, Set<ProviderId> unbuilt) {
    int before = in.problemCount();
    if (p.from != null && p.until != null && p.until.isBefore(p.from)) {
      in.problem(JsonPaths.member(path, "until"), "must not be before the entry's 'from' date");
    }
    if (p.id != null && p.id.equals(p.parent)) {
      in.problem(JsonPaths.member(path, "parent"), "an entry cannot be its own parent");
    }
    RegistryEntry built = null;
    if (!hadProblems && in.problemCount() == before) {
      built = ObjectCodec.built(in, path, () -> {
        RegistryEntry.Builder b =
            RegistryEntry.builder().id(p.id).name(p.name).type(p.type).from(p.from).source(p.source);
        if (p.area != null) {
          b.area(p.area);
        }
        if (p.owner != null) {
          b.owner(p.owner);
        }
        if (p.parent != null) {
          b.parent(p.parent);
        }
        if (p.until != null) {
          b.until(p.until);
        }
        return b.build();
      });
    }
    if (built == null && p.id != null) {
      // Kept so that a parent naming this entry is not reported as unknown as well.
      unbuilt.add(p.id);
    }
    return built;
  }

  private static ProviderRegistry assembleRegistry(
      RegistryParts p, Input in, String path, boolean hadProblems, ProviderRegistry base, Set<ProviderId> unbuilt) {
    int before = in.problemCount();
    List<String> notes = p.notes == null ? List.of() : p.notes;
    String notesPath = JsonPaths.member(path, "notes");
    for (int i = 0; i < notes.size(); i++) {
      String note = notes.get(i);
      if (note != null && note.isBlank()) {
        in.problem(JsonPaths.index(notesPath, i), "must not be blank");
      } else if (note != null && note.length() > MAX_NOTE) {
        in.problem(JsonPaths.index(notesPath, i), "must be at most " + MAX_NOTE + " characters, was " + note.length());
      }
    }
    List<RegistryEntry> entries = p.entries == null ? List.of() : p.entries;
    String entriesPath = JsonPaths.member(path, "entries");
    Map<ProviderId, Integer> first = new HashMap<>();
    for (int i = 0; i < entries.size(); i++) {
      RegistryEntry e = entries.get(i);
      if (e == null) {
        continue;
      }
      Integer earlier = first.putIfAbsent(e.id(), i);
      if (earlier != null) {
        in.problem(
            JsonPaths.member(JsonPaths.index(entriesPath, i), "id"),
            "duplicate provider id, first at " + JsonPaths.index(entriesPath, earlier));
      }
    }
    Map<ProviderId, ProviderId> parents = new HashMap<>();
    for (RegistryEntry e : base.entries()) {
      e.parent().ifPresent(q -> parents.put(e.id(), q));
    }
    for (int i = 0; i < entries.size(); i++) {
      RegistryEntry e = entries.get(i);
      if (e != null && first.get(e.id()) == i) {
        parents.remove(e.id());
        e.parent().ifPresent(q -> parents.put(e.id(), q));
      }
    }
    for (int i = 0; i < entries.size(); i++) {
      RegistryEntry e = entries.get(i);
      if (e == null || e.parent().isEmpty()) {
        continue;
      }
      ProviderId parent = e.parent().get();
      String at = JsonPaths.member(JsonPaths.index(entriesPath, i), "parent");
      if (!first.containsKey(parent) && !unbuilt.contains(parent) && !base.contains(parent)) {
        in.problem(
            at,
            base.entries().isEmpty()
                ? "no entry with this provider id in the document"
                : "no entry with this provider id in the document or the registry it extends");
      } else if (first.get(e.id()) == i && inCycle(e.id(), parents)) {
        in.problem(at, "the chain of parents returns to this entry; parents cannot form a cycle");
      }
    }
    if (hadProblems || in.problemCount() > before) {
      return null;
    }
    return ObjectCodec.built(in, path, () -> base.plus(entries, notes));
  }

  private static boolean inCycle(ProviderId start, Map<ProviderId, ProviderId> parents) {
    Set<ProviderId> seen = new HashSet<>();
    for (ProviderId at = parents.get(start); at != null && seen.add(at); at = parents.get(at)) {
      if (at.equals(start)) {
        return true;
      }
    }
    return false;
  }

  /** The members of an entry as read; a member with problems is {@code null}. */
  static final class EntryParts {
    ProviderId id;
    String name;
    ProviderType type;
    String area;
    String owner;
    ProviderId parent;
    LocalDate from;
    LocalDate until;
    EntrySource source;
  }

  /** The members of a registry document as read; an entry with problems is {@code null}, keeping its position. */
  static final class RegistryParts {
    List<String> notes = new ArrayList<>();
    List<RegistryEntry> entries = new ArrayList<>();
  }
}
