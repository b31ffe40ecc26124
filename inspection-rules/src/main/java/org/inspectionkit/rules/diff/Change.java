package org.inspectionkit.rules.diff;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.inspectionkit.model.framework.ElementCode;
import org.inspectionkit.model.framework.FrameworkLevel;
import org.inspectionkit.model.provider.ProviderType;

/**
 * One change between two versions of a framework: its kind, the element's level and code in each version, the
 * provider types whose view of the framework it concerns, and the wording or property before and after.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Change {

  Change() {}

  /**
   * What happened.
   *
   * @return the kind of change
   */
  public abstract ChangeKind kind();

  /**
   * The level of the element.
   *
   * @return domain, standard, key question or prompt
   */
  public abstract FrameworkLevel level();

  /**
   * The element's code in the old version; empty when added.
   *
   * @return the old code
   */
  public abstract Optional<ElementCode> oldCode();

  /**
   * The element's code in the new version; empty when removed.
   *
   * @return the new code
   */
  public abstract Optional<ElementCode> newCode();

  /**
   * The provider types whose view of the framework the change concerns, in code order.
   *
   * @return the provider types
   */
  public abstract List<ProviderType> providerTypes();

  /**
   * The wording or property before the change; empty when added.
   *
   * @return the old text
   */
  public abstract Optional<String> before();

  /**
   * The wording or property after the change; empty when removed.
   *
   * @return the new text
   */
  public abstract Optional<String> after();

  /**
   * The code the change is best known by: the new code, or the old one for a removal.
   *
   * @return the code
   */
  public ElementCode code() {
    return newCode().orElseGet(() -> oldCode().orElseThrow());
  }

  /**
   * The change in one line, such as {@code ADDED prompt 1.2.2.d [crc, nps-division]: "Diversity of the
   * workforce"}.
   *
   * @return the description
   */
  public String describe() {
    StringBuilder sb = new StringBuilder();
    sb.append(kind()).append(' ').append(level().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
        .append(' ');
    if (kind() == ChangeKind.MOVED) {
      sb.append(oldCode().orElseThrow()).append(" -> ").append(newCode().orElseThrow());
    } else {
      sb.append(code());
    }
    sb.append(' ').append(providerTypes());
    switch (kind()) {
      case ADDED:
        sb.append(": \"").append(after().orElse("")).append('"');
        break;
      case REMOVED:
        sb.append(": \"").append(before().orElse("")).append('"');
        break;
      case MOVED:
        sb.append(": \"").append(after().orElse("")).append('"');
        break;
      default:
        sb.append(": \"").append(before().orElse("")).append("\" -> \"").append(after().orElse("")).append('"');
    }
    return sb.toString();
  }

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
    return describe();
  }

  /** Builds a {@link Change}. */
  public static final class Builder extends ImmutableChange.Builder {
    Builder() {}
  }
}
