/**
 * Unpaid work evidence: the qualitative side of the 2019-20 inspection of unpaid work.
 *
 * <p>Besides the cases, the 2019-20 method gathers evidence on unpaid work by interviews with supervisors and
 * workers, site visits, observation of inductions, assessment of evidence submitted in advance, project assessments
 * and analysis of training and employment opportunities.
 * {@link org.inspectionkit.rules.unpaidwork.UnpaidWorkEvidenceSummary} counts an inspection's evidence per method
 * and names the expected methods with none, so a report can show them beside the unpaid work standard's case-based
 * rating (which the rating engine computes, not this package).
 */
@RulesStyle
package org.inspectionkit.rules.unpaidwork;

import org.inspectionkit.rules.internal.RulesStyle;
