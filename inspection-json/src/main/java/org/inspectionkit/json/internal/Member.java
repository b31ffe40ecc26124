package org.inspectionkit.json.internal;

import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * One member of a JSON object: its name, its codec, how to get it from the model object when writing and how to
 * give it to the builder when reading.
 *
 * @param <T> the model type
 * @param <B> the builder type
 * @param <V> the member's value type
 */
final class Member<T, B, V> {

  final String name;
  final Codec<V> codec;
  final boolean required;
  private final Function<T, V> get;
  private final BiConsumer<B, V> set;

  Member(String name, Codec<V> codec, boolean required, Function<T, V> get, BiConsumer<B, V> set) {
    this.name = name;
    this.codec = codec;
    this.required = required;
    this.get = get;
    this.set = set;
  }

  /** The member's value in {@code value}, or {@code null} when it has none. */
  V get(T value) {
    return get.apply(value);
  }

  @SuppressWarnings("unchecked")
  void set(B builder, Object value) {
    set.accept(builder, (V) value);
  }

  /**
   * This member as a member of an object that flattens a {@code T} into itself: read from {@code outer(t)}, which
   * may be null (then the member is absent), and given to {@code builder(b)}.
   */
  <T2, B2> Member<T2, B2, V> flattenedInto(Function<T2, T> outer, Function<B2, B> builder, boolean required) {
    return new Member<>(
        name,
        codec,
        required,
        t2 -> {
          T t = outer.apply(t2);
          return t == null ? null : get.apply(t);
        },
        (b2, v) -> set.accept(builder.apply(b2), v));
  }
}
