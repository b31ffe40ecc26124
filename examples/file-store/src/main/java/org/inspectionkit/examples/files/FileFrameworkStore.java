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
import org.inspectionkit.model.store.FrameworkStore;
import org.inspectionkit.model.store.StoreException;

/**
 * The frameworks of a {@link JsonFileStore}: one framework document per file, {@code <id>.json}. A save writes a
 * temporary file and renames it over the old one in one atomic step; the last save wins. Thread-safe.
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
   * The frameworks in {@code directory}, after removing temporary files a crash may have left there.
   *
   * @param owner the open store
   * @param directory the frameworks directory, created if missing
   * @param locks the frameworks' locks
   * @return the store
   * @throws IOException if the directory cannot be created or read
   */
  static FileFrameworkStore open(JsonFileStore owner, Path directory, IdLocks locks) throws IOException {
    Files.createDirectories(directory);
    List<Path> leftovers = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
      for (Path entry : entries) {
        if (FileNames.isTemporary(entry.getFileName().toString())) {
          leftovers.add(entry);
        }
      }
    }
    boolean removed = false;
    for (Path leftover : leftovers) {
      removed |= owner.writes().deleteQuietly(leftover);
    }
    if (removed) {
      owner.writes().syncDirectory(directory);
    }
    return new FileFrameworkStore(owner, directory, locks);
  }

  @Override
  public void save(Framework framework) {
    Objects.requireNonNull(framework, "framework");
    String key = StoreException.keyOf(framework.id());
    Path target = file(framework.id());
    Lock lock = locks.of(framework.id()).writeLock();
    lock.lock();
    try {
      owner.requireOpen(key);
      owner.writes().write(target, out -> JsonFileStore.json().write(framework, out));
    } catch (IOException e) {
      throw new StoreException(key, "cannot save " + key + " to " + target + "; nothing was changed: " + e, e);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public Optional<Framework> find(FrameworkId id) {
    Objects.requireNonNull(id, "id");
    Lock lock = locks.of(id).readLock();
    lock.lock();
    try {
      owner.requireOpen(StoreException.keyOf(id));
      return read(id);
    } finally {
      lock.unlock();
    }
  }

  @Override
  public List<FrameworkId> ids() {
    owner.requireOpen("frameworks");
    List<FrameworkId> ids = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
      for (Path entry : entries) {
        FrameworkId id = FileNames.parseFramework(entry.getFileName().toString());
        if (id != null) {
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

  private Optional<Framework> read(FrameworkId id) {
    String key = StoreException.keyOf(id);
    Path file = file(id);
    Framework framework;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER)) {
      framework = JsonFileStore.json().read(in, Framework.class);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (InspectionJsonException e) {
      throw new StoreException(key, FileInspectionStore.invalid(key, file, e.problems()), e);
    } catch (IOException e) {
      throw new StoreException(key, "cannot load " + key + " from " + file + ": " + e, e);
    }
    if (!framework.id().equals(id)) {
      JsonProblem wrongId =
          new JsonProblem("$.id", "the file holds framework " + framework.id() + ", but its name says " + id);
      throw new StoreException(key, FileInspectionStore.invalid(key, file, List.of(wrongId)));
    }
    return Optional.of(framework);
  }
}
