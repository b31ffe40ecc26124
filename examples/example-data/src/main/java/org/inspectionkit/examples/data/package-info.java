/**
 * The example inspections the command line, the report and the benchmarks use: BeNCH CRC inspected in 2018-19 and
 * 2019-20, with invented but realistic case data, built deterministically from the framework given.
 */
package org.inspectionkit.examples.data;
