package org.inspectionkit.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser.NumberType;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Codecs of scalar values, lists and maps. */
public final class Codecs {

  private static final Pattern DATE_SHAPE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  private Codecs() {}

  /** A JSON string; the model checks whether it may be blank and how long it may be. */
  public static final Codec<String> TEXT =
      new Codec<>() {
        @Override
        public String read(Input in) throws IOException {
          if (in.token() != JsonToken.VALUE_STRING) {
            in.wrongType("a string");
            return null;
          }
          String text = in.parser().getText();
          int broken = Texts.loneSurrogate(text);
          if (broken > 0) {
            in.problem("expected well-formed Unicode text, holds a lone surrogate at position " + broken);
            return null;
          }
          return text;
        }

        @Override
        public void write(String value, JsonGenerator out) throws IOException {
          out.writeString(value);
        }
      };

  /** {@code true} or {@code false}. */
  public static final Codec<Boolean> BOOLEAN =
      new Codec<>() {
        @Override
        public Boolean read(Input in) throws IOException {
          if (in.token() != JsonToken.VALUE_TRUE && in.token() != JsonToken.VALUE_FALSE) {
            in.wrongType("true or false");
            return null;
          }
          return in.token() == JsonToken.VALUE_TRUE;
        }

        @Override
        public void write(Boolean value, JsonGenerator out) throws IOException {
          out.writeBoolean(value);
        }
      };

  /** A whole number that fits a Java {@code int}. */
  public static final Codec<Integer> INT =
      new Codec<>() {
        @Override
        public Integer read(Input in) throws IOException {
          if (in.token() != JsonToken.VALUE_NUMBER_INT) {
            in.wrongType("a whole number");
            return null;
          }
          if (in.parser().getNumberType() != NumberType.INT) {
            in.problem(
                "expected a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE
                    + ", was one outside that range");
            return null;
          }
          return in.parser().getIntValue();
        }

        @Override
        public void write(Integer value, JsonGenerator out) throws IOException {
          out.writeNumber(value);
        }
      };

  /** A whole number that fits a Java {@code long}, such as a sample's seed. */
  public static final Codec<Long> LONG =
      new Codec<>() {
        @Override
        public Long read(Input in) throws IOException {
          if (in.token() != JsonToken.VALUE_NUMBER_INT) {
            in.wrongType("a whole number");
            return null;
          }
          NumberType type = in.parser().getNumberType();
          if (type != NumberType.INT && type != NumberType.LONG) {
            in.problem(
                "expected a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE
                    + ", was one outside that range");
            return null;
          }
          return in.parser().getLongValue();
        }

        @Override
        public void write(Long value, JsonGenerator out) throws IOException {
          out.writeNumber(value);
        }
      };

  /**
   * A JSON number read exactly as written, scale included ({@code 65} and {@code 65.0} are different decimals), and
   * written as {@link BigDecimal#toString()}, which reads back to an equal decimal: a policy's thresholds.
   */
  public static final Codec<BigDecimal> DECIMAL =
      new Codec<>() {
        @Override
        public BigDecimal read(Input in) throws IOException {
          if (in.token() != JsonToken.VALUE_NUMBER_INT && in.token() != JsonToken.VALUE_NUMBER_FLOAT) {
            in.wrongType("a number");
            return null;
          }
          return in.parser().getDecimalValue();
        }

        @Override
        public void write(BigDecimal value, JsonGenerator out) throws IOException {
          out.writeNumber(value);
        }
      };

  /**
   * A finite JSON number as a Java {@code double}: written in the shortest form that reads back to the same double,
   * read back exactly.
   */
  public static final Codec<Double> DOUBLE =
      new Codec<>() {
        @Override
        public Double read(Input in) throws IOException {
          if (in.token() != JsonToken.VALUE_NUMBER_INT && in.token() != JsonToken.VALUE_NUMBER_FLOAT) {
            in.wrongType("a number");
            return null;
          }
          double d = in.parser().getDoubleValue();
          if (!Double.isFinite(d)) {
            in.problem("expected a number within the range of a double, was one outside it");
            return null;
          }
          return d;
        }

        @Override
        public void write(Double value, JsonGenerator out) throws IOException {
          out.writeNumber(value);
        }
      };

  /** A date as an ISO string {@code yyyy-MM-dd}. */
  public static final Codec<LocalDate> DATE =
      parsed(
          "date",
          text -> {
            if (!DATE_SHAPE.matcher(text).matches()) {
              throw new IllegalArgumentException(
                  "date: expected yyyy-MM-dd such as 2019-09-02");
            }
            try {
              return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
              throw new IllegalArgumentException("date: no such day in the calendar", e);
            }
          },
          LocalDate::toString);

  /**
   * A value written as a string: a code or an identifier. Bad text is reported with the parser's own message
   * (which names the kind of value and quotes it, shortened).
   *
   * @param kind what the value is, for a wrong type
   * @param parse the parser; throws {@link IllegalArgumentException} for bad text
   * @param print the printer, the inverse of {@code parse}
   * @param <T> the value type
   * @return the codec
   */
  public static <T> Codec<T> parsed(String kind, Function<String, T> parse, Function<T, String> print) {
    return new Codec<>() {
      @Override
      public T read(Input in) throws IOException {
        if (in.token() != JsonToken.VALUE_STRING) {
          in.wrongType("a string (" + kind + ")");
          return null;
        }
        String text = in.parser().getText();
        if (Texts.loneSurrogate(text) > 0) {
          in.problem(kind + ": expected well-formed Unicode text, holds a lone surrogate");
          return null;
        }
        try {
          return in.parseShared(parse, text);
        } catch (IllegalArgumentException e) {
          in.problem(Texts.withoutValue(e.getMessage(), text));
          return null;
        }
      }

      @Override
      public void write(T value, JsonGenerator out) throws IOException {
        out.writeString(print.apply(value));
      }
    };
  }

  /**
   * An enum written as its constant's name, such as {@code "REQUIRES_IMPROVEMENT"}.
   *
   * @param type the enum
   * @param kind what the value is, such as "rating"
   * @param <E> the enum type
   * @return the codec
   */
  public static <E extends Enum<E>> Codec<E> enumeration(Class<E> type, String kind) {
    E[] constants = type.getEnumConstants();
    String names = Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", "));
    return new Codec<>() {
      @Override
      public E read(Input in) throws IOException {
        if (in.token() != JsonToken.VALUE_STRING) {
          in.wrongType("a string (" + kind + ")");
          return null;
        }
        String text = in.parser().getText();
        for (E e : constants) {
          if (e.name().equals(text)) {
            return e;
          }
        }
        in.problem("unknown " + kind + " (the value given is not shown), expected one of " + names);
        return null;
      }

      @Override
      public void write(E value, JsonGenerator out) throws IOException {
        out.writeString(value.name());
      }
    };
  }

  /**
   * The parser of an enum constant's name used as a map key, such as {@code "OUTSTANDING"}: an unknown name is
   * rejected with the allowed names, never repeating the text given.
   *
   * @param type the enum
   * @param kind what the key is, such as "rating"
   * @param <E> the enum type
   * @return the parser; throws {@link IllegalArgumentException} for an unknown name
   */
  public static <E extends Enum<E>> Function<String, E> enumKey(Class<E> type, String kind) {
    E[] constants = type.getEnumConstants();
    String names = Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", "));
    return text -> {
      for (E e : constants) {
        if (e.name().equals(text)) {
          return e;
        }
      }
      throw new IllegalArgumentException("unknown " + kind + " (the key given is not shown), expected one of " + names);
    };
  }

  /**
   * A JSON array of values. An element with problems is kept as {@code null}, so the positions of the others, and
   * so their paths, stay right.
   *
   * @param elements the element codec
   * @param <T> the element type
   * @return the codec
   */
  public static <T> Codec<List<T>> listOf(Codec<T> elements) {
    return new Codec<>() {
      @Override
      public List<T> read(Input in) throws IOException {
        if (in.token() != JsonToken.START_ARRAY) {
          in.wrongType("an array");
          return null;
        }
        String path = in.path();
        int max = in.options().maxArrayLength();
        List<T> out = new ArrayList<>();
        while (in.next() != JsonToken.END_ARRAY) {
          if (out.size() == max) {
            // Refused before the element is read: a limit that holds is one that stops allocation.
            in.problem(path, "has more than " + max + " elements, the reader's limit (maxArrayLength); raise it"
                + " with InspectionJson.builder().maxArrayLength(n) where the heap allows (about 1.1 KB per fully"
                + " answered case)");
            do {
              in.skip();
            } while (in.next() != JsonToken.END_ARRAY);
            return null;
          }
          out.add(elements.read(in));
        }
        return out;
      }

      @Override
      public void write(List<T> value, JsonGenerator out) throws IOException {
        out.writeStartArray();
        for (T t : value) {
          elements.write(t, out);
        }
        out.writeEndArray();
      }

      @Override
      public boolean isEmpty(List<T> value) {
        return value.isEmpty();
      }
    };
  }

  /**
   * A JSON object used as a map from keys written as member names to values; written in the map's order (the
   * model's maps are sorted, so the output is too).
   *
   * @param keyKind what a key is, for messages
   * @param parseKey the key parser; throws {@link IllegalArgumentException} for bad text
   * @param values the value codec
   * @param <K> the key type
   * @param <V> the value type
   * @return the codec
   */
  public static <K, V> Codec<NavigableMap<K, V>> mapOf(
      String keyKind, Function<String, K> parseKey, Codec<V> values) {
    return new Codec<>() {
      @Override
      public NavigableMap<K, V> read(Input in) throws IOException {
        if (in.token() != JsonToken.START_OBJECT) {
          in.wrongType("an object (a map of " + keyKind + "s)");
          return null;
        }
        NavigableMap<K, V> out = new TreeMap<>();
        Set<K> seen = new HashSet<>();
        while (in.next() == JsonToken.FIELD_NAME) {
          K key = null;
          String name = in.parser().currentName();
          try {
            key = in.parseShared(parseKey, name);
          } catch (IllegalArgumentException e) {
            in.problem(Texts.about(e.getMessage(), name));
          }
          in.next();
          if (key == null) {
            in.skip();
            continue;
          }
          if (!seen.add(key)) {
            in.problem("duplicate " + keyKind);
            in.skip();
            continue;
          }
          V value = values.read(in);
          if (value != null) {
            out.put(key, value);
          }
        }
        return out;
      }

      @Override
      public void write(NavigableMap<K, V> value, JsonGenerator out) throws IOException {
        out.writeStartObject();
        for (Map.Entry<K, V> e : value.entrySet()) {
          out.writeFieldName(e.getKey().toString());
          values.write(e.getValue(), out);
        }
        out.writeEndObject();
      }

      @Override
      public boolean isEmpty(NavigableMap<K, V> value) {
        return value.isEmpty();
      }
    };
  }
}
