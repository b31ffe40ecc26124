package org.inspectionkit.examples.files;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.Function;
import org.inspectionkit.json.InspectionJson;
import org.inspectionkit.model.framework.Cycle;
import org.inspectionkit.model.framework.FrameworkId;
import org.inspectionkit.model.inspection.InspectionId;
import org.inspectionkit.model.inspection.InspectionStatus;
import org.inspectionkit.model.provider.ProviderId;
import org.inspectionkit.model.store.InspectionSummary;
import org.inspectionkit.model.store.StoreException;

/**
 * Reads the summary of a stored inspection from the first members of its file, without reading its cases.
 *
 * <p>The JSON format writes an inspection's header first: {@code formatVersion}, {@code id}, {@code frameworkId},
 * {@code cycle}, {@code status}, {@code provider}, and only then its judgements, evidence and cases. This reader
 * streams the top-level members and stops as soon as it has the five it needs, which in a file the store wrote is
 * within the first few hundred bytes, whatever the size of the file. Members in another order (a file edited by
 * hand) are still found: it skips what it does not need until it has them, and takes a missing {@code status} as
 * {@code PLANNED}, as the format says. It checks only what it reads; a problem further down the file is reported
 * when the inspection is loaded.
 */
final class InspectionHeader {

  /** Jackson's streaming parser with the JSON module's default limits, and no document content in locations. */
  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(InspectionJson.DEFAULT_MAX_NESTING_DEPTH)
                  .maxStringLength(InspectionJson.DEFAULT_MAX_STRING_LENGTH)
                  .maxNameLength(InspectionJson.DEFAULT_MAX_NAME_LENGTH)
                  .maxNumberLength(InspectionJson.DEFAULT_MAX_NUMBER_LENGTH)
                  .build())
          .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .build();

  private final Path file;
  private final InspectionId expectedId;
  private String id;
  private String frameworkId;
  private String cycle;
  private String status;
  private String providerId;

  private InspectionHeader(Path file, InspectionId expectedId) {
    this.file = file;
    this.expectedId = expectedId;
  }

  /**
   * The summary of the inspection stored in {@code file} at {@code version}.
   *
   * @param file the inspection's file
   * @param expectedId the id its name says
   * @param version the version its name says
   * @return the summary
   * @throws java.nio.file.NoSuchFileException if the file is not there
   * @throws IOException if the file cannot be read, or is a symbolic link or not a regular file
   * @throws StoreException if the file's header is not a valid inspection header, naming the file and the member
   */
  static InspectionSummary read(Path file, InspectionId expectedId, long version) throws IOException {
    return new InspectionHeader(file, expectedId).read(version);
  }

  private InspectionSummary read(long version) throws IOException {
    try (InputStream in = RegularFiles.open(file);
        JsonParser parser = FACTORY.createParser(in)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        throw problem("$", "expected an object (an inspection document)");
      }
      while (!complete() && parser.nextToken() == JsonToken.FIELD_NAME) {
        String name = parser.currentName();
        parser.nextToken();
        member(parser, name);
      }
    } catch (StreamConstraintsException e) {
      throw problem("$", "the header exceeds a processing limit" + where(e.getLocation()));
    } catch (JsonProcessingException e) {
      // Jackson's own message may quote the file's content; only the location is reported.
      throw problem("$", "malformed JSON" + where(e.getLocation()));
    }
    return summary(version);
  }

  private boolean complete() {
    return id != null && frameworkId != null && cycle != null && status != null && providerId != null;
  }

  private void member(JsonParser parser, String name) throws IOException {
    switch (name) {
      case "formatVersion":
        String format = text(parser, "$.formatVersion");
        if (!format.startsWith("1.")) {
          throw problem("$.formatVersion", "format version " + shorten(format) + " is not 1.x");
        }
        break;
      case "id":
        id = text(parser, "$.id");
        break;
      case "frameworkId":
        frameworkId = text(parser, "$.frameworkId");
        break;
      case "cycle":
        cycle = text(parser, "$.cycle");
        break;
      case "status":
        status = text(parser, "$.status");
        break;
      case "provider":
        if (parser.currentToken() != JsonToken.START_OBJECT) {
          throw problem("$.provider", "expected an object");
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String member = parser.currentName();
          parser.nextToken();
          if (member.equals("id")) {
            providerId = text(parser, "$.provider.id");
          } else {
            parser.skipChildren();
          }
        }
        break;
      default:
        parser.skipChildren();
    }
  }

  private String text(JsonParser parser, String path) throws IOException {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw problem(path, "expected a string");
    }
    return parser.getText();
  }

  private InspectionSummary summary(long version) {
    InspectionId inspection = parse("$.id", id, InspectionId::of);
    if (!inspection.equals(expectedId)) {
      throw problem("$.id", "the file holds inspection " + inspection + ", but its name says " + expectedId);
    }
    return InspectionSummary.builder()
        .id(inspection)
        .frameworkId(parse("$.frameworkId", frameworkId, FrameworkId::of))
        .cycle(parse("$.cycle", cycle, Cycle::parse))
        .status(status == null ? InspectionStatus.PLANNED : parse("$.status", status, InspectionStatus::valueOf))
        .providerId(parse("$.provider.id", providerId, ProviderId::of))
        .version(version)
        .build();
  }

  private <T> T parse(String path, String value, Function<String, T> parser) {
    if (value == null) {
      throw problem(path, "missing");
    }
    try {
      return parser.apply(value);
    } catch (IllegalArgumentException e) {
      throw problem(path, "'" + shorten(value) + "' is not valid here");
    }
  }

  private StoreException problem(String path, String message) {
    return new StoreException(
        StoreException.keyOf(expectedId),
        "cannot list inspection " + expectedId + ": " + file + " is not a valid inspection document\n  " + path
            + ": " + message);
  }

  private static String where(JsonLocation at) {
    return at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
  }

  private static String shorten(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "...";
  }
}
