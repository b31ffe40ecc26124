package org.inspectionkit.rules.sampling.internal;

/**
 * The inverse of the standard normal cumulative distribution function, by Peter J. Acklam's rational approximation
 * (2003): a rational function in the central region {@code [0.02425, 0.97575]} and another in
 * {@code sqrt(-2 ln p)} in each tail.
 *
 * <p>Accuracy: relative error below 1.15e-9 over the whole open interval (Acklam's published bound), far finer
 * than the four decimals a sample size needs. The coefficients below are Acklam's and belong to the algorithm, not
 * to any sampling policy.
 *
 * <p>Not part of the public API.
 */
public final class NormalQuantile {

  private static final double[] A = {
    -3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02,
    1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00
  };
  private static final double[] B = {
    -5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02,
    6.680131188771972e+01, -1.328068155288572e+01
  };
  private static final double[] C = {
    -7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00,
    -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00
  };
  private static final double[] D = {
    7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00
  };
  private static final double LOW = 0.02425;
  private static final double HIGH = 1 - LOW;

  private NormalQuantile() {}

  /**
   * The value {@code x} with {@code P(Z <= x) = p} for a standard normal {@code Z}.
   *
   * @param p a probability strictly between 0 and 1
   * @return the quantile
   * @throws IllegalArgumentException if {@code p} is not strictly between 0 and 1
   */
  public static double inverseCdf(double p) {
    if (!(p > 0 && p < 1)) {
      throw new IllegalArgumentException("p: must be strictly between 0 and 1, was " + p);
    }
    if (p < LOW) {
      return tail(Math.sqrt(-2 * Math.log(p)));
    }
    if (p > HIGH) {
      return -tail(Math.sqrt(-2 * Math.log(1 - p)));
    }
    double q = p - 0.5;
    double r = q * q;
    return (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
        / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1);
  }

  /**
   * The two-sided z value of a confidence level: the {@code (1 + confidence) / 2} quantile, so that a standard
   * normal falls within {@code [-z, z]} with probability {@code confidence}. {@code 0.80 -> 1.2816},
   * {@code 0.95 -> 1.9600}.
   *
   * @param confidence the confidence level, strictly between 0 and 1
   * @return the z value
   */
  public static double twoSidedZ(double confidence) {
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence: must be strictly between 0 and 1, was " + confidence);
    }
    return inverseCdf((1 + confidence) / 2);
  }

  private static double tail(double q) {
    return (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
        / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1);
  }

  /**
   * The label of the confidence level a two-sided z value stands for: the whole percentage whose z it is (such as
   * {@code "80%"} or {@code "95%"}), or {@code "z = 1.50"} when it is none.
   *
   * @param z the z value
   * @return the label
   */
  public static String confidenceLabel(double z) {
    for (int percent = 1; percent < 100; percent++) {
      if (Math.abs(twoSidedZ(percent / 100.0) - z) < 1e-6) {
        return percent + "%";
      }
    }
    return String.format(java.util.Locale.ROOT, "z = %.2f", z);
  }
}
