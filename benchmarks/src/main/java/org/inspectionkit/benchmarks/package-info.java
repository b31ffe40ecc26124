/**
 * JMH benchmarks of the library, each against a baseline doing the same work in the same run. Not published; see
 * {@code benchmarks/README.md}.
 */
package org.inspectionkit.benchmarks;
