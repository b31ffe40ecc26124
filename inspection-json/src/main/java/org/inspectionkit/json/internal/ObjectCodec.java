package org.inspectionkit.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * A model type written as a JSON object with a fixed set of members, in a fixed order.
 *
 * <p>Reading is strict: the value must be an object; every member is read even after a problem, so that all problems
 * of the object are found; unknown members are reported (or skipped, if the options say so); duplicate and missing
 * members are reported. Only when the object has no problem is the model object built, and an
 * {@link IllegalArgumentException} from the model's checks becomes a problem at the object's path. A type defined
 * with an {@link Assembler} gets its members even when some have problems, and decides itself.
 *
 * <p>Writing gives the members in declaration order, leaving out absent optional members and empty optional lists
 * and maps, so the same object always gives the same bytes.
 *
 * @param <T> the model type
 * @param <B> the builder the members are given to when reading
 */
public final class ObjectCodec<T, B> implements Codec<T> {

  /** The member that states the format version of a document. */
  public static final String FORMAT_VERSION = "formatVersion";

  /** The member that names the kind of a result document, such as {@code "rating"}, after its format version. */
  public static final String TYPE = "type";

  /** The document types of every result codec defined, so that a document of another type can be named. */
  private static final Set<String> RESULT_TYPES = ConcurrentHashMap.newKeySet();

  /** Builds a model object from its members, deciding itself what to do about problems. */
  interface Assembler<T, B> {
    /**
     * The model object, or {@code null} after recording problems.
     *
     * @param parts the members read, including those with problems (as nulls)
     * @param in the input, for recording problems and reading options
     * @param path the object's path
     * @param hadProblems whether any member had a problem
     */
    T assemble(B parts, Input in, String path, boolean hadProblems);
  }

  private final String kind;
  private final List<Member<T, B, ?>> members;
  private final Map<String, Integer> index = new HashMap<>();
  private final Supplier<B> builders;
  private final Function<B, T> build;
  private final Assembler<T, B> assembler;
  private final List<String> groupTriggers;
  private final List<String> groupRequired;
  private final String groupRule;
  private final String documentType;

  private ObjectCodec(Definition<T, B> d) {
    this.kind = d.kind;
    this.documentType = d.documentType;
    if (documentType != null) {
      RESULT_TYPES.add(documentType);
    }
    this.members = List.copyOf(d.members);
    for (int i = 0; i < members.size(); i++) {
      index.put(members.get(i).name, i);
    }
    this.builders = d.builders;
    this.build = d.build;
    this.assembler = d.assembler;
    this.groupTriggers = d.groupTriggers;
    this.groupRequired = d.groupRequired;
    this.groupRule = d.groupRule;
  }

  /**
   * Starts the definition of an object codec.
   *
   * @param kind what the object is, such as {@code provider}: names the document kind in messages
   * @param builders makes a new builder
   * @param build builds the model object; may throw {@link IllegalArgumentException}
   * @param <T> the model type
   * @param <B> the builder type
   * @return the definition
   */
  static <T, B> Definition<T, B> define(String kind, Supplier<B> builders, Function<B, T> build) {
    return new Definition<>(kind, builders, build, null);
  }

  /**
   * Starts the definition of an object codec whose {@code assembler} builds the object from its members, even when
   * some have problems.
   *
   * @param kind what the object is, such as {@code inspection}
   * @param parts makes a new holder for the members
   * @param assembler builds the model object, or records problems and gives {@code null}
   * @param <T> the model type
   * @param <B> the holder type
   * @return the definition
   */
  static <T, B> Definition<T, B> assembled(String kind, Supplier<B> parts, Assembler<T, B> assembler) {
    return new Definition<>(kind, parts, null, assembler);
  }

  /**
   * What the object is, such as {@code inspection}.
   *
   * @return the kind
   */
  public String kind() {
    return kind;
  }

  /**
   * The value of a result document's {@code type} member, such as {@code rating}; {@code null} for the documents of
   * the model, which have none.
   *
   * @return the document type, or {@code null}
   */
  public String documentType() {
    return documentType;
  }

  @Override
  public T read(Input in) throws IOException {
    return read(in, false);
  }

  /**
   * Reads a whole document: the object and its {@code formatVersion}.
   *
   * @param in the input, at the document's first token
   * @return the model object, or {@code null} if it has problems
   * @throws IOException if the JSON is malformed, a limit is exceeded or the source fails
   */
  public T readDocument(Input in) throws IOException {
    return read(in, true);
  }

  private T read(Input in, boolean document) throws IOException {
    if (in.token() != JsonToken.START_OBJECT) {
      in.wrongType("an object (" + kind + ")");
      return null;
    }
    String path = in.path();
    int before = in.problemCount();
    Object[] values = new Object[members.size()];
    boolean[] seen = new boolean[members.size()];
    boolean versionSeen = false;
    boolean typeSeen = false;
    boolean typed = document && documentType != null;
    int position = 0;
    while (in.next() == JsonToken.FIELD_NAME) {
      position++;
      String name = in.parser().currentName();
      in.next();
      if (document && name.equals(FORMAT_VERSION)) {
        if (versionSeen) {
          in.problem("duplicate field");
          in.skip();
        } else {
          versionSeen = true;
          FormatVersion.check(in);
        }
        continue;
      }
      if (typed && name.equals(TYPE)) {
        if (typeSeen) {
          in.problem("duplicate field");
          in.skip();
        } else {
          typeSeen = true;
          checkType(in);
        }
        continue;
      }
      Integer i = index.get(name);
      if (i == null) {
        if (!in.options().ignoreUnknownFields()) {
          // At the object's path, by position: the name itself could be anything a user typed.
          com.fasterxml.jackson.core.JsonStreamContext context = in.parser().getParsingContext();
          if (in.token() == JsonToken.START_OBJECT || in.token() == JsonToken.START_ARRAY) {
            context = context.getParent(); // the value's own context: its parent is the object
          }
          in.problem(JsonPaths.ofObject(context),
              "unknown field, member " + position + " (" + kind + " has " + memberNames(document) + ")");
        }
        in.skip();
      } else if (seen[i]) {
        in.problem("duplicate field");
        in.skip();
      } else {
        seen[i] = true;
        values[i] = members.get(i).codec.read(in);
      }
    }
    if (document && !versionSeen) {
      in.problem(path, "missing required field '" + FORMAT_VERSION + "'");
    }
    if (typed && !typeSeen) {
      in.problem(path, "missing required field '" + TYPE + "' (\"" + documentType + "\" for a " + kind + " document)");
    }
    boolean grouped = false;
    for (String trigger : groupTriggers) {
      grouped |= seen[index.get(trigger)];
    }
    for (int i = 0; i < members.size(); i++) {
      Member<T, B, ?> m = members.get(i);
      if (!seen[i] && m.required) {
        in.problem(path, "missing required field '" + m.name + "'");
      } else if (!seen[i] && grouped && groupRequired.contains(m.name)) {
        in.problem(path, "missing required field '" + m.name + "' (" + groupRule + ")");
      }
    }
    boolean hadProblems = in.problemCount() > before;
    if (assembler != null) {
      B parts = builders.get();
      setAll(parts, values);
      return assembler.assemble(parts, in, path, hadProblems);
    }
    if (hadProblems) {
      return null;
    }
    return built(in, path, () -> {
      B builder = builders.get();
      setAll(builder, values);
      return build.apply(builder);
    });
  }

  /** Checks the {@code type} member at the input's current token: it must name this codec's document type. */
  private void checkType(Input in) throws IOException {
    if (in.token() != JsonToken.VALUE_STRING) {
      in.wrongType("a string (the document type, \"" + documentType + "\")");
      return;
    }
    String given = in.parser().getText();
    if (given.equals(documentType)) {
      return;
    }
    if (RESULT_TYPES.contains(given)) {
      // One of this library's own names, not the user's text: it can be shown.
      in.problem("this is a " + given + " document; expected a " + documentType + " document");
    } else {
      in.problem("unknown document type (the value given is not shown); expected \"" + documentType + "\"");
    }
  }

  /**
   * Builds a model object, turning the model's rejection ({@link IllegalArgumentException} naming the field, the
   * value and the rule) into a problem at {@code path}.
   *
   * <p>The message is the model's own: the model shortens the values it quotes.
   *
   * @return the object, or {@code null} if the model rejected it
   */
  static <T> T built(Input in, String path, Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException | NullPointerException | IllegalStateException e) {
      in.problem(path, String.valueOf(e.getMessage()));
      return null;
    }
  }

  private void setAll(B builder, Object[] values) {
    for (int i = 0; i < members.size(); i++) {
      if (values[i] != null) {
        members.get(i).set(builder, values[i]);
      }
    }
  }

  private String memberNames(boolean document) {
    String names = members.stream().map(m -> m.name).collect(Collectors.joining(", "));
    if (!document) {
      return names;
    }
    return FORMAT_VERSION + ", " + (documentType == null ? "" : TYPE + ", ") + names;
  }

  @Override
  public void write(T value, JsonGenerator out) throws IOException {
    out.writeStartObject();
    writeMembers(value, out);
    out.writeEndObject();
  }

  /**
   * Writes {@code value} as a whole document: {@code formatVersion} first, then {@code type} for a result document,
   * then the members.
   *
   * @param value the model object
   * @param out the generator
   * @throws IOException if the target fails
   */
  public void writeDocument(T value, JsonGenerator out) throws IOException {
    out.writeStartObject();
    out.writeStringField(FORMAT_VERSION, FormatVersion.CURRENT);
    if (documentType != null) {
      out.writeStringField(TYPE, documentType);
    }
    writeMembers(value, out);
    out.writeEndObject();
  }

  private void writeMembers(T value, JsonGenerator out) throws IOException {
    for (Member<T, B, ?> m : members) {
      writeMember(m, value, out);
    }
  }

  private static <T, B, V> void writeMember(Member<T, B, V> m, T value, JsonGenerator out) throws IOException {
    V v = m.get(value);
    if (v == null || (!m.required && m.codec.isEmpty(v))) {
      return;
    }
    out.writeFieldName(m.name);
    m.codec.write(v, out);
  }

  /** The definition of an object codec, member by member. */
  static final class Definition<T, B> {
    private final String kind;
    private final Supplier<B> builders;
    private final Function<B, T> build;
    private final List<Member<T, B, ?>> members = new ArrayList<>();
    private final Assembler<T, B> assembler;
    private List<String> groupTriggers = List.of();
    private List<String> groupRequired = List.of();
    private String groupRule;
    private String documentType;

    private Definition(String kind, Supplier<B> builders, Function<B, T> build, Assembler<T, B> assembler) {
      this.kind = kind;
      this.builders = builders;
      this.build = build;
      this.assembler = assembler;
    }

    /** A member every object has. */
    <V> Definition<T, B> required(String name, Codec<V> codec, Function<T, V> get, BiConsumer<B, V> set) {
      members.add(new Member<>(name, codec, true, get, set));
      return this;
    }

    /** A member that may be absent: left out when {@code get} gives null or an empty list or map. */
    <V> Definition<T, B> optional(String name, Codec<V> codec, Function<T, V> get, BiConsumer<B, V> set) {
      members.add(new Member<>(name, codec, false, get, set));
      return this;
    }

    /** The members of another object type, flattened into this one. */
    <T0, B0> Definition<T, B> flatten(
        ObjectCodec<T0, B0> other, Function<T, T0> outer, Function<B, B0> builder, boolean required) {
      for (Member<T0, B0, ?> m : other.members) {
        members.add(m.flattenedInto(outer, builder, required && m.required));
      }
      return this;
    }

    /** Replaces member {@code name} (after {@link #flatten}), keeping its place and whether it is required. */
    <V> Definition<T, B> replacing(String name, Codec<V> codec, Function<T, V> get, BiConsumer<B, V> set) {
      for (int i = 0; i < members.size(); i++) {
        if (members.get(i).name.equals(name)) {
          members.set(i, new Member<>(name, codec, members.get(i).required, get, set));
          return this;
        }
      }
      throw new IllegalArgumentException("no member " + name);
    }

    /** Leaves out the member {@code name} (after {@link #flatten}: a member the outer object implies). */
    Definition<T, B> without(String name) {
      members.removeIf(m -> m.name.equals(name));
      return this;
    }

    /** When any of {@code triggers} is present, each of {@code required} must be too; {@code rule} says why. */
    Definition<T, B> requiredTogether(List<String> triggers, List<String> required, String rule) {
      this.groupTriggers = List.copyOf(triggers);
      this.groupRequired = List.copyOf(required);
      this.groupRule = rule;
      return this;
    }

    /**
     * Makes the codec's documents result documents, whose {@code type} member (after {@code formatVersion}) is
     * {@code type}: reading one of another type is a problem at {@code $.type}.
     */
    Definition<T, B> documentType(String type) {
      this.documentType = type;
      return this;
    }

    ObjectCodec<T, B> build() {
      return new ObjectCodec<>(this);
    }
  }
}
