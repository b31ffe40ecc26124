/**
 * Diversity reporting: key-question shares broken down by each recorded diversity characteristic of the inspected
 * cases (for example ethnicity or age band), with small numbers suppressed.
 *
 * <p>{@link org.inspectionkit.rules.diversity.DiversityBreakdown#of} counts, for every case-rated key question, the
 * yes and applicable answers of the cases in each group. A group with fewer cases than the policy's minimum (5 by
 * default) is suppressed, and, where exactly one group of a characteristic would be suppressed, the next smallest is
 * suppressed too, so the hidden figures cannot be worked out from the totals. Cases with no value recorded form
 * their own group ("not recorded"); samples in which no case records any characteristic (such as an unpaid work
 * sample) are left out. Pure and deterministic.
 */
@RulesStyle
package org.inspectionkit.rules.diversity;

import org.inspectionkit.rules.internal.RulesStyle;
