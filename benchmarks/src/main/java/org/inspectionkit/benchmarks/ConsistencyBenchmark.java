package org.inspectionkit.benchmarks;

import java.util.concurrent.TimeUnit;
import org.inspectionkit.model.framework.Framework;
import org.inspectionkit.model.inspection.Inspection;
import org.inspectionkit.rules.consistency.ConsistencyChecker;
import org.inspectionkit.rules.consistency.ConsistencyReport;
import org.inspectionkit.rules.rating.InspectionRating;
import org.inspectionkit.rules.rating.RatingCalculator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The consistency check of an inspection of {@code cases} domain-two cases (see {@link BenchmarkData}) with every
 * built-in check of the 2019-20 framework. The issue asks for absolute time and allocation per case rather than a
 * ratio; run with {@code -prof gc} for the allocation ({@code gc.alloc.rate.norm}, bytes per operation). Rating the
 * same inspection is measured beside it, since the checker rates the inspection first.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
@State(Scope.Benchmark)
public class ConsistencyBenchmark {

  /** Domain-two cases in the inspection. */
  @Param({"10000"})
  public int cases;

  private Framework framework;
  private Inspection inspection;
  private ConsistencyChecker checker;
  private RatingCalculator calculator;

  /** Builds the inspection. */
  @Setup
  public void setUp() {
    framework = BenchmarkData.framework();
    inspection = BenchmarkData.inspection(framework, cases);
    checker = ConsistencyChecker.builtIn();
    calculator = RatingCalculator.probation();
    BenchmarkData.settle();
  }

  /**
   * The library: every built-in check.
   *
   * @return the report
   */
  @Benchmark
  public ConsistencyReport check() {
    return checker.check(framework, inspection);
  }

  /**
   * For scale: rating the same inspection.
   *
   * @return the rating
   */
  @Benchmark
  public InspectionRating rate() {
    return calculator.rateOrThrow(framework, inspection);
  }
}
