package org.inspectionkit.model;

import java.util.Optional;

/**
 * The inspectorate's four-point rating scale, best first: Outstanding, Good, Requires improvement, Inadequate.
 *
 * <p>Every standard is rated on this scale and so is the provider overall. The natural order of the constants is
 * best first, so {@code OUTSTANDING.compareTo(GOOD) < 0}; use {@link #isBetterThan(Rating)} to say it in words.
 * {@link #points()} gives the inspectorate's published points (3, 2, 1, 0); a rating policy in
 * {@code inspection-rules} may assign others.
 *
 * <p>Immutable and thread-safe.
 */
public enum Rating {
  /** Outstanding: 3 points. */
  OUTSTANDING(3, "Outstanding"),
  /** Good: 2 points. */
  GOOD(2, "Good"),
  /** Requires improvement: 1 point. */
  REQUIRES_IMPROVEMENT(1, "Requires improvement"),
  /** Inadequate: 0 points. */
  INADEQUATE(0, "Inadequate");

  private final int points;
  private final String label;

  Rating(int points, String label) {
    this.points = points;
    this.label = label;
  }

  /**
   * The points this rating contributes to a provider's overall score under the inspectorate's published scheme:
   * Outstanding 3, Good 2, Requires improvement 1, Inadequate 0.
   *
   * @return the default points
   */
  public int points() {
    return points;
  }

  /**
   * The rating as the inspectorate writes it in reports, for example {@code "Requires improvement"}.
   *
   * @return the display label
   */
  public String label() {
    return label;
  }

  /**
   * Whether this rating is strictly better than {@code other}.
   *
   * @param other the rating to compare with
   * @return true if better
   */
  public boolean isBetterThan(Rating other) {
    return compareTo(other) < 0;
  }

  /**
   * Whether this rating is strictly worse than {@code other}.
   *
   * @param other the rating to compare with
   * @return true if worse
   */
  public boolean isWorseThan(Rating other) {
    return compareTo(other) > 0;
  }

  /**
   * The next rating up the scale, if there is one.
   *
   * @return the next better rating, empty for Outstanding
   */
  public Optional<Rating> better() {
    return ordinal() == 0 ? Optional.empty() : Optional.of(values()[ordinal() - 1]);
  }

  /**
   * The next rating down the scale, if there is one.
   *
   * @return the next worse rating, empty for Inadequate
   */
  public Optional<Rating> worse() {
    Rating[] all = values();
    return ordinal() == all.length - 1 ? Optional.empty() : Optional.of(all[ordinal() + 1]);
  }

  /**
   * Reads a rating from its constant name ({@code REQUIRES_IMPROVEMENT}) or its label ({@code Requires
   * improvement}), ignoring case.
   *
   * @param text the name or label
   * @return the rating
   * @throws IllegalArgumentException if the text names no rating
   */
  public static Rating parse(String text) {
    for (Rating r : values()) {
      if (r.name().equalsIgnoreCase(text) || r.label.equalsIgnoreCase(text)) {
        return r;
      }
    }
    throw new IllegalArgumentException(
        "Rating: expected one of Outstanding, Good, Requires improvement, Inadequate, was '" + text + "'");
  }
}
