package org.inspectionkit.json.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * Reads and writes one kind of JSON value, streaming.
 *
 * @param <T> the Java type of the value
 */
public interface Codec<T> {

  /**
   * Reads the value at the input's current token. On bad input it records every problem it finds, leaves the
   * parser at the last token of the value and returns {@code null}.
   *
   * @param in the input, at the first token of the value
   * @return the value, or {@code null} if it has problems
   * @throws IOException if the JSON is malformed, a limit is exceeded or the source fails
   */
  T read(Input in) throws IOException;

  /**
   * Writes {@code value}.
   *
   * @param value the value, not null
   * @param out the generator
   * @throws IOException if the target fails
   */
  void write(T value, JsonGenerator out) throws IOException;

  /**
   * Whether {@code value} is empty and so is left out when it is optional (an empty list or map).
   *
   * @param value the value
   * @return true if empty
   */
  default boolean isEmpty(T value) {
    return false;
  }
}
