package org.inspectionkit.rules.diff;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;
import org.inspectionkit.model.framework.DomainCode;
import org.inspectionkit.model.framework.ElementCode;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.framework.FrameworkId;
import org.inspectionkit.model.provider.ProviderType;

/**
 * The changes between two versions of a framework, and the mapping of old codes to new ones.
 *
 * <p>Changes are listed in code order. An element added or removed with everything beneath it is listed once, at
 * its own level: a removed standard implies its key questions and prompts. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class FrameworkChanges {

  FrameworkChanges() {}

  /**
   * The old version's id.
   *
   * @return the id
   */
  public abstract FrameworkId from();

  /**
   * The new version's id.
   *
   * @return the id
   */
  public abstract FrameworkId to();

  /**
   * Every change, in code order.
   *
   * @return the changes
   */
  public abstract List<Change> changes();

  @Value.Auxiliary
  abstract Framework oldFramework();

  @Value.Auxiliary
  abstract Framework newFramework();

  /**
   * Whether the two versions are the same.
   *
   * @return true if there is no change
   */
  public boolean isEmpty() {
    return changes().isEmpty();
  }

  /**
   * The changes to elements of one domain.
   *
   * @param domain the domain
   * @return its changes, in code order
   */
  public List<Change> within(DomainCode domain) {
    return changes().stream()
        .filter(c -> c.code().domain().equals(domain))
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * What an element of the old version is in the new one, for providers of type {@code type}: the same code where
   * it is unchanged or reworded, its new code where it (or an element above it) moved, and empty where it was
   * removed or never existed in the old version.
   *
   * @param type the provider type whose view is resolved
   * @param oldCode a code of the old version
   * @return the code in the new version, if the element still exists
   */
  public Optional<ElementCode> resolve(ProviderType type, ElementCode oldCode) {
    if (!existsIn(oldFramework(), type, oldCode)) {
      return Optional.empty();
    }
    ElementCode current = oldCode;
    for (ElementCode ancestor = oldCode; ancestor != null; ancestor = ancestor.parent().orElse(null)) {
      for (Change c : changes()) {
        if (!c.providerTypes().contains(type) || c.oldCode().filter(ancestor::equals).isEmpty()) {
          continue;
        }
        if (c.kind() == ChangeKind.REMOVED) {
          return Optional.empty();
        }
        if (c.kind() == ChangeKind.MOVED) {
          current = rebase(oldCode, ancestor, c.newCode().orElseThrow());
          return existsIn(newFramework(), type, current) ? Optional.of(current) : Optional.empty();
        }
      }
    }
    return existsIn(newFramework(), type, current) ? Optional.of(current) : Optional.empty();
  }

  private static boolean existsIn(Framework f, ProviderType type, ElementCode code) {
    if (code instanceof DomainCode) {
      return f.domain((DomainCode) code).isPresent();
    }
    return f.providerTypesWith(code).contains(type);
  }

  /** {@code code} with its prefix {@code from} replaced by {@code to} (same level). */
  static ElementCode rebase(ElementCode code, ElementCode from, ElementCode to) {
    if (code.equals(from)) {
      return to;
    }
    String suffix = code.toString().substring(from.toString().length());
    return ElementCode.parse(to + suffix);
  }

  /**
   * The changes, one per line.
   *
   * @return the text
   */
  public String describe() {
    if (isEmpty()) {
      return "No changes from " + from() + " to " + to() + ".";
    }
    return changes().stream().map(Change::describe).collect(Collectors.joining("\n"));
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  static ImmutableFrameworkChanges.Builder builder() {
    return ImmutableFrameworkChanges.builder();
  }

  @Override
  public String toString() {
    return "FrameworkChanges{" + from() + " -> " + to() + ", " + changes().size() + " changes}";
  }
}
