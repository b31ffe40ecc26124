package org.inspectionkit.model.casework;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.inspectionkit.model.internal.Checks;

/**
 * A coded theme of what a service user said in a domain-two interview, such as {@link #RELATIONSHIP_WITH_OFFICER}:
 * the interviews are summarised as counted themes, never as what a person said.
 *
 * <p>The built-in themes are this library's default coding frame (the inspectorate's own is not published); an
 * inspectorate codes with its own by {@link #of(String)}. Two themes are equal when their codes are. Immutable and
 * thread-safe.
 */
public final class InterviewTheme implements Comparable<InterviewTheme> {

  private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9-]{0,63}");

  /** Said how they get on with their probation officer (good or bad). */
  public static final InterviewTheme RELATIONSHIP_WITH_OFFICER = new InterviewTheme("relationship-with-officer");
  /** Said they were, or were not, involved in planning their sentence. */
  public static final InterviewTheme INVOLVED_IN_PLANNING = new InterviewTheme("involved-in-planning");
  /** Spoke of how often they are seen, or of missed appointments. */
  public static final InterviewTheme CONTACT_FREQUENCY = new InterviewTheme("contact-frequency");
  /** Spoke of changes of officer. */
  public static final InterviewTheme CHANGE_OF_OFFICER = new InterviewTheme("change-of-officer");
  /** Spoke of help, or of none, with accommodation, employment, finance or health. */
  public static final InterviewTheme HELP_WITH_NEEDS = new InterviewTheme("help-with-needs");
  /** Spoke of access to programmes and other services. */
  public static final InterviewTheme ACCESS_TO_SERVICES = new InterviewTheme("access-to-services");
  /** Spoke of whether their personal circumstances and diversity were taken into account. */
  public static final InterviewTheme DIVERSITY_NEEDS = new InterviewTheme("diversity-needs");
  /** Spoke of unpaid work. */
  public static final InterviewTheme UNPAID_WORK = new InterviewTheme("unpaid-work");

  private static final List<InterviewTheme> BUILT_IN = List.of(RELATIONSHIP_WITH_OFFICER, INVOLVED_IN_PLANNING,
      CONTACT_FREQUENCY, CHANGE_OF_OFFICER, HELP_WITH_NEEDS, ACCESS_TO_SERVICES, DIVERSITY_NEEDS, UNPAID_WORK);

  private final String code;

  private InterviewTheme(String code) {
    this.code = Checks.matches(
        "interview theme", code, SHAPE, "lower-case letters, digits and hyphens such as relationship-with-officer");
  }

  /**
   * The theme with this code; the built-in constants are returned for their codes.
   *
   * @param code the code, such as {@code help-with-needs}
   * @return the theme
   * @throws IllegalArgumentException if the code is not well formed
   */
  public static InterviewTheme of(String code) {
    Objects.requireNonNull(code, "interview theme");
    for (InterviewTheme t : BUILT_IN) {
      if (t.code.equals(code)) {
        return t;
      }
    }
    return new InterviewTheme(code);
  }

  /**
   * The default coding frame, in a fixed order.
   *
   * @return the built-in themes
   */
  public static List<InterviewTheme> builtIn() {
    return BUILT_IN;
  }

  /**
   * The code, such as {@code help-with-needs}.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  @Override
  public int compareTo(InterviewTheme other) {
    return code.compareTo(other.code);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof InterviewTheme && ((InterviewTheme) o).code.equals(code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public String toString() {
    return code;
  }
}
