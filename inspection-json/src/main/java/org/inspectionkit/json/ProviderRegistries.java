package org.inspectionkit.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.inspectionkit.json.internal.Documents;
import org.inspectionkit.json.internal.RegistryCodecs;
import org.inspectionkit.json.internal.ReadOptions;
import org.inspectionkit.model.provider.ProviderRegistry;

/**
 * The provider registry as a JSON document: the built-in registry shipped in this jar, and a user's own registry
 * documents, which replace or extend it.
 *
 * <p>The built-in registry ({@code org/inspectionkit/json/registry/providers.json}) has the providers of the
 * inspectorate's notice of the 2019-20 changes: the 21 Community Rehabilitation Companies (ids such as
 * {@code crc-bench}) and the 7 National Probation Service divisions (ids such as {@code nps-wales}) that were
 * inspected in 2018-19 and 2019-20, and the 12 probation regions (ids such as {@code region-wales}) that replaced
 * them on 26 June 2021, each with the dates it existed. Each entry says whether its facts are {@code PUBLISHED} or a
 * {@code DEFAULT} of this library, and the registry's {@link ProviderRegistry#notes() notes} say which facts are
 * defaults and which are left out (a CRC's owner where the public record was not certain).
 *
 * <p>A registry document is a JSON object: {@code formatVersion} ({@value InspectionJson#FORMAT_VERSION}), optional
 * {@code notes} (strings) and {@code entries}, each with {@code id}, {@code name}, {@code type}, optional
 * {@code area}, {@code owner} and {@code parent}, {@code from}, optional {@code until} (inclusive ISO dates) and
 * {@code source} ({@code PUBLISHED} or {@code DEFAULT}); its JSON Schema is
 * {@code org/inspectionkit/json/schema/1.0/provider-registry.schema.json}. To replace the built-in registry, read a
 * complete document with {@link #read(InputStream)}; to change some entries or add delivery units under the
 * built-in regions, read a document of just those entries with {@link #extend(ProviderRegistry, InputStream)}:
 *
 * <pre>{@code
 * ProviderRegistry mine = ProviderRegistries.extend(ProviderRegistries.builtIn(), in);
 * Optional<String> problem = mine.problemFor(inspection.provider().id(), fieldworkStart);
 * }</pre>
 *
 * <p>A document that is not valid makes the reader throw one {@link InspectionJsonException} (document kind
 * {@code provider-registry}) listing every problem with its JSON path; messages quote no value of the document.
 * Output is deterministic: entries in id order, in the canonical layout of {@link InspectionJson}. The built-in
 * registry is read once, on first use. Thread-safe.
 */
public final class ProviderRegistries {

  /** Where the built-in registry is, relative to this class. */
  static final String RESOURCE = "registry/providers.json";

  private static volatile ProviderRegistry builtIn;

  private ProviderRegistries() {}

  /**
   * The built-in registry: the 21 CRCs and 7 NPS divisions of 2018-2021 and the 12 probation regions from
   * 26 June 2021.
   *
   * @return the registry
   */
  public static ProviderRegistry builtIn() {
    ProviderRegistry r = builtIn;
    if (r == null) {
      synchronized (ProviderRegistries.class) {
        r = builtIn;
        if (r == null) {
          r = loadBuiltIn();
          builtIn = r;
        }
      }
    }
    return r;
  }

  /**
   * Reads a complete registry document from a stream (UTF-8, or UTF-16/32 with the encoding detected): every
   * parent must be an entry of the document. The stream is read to the end of the document and left open.
   *
   * @param in the source
   * @return the registry
   * @throws InspectionJsonException with every problem, if the document is not a valid registry document
   * @throws IOException if the stream fails
   */
  public static ProviderRegistry read(InputStream in) throws IOException {
    return extend(ProviderRegistry.empty(), in);
  }

  /**
   * Reads a complete registry document from a string: every parent must be an entry of the document.
   *
   * @param json the document
   * @return the registry
   * @throws InspectionJsonException with every problem, if the document is not a valid registry document
   */
  public static ProviderRegistry read(String json) {
    return extend(ProviderRegistry.empty(), json);
  }

  /**
   * Reads a registry document that extends {@code base}, from a stream: the result is {@code base} with the
   * document's entries added, each in place of the base's entry with the same id, and the document's notes after
   * the base's. A parent may be an entry of the document or of {@code base}, as a region's delivery units are. The
   * stream is read to the end of the document and left open.
   *
   * @param base the registry the document extends, such as {@link #builtIn()}
   * @param in the source
   * @return the extended registry
   * @throws InspectionJsonException with every problem, if the document is not a valid registry document
   * @throws IOException if the stream fails
   */
  public static ProviderRegistry extend(ProviderRegistry base, InputStream in) throws IOException {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(in, "in");
    InspectionJson json = InspectionJson.standard();
    return Documents.read(
        () -> json.factory().createParser(in), RegistryCodecs.document(base), ReadOptions.structural(),
        json.limits());
  }

  /**
   * Reads a registry document that extends {@code base}, from a string; see
   * {@link #extend(ProviderRegistry, InputStream)}.
   *
   * @param base the registry the document extends, such as {@link #builtIn()}
   * @param json the document
   * @return the extended registry
   * @throws InspectionJsonException with every problem, if the document is not a valid registry document
   */
  public static ProviderRegistry extend(ProviderRegistry base, String json) {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(json, "json");
    InspectionJson standard = InspectionJson.standard();
    String tooLong = standard.limits().checkLength(json.length());
    if (tooLong != null) {
      throw new InspectionJsonException(RegistryCodecs.KIND, List.of(new JsonProblem("$", tooLong)));
    }
    try {
      return Documents.read(
          () -> standard.factory().createParser(json), RegistryCodecs.document(base), ReadOptions.structural(),
          standard.limits());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes {@code registry} as a registry document to a stream, in UTF-8; flushes at the end and leaves the stream
   * open.
   *
   * @param registry the registry
   * @param out the target
   * @throws IOException if the stream fails
   */
  public static void write(ProviderRegistry registry, OutputStream out) throws IOException {
    Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(out, "out");
    Documents.write(
        InspectionJson.standard().factory(), RegistryCodecs.document(ProviderRegistry.empty()), registry, out);
  }

  /**
   * Writes {@code registry} as a registry document to a string.
   *
   * @param registry the registry
   * @return the document
   */
  public static String write(ProviderRegistry registry) {
    Objects.requireNonNull(registry, "registry");
    StringWriter out = new StringWriter();
    try {
      Documents.write(
          InspectionJson.standard().factory(), RegistryCodecs.document(ProviderRegistry.empty()), registry, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static ProviderRegistry loadBuiltIn() {
    try (InputStream in = ProviderRegistries.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the built-in provider registry is missing from the jar: " + RESOURCE);
      }
      return read(in);
    } catch (InspectionJsonException e) {
      throw new IllegalStateException("the built-in provider registry is not valid: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the built-in provider registry", e);
    }
  }
}
