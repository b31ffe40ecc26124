package org.inspectionkit.examples.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.inspectionkit.json.InspectionJson;
import org.inspectionkit.model.store.DamagedRecord;
import org.inspectionkit.model.store.FrameworkStore;
import org.inspectionkit.model.store.InspectionStore;
import org.inspectionkit.model.store.StoreException;

/**
 * A store of inspections and frameworks in a directory of JSON documents in the format of {@code inspection-json},
 * one file per inspection version and one per framework:
 *
 * <pre>
 * store/
 *   .lock                          held while the store is open
 *   inspections/
 *     crc-bench-2019-20.v1.json    an inspection document at version 1, kept
 *     crc-bench-2019-20.v2.json    the same inspection at version 2, its current version
 *   frameworks/
 *     probation-2019-20.json       a framework document
 * </pre>
 *
 * <pre>{@code
 * try (JsonFileStore store = JsonFileStore.open(directory)) {
 *   InspectionStore inspections = store.inspections();
 *   Versioned<Inspection> saved = inspections.insert(inspection);
 *   inspections.update(saved.value().withStatus(InspectionStatus.FIELDWORK), saved.version());
 * }
 * }</pre>
 *
 * <p><b>All or nothing, every version kept.</b> A save writes the whole document to a new temporary file in the
 * same directory, flushes it, forces it to disk, renames it into place in one atomic step and forces the
 * directory; a crash or a failure part-way leaves the store as it was, and a reader never sees half a file. An
 * inspection's version is in its file name, so the rename that stores the document stores its version with it: an
 * update of version 3 renames the new document in as {@code <id>.v4.json} and keeps {@code <id>.v3.json}. The
 * current version is the highest-numbered one, from 1 to {@link #MAX_VERSION}. Only a delete, which the caller
 * asks for, removes an inspection's files.
 *
 * <p><b>Reading changes nothing.</b> Opening the store and every read (find, load, list, listing, verify) leave
 * the files as they are, whatever they find: a damaged version, a temporary file left by a crash, or an entry the
 * store did not write. Entries that are not the store's (another name, a version out of bounds, a symbolic link, a
 * directory) are ignored and never followed; a symbolic link is never read through, and the store refuses to open
 * if {@code .lock}, {@code inspections/} or {@code frameworks/} is one (the store's directory itself may be reached
 * through a link). {@link #verify()} reads every version of everything and reports what is damaged or foreign.
 *
 * <p><b>One process.</b> While it is open, the store holds an exclusive lock on {@code .lock}
 * ({@link FileChannel#tryLock()}); opening the directory a second time, in another process or in this one, fails
 * with a {@link StoreException} saying so. Within the process, saves of one aggregate are serialised and readers
 * wait for a save of the aggregate they read; {@link InspectionStore#update} checks the stored version under that
 * lock, so a stale update fails with a {@link org.inspectionkit.model.store.VersionConflictException} and changes
 * nothing. Do not change the files while the store is open: it keeps each inspection's current version in memory.
 *
 * <p>Inspections are read back without checking them against their frameworks: the store returns what was saved,
 * whether or not the framework it names is known to the reader. A file that is not a valid document (edited by
 * hand, damaged) fails with a {@link StoreException} naming the record, the version and the file and every problem
 * found with its JSON path; no half-built object is returned, and an older version is never returned instead.
 *
 * <p>Thread-safe. {@link #close()} waits for the saves under way, releases the lock, and makes every later call of
 * the two stores fail.
 */
public final class JsonFileStore implements AutoCloseable {

  /** The lock file, in the store's directory. */
  static final String LOCK_FILE = ".lock";

  /** The directory of inspection files. */
  static final String INSPECTIONS = "inspections";

  /** The directory of framework files. */
  static final String FRAMEWORKS = "frameworks";

  /**
   * The highest version an inspection can have in this store: 999,999,999, nine decimal digits. A file whose name
   * gives a higher version is not the store's (it is ignored, and reported by {@link #verify()}), and an update of
   * an inspection at this version fails with a {@link StoreException}, writing nothing. The bound keeps every
   * version the store can write readable by the store, far beyond any real number of saves.
   */
  public static final long MAX_VERSION = 999_999_999L;

  /**
   * The reader and writer of the files. No framework checks: the store gives back what it was given. No limit on
   * the length of a document, so that an inspection of any size that was saved can be loaded again.
   */
  private static final InspectionJson JSON =
      InspectionJson.builder().frameworkChecks(false).maxDocumentLength(Long.MAX_VALUE).build();

  private final Path directory;
  private final String storeKey;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final AtomicWrites writes = new AtomicWrites();
  private final IdLocks inspectionLocks = new IdLocks();
  private final IdLocks frameworkLocks = new IdLocks();
  private final FileInspectionStore inspections;
  private final FileFrameworkStore frameworks;
  private volatile boolean closed;

  private JsonFileStore(Path directory, FileChannel lockChannel, FileLock lock) throws IOException {
    this.directory = directory;
    this.storeKey = keyOf(directory);
    this.lockChannel = lockChannel;
    this.lock = lock;
    this.inspections = FileInspectionStore.open(this, directory.resolve(INSPECTIONS), inspectionLocks);
    this.frameworks = FileFrameworkStore.open(this, directory.resolve(FRAMEWORKS), frameworkLocks);
  }

  /**
   * Opens the store in {@code directory}, creating the directory if it does not exist, and holds it until
   * {@link #close()}. Reads the names of the files and changes none of them: temporary files a crash may have
   * left are ignored (and reported by {@link #verify()}), as is every entry the store did not write.
   *
   * @param directory the store's directory; it may be reached through a symbolic link
   * @return the open store
   * @throws StoreException if another process, or another {@code JsonFileStore} in this one, has the directory
   *     open (the message names the directory), if the directory cannot be created or read, or if {@code .lock},
   *     {@code inspections} or {@code frameworks} inside it is a symbolic link
   */
  public static JsonFileStore open(Path directory) {
    Path dir = Objects.requireNonNull(directory, "directory").toAbsolutePath().normalize();
    String key = keyOf(dir);
    FileChannel channel = null;
    FileLock lock = null;
    try {
      Files.createDirectories(dir);
      Path lockFile = dir.resolve(LOCK_FILE);
      if (Files.isSymbolicLink(lockFile)) {
        throw new StoreException(
            key,
            "cannot open the file store at " + dir + ": " + lockFile + " is a symbolic link, which the store never"
                + " follows; remove it (the store creates its own)");
      }
      // NOFOLLOW_LINKS: a link put there after the check is refused, never written through.
      channel =
          FileChannel.open(
              lockFile,
              StandardOpenOption.CREATE,
              StandardOpenOption.READ,
              StandardOpenOption.WRITE,
              LinkOption.NOFOLLOW_LINKS);
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        throw new StoreException(
            key,
            "the file store at " + dir + " is already open in this process: another JsonFileStore holds "
                + lockFile + "; close it first, or share it");
      }
      if (lock == null) {
        String holder = holderOf(channel);
        throw new StoreException(
            key,
            "the file store at " + dir + " is open in another process" + holder + ", which holds the lock on "
                + lockFile + "; close the store there first");
      }
      writeHolder(channel);
      JsonFileStore store = new JsonFileStore(dir, channel, lock);
      channel = null; // the store owns it now
      return store;
    } catch (IOException e) {
      throw new StoreException(key, "cannot open the file store at " + dir + ": " + e, e);
    } finally {
      if (channel != null) {
        try {
          channel.close(); // releases the lock too, if it was taken
        } catch (IOException e) {
          // Opening failed already; that failure is the one to report.
        }
      }
    }
  }

  /**
   * The inspections in this store, in {@code inspections/}.
   *
   * @return the inspection store; thread-safe, usable until this store is closed
   */
  public InspectionStore inspections() {
    return inspections;
  }

  /**
   * The frameworks in this store, in {@code frameworks/}.
   *
   * @return the framework store; thread-safe, usable until this store is closed
   */
  public FrameworkStore frameworks() {
    return frameworks;
  }

  /**
   * Checks the whole store and changes nothing: reads every version of every inspection and every framework whole,
   * as a load would, and reports each one that cannot be read, and every entry of {@code inspections/} and
   * {@code frameworks/} that the store did not write (another name, a version out of bounds or not in canonical
   * form, a symbolic link, a directory, a temporary file of a save that did not finish).
   *
   * <p>A damaged version is reported under its record key ({@code inspection <id>} with its version, or
   * {@code framework <id>}); an entry that is not the store's under {@code file <directory>/<name>}, at version 0.
   * The problems name ids, versions, files and JSON paths only, never a document's content.
   * {@code inspections().verify()} reports the inspections alone.
   *
   * @return the damaged records and foreign entries, by key and version; empty when the store is healthy
   * @throws StoreException if a directory cannot be read, or the store is closed
   */
  public List<DamagedRecord> verify() {
    List<DamagedRecord> damaged = new ArrayList<>(inspections.verify());
    damaged.addAll(frameworks.verify());
    damaged.sort(FileInspectionStore.DAMAGE_ORDER);
    return List.copyOf(damaged);
  }

  /**
   * The store's directory, absolute.
   *
   * @return the directory
   */
  public Path directory() {
    return directory;
  }

  /**
   * Waits for the saves under way, then releases the directory for other processes. Every later call of
   * {@link #inspections()} and {@link #frameworks()} fails with a {@link StoreException}. Closing again does
   * nothing.
   *
   * @throws StoreException if the lock cannot be released
   */
  @Override
  public void close() {
    inspectionLocks.lockAll();
    frameworkLocks.lockAll();
    try {
      if (closed) {
        return;
      }
      closed = true;
      try {
        try {
          lock.release();
        } finally {
          lockChannel.close();
        }
      } catch (IOException e) {
        throw new StoreException(storeKey, "cannot release the lock of the file store at " + directory + ": " + e, e);
      }
    } finally {
      frameworkLocks.unlockAll();
      inspectionLocks.unlockAll();
    }
  }

  /**
   * Names the directory and whether the store is open; never case data.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "JsonFileStore{directory=" + directory + (closed ? ", closed" : "") + "}";
  }

  /** The reader and writer of documents. */
  static InspectionJson json() {
    return JSON;
  }

  /** How saves reach the disk. */
  AtomicWrites writes() {
    return writes;
  }

  /**
   * Makes the next save (only) pass through a hook; for tests that fail a save, or stop the process, half way.
   *
   * @param hook the hook
   */
  void interceptNextWrite(WriteHook hook) {
    writes.interceptNextWrite(hook);
  }

  /**
   * Fails if the store is closed. Called with the aggregate's lock held, so that {@link #close()}, which takes
   * every lock, cannot slip in between.
   *
   * @param recordKey the record the call concerns
   */
  void requireOpen(String recordKey) {
    if (closed) {
      throw new StoreException(recordKey, "the file store at " + directory + " is closed");
    }
  }

  private static String keyOf(Path directory) {
    return "file store " + directory;
  }

  /** Records this process in the lock file, for the message another process gets. */
  private static void writeHolder(FileChannel channel) throws IOException {
    channel.truncate(0);
    channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
  }

  /** The process recorded in a lock file another process holds, as {@code " (process 1234)"}, if it can be read. */
  private static String holderOf(FileChannel channel) {
    try {
      ByteBuffer buffer = ByteBuffer.allocate(32);
      channel.read(buffer, 0);
      String pid = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).strip();
      return pid.matches("[0-9]{1,19}") ? " (process " + pid + ")" : "";
    } catch (IOException e) {
      return ""; // on Windows a locked file cannot be read by others
    }
  }
}
