/** Turns the results of a benchmark run into {@code BENCHMARKS.md}; see {@code benchmarks/run.sh}. */
package org.inspectionkit.benchmarks.report;
