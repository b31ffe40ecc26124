package org.inspectionkit.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Map;
import java.util.function.Function;
import org.inspectionkit.json.InspectionJsonException;

/**
 * Plugs the codecs into Jackson's databind: a serializer and a deserializer per model type, and key deserializers
 * for the codes and identifiers (their {@code toString()} is already their key form). A model object at the root of
 * what is written or read is a document, with its {@code formatVersion}; nested, it is a plain value.
 */
public final class JacksonAdapters {

  private JacksonAdapters() {}

  /**
   * Adds the serializers and deserializers of every model type to {@code module}.
   *
   * @param module the module
   */
  public static void register(SimpleModule module) {
    for (Class<?> type : ModelCodecs.documentTypes()) {
      add(module, type, ModelCodecs.document(type));
    }
    for (Map.Entry<Class<?>, Codec<?>> e : ModelCodecs.values().entrySet()) {
      add(module, e.getKey(), e.getValue());
    }
    for (Map.Entry<Class<?>, Function<String, ?>> e : ModelCodecs.keyParsers().entrySet()) {
      module.addKeyDeserializer(e.getKey(), new CodeKeyDeserializer(e.getValue()));
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> void add(SimpleModule module, Class<T> type, Codec<?> codec) {
    Codec<T> c = (Codec<T>) codec;
    module.addSerializer(type, new CodecSerializer<>(type, c));
    module.addDeserializer(type, new CodecDeserializer<>(type, c));
  }

  private static String kind(Class<?> type, Codec<?> codec) {
    return codec instanceof ObjectCodec ? ((ObjectCodec<?, ?>) codec).kind() : type.getSimpleName();
  }

  /** Writes a model value with its codec; a model object at the root as a document. */
  static final class CodecSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Codec<T> codec;

    CodecSerializer(Class<T> type, Codec<T> codec) {
      super(type);
      this.codec = codec;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      if (codec instanceof ObjectCodec && gen.getOutputContext().inRoot()) {
        ((ObjectCodec<T, ?>) codec).writeDocument(value, gen);
      } else {
        codec.write(value, gen);
      }
    }
  }

  /**
   * Reads a model value with its codec; a model object at the root as a document. Honours the mapper's
   * {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES}; runs no framework checks (the facade does).
   */
  static final class CodecDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Codec<T> codec;
    private final String kind;

    CodecDeserializer(Class<T> type, Codec<T> codec) {
      super(type);
      this.codec = codec;
      this.kind = kind(type, codec);
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      ReadOptions options =
          new ReadOptions(
              !ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES),
              null,
              ReadOptions.DEFAULT_MAX_PROBLEMS,
              ReadOptions.DEFAULT_MAX_ARRAY_LENGTH);
      Problems problems = new Problems(options.maxProblems());
      Input in = new Input(p, problems, options);
      T value = null;
      try {
        value = codec instanceof ObjectCodec && isRoot(p.getParsingContext())
            ? ((ObjectCodec<T, ?>) codec).readDocument(in)
            : codec.read(in);
      } catch (Problems.TooMany e) {
        // Reported below with the problems found so far.
      }
      if (!problems.isEmpty()) {
        throw new InspectionJsonException(kind, problems.list());
      }
      return value;
    }

    private static boolean isRoot(JsonStreamContext c) {
      return c.inRoot() || (c.getParent() != null && c.getParent().inRoot());
    }
  }

  /** Reads a code or identifier used as a map key. */
  static final class CodeKeyDeserializer extends KeyDeserializer {
    private final Function<String, ?> parse;

    CodeKeyDeserializer(Function<String, ?> parse) {
      this.parse = parse;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
      try {
        return parse.apply(key);
      } catch (IllegalArgumentException e) {
        return ctxt.handleWeirdKey(Object.class, key, "%s", Texts.about(e.getMessage(), key));
      }
    }
  }
}
