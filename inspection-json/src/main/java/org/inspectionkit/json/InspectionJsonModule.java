package org.inspectionkit.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.inspectionkit.json.internal.JacksonAdapters;

/**
 * The Jackson module of the inspection model: serializers and deserializers for every model type, in the same
 * format as {@link InspectionJson}, for applications that put model objects into their own JSON.
 *
 * <p>Register it with {@code mapper.registerModule(new InspectionJsonModule())}, or let
 * {@code ObjectMapper.findAndRegisterModules()} find it through {@code META-INF/services}. A model object at the root
 * of what the mapper reads or writes is a document and carries its {@code formatVersion}; nested inside the
 * application's own objects it is a plain value without one. Codes, identifiers and cycles are strings, and can be
 * map keys.
 *
 * <p>Bad input fails with an {@link InspectionJsonException} listing every problem of the model value with its JSON
 * path in the mapper's document; when the model value is inside the application's own object, Jackson wraps it in
 * a {@code JsonMappingException} whose cause it is. Unknown members are rejected unless the mapper disables
 * {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES}. The module does not check an inspection against its
 * framework and does not set the mapper's read limits: read whole inspection documents with {@link InspectionJson},
 * which does both. Immutable and thread-safe once registered.
 */
public final class InspectionJsonModule extends SimpleModule {

  private static final long serialVersionUID = 1L;

  /** The module, with a serializer and a deserializer for every model type. */
  public InspectionJsonModule() {
    super("inspectionkit-json", Version.unknownVersion());
    JacksonAdapters.register(this);
  }
}
