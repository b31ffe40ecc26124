package org.inspectionkit.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Map;
import java.util.function.Function;
import org.inspectionkit.json.InspectionJsonException;
import org.inspectionkit.json.InspectionJsonMappingException;

/**
 * Plugs the codecs into Jackson's databind: a serializer and a deserializer per model type and result type, and key
 * deserializers for the codes and identifiers (their {@code toString()} is already their key form). A document type
 * at the root of what is written or read is a document, with its {@code formatVersion} (and, for a result, its
 * {@code type}); nested, it is a plain value. The parts of results (a standard's rating, a finding, ...) are plain
 * values wherever they stand.
 *
 * <p>A value with problems fails with an {@link InspectionJsonMappingException}, Jackson's kind of failure, carrying
 * every problem with its path in the mapper's document; malformed JSON or an exceeded read limit met while reading
 * the value is one of those problems, the last.
 */
public final class JacksonAdapters {

  private JacksonAdapters() {}

  /**
   * Adds the serializers and deserializers of every model type to {@code module}.
   *
   * @param module the module
   */
  public static void register(SimpleModule module) {
    module.setDeserializers(new HierarchyDeserializers());
    for (Class<?> type : DocumentCodecs.documentTypes()) {
      add(module, type, DocumentCodecs.document(type), true);
    }
    for (Map.Entry<Class<?>, ObjectCodec<?, ?>> e : ResultCodecs.parts().entrySet()) {
      add(module, e.getKey(), e.getValue(), false);
    }
    for (Map.Entry<Class<?>, Codec<?>> e : ModelCodecs.values().entrySet()) {
      add(module, e.getKey(), e.getValue(), false);
    }
    for (Map.Entry<Class<?>, Codec<?>> e : ResultCodecs.values().entrySet()) {
      add(module, e.getKey(), e.getValue(), false);
    }
    for (Map.Entry<Class<?>, Function<String, ?>> e : ModelCodecs.keyParsers().entrySet()) {
      module.addKeyDeserializer(e.getKey(), new CodeKeyDeserializer(e.getValue()));
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> void add(SimpleModule module, Class<T> type, Codec<?> codec, boolean document) {
    Codec<T> c = (Codec<T>) codec;
    module.addSerializer(type, new CodecSerializer<>(type, c, document));
    module.addDeserializer(type, new CodecDeserializer<>(type, c, document));
  }

  private static String kind(Class<?> type, Codec<?> codec) {
    return codec instanceof ObjectCodec ? ((ObjectCodec<?, ?>) codec).kind() : type.getSimpleName();
  }

  /** Writes a value with its codec; a document type at the root as a document. */
  static final class CodecSerializer<T> extends StdSerializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Codec<T> codec;
    private final boolean document;

    CodecSerializer(Class<T> type, Codec<T> codec, boolean document) {
      super(type);
      this.codec = codec;
      this.document = document;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      if (document && gen.getOutputContext().inRoot()) {
        ((ObjectCodec<T, ?>) codec).writeDocument(value, gen);
      } else {
        codec.write(value, gen);
      }
    }
  }

  /**
   * Reads a value with its codec; a document type at the root as a document. Honours the mapper's
   * {@link DeserializationFeature#FAIL_ON_UNKNOWN_PROPERTIES}; runs no framework checks (the facade does); looks
   * frameworks up among the built-in ones (for framework changes).
   */
  static final class CodecDeserializer<T> extends StdDeserializer<T> {
    private static final long serialVersionUID = 1L;
    private final transient Codec<T> codec;
    private final String kind;
    private final boolean document;

    CodecDeserializer(Class<T> type, Codec<T> codec, boolean document) {
      super(type);
      this.codec = codec;
      this.kind = kind(type, codec);
      this.document = document;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      ReadOptions options =
          new ReadOptions(
              !ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES),
              ReadOptions.BUILT_IN,
              false,
              ReadOptions.DEFAULT_MAX_PROBLEMS,
              ReadOptions.DEFAULT_MAX_ARRAY_LENGTH);
      Problems problems = new Problems(options.maxProblems());
      Input in = new Input(p, problems, options);
      T value = null;
      try {
        value = document && isRoot(p.getParsingContext())
            ? ((ObjectCodec<T, ?>) codec).readDocument(in)
            : codec.read(in);
      } catch (Problems.TooMany e) {
        // Reported below with the problems found so far.
      } catch (StreamConstraintsException e) {
        problems.addLast(JsonPaths.of(p.getParsingContext()),
            "the document exceeds a read limit of the mapper (its StreamReadConstraints): "
                + Texts.withShortQuotes(String.valueOf(e.getOriginalMessage())) + "; it was not read further");
      } catch (JsonProcessingException e) {
        problems.addLast(JsonPaths.of(p.getParsingContext()), Documents.malformed(e));
      }
      if (!problems.isEmpty()) {
        throw new InspectionJsonMappingException(p, new InspectionJsonException(kind, problems.list()));
      }
      return value;
    }

    private static boolean isRoot(JsonStreamContext c) {
      return c.inRoot() || (c.getParent() != null && c.getParent().inRoot());
    }
  }

  /**
   * The deserializers by type, found for a generated implementation too (such as {@code ImmutableInspectionRating},
   * which {@code result.getClass()} gives): through the public type it extends, so a mapper never fails naming the
   * generated class. The value read is of that class anyway: the model's and the rules' builders make it.
   */
  static final class HierarchyDeserializers extends SimpleDeserializers {
    private static final long serialVersionUID = 1L;

    @Override
    public JsonDeserializer<?> findBeanDeserializer(
        JavaType type, DeserializationConfig config, BeanDescription beanDesc) throws JsonMappingException {
      JsonDeserializer<?> found = super.findBeanDeserializer(type, config, beanDesc);
      for (Class<?> c = type.getRawClass().getSuperclass(); found == null && c != null && c != Object.class;
          c = c.getSuperclass()) {
        found = super.findBeanDeserializer(config.constructType(c), config, beanDesc);
      }
      return found;
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
