package org.inspectionkit.examples.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * How the store looks at the entries of its directories: never through a symbolic link. Every entry is examined
 * with {@link LinkOption#NOFOLLOW_LINKS}; only a regular file is ever opened, and it is opened with
 * {@code NOFOLLOW_LINKS} too, so that a link put in place after the check is refused by the operating system
 * instead of followed. The store's own directory may be reached through a link (the user chose it); the entries
 * inside it, {@code inspections/} and {@code frameworks/} included, may not.
 */
final class RegularFiles {

  private RegularFiles() {}

  /** What an entry of a store directory is, looked at without following links. */
  enum Kind {
    /** No entry by that name. */
    ABSENT("not there"),
    /** A regular file: the only kind of entry the store reads. */
    REGULAR("a regular file"),
    /** A symbolic link, which the store never follows. */
    LINK("a symbolic link, which the store never follows"),
    /** A directory, device, pipe or socket. */
    OTHER("not a regular file");

    private final String description;

    Kind(String description) {
      this.description = description;
    }

    /**
     * The kind in words, for a message.
     *
     * @return a phrase such as {@code a symbolic link, which the store never follows}
     */
    String description() {
      return description;
    }
  }

  /**
   * What {@code entry} is, without following it if it is a link.
   *
   * @param entry an entry of a store directory
   * @return its kind
   * @throws IOException if its attributes cannot be read
   */
  static Kind kindOf(Path entry) throws IOException {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return Kind.ABSENT;
    }
    if (attributes.isSymbolicLink()) {
      return Kind.LINK;
    }
    return attributes.isRegularFile() ? Kind.REGULAR : Kind.OTHER;
  }

  /**
   * Opens a regular file for reading, refusing a link or anything else that is not a regular file.
   *
   * @param file the file
   * @return the stream, unbuffered
   * @throws NoSuchFileException if there is no such entry
   * @throws FileSystemException if the entry is a link or not a regular file; the message names the file only
   * @throws IOException if the file cannot be opened
   */
  static InputStream open(Path file) throws IOException {
    Kind kind = kindOf(file);
    if (kind == Kind.ABSENT) {
      throw new NoSuchFileException(file.toString());
    }
    if (kind != Kind.REGULAR) {
      throw new FileSystemException(file.toString(), null, kind.description());
    }
    return Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
  }

  /**
   * The directory {@code name} inside {@code parent}, created if it is missing; refused if it is a link or not a
   * directory.
   *
   * @param parent the store's directory
   * @param name the name of the directory inside it
   * @return the directory
   * @throws FileSystemException if the entry is a link or not a directory; the message names it
   * @throws IOException if it cannot be created
   */
  static Path directoryInside(Path parent, String name) throws IOException {
    Path directory = parent.resolve(name);
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(directory, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      try {
        Files.createDirectory(directory);
      } catch (FileAlreadyExistsException race) {
        return directoryInside(parent, name); // created meanwhile: check what it is
      }
      return directory;
    }
    if (attributes.isSymbolicLink()) {
      throw new FileSystemException(
          directory.toString(), null,
          "a symbolic link, which the store does not follow inside its directory (to keep the store elsewhere,"
              + " open it there, or link the store's directory itself)");
    }
    if (!attributes.isDirectory()) {
      throw new FileSystemException(directory.toString(), null, "not a directory");
    }
    return directory;
  }
}
