package org.inspectionkit.rules.internal;

/**
 * The Wilson score interval of a share {@code yes / n} at the given z: {@code (p + z²/2n ± z·sqrt(p(1-p)/n +
 * z²/4n²)) / (1 + z²/n)}, clamped to 0..1 (Wilson 1927). The one implementation the rating and the portfolio use.
 *
 * <p>Not part of the public API.
 */
public final class Wilson {

  private Wilson() {}

  /**
   * The interval.
   *
   * @param yes the successes, 0 to n
   * @param n the trials, at least 1
   * @param z the two-sided z value
   * @return the lower and upper ends, 0 to 1
   */
  public static double[] interval(int yes, int n, double z) {
    double p = (double) yes / n;
    double z2 = z * z;
    double denominator = 1 + z2 / n;
    double centre = (p + z2 / (2.0 * n)) / denominator;
    double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
    return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
  }
}
