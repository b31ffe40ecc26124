package org.inspectionkit.rules.consistency;

import java.util.List;
import java.util.NavigableMap;
import org.immutables.value.Value;
import org.inspectionkit.model.casework.CaseRef;
import org.inspectionkit.model.framework.ElementCode;

/**
 * One finding of a consistency check: its stable code, severity, the framework elements and cases it concerns, a
 * message a reviewer understands, and the numbers behind it.
 *
 * <p>Messages name elements and pseudonymous case references, never personal free text. Immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Finding {

  Finding() {}

  /**
   * The stable code of the kind of finding, such as {@code domain-one-disconnect}; the code of the check that made
   * it, or a more specific code beneath it.
   *
   * @return the code
   */
  public abstract String code();

  /**
   * How much it matters.
   *
   * @return the severity
   */
  public abstract Severity severity();

  /**
   * The standards, key questions or prompts concerned, in code order.
   *
   * @return the elements
   */
  public abstract List<ElementCode> elements();

  /**
   * The cases concerned, by reference, in order.
   *
   * @return the cases
   */
  public abstract List<CaseRef> cases();

  /**
   * What was found, in words.
   *
   * @return the message
   */
  public abstract String message();

  /**
   * The numbers behind the finding, by name, such as {@code "2.1.3.share" -> "41.0%"}.
   *
   * @return the figures
   */
  @Value.NaturalOrder
  public abstract NavigableMap<String, String> figures();

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return severity() + " " + code() + ": " + message();
  }

  /** Builds a {@link Finding}; code, severity and message are required. */
  public static final class Builder extends ImmutableFinding.Builder {
    Builder() {}
  }
}
