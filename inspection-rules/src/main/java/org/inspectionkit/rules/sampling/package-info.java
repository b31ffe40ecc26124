/**
 * Case sampling: how many cases an inspection looks at and which ones.
 *
 * <p>A {@link org.inspectionkit.rules.sampling.SampleSpecification} holds every rule one kind of sample is drawn by
 * as data (the confidence level and margin of error it is sized for, the proportion assumed, which cases are
 * eligible and the window of start dates before fieldwork that makes them so, the attributes it keeps in proportion,
 * how the sample is shared among strata, any minimum or maximum size, the size of the reserve list), and for each
 * {@link org.inspectionkit.rules.sampling.SamplingRule} whether it is a published fact, a default of this library or
 * the user's own value; {@link org.inspectionkit.rules.sampling.SamplingPolicy} groups the specifications of one
 * framework version, with the 2018-19 and 2019-20 probation policies built in as defaults to replace.
 * {@link org.inspectionkit.rules.sampling.SampleSize} is Cochran's formula with the finite population correction;
 * {@link org.inspectionkit.rules.sampling.CaseSample#draw CaseSample.draw} takes the eligible population as
 * {@link org.inspectionkit.rules.sampling.PopulationCase} records, allocates the sample across strata in
 * proportion (largest remainder) and selects cases with a seeded generator, then draws each stratum's reserve
 * cases ({@link org.inspectionkit.rules.sampling.ReserveCase}, in the order they replace unusable sampled cases) from
 * the cases not selected, so the same seed and input give the same sample and reserve list on every JVM;
 * {@link org.inspectionkit.rules.sampling.SampleReport} lists the rules used, marking the defaults, and compares the
 * cases achieved with the targets and gives the margin of error they actually achieve. Bad input comes back as
 * {@link org.inspectionkit.rules.Problem}s in a Vavr {@code Validation}, every problem at once, with
 * {@code ...OrThrow} variants that throw {@link org.inspectionkit.rules.ProblemsException}. Nothing here reads
 * files: the command-line tool parses the extract and builds the records with
 * {@link org.inspectionkit.rules.sampling.PopulationCase#fromRecord(java.util.Map)}.
 */
@RulesStyle
package org.inspectionkit.rules.sampling;

import org.inspectionkit.rules.internal.RulesStyle;
