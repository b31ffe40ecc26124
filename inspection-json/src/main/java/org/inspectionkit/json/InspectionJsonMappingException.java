package org.inspectionkit.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Objects;

/**
 * Thrown by an {@link ObjectMapper} with the {@link InspectionJsonModule} when a model object or a result it reads is
 * not valid: the way Jackson users catch mapping failures ({@link JsonMappingException}, an {@code IOException}),
 * carrying every problem found with its JSON path in the mapper's document, as {@link InspectionJsonException} does
 * for {@link InspectionJson}.
 *
 * <p>Its cause is the {@link InspectionJsonException} with the same problems, so code that looked for that exception
 * as the cause of Jackson's keeps working; {@link InspectionJson#read} still throws {@link InspectionJsonException}
 * itself, unchecked. Jackson adds its own location and, when the value was inside the application's objects, the
 * reference chain to it, to {@link #getMessage()}; {@link #problems()} and {@link #getOriginalMessage()} have
 * neither. Immutable once thrown.
 */
public final class InspectionJsonMappingException extends JsonMappingException {

  private static final long serialVersionUID = 1L;

  /** The kind of document or value that was read, such as {@code rating}. */
  private final String documentKind;

  /** Every problem, in the order found. */
  private final List<JsonProblem> problems;

  /**
   * A failure of the parser {@code parser} to read a value, with the problems of {@code cause}.
   *
   * @param parser the parser that was reading, for Jackson's location; may be null
   * @param cause the failure with every problem
   */
  public InspectionJsonMappingException(JsonParser parser, InspectionJsonException cause) {
    super(parser, Objects.requireNonNull(cause, "cause").getMessage(), cause);
    this.documentKind = cause.documentKind();
    this.problems = cause.problems();
  }

  /**
   * The kind of document or value that was being read, such as {@code rating} or {@code inspection}.
   *
   * @return the kind
   */
  public String documentKind() {
    return documentKind;
  }

  /**
   * Every problem found, in the order found, each with its JSON path in the document the mapper read.
   *
   * @return the problems, never empty
   */
  public List<JsonProblem> problems() {
    return problems;
  }
}
