package org.inspectionkit.examples.jdbc;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.inspectionkit.json.InspectionJson;
import org.inspectionkit.model.inspection.Inspection;

/**
 * The digest kept with each stored version: SHA-256 of the inspection's canonical JSON document (the library's own
 * writer, whose output is the same bytes for equal inspections), in lower-case hex. Saving computes it from the
 * inspection given; loading recomputes it from the inspection the rows make, so any row lost or changed since the
 * save shows as a different digest. Stateless and thread-safe.
 */
final class ContentDigest {

  private static final InspectionJson JSON = InspectionJson.standard();

  private ContentDigest() {}

  static String of(Inspection inspection) {
    MessageDigest sha = sha256();
    try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), sha)) {
      JSON.write(inspection, out);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to a digest cannot fail", e);
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JDK", e);
    }
  }
}
