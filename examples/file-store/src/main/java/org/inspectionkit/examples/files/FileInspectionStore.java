package org.inspectionkit.examples.files;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.Lock;
import org.inspectionkit.json.InspectionJsonException;
import org.inspectionkit.json.JsonProblem;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.model.inspection.InspectionId;
import org.inspectionkit.model.store.InspectionQuery;
import org.inspectionkit.model.store.InspectionStore;
import org.inspectionkit.model.store.InspectionSummary;
import org.inspectionkit.model.store.NotFoundException;
import org.inspectionkit.model.store.StoreException;
import org.inspectionkit.model.store.VersionConflictException;
import org.inspectionkit.model.store.Versioned;

/**
 * The inspections of a {@link JsonFileStore}: one inspection document per file, {@code <id>.v<version>.json}.
 *
 * <p>The version of each stored inspection is read from the file names when the store opens and kept in memory
 * (the store holds the directory's lock, so no other process changes the files meanwhile). A save takes the
 * inspection's lock, checks the version, writes the new file atomically under the next version's name and only
 * then removes the old one; the rename is the commit. A load takes the same lock shared, so it never looks for a
 * file that a save is replacing. Thread-safe.
 */
final class FileInspectionStore implements InspectionStore {

  private static final int BUFFER = 64 * 1024;
  private static final int PROBLEM_LINES = 20;

  private final JsonFileStore owner;
  private final Path directory;
  private final IdLocks locks;
  /** The stored version of every inspection in the directory; changed only with the inspection's lock held. */
  private final ConcurrentMap<InspectionId, Long> versions;

  private FileInspectionStore(
      JsonFileStore owner, Path directory, IdLocks locks, ConcurrentMap<InspectionId, Long> versions) {
    this.owner = owner;
    this.directory = directory;
    this.locks = locks;
    this.versions = versions;
  }

  /**
   * The inspections in {@code directory}, after tidying what a crash may have left there: temporary files, and
   * older versions of an inspection whose update was renamed in but whose old file was not yet removed.
   *
   * @param owner the open store
   * @param directory the inspections directory, created if missing
   * @param locks the inspections' locks
   * @return the store
   * @throws IOException if the directory cannot be created or read
   */
  static FileInspectionStore open(JsonFileStore owner, Path directory, IdLocks locks) throws IOException {
    Files.createDirectories(directory);
    ConcurrentMap<InspectionId, Long> versions = new ConcurrentHashMap<>();
    List<Path> leftovers = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (FileNames.isTemporary(name)) {
          leftovers.add(entry);
          continue;
        }
        FileNames.InspectionFile file = FileNames.parseInspection(name);
        if (file == null) {
          continue; // not a file of the store's: left alone
        }
        Long seen = versions.get(file.id);
        if (seen == null || file.version > seen) {
          versions.put(file.id, file.version);
          if (seen != null) {
            leftovers.add(FileNames.inspection(directory, file.id, seen));
          }
        } else {
          leftovers.add(entry);
        }
      }
    }
    AtomicWrites writes = owner.writes();
    boolean removed = false;
    for (Path leftover : leftovers) {
      removed |= writes.deleteQuietly(leftover);
    }
    if (removed) {
      writes.syncDirectory(directory);
    }
    return new FileInspectionStore(owner, directory, locks, versions);
  }

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

  @Override
  public Versioned<Inspection> update(Inspection inspection, long expectedVersion) {
    Objects.requireNonNull(inspection, "inspection");
    requireVersion(expectedVersion);
    InspectionId id = inspection.id();
    Lock lock = locks.of(id).writeLock();
    lock.lock();
    try {
      owner.requireOpen(StoreException.keyOf(id));
      checkVersion(id, expectedVersion);
      long next = expectedVersion + 1;
      write(inspection, next);
      versions.put(id, next);
      // The new version is committed; removing the old file is tidying, which the next open redoes if it fails.
      owner.writes().deleteQuietly(file(id, expectedVersion));
      return Versioned.of(inspection, next);
    } finally {
      lock.unlock();
    }
  }

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
      Path file = file(id, expectedVersion);
      try {
        // An older version left by an update whose tidying failed would come back at the next open: remove it first.
        removeOlderVersions(id, expectedVersion);
        owner.writes().delete(file);
      } catch (IOException e) {
        throw new StoreException(key, "cannot delete " + key + "; nothing was changed: " + e, e);
      }
      versions.remove(id);
    } finally {
      lock.unlock();
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Reads the header of each inspection's file (its first few members, before the cases), not the whole file.
   */
  @Override
  public List<InspectionSummary> list(InspectionQuery query) {
    Objects.requireNonNull(query, "query");
    owner.requireOpen("inspections");
    List<InspectionSummary> out = new ArrayList<>();
    for (Map.Entry<InspectionId, Long> entry : versions.entrySet()) {
      InspectionId id = entry.getKey();
      Lock lock = locks.of(id).readLock();
      lock.lock();
      try {
        owner.requireOpen(StoreException.keyOf(id));
        Long version = versions.get(id); // the current one: a save may have finished since the loop began
        if (version != null) {
          InspectionSummary summary = header(id, version);
          if (query.matches(summary)) {
            out.add(summary);
          }
        }
      } finally {
        lock.unlock();
      }
    }
    out.sort(InspectionSummary.listingOrder());
    return List.copyOf(out);
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

  private Path file(InspectionId id, long version) {
    try {
      return FileNames.inspection(directory, id, version);
    } catch (IllegalArgumentException e) {
      String key = StoreException.keyOf(id);
      throw new StoreException(key, "cannot store " + key + " in files: " + e.getMessage());
    }
  }

  /** Deletes the files of versions below {@code version} of an inspection, if any are left. */
  private void removeOlderVersions(InspectionId id, long version) throws IOException {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, id.value() + ".v*.json")) {
      for (Path entry : entries) {
        FileNames.InspectionFile older = FileNames.parseInspection(entry.getFileName().toString());
        if (older != null && older.id.equals(id) && older.version < version) {
          Files.delete(entry);
        }
      }
    }
  }

  private void write(Inspection inspection, long version) {
    String key = StoreException.keyOf(inspection.id());
    Path target = file(inspection.id(), version);
    try {
      owner.writes().write(target, out -> JsonFileStore.json().write(inspection, out));
    } catch (IOException e) {
      throw new StoreException(
          key, "cannot save " + key + " at version " + version + " to " + target + "; nothing was changed: " + e, e);
    }
  }

  private Inspection read(InspectionId id, long version) {
    String key = StoreException.keyOf(id);
    Path file = file(id, version);
    Inspection inspection;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER)) {
      inspection = JsonFileStore.json().read(in, Inspection.class);
    } catch (InspectionJsonException e) {
      throw new StoreException(key, invalid(key, file, e.problems()), e);
    } catch (NoSuchFileException e) {
      throw new StoreException(key, missing(key, file), e);
    } catch (IOException e) {
      throw new StoreException(key, "cannot load " + key + " from " + file + ": " + e, e);
    }
    if (!inspection.id().equals(id)) {
      throw new StoreException(
          key,
          invalid(key, file, List.of(new JsonProblem("$.id", "the file holds inspection " + inspection.id()
              + ", but its name says " + id))));
    }
    return inspection;
  }

  private InspectionSummary header(InspectionId id, long version) {
    String key = StoreException.keyOf(id);
    Path file = file(id, version);
    try {
      return InspectionHeader.read(file, id, version);
    } catch (NoSuchFileException e) {
      throw new StoreException(key, missing(key, file), e);
    } catch (IOException e) {
      throw new StoreException(key, "cannot list " + key + ": reading " + file + " failed: " + e, e);
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

  /** The message for a file that is not a valid document: the file and every problem, with its JSON path. */
  static String invalid(String key, Path file, List<JsonProblem> problems) {
    StringBuilder sb = new StringBuilder();
    sb.append("cannot load ").append(key).append(": ").append(file).append(" is not a valid ")
        .append(key.substring(0, key.indexOf(' '))).append(" document (").append(problems.size())
        .append(problems.size() == 1 ? " problem)" : " problems)");
    for (int i = 0; i < problems.size() && i < PROBLEM_LINES; i++) {
      sb.append("\n  ").append(problems.get(i));
    }
    if (problems.size() > PROBLEM_LINES) {
      sb.append("\n  ... and ").append(problems.size() - PROBLEM_LINES).append(" more (see the cause's problems())");
    }
    return sb.toString();
  }

  private static String missing(String key, Path file) {
    return "cannot load " + key + ": " + file + " is gone; were the store's files changed while it was open?";
  }
}
