package org.inspectionkit.model.provider;

import java.util.Objects;
import java.util.regex.Pattern;
import org.inspectionkit.model.internal.Checks;

/**
 * The type of an inspected provider, which decides the domain-three standards it is rated on.
 *
 * <p>2018-2020 had two: {@link #CRC} (Community Rehabilitation Company) and {@link #NPS_DIVISION} (a National
 * Probation Service division). The transition to twelve probation areas brings {@link #PROBATION_REGION}, and the
 * sibling youth framework inspects {@link #YOUTH_OFFENDING_SERVICE}s. Further types are named with
 * {@link #of(String)}. Two provider types are equal when their codes are. Immutable and thread-safe.
 */
public final class ProviderType implements Comparable<ProviderType> {

  private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9-]{0,63}");

  /** A Community Rehabilitation Company: low and medium risk of serious harm cases, unpaid work, Through the Gate. */
  public static final ProviderType CRC = new ProviderType("crc");
  /** A National Probation Service division: high risk cases, advice to court, statutory victim work. */
  public static final ProviderType NPS_DIVISION = new ProviderType("nps-division");
  /** One of the twelve probation areas that replaced CRCs and NPS divisions from 2021. */
  public static final ProviderType PROBATION_REGION = new ProviderType("probation-region");
  /** A youth offending service, inspected under the sibling youth framework. */
  public static final ProviderType YOUTH_OFFENDING_SERVICE = new ProviderType("youth-offending-service");

  private static final ProviderType[] BUILT_IN = {CRC, NPS_DIVISION, PROBATION_REGION, YOUTH_OFFENDING_SERVICE};

  private final String code;

  private ProviderType(String code) {
    this.code = Checks.matches(
        "provider type", code, SHAPE, "lower-case letters, digits and hyphens such as crc or nps-division");
  }

  /**
   * The provider type with this code; the built-in constants are returned for their codes.
   *
   * @param code the code, such as {@code crc}
   * @return the provider type
   * @throws IllegalArgumentException if the code is not well formed
   */
  public static ProviderType of(String code) {
    Objects.requireNonNull(code, "provider type");
    for (ProviderType t : BUILT_IN) {
      if (t.code.equals(code)) {
        return t;
      }
    }
    return new ProviderType(code);
  }

  /**
   * The code, such as {@code nps-division}.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  @Override
  public int compareTo(ProviderType other) {
    return code.compareTo(other.code);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProviderType && ((ProviderType) o).code.equals(code);
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
