package org.inspectionkit.model.casework;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;
import org.inspectionkit.model.internal.Checks;

/**
 * A meeting with a service user forum, or its equivalent, in the inspected area (from 2019-20 held in every
 * inspection).
 *
 * <p>Notes may describe people and are never printed by {@link #toString()}. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class ServiceUserForumMeeting {

  ServiceUserForumMeeting() {}

  /**
   * The date of the meeting.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * The forum, or the equivalent group, met.
   *
   * @return the forum's name
   */
  public abstract String forum();

  /**
   * How many service users took part, if recorded.
   *
   * @return the number of attendees
   */
  public abstract OptionalInt attendees();

  /**
   * The inspector's notes. Sensitive: never in {@code toString()}.
   *
   * @return the notes
   */
  @Value.Redacted
  public abstract Optional<String> notes();

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
    Checks.name("ServiceUserForumMeeting forum", forum(), 200);
    attendees().ifPresent(n -> Checks.atLeast("ServiceUserForumMeeting attendees", n, 0));
    notes().ifPresent(n -> Checks.text("ServiceUserForumMeeting notes", n, 20_000));
  }

  /** Builds a {@link ServiceUserForumMeeting}; date and forum are required. */
  public static final class Builder extends ImmutableServiceUserForumMeeting.Builder {
    Builder() {}
  }
}
