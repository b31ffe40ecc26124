package org.inspectionkit.model.framework;

import java.util.Objects;
import java.util.regex.Pattern;
import org.inspectionkit.model.internal.Checks;

/**
 * A kind of case sample: the cases a case-rated standard is rated from.
 *
 * <p>The probation framework has five: {@link #DOMAIN_TWO} (case supervision, all providers), {@link #UNPAID_WORK}
 * and {@link #THROUGH_THE_GATE} (CRC domain three), {@link #COURT_WORK} and {@link #VICTIM_WORK} (NPS domain three).
 * Other frameworks name their own with {@link #of(String)}, so a youth framework needs no code change. Two sample
 * kinds are equal when their codes are. Immutable and thread-safe.
 */
public final class SampleKind implements Comparable<SampleKind> {

  private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9-]{0,63}");

  /** Cases inspected for domain two, case supervision. */
  public static final SampleKind DOMAIN_TWO = new SampleKind("domain-two");
  /** Cases inspected for the CRC unpaid work standard. */
  public static final SampleKind UNPAID_WORK = new SampleKind("unpaid-work");
  /** Cases inspected for the CRC Through the Gate standard. */
  public static final SampleKind THROUGH_THE_GATE = new SampleKind("through-the-gate");
  /** Court reports and allocation decisions inspected for the NPS court work standard. */
  public static final SampleKind COURT_WORK = new SampleKind("court-work");
  /** Victim contact cases inspected for the NPS statutory victim work standard. */
  public static final SampleKind VICTIM_WORK = new SampleKind("victim-work");

  private final String code;

  private SampleKind(String code) {
    this.code = Checks.matches(
        "sample kind", code, SHAPE, "lower-case letters, digits and hyphens such as domain-two");
  }

  /**
   * The sample kind with this code; the built-in constants are returned for their codes.
   *
   * @param code the code, such as {@code unpaid-work}
   * @return the sample kind
   * @throws IllegalArgumentException if the code is not well formed
   */
  public static SampleKind of(String code) {
    Objects.requireNonNull(code, "sample kind");
    for (SampleKind k : new SampleKind[] {DOMAIN_TWO, UNPAID_WORK, THROUGH_THE_GATE, COURT_WORK, VICTIM_WORK}) {
      if (k.code.equals(code)) {
        return k;
      }
    }
    return new SampleKind(code);
  }

  /**
   * The code, such as {@code domain-two}.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  @Override
  public int compareTo(SampleKind other) {
    return code.compareTo(other.code);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SampleKind && ((SampleKind) o).code.equals(code);
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
