package org.inspectionkit.examples.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Writes a file so that it is either there whole or not changed at all: the content goes to a new temporary file in
 * the same directory, which is flushed and forced to disk ({@link FileChannel#force(boolean)}) and then renamed to
 * the target in one atomic step ({@link StandardCopyOption#ATOMIC_MOVE}); the directory is then forced to disk, so
 * that the rename survives a crash. A crash before the rename leaves the old state and a temporary file, which the
 * store ignores (and {@code verify} reports); a crash after it leaves the new file, complete. Nobody ever opens a
 * half-written file under a target's name. Deletions force the directory too.
 *
 * <p>The temporary files this process is writing are remembered, so that a verification running meanwhile does not
 * take them for leftovers of a crash. Thread-safe; callers serialise writes of one target.
 */
final class AtomicWrites {

  private static final int BUFFER = 64 * 1024;

  /** Read and write for the owner only: case data stays private (where the file system has POSIX permissions). */
  private static final FileAttribute<?> OWNER_ONLY =
      PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

  private static final SecureRandom RANDOM = new SecureRandom();

  /** The hook of the next write only; tests set it to make one save fail part-way. */
  private final AtomicReference<WriteHook> next = new AtomicReference<>(WriteHook.NONE);

  /** The temporary files of the writes under way in this process. */
  private final Set<Path> inFlight = ConcurrentHashMap.newKeySet();

  /** Whether directories can be opened to force their entries to disk (not on Windows). */
  private volatile boolean directoriesSyncable = true;

  /** What a write puts in the file. */
  @FunctionalInterface
  interface Content {
    /**
     * Writes the content.
     *
     * @param out the stream into the temporary file; buffered, not to be closed
     * @throws IOException if writing fails
     */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Passes the next write (only) through a hook.
   *
   * @param hook the hook
   */
  void interceptNextWrite(WriteHook hook) {
    next.set(hook);
  }

  /**
   * Writes {@code target} whole, replacing it if it exists: a new temporary file, written, flushed, forced, renamed
   * atomically to the target, then the directory forced. When this returns, the new content is on disk under the
   * target's name; when it throws, the target is as it was and the temporary file is gone.
   *
   * @param target the file
   * @param content what to write
   * @throws IOException if writing, forcing or renaming fails (the target is then unchanged)
   */
  void write(Path target, Content content) throws IOException {
    WriteHook hook = next.getAndSet(WriteHook.NONE);
    Path directory = target.getParent();
    Path temporary = createTemporary(directory, FileNames.temporaryPrefix(target));
    boolean renamed = false;
    try {
      try (FileChannel channel =
          FileChannel.open(temporary, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
        OutputStream out = new BufferedOutputStream(hook.wrap(Channels.newOutputStream(channel)), BUFFER);
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      hook.beforeRename(temporary, target);
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
      renamed = true;
    } finally {
      if (!renamed) {
        deleteQuietly(temporary);
      }
      inFlight.remove(temporary);
      syncDirectory(directory);
    }
  }

  /**
   * Whether {@code file} is the temporary file of a write under way in this process.
   *
   * @param file a file in a store directory
   * @return whether a write is using it
   */
  boolean isInFlight(Path file) {
    return inFlight.contains(file);
  }

  /**
   * Deletes a file (an atomic step of the file system) and forces the directory entry to disk, so that deletions
   * made one after another reach the disk in that order.
   *
   * @param file the file
   * @return whether it was there to delete
   * @throws IOException if the file cannot be deleted
   */
  boolean delete(Path file) throws IOException {
    boolean deleted = Files.deleteIfExists(file);
    syncDirectory(file.getParent());
    return deleted;
  }

  /**
   * Forces a directory's entries (a rename, a deletion) to disk, where the platform allows it. Called after the
   * rename has committed a save, so it never fails the save: if the platform cannot open a directory (Windows),
   * the rename's durability rests on the file system's own journal.
   *
   * @param directory the directory
   */
  void syncDirectory(Path directory) {
    if (!directoriesSyncable) {
      return;
    }
    FileChannel channel;
    try {
      channel = FileChannel.open(directory, StandardOpenOption.READ);
    } catch (NoSuchFileException e) {
      return;
    } catch (IOException e) {
      directoriesSyncable = false; // the platform cannot open directories; no use trying again
      return;
    }
    try (channel) {
      channel.force(true);
    } catch (IOException e) {
      // The change is committed and visible; the next write of this directory forces its entries again.
    }
  }

  /**
   * Removes the temporary files that saves of a process that has stopped left in {@code directory}: regular files
   * named as the store names its temporaries, never renamed, so never a version of anything. Called at open, with
   * the store's directory lock held, so no other process's save is under way; a version file, a link or any
   * other entry is never touched. A file that cannot be removed stays, ignored, and is reported by verify.
   *
   * @param directory an inspections or frameworks directory
   * @throws IOException if the directory cannot be read
   */
  void removeLeftoverTemporaries(Path directory) throws IOException {
    java.util.List<Path> leftovers = new java.util.ArrayList<>();
    try (java.nio.file.DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
      for (Path entry : entries) {
        if (FileNames.isTemporary(entry.getFileName().toString())
            && RegularFiles.kindOf(entry) == RegularFiles.Kind.REGULAR) {
          leftovers.add(entry);
        }
      }
    }
    if (!leftovers.isEmpty()) {
      leftovers.forEach(AtomicWrites::deleteQuietly);
      syncDirectory(directory);
    }
  }

  /** Deletes a temporary file that was never renamed, ignoring failure (the store ignores such files anyway). */
  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // Left behind: ignored by the store, reported by verify as a temporary file of an unfinished save.
    }
  }

  /**
   * Creates a new, empty temporary file {@code <prefix><random digits>.tmp} in {@code directory}: never an existing
   * file, never through a link, readable and writable by its owner only where the file system has POSIX
   * permissions. It is remembered as in flight before it exists.
   */
  private Path createTemporary(Path directory, String prefix) throws IOException {
    boolean posix = directory.getFileSystem().supportedFileAttributeViews().contains("posix");
    while (true) {
      Path temporary =
          directory.resolve(prefix + Long.toUnsignedString(RANDOM.nextLong()) + FileNames.TEMPORARY_SUFFIX);
      inFlight.add(temporary); // before it exists, so that no verification takes it for a leftover
      try {
        return posix ? Files.createFile(temporary, OWNER_ONLY) : Files.createFile(temporary);
      } catch (FileAlreadyExistsException e) {
        inFlight.remove(temporary); // not ours: draw another name
      } catch (IOException | RuntimeException e) {
        inFlight.remove(temporary);
        throw e;
      }
    }
  }
}
