package org.inspectionkit.examples.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Writes a file so that it is either there whole or not changed at all: the content goes to a temporary file in the
 * same directory, which is flushed and forced to disk ({@link FileChannel#force(boolean)}) and then renamed over
 * the target in one atomic step ({@link StandardCopyOption#ATOMIC_MOVE}). A crash before the rename leaves the old
 * file and a temporary file, which the next open removes; a crash after it leaves the new file, complete. Nobody
 * ever opens a half-written file under a target's name.
 *
 * <p>Thread-safe; callers serialise writes of one target.
 */
final class AtomicWrites {

  private static final int BUFFER = 64 * 1024;

  /** The hook of the next write only; tests set it to make one save fail part-way. */
  private final AtomicReference<WriteHook> next = new AtomicReference<>(WriteHook.NONE);

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
   * Writes {@code target} whole, replacing it if it exists. When this returns, the new content is on disk under
   * the target's name; when it throws, the target is as it was and the temporary file is gone.
   *
   * @param target the file
   * @param content what to write
   * @throws IOException if writing, forcing or renaming fails (the target is then unchanged)
   */
  void write(Path target, Content content) throws IOException {
    WriteHook hook = next.getAndSet(WriteHook.NONE);
    Path directory = target.getParent();
    // createTempFile makes the file readable and writable by its owner only (on POSIX): case data stays private.
    Path temporary = Files.createTempFile(directory, FileNames.temporaryPrefix(target), FileNames.TEMPORARY_SUFFIX);
    boolean renamed = false;
    try {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
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
    }
    syncDirectory(directory);
  }

  /**
   * Deletes a file (an atomic step of the file system) and forces the directory entry to disk.
   *
   * @param file the file
   * @throws IOException if the file cannot be deleted
   */
  void delete(Path file) throws IOException {
    Files.delete(file);
    syncDirectory(file.getParent());
  }

  /**
   * Deletes a file if it is there, ignoring failure: for files whose removal is tidying (an older version already
   * replaced, a temporary file), which the next open retries.
   *
   * @param file the file
   * @return whether it was deleted
   */
  boolean deleteQuietly(Path file) {
    try {
      return Files.deleteIfExists(file);
    } catch (IOException e) {
      return false;
    }
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
    } catch (IOException e) {
      directoriesSyncable = false; // the platform cannot open directories; no use trying again
      return;
    }
    try (channel) {
      channel.force(true);
    } catch (IOException e) {
      // The save is committed and visible; the next write of this directory forces its entries again.
    }
  }
}
