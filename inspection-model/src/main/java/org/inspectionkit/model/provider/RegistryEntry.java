package org.inspectionkit.model.provider;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import org.inspectionkit.model.internal.Checks;

/**
 * One provider of a {@link ProviderRegistry}: a CRC, an NPS division, a probation region, a probation delivery unit
 * or any other inspected body, with the dates it existed and, for a part of a larger provider, its parent.
 *
 * <p>An inspection names its provider by {@link #id()}; the registry says what that id stood for and when. The dates
 * are inclusive: the entry exists from {@link #from()} to {@link #until()}, or from {@link #from()} on when it has no
 * end. {@link #source()} says whether the entry's facts are published or a default of this library.
 *
 * <p>Invariants, checked when it is built: a well-formed one-line name (at most 200 characters), area (500) and
 * owner (200); {@code until} not before {@code from}; not its own parent. Whether the parent exists is the
 * registry's check. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class RegistryEntry {

  RegistryEntry() {}

  /**
   * The provider's stable identifier, such as {@code crc-bench}: what an inspection names.
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
   * Who owned or ran the provider, such as {@code "Sodexo Justice Services"} for a CRC, if recorded: the owner when
   * the entry began. A later change of owner is the registry document's to note, or a replacement entry's.
   *
   * @return the owner
   */
  public abstract Optional<String> owner();

  /**
   * The provider this one is part of, such as a probation delivery unit's region, if any.
   *
   * @return the parent's id
   */
  public abstract Optional<ProviderId> parent();

  /**
   * The first day the provider existed, inclusive.
   *
   * @return the first day
   */
  public abstract LocalDate from();

  /**
   * The last day the provider existed, inclusive; empty while it still exists.
   *
   * @return the last day
   */
  public abstract Optional<LocalDate> until();

  /**
   * Whether the entry's facts are {@link EntrySource#PUBLISHED} or a {@link EntrySource#DEFAULT} of this library.
   *
   * @return the source
   */
  public abstract EntrySource source();

  /**
   * Whether the provider existed on {@code date}: on or after {@link #from()} and on or before {@link #until()}.
   *
   * @param date the day
   * @return true if the provider existed that day
   */
  public boolean existsOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return !date.isBefore(from()) && until().map(u -> !date.isAfter(u)).orElse(true);
  }

  /**
   * The provider as an inspection records it: this entry's id, name, type and area.
   *
   * @return the provider
   */
  public Provider toProvider() {
    Provider.Builder b = Provider.builder().id(id()).name(name()).type(type());
    area().ifPresent(b::area);
    return b.build();
  }

  /**
   * The dates the provider existed, as text such as {@code 2015-02-01 to 2021-06-25} or {@code from 2021-06-26}.
   *
   * @return the period
   */
  public String period() {
    return until().map(u -> from() + " to " + u).orElse("from " + from());
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this entry's facts, to make a changed copy such as the same provider with a later end.
   *
   * @return the builder
   */
  public Builder toBuilder() {
    Builder b = builder();
    b.id(id()).name(name()).type(type()).area(area()).owner(owner()).parent(parent()).from(from()).until(until())
        .source(source());
    return b;
  }

  @Value.Check
  void check() {
    String where = "RegistryEntry " + id();
    Checks.name(where + " name", name(), 200);
    area().ifPresent(a -> Checks.name(where + " area", a, 500));
    owner().ifPresent(o -> Checks.name(where + " owner", o, 200));
    until().ifPresent(
        u -> Checks.require(
            !u.isBefore(from()), where + " until", "must not be before from " + from() + ", was " + u));
    parent().ifPresent(
        p -> Checks.require(!p.equals(id()), where + " parent", "an entry cannot be its own parent"));
  }

  /**
   * Builds a {@link RegistryEntry}; {@code id}, {@code name}, {@code type}, {@code from} and {@code source} are
   * required.
   */
  public static final class Builder extends ImmutableRegistryEntry.Builder {
    Builder() {}

    /**
     * Sets the id from its text form.
     *
     * @param id the id, such as {@code crc-bench}
     * @return this builder
     */
    public Builder id(String id) {
      return id(Checks.parse("RegistryEntry.id", id, ProviderId::of));
    }

    /**
     * Sets the type from its code.
     *
     * @param type the code, such as {@code probation-region}
     * @return this builder
     */
    public Builder type(String type) {
      return type(Checks.parse("RegistryEntry.type", type, ProviderType::of));
    }

    /**
     * Sets the parent from its id's text form.
     *
     * @param parent the parent's id, such as {@code region-wales}
     * @return this builder
     */
    public Builder parent(String parent) {
      return parent(Checks.parse("RegistryEntry.parent", parent, ProviderId::of));
    }
  }
}
