package org.inspectionkit.model.provider;

import java.util.Optional;
import org.immutables.value.Value;
import org.inspectionkit.model.internal.Checks;

/**
 * An inspected provider as it stood when it was inspected: its id, name, type and area.
 *
 * <p>An inspection keeps this snapshot, so a provider whose type or area changes between cycles (a CRC area
 * becoming part of a probation region) is still described as it was. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Provider {

  Provider() {}

  /**
   * The provider's stable identifier.
   *
   * @return the id
   */
  public abstract ProviderId id();

  /**
   * The provider's name, such as {@code "BeNCH CRC"}.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The provider's type, which decides the domain-three standards it is rated on.
   *
   * @return the type
   */
  public abstract ProviderType type();

  /**
   * The area the provider covers, such as {@code "Bedfordshire, Northamptonshire, Cambridgeshire and
   * Hertfordshire"}, if recorded.
   *
   * @return the area
   */
  public abstract Optional<String> area();

  /**
   * A provider with no area recorded.
   *
   * @param id the id
   * @param name the name
   * @param type the type
   * @return the provider
   */
  public static Provider of(ProviderId id, String name, ProviderType type) {
    return builder().id(id).name(name).type(type).build();
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.name("Provider.name", name(), 200);
    area().ifPresent(a -> Checks.name("Provider.area", a, 500));
  }

  /** Builds a {@link Provider}; {@code id}, {@code name} and {@code type} are required. */
  public static final class Builder extends ImmutableProvider.Builder {
    Builder() {}
  }
}
