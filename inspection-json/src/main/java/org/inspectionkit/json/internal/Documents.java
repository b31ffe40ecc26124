package org.inspectionkit.json.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import org.inspectionkit.json.InspectionJsonException;

/**
 * Reading and writing whole documents: the parser's first and last tokens, malformed JSON and exceeded limits as
 * problems, and the canonical layout (two-space indent, {@code \n} line ends, {@code "name": value}, trailing
 * newline).
 */
public final class Documents {

  private static final DefaultIndenter INDENT = new DefaultIndenter("  ", "\n");
  private static final DefaultPrettyPrinter LAYOUT =
      new DefaultPrettyPrinter(
              Separators.createDefaultInstance()
                  .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                  .withObjectEmptySeparator("")
                  .withArrayEmptySeparator(""))
          .withObjectIndenter(INDENT)
          .withArrayIndenter(INDENT);

  private Documents() {}

  /**
   * Reads one document from {@code parser}, which must be at its start, and checks that nothing follows it.
   *
   * @param parser the parser
   * @param codec the document type's codec
   * @param options how to read
   * @param limits the limits the parser enforces, for messages
   * @param <T> the document type
   * @return the model object
   * @throws InspectionJsonException with every problem found, if there is any
   * @throws IOException if the source fails
   */
  public static <T> T read(JsonParser parser, ObjectCodec<T, ?> codec, ReadOptions options, Limits limits)
      throws IOException {
    Problems problems = new Problems(options.maxProblems());
    T value = null;
    try {
      Input in = new Input(parser, problems, options);
      if (parser.nextToken() == null) {
        problems.add(JsonPaths.ROOT, "empty document, expected an object (" + codec.kind() + ")");
      } else {
        value = codec.readDocument(in);
        if (parser.nextToken() != null) {
          problems.add(JsonPaths.ROOT, "unexpected content after the end of the document");
        }
      }
    } catch (StreamConstraintsException e) {
      problems.addLast(JsonPaths.of(parser.getParsingContext()), limits.describe(e));
    } catch (JsonProcessingException | CharConversionException e) {
      problems.addLast(JsonPaths.of(parser.getParsingContext()), malformed(e));
    } catch (Problems.TooMany e) {
      // The problems collected so far are reported; the rest of the document is not read.
    }
    if (!problems.isEmpty()) {
      throw new InspectionJsonException(codec.kind(), problems.list());
    }
    return value;
  }

  /**
   * Writes {@code value} as a document, in the canonical layout, with a trailing newline; streams, flushes, and
   * leaves the stream open.
   *
   * @param factory the JSON factory
   * @param codec the document type's codec
   * @param value the model object
   * @param out the target
   * @param <T> the document type
   * @throws IOException if the target fails
   */
  public static <T> void write(JsonFactory factory, ObjectCodec<T, ?> codec, T value, OutputStream out)
      throws IOException {
    try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
      write(g, codec, value);
    }
  }

  /**
   * Writes {@code value} as a document to a character stream; see {@link #write(JsonFactory, ObjectCodec, Object,
   * OutputStream)}.
   *
   * @param factory the JSON factory
   * @param codec the document type's codec
   * @param value the model object
   * @param out the target
   * @param <T> the document type
   * @throws IOException if the target fails
   */
  public static <T> void write(JsonFactory factory, ObjectCodec<T, ?> codec, T value, Writer out)
      throws IOException {
    try (JsonGenerator g = factory.createGenerator(out)) {
      write(g, codec, value);
    }
  }

  private static <T> void write(JsonGenerator g, ObjectCodec<T, ?> codec, T value) throws IOException {
    g.setPrettyPrinter(LAYOUT.createInstance());
    codec.writeDocument(value, g);
    g.writeRaw('\n');
  }

  /** A parse error as a problem message: what and where, with quoted input shortened and no source excerpt. */
  private static String malformed(IOException e) {
    if (!(e instanceof JsonProcessingException)) {
      return "malformed JSON: the bytes are not valid text in a JSON encoding";
    }
    JsonProcessingException p = (JsonProcessingException) e;
    String what = String.valueOf(p.getOriginalMessage());
    int source = what.indexOf(" (start marker at");
    if (source >= 0) {
      what = what.substring(0, source);
    }
    int newline = what.indexOf('\n');
    if (newline >= 0) {
      what = what.substring(0, newline);
    }
    JsonLocation at = p.getLocation();
    String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    return "malformed JSON" + where + ": " + Texts.withShortQuotes(what);
  }
}
