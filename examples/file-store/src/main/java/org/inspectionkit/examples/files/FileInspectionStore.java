package org.inspectionkit.examples.files;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.Lock;
import org.inspectionkit.json.InspectionJsonException;
import org.inspectionkit.json.JsonProblem;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.inspection.InspectionId;
import org.inspectionkit.model.store.DamagedRecord;
import org.inspectionkit.model.store.InspectionQuery;
import org.inspectionkit.model.store.InspectionStore;
import org.inspectionkit.model.store.InspectionSummary;
import org.inspectionkit.model.store.NotFoundException;
import org.inspectionkit.model.store.StoreException;
import org.inspectionkit.model.store.StoreListing;
import org.inspectionkit.model.store.VersionConflictException;
import org.inspectionkit.model.store.Versioned;

/**
 * The inspections of a {@link JsonFileStore}: one inspection document per version, {@code <id>.v<version>.json},
 * every version kept; the current version is the highest-numbered one.
 *
 * <p>The current version of each stored inspection is read from the file names when the store opens and kept in
 * memory (the store holds the directory's lock, so no other process changes the files meanwhile); opening reads
 * names and file types only and changes nothing. A save takes the inspection's lock, checks the version and writes
 * the new version's file atomically under its own name, next to the older ones; the rename is the commit. A load
 * takes the same lock shared, so it never looks for a file that a save is writing. A load of a damaged current
 * version fails naming it, and never falls back to an older version. Only regular files with the store's names are
 * the store's; anything else (another name, a symbolic link, a directory) is ignored and reported by
 * {@link #verify()}. Thread-safe.
 */
final class FileInspectionStore implements InspectionStore {

  private static final int BUFFER = 64 * 1024;
  private static final int PROBLEM_LINES = 20;

  /** Damaged records in key order, then version order. */
  static final Comparator<DamagedRecord> DAMAGE_ORDER =
      Comparator.comparing(DamagedRecord::recordKey).thenComparingLong(DamagedRecord::version);

  private final JsonFileStore owner;
  private final Path directory;
  private final IdLocks locks;
  /** The current version of every inspection in the directory; changed only with the inspection's lock held. */
  private final ConcurrentMap<InspectionId, Long> versions;

  private FileInspectionStore(
      JsonFileStore owner, Path directory, IdLocks locks, ConcurrentMap<InspectionId, Long> versions) {
    this.owner = owner;
    this.directory = directory;
    this.locks = locks;
    this.versions = versions;
  }

  /**
   * The inspections in {@code directory}: for each id, the highest version among the regular files named
   * {@code <id>.v<version>.json}. Removes only the temporary files that saves of a stopped process left (never a
   * version); reads names and file types of the rest and changes nothing, whatever it finds (a damaged version, a
   * file that is not the store's).
   *
   * @param owner the open store
   * @param directory the inspections directory, created if missing; refused if it is a link
   * @param locks the inspections' locks
   * @return the store
   * @throws IOException if the directory cannot be created or read, or is a link
   */
  static FileInspectionStore open(JsonFileStore owner, Path directory, IdLocks locks) throws IOException {
    RegularFiles.directoryInside(directory.getParent(), directory.getFileName().toString());
    owner.writes().removeLeftoverTemporaries(directory);
    ConcurrentMap<InspectionId, Long> versions = new ConcurrentHashMap<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
      for (Path entry : entries) {
        FileNames.InspectionFile file = FileNames.parseInspection(entry.getFileName().toString());
        if (file != null && RegularFiles.kindOf(entry) == RegularFiles.Kind.REGULAR) {
          versions.merge(file.id, file.version, Math::max);
        }
      }
    }
    return new FileInspectionStore(owner, directory, locks, versions);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Reads the highest-numbered version. If that version is damaged, fails naming it and its file; an older
   * version is never returned in its place.
   */
  @Override
  public Optional<Versioned<Inspection>> find(InspectionId id) {
    Objects.requireNonNull(id, "id");
    String key = StoreException.keyOf(id);
    Lock lock = locks.of(id).readLock();
    lock.lock();
    try {
      owner.requireOpen(key);
      Long version = versions.get(id);
      if (version == null) {
        return Optional.empty();
      }
      return Optional.of(Versioned.of(read(id, version), version));
    } finally {
      lock.unlock();
    }
  }

  @Override
  public Versioned<Inspection> insert(Inspection inspection) {
    Objects.requireNonNull(inspection, "inspection");
    InspectionId id = inspection.id();
    Lock lock = locks.of(id).writeLock();
    lock.lock();
    try {
      owner.requireOpen(StoreException.keyOf(id));
      Long stored = versions.get(id);
      if (stored != null) {
        throw new VersionConflictException(id, 0, stored);
      }
      write(inspection, 1);
      versions.put(id, 1L);
      return Versioned.of(inspection, 1);
    } finally {
      lock.unlock();
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Writes {@code <id>.v<expectedVersion + 1>.json} and keeps every older version's file. An inspection at
   * {@link JsonFileStore#MAX_VERSION} cannot be updated: the update fails with a {@link StoreException} and
   * nothing is written.
   */
  @Override
  public Versioned<Inspection> update(Inspection inspection, long expectedVersion) {
    Objects.requireNonNull(inspection, "inspection");
    requireVersion(expectedVersion);
    InspectionId id = inspection.id();
    String key = StoreException.keyOf(id);
    Lock lock = locks.of(id).writeLock();
    lock.lock();
    try {
      owner.requireOpen(key);
      checkVersion(id, expectedVersion);
      if (expectedVersion >= JsonFileStore.MAX_VERSION) {
        throw new StoreException(
            key,
            "cannot update " + key + ": it is at version " + expectedVersion + ", the highest the file store keeps"
                + " (JsonFileStore.MAX_VERSION); nothing was written");
      }
      long next = expectedVersion + 1;
      write(inspection, next);
      versions.put(id, next);
      return Versioned.of(inspection, next);
    } finally {
      lock.unlock();
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Removes every version file of the inspection, the oldest first and the current version last, forcing the
   * directory to disk after each: until the current version's file is gone the inspection is stored as it was, so
   * a crash or a failure part-way never brings back an older version as the current one (it only loses some of
   * the history). Files that are not the store's are left alone.
   */
  @Override
  public void delete(InspectionId id, long expectedVersion) {
    Objects.requireNonNull(id, "id");
    requireVersion(expectedVersion);
    String key = StoreException.keyOf(id);
    Lock lock = locks.of(id).writeLock();
    lock.lock();
    try {
      owner.requireOpen(key);
      checkVersion(id, expectedVersion);
      NavigableSet<Long> stored = new TreeSet<>();
      try {
        stored.addAll(storedVersions(id));
      } catch (IOException e) {
        throw new StoreException(key, "cannot delete " + key + ": cannot list its files in " + directory
            + "; nothing was changed: " + e, e);
      }
      stored.add(expectedVersion);
      long removedUpTo = 0;
      for (long version : stored) {
        Path file = file(id, version);
        try {
          owner.writes().delete(file);
        } catch (IOException e) {
          String done = removedUpTo == 0 ? "nothing was changed" : "versions up to " + removedUpTo
              + " were removed; the inspection is still stored at version " + expectedVersion;
          throw new StoreException(key, "cannot delete " + key + ": removing " + file + " failed; " + done + ": " + e,
              e);
        }
        removedUpTo = version;
      }
      versions.remove(id);
    } finally {
      lock.unlock();
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Reads the header of each inspection's current version (its first few members, before the cases), not the
   * whole file. Fails if any current version cannot be read, naming every one that cannot; {@link #listing} lists
   * past them.
   */
  @Override
  public List<InspectionSummary> list(InspectionQuery query) {
    Objects.requireNonNull(query, "query");
    List<InspectionSummary> summaries = new ArrayList<>();
    List<StoreException> failures = new ArrayList<>();
    List<DamagedRecord> damaged = collect(query, summaries, failures);
    if (damaged.isEmpty()) {
      return List.copyOf(summaries);
    }
    StoreException thrown = unlistable(damaged);
    failures.forEach(thrown::addSuppressed);
    throw thrown;
  }

  /**
   * {@inheritDoc}
   *
   * <p>Reads the header of each inspection's current version, as {@link #list} does; a current version that
   * cannot be read is a damaged record (its key, its version and the problem) instead of a failure.
   */
  @Override
  public StoreListing listing(InspectionQuery query) {
    Objects.requireNonNull(query, "query");
    List<InspectionSummary> summaries = new ArrayList<>();
    List<DamagedRecord> damaged = collect(query, summaries, new ArrayList<>());
    return StoreListing.of(summaries, damaged);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Reads every version file of every inspection whole, as a load would, each under its inspection's lock, and
   * reports, besides the damaged versions, every entry of the directory that is not the store's: a file with
   * another name (such as {@code notes.txt}), a version out of bounds or not in canonical form, a symbolic link
   * (never followed), a directory, and a temporary file of a save that did not finish. Those are reported under
   * the key {@code file inspections/<name>}, at version 0, naming the file and never its content. Changes
   * nothing.
   */
  @Override
  public List<DamagedRecord> verify() {
    owner.requireOpen("inspections");
    Map<InspectionId, NavigableSet<Long>> stored = new TreeMap<>();
    List<DamagedRecord> damaged = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        FileNames.InspectionFile file = FileNames.parseInspection(name);
        RegularFiles.Kind kind;
        try {
          kind = RegularFiles.kindOf(entry);
        } catch (IOException e) {
          damaged.add(foreign(JsonFileStore.INSPECTIONS, name, "its attributes cannot be read: " + e));
          continue;
        }
        if (kind == RegularFiles.Kind.ABSENT) {
          continue; // removed since the directory was read
        }
        if (file != null && kind == RegularFiles.Kind.REGULAR) {
          stored.computeIfAbsent(file.id, k -> new TreeSet<>()).add(file.version);
        } else if (!isOwnTemporary(entry, kind)) {
          String reason = kind != RegularFiles.Kind.REGULAR ? kind.description()
              : FileNames.isTemporary(name) ? temporaryLeftover()
              : FileNames.whyNotAnInspection(name);
          damaged.add(foreign(JsonFileStore.INSPECTIONS, name, reason + "; the store ignores it"));
        }
      }
    } catch (IOException e) {
      throw new StoreException("inspections", "cannot verify the inspections in " + directory + ": " + e, e);
    }
    for (InspectionId id : versions.keySet()) {
      stored.computeIfAbsent(id, k -> new TreeSet<>()); // known, even if its files have gone
    }
    for (Map.Entry<InspectionId, NavigableSet<Long>> entry : stored.entrySet()) {
      damaged.addAll(verify(entry.getKey(), entry.getValue()));
    }
    damaged.sort(DAMAGE_ORDER);
    return List.copyOf(damaged);
  }

  /**
   * Names the directory and the number of inspections; never case data.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "FileInspectionStore{directory=" + directory + ", inspections=" + versions.size() + "}";
  }

  /**
   * The reports of one inspection's versions: each file that cannot be read whole, and the current version if its
   * file has gone.
   */
  private List<DamagedRecord> verify(InspectionId id, NavigableSet<Long> found) {
    String key = StoreException.keyOf(id);
    List<DamagedRecord> damaged = new ArrayList<>();
    Lock lock = locks.of(id).readLock();
    lock.lock();
    try {
      owner.requireOpen(key);
      Long current = versions.get(id);
      NavigableSet<Long> toRead = new TreeSet<>(found);
      if (current != null) {
        toRead.add(current); // reported as gone if its file is not there
      }
      for (long version : toRead) {
        try {
          read(id, version);
        } catch (StoreException e) {
          if (current == null && e.getCause() instanceof NoSuchFileException) {
            continue; // deleted since the directory was read
          }
          damaged.add(DamagedRecord.of(version, e));
        }
      }
    } finally {
      lock.unlock();
    }
    return damaged;
  }

  /**
   * The summaries of the current versions that match the query, in listing order, into {@code summaries}; the
   * failures into {@code failures}; returns the damaged records, in key order.
   */
  private List<DamagedRecord> collect(
      InspectionQuery query, List<InspectionSummary> summaries, List<StoreException> failures) {
    owner.requireOpen("inspections");
    List<DamagedRecord> damaged = new ArrayList<>();
    for (InspectionId id : versions.keySet()) {
      Lock lock = locks.of(id).readLock();
      lock.lock();
      try {
        owner.requireOpen(StoreException.keyOf(id));
        Long version = versions.get(id); // the current one: a save may have finished since the loop began
        if (version == null) {
          continue;
        }
        InspectionSummary summary;
        try {
          summary = header(id, version);
        } catch (StoreException e) {
          failures.add(e);
          damaged.add(DamagedRecord.of(version, e));
          continue;
        }
        if (query.matches(summary)) {
          summaries.add(summary);
        }
      } finally {
        lock.unlock();
      }
    }
    summaries.sort(InspectionSummary.listingOrder());
    damaged.sort(DAMAGE_ORDER);
    return damaged;
  }

  /** The failure of a listing that met damaged records: keyed by the one record, or by the inspections if more. */
  private static StoreException unlistable(List<DamagedRecord> damaged) {
    String key = damaged.size() == 1 ? damaged.get(0).recordKey() : "inspections";
    StringBuilder sb = new StringBuilder("cannot list the inspections: ");
    sb.append(damaged.size() == 1 ? "1 stored inspection cannot be read" : damaged.size()
        + " stored inspections cannot be read");
    sb.append(" (listing(query) lists the others and reports these; verify() checks every version)");
    for (int i = 0; i < damaged.size() && i < PROBLEM_LINES; i++) {
      sb.append('\n').append(damaged.get(i));
    }
    if (damaged.size() > PROBLEM_LINES) {
      sb.append("\n... and ").append(damaged.size() - PROBLEM_LINES).append(" more (see listing(query))");
    }
    return new StoreException(key, sb.toString());
  }

  /** The version numbers of the regular version files of one inspection now in the directory. */
  private List<Long> storedVersions(InspectionId id) throws IOException {
    List<Long> found = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, id.value() + ".v*.json")) {
      for (Path entry : entries) {
        FileNames.InspectionFile file = FileNames.parseInspection(entry.getFileName().toString());
        if (file != null && file.id.equals(id) && RegularFiles.kindOf(entry) == RegularFiles.Kind.REGULAR) {
          found.add(file.version);
        }
      }
    }
    return found;
  }

  /** Whether {@code entry} is the temporary file of a save under way in this process, or already gone. */
  private boolean isOwnTemporary(Path entry, RegularFiles.Kind kind) {
    if (kind != RegularFiles.Kind.REGULAR || !FileNames.isTemporary(entry.getFileName().toString())) {
      return false;
    }
    if (owner.writes().isInFlight(entry)) {
      return true;
    }
    try {
      return RegularFiles.kindOf(entry) == RegularFiles.Kind.ABSENT; // renamed or removed since it was seen
    } catch (IOException e) {
      return false;
    }
  }

  /** What verify says of a temporary file that no save of this process is writing. */
  static String temporaryLeftover() {
    return "a temporary file of a save that did not finish (the process stopped before its rename), safe to remove"
        + " while no store has the directory open";
  }

  /** The report of an entry that is not the store's: keyed by its directory and name, at version 0. */
  static DamagedRecord foreign(String directoryName, String fileName, String reason) {
    return DamagedRecord.of("file " + directoryName + "/" + FileNames.printable(fileName), 0, reason);
  }

  private Path file(InspectionId id, long version) {
    try {
      return FileNames.inspection(directory, id, version);
    } catch (IllegalArgumentException e) {
      String key = StoreException.keyOf(id);
      throw new StoreException(key, "cannot store " + key + " in files: " + e.getMessage());
    }
  }

  private void write(Inspection inspection, long version) {
    String key = StoreException.keyOf(inspection.id());
    Path target = file(inspection.id(), version);
    try {
      RegularFiles.Kind there = RegularFiles.kindOf(target);
      if (there != RegularFiles.Kind.ABSENT) {
        throw new StoreException(
            key,
            "cannot save " + key + " at version " + version + ": " + target + " is already there and the store did"
                + " not write it (" + there.description() + "); move it out of the store's directory; nothing was"
                + " changed");
      }
      owner.writes().write(target, out -> JsonFileStore.json().write(inspection, out));
    } catch (IOException e) {
      throw new StoreException(
          key, "cannot save " + key + " at version " + version + " to " + target + "; nothing was changed: " + e, e);
    }
  }

  private Inspection read(InspectionId id, long version) {
    String key = StoreException.keyOf(id);
    String what = key + " at version " + version;
    Path file = file(id, version);
    Inspection inspection;
    try (InputStream in = new BufferedInputStream(RegularFiles.open(file), BUFFER)) {
      inspection = JsonFileStore.json().read(in, Inspection.class);
    } catch (InspectionJsonException e) {
      throw new StoreException(key, invalid(what, "inspection", file, e.problems()), e);
    } catch (NoSuchFileException e) {
      throw new StoreException(key, missing(what, file), e);
    } catch (IOException e) {
      throw new StoreException(key, "cannot load " + what + " from " + file + ": " + e, e);
    } catch (StoreException e) {
      throw e;
    } catch (RuntimeException e) {
      // The message of a failure inside a reader may quote the document: name its type only.
      throw new StoreException(
          key, "cannot load " + what + ": reading " + file + " failed (" + e.getClass().getName() + ")", e);
    }
    if (!inspection.id().equals(id)) {
      throw new StoreException(
          key,
          invalid(what, "inspection", file, List.of(new JsonProblem("$.id", "the file holds inspection "
              + inspection.id() + ", but its name says " + id))));
    }
    return inspection;
  }

  private InspectionSummary header(InspectionId id, long version) {
    String key = StoreException.keyOf(id);
    String what = key + " at version " + version;
    Path file = file(id, version);
    try {
      return InspectionHeader.read(file, id, version);
    } catch (NoSuchFileException e) {
      throw new StoreException(key, missing(what, file), e);
    } catch (IOException e) {
      throw new StoreException(key, "cannot list " + what + ": reading " + file + " failed: " + e, e);
    } catch (StoreException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new StoreException(
          key, "cannot list " + what + ": reading " + file + " failed (" + e.getClass().getName() + ")", e);
    }
  }

  private void checkVersion(InspectionId id, long expectedVersion) {
    Long stored = versions.get(id);
    if (stored == null) {
      throw NotFoundException.inspection(id);
    }
    if (stored != expectedVersion) {
      throw new VersionConflictException(id, expectedVersion, stored);
    }
  }

  private static void requireVersion(long expectedVersion) {
    if (expectedVersion < 1) {
      throw new IllegalArgumentException(
          "expectedVersion: must be at least 1 (a stored inspection's version), was " + expectedVersion);
    }
  }

  /**
   * The message for a file that is not a valid document: what was being loaded, the file and every problem, with
   * its JSON path.
   *
   * @param what the record, and its version if it has one, such as {@code inspection x at version 2}
   * @param kind the kind of document, {@code inspection} or {@code framework}
   * @param file the file
   * @param problems the problems
   * @return the message
   */
  static String invalid(String what, String kind, Path file, List<JsonProblem> problems) {
    StringBuilder sb = new StringBuilder();
    sb.append("cannot load ").append(what).append(": ").append(file).append(" is not a valid ").append(kind)
        .append(" document (").append(problems.size()).append(problems.size() == 1 ? " problem)" : " problems)");
    for (int i = 0; i < problems.size() && i < PROBLEM_LINES; i++) {
      sb.append("\n  ").append(problems.get(i));
    }
    if (problems.size() > PROBLEM_LINES) {
      sb.append("\n  ... and ").append(problems.size() - PROBLEM_LINES).append(" more (see the cause's problems())");
    }
    return sb.toString();
  }

  private static String missing(String what, Path file) {
    return "cannot load " + what + ": " + file + " is gone; were the store's files changed while it was open?";
  }
}
