package org.inspectionkit.examples.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;

/**
 * How every command writes a file named by {@code --out}: whole or not at all, and never over one of its inputs.
 *
 * <p>The target is refused, before anything is written, when it is empty, a directory, in a directory that does
 * not exist, or the same file as an input of the command. The content goes to a temporary file beside the target
 * (readable by its owner only while it is written), which is forced to disk and renamed over the target; on any
 * failure, including one while the content is produced, the temporary file is removed, so no partial output and
 * no copy of case rows is ever left behind. A replaced file keeps its permissions; a new one gets
 * {@code rw-r--r--}.
 */
final class OutputFile {

  private static final Set<PosixFilePermission> NEW_FILE = PosixFilePermissions.fromString("rw-r--r--");

  /** What is written. */
  @FunctionalInterface
  interface Content {
    void writeTo(Writer out) throws IOException;
  }

  private OutputFile() {}

  /**
   * Writes {@code text} to {@code target}.
   *
   * @param option the option that named the target, for messages ({@code --out})
   * @param target the file
   * @param inputs the command's input files, which the target must not be
   * @param text the content
   */
  static void write(String option, Path target, List<Path> inputs, String text) {
    write(option, target, inputs, out -> out.write(text));
  }

  /**
   * Writes what {@code content} produces to {@code target}.
   *
   * @param option the option that named the target, for messages ({@code --out})
   * @param target the file
   * @param inputs the command's input files, which the target must not be
   * @param content the content
   */
  static void write(String option, Path target, List<Path> inputs, Content content) {
    Path file = check(option, target, inputs);
    Path directory = file.getParent();
    Path temporary = null;
    try {
      temporary = Files.createTempFile(directory, "." + file.getFileName() + ".", ".tmp");
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        Writer out =
            new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel), StandardCharsets.UTF_8));
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      PosixFileAttributeView posix = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
      if (posix != null) {
        posix.setPermissions(Files.exists(file) ? Files.getPosixFilePermissions(file) : NEW_FILE);
      }
      try {
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
      temporary = null;
    } catch (IOException e) {
      throw new InputException(option + " " + Text.path(target) + ": cannot be written ("
          + e.getClass().getSimpleName() + "); nothing was written");
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
          // The write has failed already and says so.
        }
      }
    }
  }

  /** The target as an absolute path, once it is known to be a file that may be written. */
  static Path check(String option, Path target, List<Path> inputs) {
    if (target == null || target.toString().isBlank()) {
      throw new InputException(option + ": must name a file, was empty");
    }
    Path file = target.toAbsolutePath().normalize();
    if (file.getFileName() == null) {
      throw new InputException(option + " " + Text.path(target) + ": must name a file");
    }
    Path directory = file.getParent();
    if (directory == null || !Files.isDirectory(directory)) {
      throw new InputException(option + " " + Text.path(target) + ": cannot be written: no such directory "
          + Text.path(directory));
    }
    if (Files.isDirectory(file)) {
      throw new InputException(option + " " + Text.path(target) + ": is a directory; name a file in it");
    }
    if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file)) {
      throw new InputException(option + " " + Text.path(target) + ": is not a regular file");
    }
    for (Path input : inputs) {
      if (input != null && isSameFile(file, input)) {
        throw new InputException(option + " " + Text.path(target) + ": is an input of this command ("
            + Text.path(input) + "); it is never written over: choose another file");
      }
    }
    return file;
  }

  private static boolean isSameFile(Path file, Path input) {
    Path in = input.toAbsolutePath().normalize();
    if (in.equals(file)) {
      return true;
    }
    try {
      return Files.exists(file) && Files.exists(in) && Files.isSameFile(file, in);
    } catch (IOException e) {
      return false;
    }
  }
}
