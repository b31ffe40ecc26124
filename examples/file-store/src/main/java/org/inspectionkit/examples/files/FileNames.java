package org.inspectionkit.examples.files;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.inspectionkit.model.framework.FrameworkId;
import org.inspectionkit.model.inspection.InspectionId;

/**
 * The names of the files in a store directory, and the guard that keeps every name inside its directory.
 *
 * <p>An inspection at version 3 is {@code inspections/<id>.v3.json}, the version a canonical decimal from 1 to
 * {@link JsonFileStore#MAX_VERSION} (no sign, no leading zeros); a framework is {@code frameworks/<id>.json}; a save
 * in progress is a temporary file {@code .<id>.<random digits>.tmp} in the same directory. Any other name is not
 * the store's. Ids are already restricted by the model to lower-case letters, digits and hyphens; the guard checks
 * again, so that no id, however it was made, can name a file outside its directory ({@code ..}, a separator, an
 * absolute path).
 */
final class FileNames {

  /** An id as the model allows it: the only stems a file name may have. */
  private static final Pattern STEM = Pattern.compile("[a-z][a-z0-9-]{0,63}");

  /**
   * An inspection file: its id and its version, a canonical decimal short enough to parse as a {@code long}; the
   * bound {@link JsonFileStore#MAX_VERSION} is checked after parsing.
   */
  private static final Pattern INSPECTION = Pattern.compile("([a-z][a-z0-9-]{0,63})\\.v([1-9][0-9]{0,17})\\.json");

  /** What looks like an inspection file but may have a version the store does not write; for reporting. */
  private static final Pattern INSPECTION_LIKE = Pattern.compile("([a-z][a-z0-9-]{0,63})\\.v([^.]*)\\.json");

  /** A framework file: its id. */
  private static final Pattern FRAMEWORK = Pattern.compile("([a-z][a-z0-9-]{0,63})\\.json");

  /** The suffix of temporary files. */
  static final String TEMPORARY_SUFFIX = ".tmp";

  /** A temporary file as {@link AtomicWrites} names it: {@code .<id>.<random digits>.tmp}. */
  private static final Pattern TEMPORARY = Pattern.compile("\\.[a-z][a-z0-9-]{0,63}\\.[0-9]{1,20}\\.tmp");

  /** The longest file name reported as it is; longer ones are cut. */
  private static final int REPORTED_NAME_LENGTH = 120;

  /** Names Windows keeps for devices, with or without an extension ({@code con.v1.json} is the console). */
  private static final Set<String> WINDOWS_DEVICES =
      Set.of(
          "con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
          "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

  private static final boolean WINDOWS =
      System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");

  private FileNames() {}

  /** An inspection file found in a directory: the id and version its name says. */
  static final class InspectionFile {
    final InspectionId id;
    final long version;

    InspectionFile(InspectionId id, long version) {
      this.id = id;
      this.version = version;
    }
  }

  /**
   * The file of an inspection at a version.
   *
   * @param directory the inspections directory
   * @param id the inspection id
   * @param version the version, from 1 to {@link JsonFileStore#MAX_VERSION}
   * @return the file, inside {@code directory}
   * @throws IllegalArgumentException if the version is out of bounds, or the id could name a file elsewhere
   */
  static Path inspection(Path directory, InspectionId id, long version) {
    if (version < 1 || version > JsonFileStore.MAX_VERSION) {
      throw new IllegalArgumentException(
          "version: must be from 1 to " + JsonFileStore.MAX_VERSION + " to name a file, was " + version);
    }
    return inside(directory, id.value(), ".v" + version + ".json", WINDOWS);
  }

  /**
   * The file of a framework.
   *
   * @param directory the frameworks directory
   * @param id the framework id
   * @return the file, inside {@code directory}
   */
  static Path framework(Path directory, FrameworkId id) {
    return inside(directory, id.value(), ".json", WINDOWS);
  }

  /**
   * The prefix of a temporary file for a save of the file {@code target}: {@code .<id>.}, so that it is hidden,
   * never taken for a stored aggregate, and recognisable as a leftover.
   *
   * @param target the file being saved
   * @return the prefix
   */
  static String temporaryPrefix(Path target) {
    String name = target.getFileName().toString();
    return "." + name.substring(0, name.indexOf('.')) + ".";
  }

  /**
   * Whether a file name is the name of a temporary file of a save (in progress, or left behind by a crash), as
   * {@link AtomicWrites} makes them: {@code .<id>.<digits>.tmp}.
   *
   * @param fileName a name in a store directory
   * @return whether it has a temporary file's name
   */
  static boolean isTemporary(String fileName) {
    return TEMPORARY.matcher(fileName).matches();
  }

  /**
   * The inspection a file name stands for, or {@code null} if the name is not an inspection file's: not
   * {@code <id>.v<version>.json}, or a version that is not a canonical decimal from 1 to
   * {@link JsonFileStore#MAX_VERSION}.
   *
   * @param fileName a name in the inspections directory
   * @return the id and version, or null
   */
  static InspectionFile parseInspection(String fileName) {
    Matcher m = INSPECTION.matcher(fileName);
    if (!m.matches()) {
      return null;
    }
    long version = Long.parseLong(m.group(2)); // at most 18 digits: never overflows
    if (version > JsonFileStore.MAX_VERSION) {
      return null;
    }
    try {
      return new InspectionFile(InspectionId.of(m.group(1)), version);
    } catch (IllegalArgumentException e) {
      return null; // the model's id rules are stricter than the stem's: not an inspection's file
    }
  }

  /**
   * The framework a file name stands for, or {@code null} if the name is not a framework file's.
   *
   * @param fileName a name in the frameworks directory
   * @return the id, or null
   */
  static FrameworkId parseFramework(String fileName) {
    Matcher m = FRAMEWORK.matcher(fileName);
    if (!m.matches()) {
      return null;
    }
    try {
      return FrameworkId.of(m.group(1));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * Why a name in the inspections directory is not an inspection file, for a report: a version out of bounds, a
   * version that is not a canonical decimal, or a name of another shape. Names the file only.
   *
   * @param fileName a name that {@link #parseInspection} refuses
   * @return the reason, one phrase
   */
  static String whyNotAnInspection(String fileName) {
    Matcher m = INSPECTION_LIKE.matcher(fileName);
    if (m.matches()) {
      String version = m.group(2);
      if (version.matches("[1-9][0-9]*")) {
        return "its version is above " + JsonFileStore.MAX_VERSION + ", the highest the store writes";
      }
      return "its version is not a decimal from 1 without a sign or leading zeros, as the store writes them";
    }
    return "its name is not one the store writes (<id>.v<version>.json)";
  }

  /**
   * A file name as it may appear in a message: characters outside printable ASCII written as Java escapes
   * (backslash, {@code u}, four hex digits), and a long name cut short, so that a name made to look like something
   * else cannot forge a report's lines.
   *
   * @param fileName a name found in a directory
   * @return the name, printable
   */
  static String printable(String fileName) {
    StringBuilder sb = new StringBuilder();
    int i = 0;
    for (; i < fileName.length() && sb.length() < REPORTED_NAME_LENGTH; i++) {
      char c = fileName.charAt(i);
      if (c >= 0x20 && c < 0x7f) {
        sb.append(c);
      } else {
        sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      }
    }
    if (i < fileName.length()) {
      sb.append("...");
    }
    return sb.toString();
  }

  /**
   * {@code directory/stem+suffix}, after checking that the stem is an id and that the result is a direct child of
   * the directory.
   *
   * @param directory an absolute, normalised directory
   * @param stem the id
   * @param suffix what follows it, such as {@code .v2.json}
   * @param windows whether to refuse the names Windows keeps for devices
   * @return the file
   * @throws IllegalArgumentException if the stem could name a file elsewhere, or a device on Windows
   */
  static Path inside(Path directory, String stem, String suffix, boolean windows) {
    if (!STEM.matcher(stem).matches()) {
      throw new IllegalArgumentException(
          "file name: '" + shorten(stem) + "' is not an id (lower-case letters, digits and hyphens, starting with"
              + " a letter), so it cannot name a file in " + directory);
    }
    if (windows && WINDOWS_DEVICES.contains(stem)) {
      throw new IllegalArgumentException(
          "file name: '" + stem + "' is a device name on Windows, so the id cannot name a file there");
    }
    Path file = directory.resolve(stem + suffix).normalize();
    if (!directory.equals(file.getParent())) {
      throw new IllegalArgumentException("file name: " + file + " is not directly inside " + directory);
    }
    return file;
  }

  private static String shorten(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }
}
