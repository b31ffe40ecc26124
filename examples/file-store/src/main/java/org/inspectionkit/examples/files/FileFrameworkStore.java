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
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import org.inspectionkit.json.InspectionJsonException;
import org.inspectionkit.json.JsonProblem;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.FrameworkId;
import org.inspectionkit.model.store.DamagedRecord;
import org.inspectionkit.model.store.FrameworkStore;
import org.inspectionkit.model.store.StoreException;

/**
 * The frameworks of a {@link JsonFileStore}: one framework document per file, {@code <id>.json}. A save writes a
 * temporary file and renames it over the old one in one atomic step; the last save wins. Only regular files with
 * the store's names are the store's: a symbolic link, a directory or another name is ignored by {@link #find} and
 * {@link #ids()}, never followed or replaced, and reported by {@link #verify()}. Thread-safe.
 */
final class FileFrameworkStore implements FrameworkStore {

  private static final int BUFFER = 64 * 1024;

  private final JsonFileStore owner;
  private final Path directory;
  private final IdLocks locks;

  private FileFrameworkStore(JsonFileStore owner, Path directory, IdLocks locks) {
    this.owner = owner;
    this.directory = directory;
    this.locks = locks;
  }

  /**
   * The frameworks in {@code directory}. Removes only the temporary files that saves of a stopped process left
   * there (never a framework file) and changes nothing else.
   *
   * @param owner the open store
   * @param directory the frameworks directory, created if missing; refused if it is a link
   * @param locks the frameworks' locks
   * @return the store
   * @throws IOException if the directory cannot be created, or is a link
   */
  static FileFrameworkStore open(JsonFileStore owner, Path directory, IdLocks locks) throws IOException {
    RegularFiles.directoryInside(directory.getParent(), directory.getFileName().toString());
    owner.writes().removeLeftoverTemporaries(directory);
    return new FileFrameworkStore(owner, directory, locks);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Refuses to replace an entry the store did not write (a symbolic link, a directory): it fails with a
   * {@link StoreException} naming the file, and nothing is changed.
   */
  @Override
  public void save(Framework framework) {
    Objects.requireNonNull(framework, "framework");
    String key = StoreException.keyOf(framework.id());
    Path target = file(framework.id());
    Lock lock = locks.of(framework.id()).writeLock();
    lock.lock();
    try {
      owner.requireOpen(key);
      RegularFiles.Kind there = RegularFiles.kindOf(target);
      if (there != RegularFiles.Kind.ABSENT && there != RegularFiles.Kind.REGULAR) {
        throw new StoreException(
            key,
            "cannot save " + key + ": " + target + " is " + there.description() + ", which the store does not"
                + " replace; move it out of the store's directory; nothing was changed");
      }
      owner.writes().write(target, out -> JsonFileStore.json().write(framework, out));
    } catch (IOException e) {
      throw new StoreException(key, "cannot save " + key + " to " + target + "; nothing was changed: " + e, e);
    } finally {
      lock.unlock();
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>Empty if the framework's file is not a regular file (a symbolic link is never followed).
   */
  @Override
  public Optional<Framework> find(FrameworkId id) {
    Objects.requireNonNull(id, "id");
    Lock lock = locks.of(id).readLock();
    lock.lock();
    try {
      owner.requireOpen(StoreException.keyOf(id));
      return read(id, false);
    } finally {
      lock.unlock();
    }
  }

  /**
   * {@inheritDoc}
   *
   * <p>The ids of the regular files named {@code <id>.json}.
   */
  @Override
  public List<FrameworkId> ids() {
    owner.requireOpen("frameworks");
    List<FrameworkId> ids = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
      for (Path entry : entries) {
        FrameworkId id = FileNames.parseFramework(entry.getFileName().toString());
        if (id != null && RegularFiles.kindOf(entry) == RegularFiles.Kind.REGULAR) {
          ids.add(id);
        }
      }
    } catch (IOException e) {
      throw new StoreException("frameworks", "cannot list the frameworks in " + directory + ": " + e, e);
    }
    ids.sort(null);
    return List.copyOf(ids);
  }

  /**
   * Reads every framework file whole, each under its framework's lock, and reports each one that cannot be read
   * (key {@code framework <id>}, version 0) and every entry of the directory that is not the store's (key
   * {@code file frameworks/<name>}): another name, a symbolic link (never followed), a directory, a temporary file
   * of a save that did not finish. Names files only, never their content; changes nothing.
   *
   * @return the damaged records and foreign entries, by key; empty when the frameworks are healthy
   * @throws StoreException if the directory cannot be read
   */
  List<DamagedRecord> verify() {
    owner.requireOpen("frameworks");
    List<DamagedRecord> damaged = new ArrayList<>();
    List<FrameworkId> stored = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        FrameworkId id = FileNames.parseFramework(name);
        RegularFiles.Kind kind;
        try {
          kind = RegularFiles.kindOf(entry);
        } catch (IOException e) {
          damaged.add(FileInspectionStore.foreign(JsonFileStore.FRAMEWORKS, name, "its attributes cannot be read: "
              + e));
          continue;
        }
        if (kind == RegularFiles.Kind.ABSENT) {
          continue;
        }
        if (id != null && kind == RegularFiles.Kind.REGULAR) {
          stored.add(id);
        } else if (!isOwnTemporary(entry, kind)) {
          String reason = kind != RegularFiles.Kind.REGULAR ? kind.description()
              : FileNames.isTemporary(name) ? FileInspectionStore.temporaryLeftover()
              : "its name is not one the store writes (<id>.json)";
          damaged.add(FileInspectionStore.foreign(JsonFileStore.FRAMEWORKS, name, reason + "; the store ignores it"));
        }
      }
    } catch (IOException e) {
      throw new StoreException("frameworks", "cannot verify the frameworks in " + directory + ": " + e, e);
    }
    for (FrameworkId id : stored) {
      Lock lock = locks.of(id).readLock();
      lock.lock();
      try {
        owner.requireOpen(StoreException.keyOf(id));
        read(id, true);
      } catch (StoreException e) {
        damaged.add(DamagedRecord.of(0, e));
      } finally {
        lock.unlock();
      }
    }
    damaged.sort(FileInspectionStore.DAMAGE_ORDER);
    return List.copyOf(damaged);
  }

  /**
   * Names the directory; never case data.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "FileFrameworkStore{directory=" + directory + "}";
  }

  private Path file(FrameworkId id) {
    try {
      return FileNames.framework(directory, id);
    } catch (IllegalArgumentException e) {
      String key = StoreException.keyOf(id);
      throw new StoreException(key, "cannot store " + key + " in files: " + e.getMessage());
    }
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
      return RegularFiles.kindOf(entry) == RegularFiles.Kind.ABSENT;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * The framework in its file; empty if there is no file. An entry that is not a regular file is ignored (empty),
   * or with {@code strict} (for verify, which found a regular file there) reported as a failure.
   */
  private Optional<Framework> read(FrameworkId id, boolean strict) {
    String key = StoreException.keyOf(id);
    Path file = file(id);
    Framework framework;
    try {
      RegularFiles.Kind kind = RegularFiles.kindOf(file);
      if (kind == RegularFiles.Kind.ABSENT) {
        return Optional.empty();
      }
      if (kind != RegularFiles.Kind.REGULAR) {
        if (strict) {
          throw new StoreException(key, "cannot load " + key + ": " + file + " is " + kind.description());
        }
        return Optional.empty(); // not the store's: ignored
      }
      try (InputStream in = new BufferedInputStream(RegularFiles.open(file), BUFFER)) {
        framework = JsonFileStore.json().read(in, Framework.class);
      }
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (InspectionJsonException e) {
      throw new StoreException(key, FileInspectionStore.invalid(key, "framework", file, e.problems()), e);
    } catch (IOException e) {
      throw new StoreException(key, "cannot load " + key + " from " + file + ": " + e, e);
    } catch (StoreException e) {
      throw e;
    } catch (RuntimeException e) {
      // The message of a failure inside a reader may quote the document: name its type only.
      throw new StoreException(
          key, "cannot load " + key + ": reading " + file + " failed (" + e.getClass().getName() + ")", e);
    }
    if (!framework.id().equals(id)) {
      JsonProblem wrongId =
          new JsonProblem("$.id", "the file holds framework " + framework.id() + ", but its name says " + id);
      throw new StoreException(key, FileInspectionStore.invalid(key, "framework", file, List.of(wrongId)));
    }
    return Optional.of(framework);
  }
}
