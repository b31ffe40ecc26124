package org.inspectionkit.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import org.inspectionkit.json.internal.JacksonAdapters;

/**
 * The Jackson module of the inspection model and of the rules' results: serializers and deserializers for every
 * model type and every result type, in the same format as {@link InspectionJson}, for applications that put model
 * objects and results into their own JSON.
 *
 * <p>Register it with {@code mapper.registerModule(new InspectionJsonModule())}, or let
 * {@code ObjectMapper.findAndRegisterModules()} find it through {@code META-INF/services}. A document type (see
 * {@link InspectionJson#documentTypes()}) at the root of what the mapper reads or writes is a document and carries
 * its {@code formatVersion} (and a result its {@code type}); nested inside the application's own objects it is a
 * plain value without them. The parts of results ({@code StandardRating}, {@code Finding}, {@code RatingPolicy},
 * ...) are plain values wherever they stand. Codes, identifiers and cycles are strings, and can be map keys.
 *
 * <p>Bad input fails with an {@link InspectionJsonMappingException}, a Jackson {@code JsonMappingException}, listing
 * every problem of the value with its JSON path in the mapper's document (its cause is the
 * {@link InspectionJsonException} {@link InspectionJson} would throw). Unknown members are rejected unless the
 * mapper disables {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES}. The module does not check an inspection
 * against its framework and does not set the mapper's read limits: read whole inspection documents with
 * {@link InspectionJson}, which does both. It looks the frameworks of a framework-changes document up among the
 * built-in frameworks. Immutable and thread-safe once registered.
 */
public final class InspectionJsonModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** The library's version, from the jar's {@code version.properties}, which the build fills in. */
  private static final Version VERSION = readVersion();

  /** The module, with a serializer and a deserializer for every model and result type. */
  public InspectionJsonModule() {
    super("inspectionkit-json", VERSION);
    JacksonAdapters.register(this);
  }

  /**
   * The version of this library (inspection-json), such as {@code 0.1.0-SNAPSHOT}, with its group and artifact id.
   *
   * @return the version
   */
  @Override
  public Version version() {
    return VERSION;
  }

  private static Version readVersion() {
    Properties p = new Properties();
    try (InputStream in = InspectionJsonModule.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("inspection-json: version.properties is missing from the jar");
      }
      p.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("inspection-json: cannot read version.properties", e);
    }
    return VersionUtil.parseVersion(p.getProperty("version"), p.getProperty("groupId"), p.getProperty("artifactId"));
  }
}
