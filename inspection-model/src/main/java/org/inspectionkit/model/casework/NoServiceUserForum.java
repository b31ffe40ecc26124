package org.inspectionkit.model.casework;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.inspectionkit.model.internal.Checks;

/**
 * The record that the inspected area has no service user forum nor any equivalent: the 2019-20 method meets
 * "service user fora or the equivalent where one exists", so where none exists there is nothing to meet, and the
 * inspection says how that was established.
 *
 * <p>The note may name organisations and is never printed by {@link #toString()}. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class NoServiceUserForum {

  NoServiceUserForum() {}

  /**
   * How it was established that none exists.
   *
   * @return the enquiry
   */
  public abstract ForumEnquiry establishedBy();

  /**
   * When, if recorded.
   *
   * @return the date
   */
  public abstract Optional<LocalDate> date();

  /**
   * What was found, in words. Sensitive: never in {@code toString()}.
   *
   * @return the note
   */
  @Value.Redacted
  public abstract Optional<String> note();

  /**
   * A record with no date or note.
   *
   * @param establishedBy how it was established
   * @return the record
   */
  public static NoServiceUserForum of(ForumEnquiry establishedBy) {
    return builder().establishedBy(establishedBy).build();
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
    note().ifPresent(n -> Checks.text("NoServiceUserForum note", n, 4_000));
  }

  /** Builds a {@link NoServiceUserForum}; how it was established is required. */
  public static final class Builder extends ImmutableNoServiceUserForum.Builder {
    Builder() {}
  }
}
