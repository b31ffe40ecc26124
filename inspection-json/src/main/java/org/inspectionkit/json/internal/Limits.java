package org.inspectionkit.json.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

/**
 * The limits a reader puts on a document, so that hostile input fails with a clear problem instead of exhausting
 * memory or the stack. They are Jackson's {@link StreamReadConstraints}, checked as the document streams in.
 *
 * @param maxNestingDepth the deepest nesting of objects and arrays
 * @param maxStringLength the longest string value, in characters
 * @param maxNameLength the longest member name, in characters
 * @param maxNumberLength the longest number, in characters
 * @param maxDocumentLength the longest document, in bytes (in characters when read from a string)
 */
public record Limits(
    int maxNestingDepth, int maxStringLength, int maxNameLength, int maxNumberLength, long maxDocumentLength) {

  /**
   * A JSON factory that enforces these limits, never closes the caller's streams and keeps document content out of
   * locations in its error messages.
   *
   * @return the factory
   */
  public JsonFactory factory() {
    return JsonFactory.builder()
        .streamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(maxNestingDepth)
                .maxStringLength(maxStringLength)
                .maxNameLength(maxNameLength)
                .maxNumberLength(maxNumberLength)
                .maxDocumentLength(maxDocumentLength)
                .build())
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .build();
  }

  /**
   * The problem message for an exceeded limit, naming the limit and its value.
   *
   * @param e Jackson's report
   * @return the message
   */
  public String describe(StreamConstraintsException e) {
    String m = String.valueOf(e.getOriginalMessage());
    if (m.startsWith("Document nesting depth")) {
      return exceeded("nesting depth", "maxNestingDepth", maxNestingDepth + " levels");
    }
    if (m.startsWith("String value length")) {
      return exceeded("string length", "maxStringLength", maxStringLength + " characters");
    }
    if (m.startsWith("Name length")) {
      return exceeded("member name length", "maxNameLength", maxNameLength + " characters");
    }
    if (m.startsWith("Number value length")) {
      return exceeded("number length", "maxNumberLength", maxNumberLength + " characters");
    }
    if (m.startsWith("Document length")) {
      return exceeded("document length", "maxDocumentLength", maxDocumentLength + " bytes");
    }
    return "the document exceeds a processing limit: " + Texts.withShortQuotes(m);
  }

  /**
   * The problem of a document that is longer than {@link #maxDocumentLength()} before it is parsed (Jackson measures
   * only input it loads in parts, not a string it is given whole).
   *
   * @param length the document's length
   * @return the problem message, or {@code null} if it is within the limit
   */
  public String checkLength(long length) {
    return length > maxDocumentLength
        ? exceeded("document length", "maxDocumentLength", maxDocumentLength + " bytes")
        : null;
  }

  private static String exceeded(String what, String limit, String value) {
    return what + " exceeds the limit " + limit + " (" + value + "); the document was not read further";
  }
}
