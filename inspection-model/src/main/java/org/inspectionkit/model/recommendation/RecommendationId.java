package org.inspectionkit.model.recommendation;

import java.util.Objects;
import org.inspectionkit.model.inspection.InspectionId;
import org.inspectionkit.model.internal.Checks;

/**
 * The identifier of a recommendation: the inspection that made it and its number in that inspection's report,
 * written {@code crc-bench-2018-19/3}.
 *
 * <p>Immutable and thread-safe; orders by inspection id, then number.
 */
public final class RecommendationId implements Comparable<RecommendationId> {

  /** The largest recommendation number: six digits, far more than any report makes. */
  public static final int MAX_NUMBER = 999_999;

  private final InspectionId inspection;
  private final int number;

  private RecommendationId(InspectionId inspection, int number) {
    this.inspection = Objects.requireNonNull(inspection, "inspection");
    if (number < 1 || number > MAX_NUMBER) {
      throw new IllegalArgumentException(
          "recommendation id: number must be between 1 and " + MAX_NUMBER + ", was " + number);
    }
    this.number = number;
  }

  /**
   * The id of recommendation {@code number} of {@code inspection}.
   *
   * @param inspection the inspection that made it
   * @param number its number, from 1 to {@link #MAX_NUMBER}
   * @return the id
   */
  public static RecommendationId of(InspectionId inspection, int number) {
    return new RecommendationId(inspection, number);
  }

  /**
   * Reads an id written {@code <inspection id>/<number>}, such as {@code crc-bench-2018-19/3}.
   *
   * @param text the id
   * @return the id
   * @throws IllegalArgumentException if the text is not of that form
   */
  public static RecommendationId parse(CharSequence text) {
    Objects.requireNonNull(text, "recommendation id");
    String s = text.toString();
    int slash = s.lastIndexOf('/');
    if (slash <= 0 || slash == s.length() - 1) {
      throw new IllegalArgumentException(
          "recommendation id: expected <inspection id>/<number> such as crc-bench-2018-19/3, was '"
              + Checks.printable(s) + "'");
    }
    String digits = s.substring(slash + 1);
    if (!digits.matches("[1-9][0-9]{0,5}")) {
      throw new IllegalArgumentException(
          "recommendation id: expected a number from 1 to " + MAX_NUMBER + " after '/', was '"
              + Checks.printable(s) + "'");
    }
    return new RecommendationId(InspectionId.of(s.substring(0, slash)), Integer.parseInt(digits));
  }

  /**
   * The inspection that made the recommendation.
   *
   * @return the inspection id
   */
  public InspectionId inspection() {
    return inspection;
  }

  /**
   * The recommendation's number in that inspection's report.
   *
   * @return the number
   */
  public int number() {
    return number;
  }

  @Override
  public int compareTo(RecommendationId other) {
    int c = inspection.compareTo(other.inspection);
    return c != 0 ? c : Integer.compare(number, other.number);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RecommendationId
        && ((RecommendationId) o).number == number
        && ((RecommendationId) o).inspection.equals(inspection);
  }

  @Override
  public int hashCode() {
    return inspection.hashCode() * 31 + number;
  }

  @Override
  public String toString() {
    return inspection + "/" + number;
  }
}
