package org.inspectionkit.json.internal;

import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The version of the JSON format, {@code major.minor}. This reader writes {@value #CURRENT}. It reads
 * {@value #CURRENT}, and a later minor version of the same major (which only adds members) when unknown members are
 * ignored; any other version is rejected.
 */
public final class FormatVersion {

  /** The version this library writes. */
  public static final String CURRENT = "1.0";

  private static final int MAJOR = 1;
  private static final int MINOR = 0;
  private static final Pattern SHAPE = Pattern.compile("([1-9][0-9]{0,2})\\.(0|[1-9][0-9]{0,2})");

  private FormatVersion() {}

  /** Checks the {@code formatVersion} value at the input's current token. */
  static void check(Input in) throws IOException {
    if (in.token() != JsonToken.VALUE_STRING) {
      in.wrongType("a string (format version such as \"" + CURRENT + "\")");
      return;
    }
    String text = in.parser().getText();
    Matcher m = SHAPE.matcher(text);
    if (m.matches() && Integer.parseInt(m.group(1)) == MAJOR) {
      int minor = Integer.parseInt(m.group(2));
      if (minor == MINOR) {
        return;
      }
      if (minor > MINOR && !in.options().ignoreUnknownFields()) {
        in.problem(
            "format version '" + text + "' is newer than this reader's " + CURRENT
                + "; read it with unknown fields ignored, or upgrade inspection-json");
      }
      return;
    }
    in.problem("unknown format version '" + Texts.shortened(text) + "', this reader reads " + CURRENT);
  }
}
