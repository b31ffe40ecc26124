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

  /** Opens a parser on the source of a document (which may already find the bytes malformed). */
  @FunctionalInterface
  public interface ParserSource {
    /**
     * The parser, before its first token.
     *
     * @return the parser
     * @throws IOException if the source fails or its first bytes are not JSON text
     */
    JsonParser open() throws IOException;
  }

  /**
   * Reads one document, checks that nothing follows it, and closes the parser (not the source it reads).
   *
   * @param source opens the parser
   * @param codec the document type's codec
   * @param options how to read
   * @param limits the limits the parser enforces, for messages
   * @param <T> the document type
   * @return the model object
   * @throws InspectionJsonException with every problem found, if there is any
   * @throws IOException if the source fails
   */
  public static <T> T read(ParserSource source, ObjectCodec<T, ?> codec, ReadOptions options, Limits limits)
      throws IOException {
    Problems problems = new Problems(options.maxProblems());
    T value = null;
    JsonParser parser = null;
    try {
      parser = source.open();
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
      problems.addLast(pathOf(parser), limits.describe(e));
    } catch (JsonProcessingException | CharConversionException e) {
      problems.addLast(pathOf(parser), malformed(e));
    } catch (Problems.TooMany e) {
      // The problems collected so far are reported; the rest of the document is not read.
    } finally {
      if (parser != null) {
        parser.close();
      }
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

  private static String pathOf(JsonParser parser) {
    return parser == null ? JsonPaths.ROOT : JsonPaths.of(parser.getParsingContext());
  }

  /** A parse error as a problem message: what and where, with quoted input shortened and no source excerpt. */
  static String malformed(IOException e) {
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
