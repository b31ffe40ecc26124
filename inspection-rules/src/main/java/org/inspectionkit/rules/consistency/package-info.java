/**
 * The cross-domain consistency checker: finds, before a report is published, the inconsistencies the 2019-20
 * changes were made to prevent, above all a provider rated well on leadership (domain one) while its casework
 * (domains two and three) is Inadequate.
 *
 * <p>A {@link org.inspectionkit.rules.consistency.ConsistencyChecker} runs a
 * {@link org.inspectionkit.rules.consistency.CheckSet} (a named, versioned list of
 * {@link org.inspectionkit.rules.consistency.ConsistencyCheck}s; one built in per framework version) over a
 * {@link org.inspectionkit.rules.consistency.CheckContext} and returns a
 * {@link org.inspectionkit.rules.consistency.ConsistencyReport} of
 * {@link org.inspectionkit.rules.consistency.Finding}s, each with a stable code, a severity, the elements and cases
 * it concerns, a message and the numbers behind it. Thresholds live in a
 * {@link org.inspectionkit.rules.consistency.ConsistencyPolicy}. Applications add their own checks by implementing
 * one interface. Pure and deterministic: the same inspection gives the same findings in the same order.
 */
@RulesStyle
package org.inspectionkit.rules.consistency;

import org.inspectionkit.rules.internal.RulesStyle;
