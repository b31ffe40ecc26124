/**
 * Fieldwork planning: the weeks of an inspection and what happens in each.
 *
 * <p>A {@link org.inspectionkit.rules.fieldwork.FieldworkPattern} is the week pattern of a cycle as data: which
 * weeks are on site, the activities of each week and the domains they serve, how long before fieldwork the provider's
 * domain-one evidence is due, the weeks in which the service users of domain-two cases are interviewed, and whether
 * each domain's evidence is kept separate. Patterns for 2018-19 (domains two and three in weeks 1-2, domain one
 * across weeks 1-3, domains separate) and 2019-20 (cases and initial domain-one work in weeks 1-2, a week off site
 * for analysis and planning, domain-one fieldwork in week 4) are built in; users replace them with their own.
 * {@link org.inspectionkit.rules.fieldwork.FieldworkPlan#schedule(org.inspectionkit.model.framework.Cycle,
 * java.time.LocalDate) FieldworkPlan.schedule} dates a pattern from a start day and renders it as text with
 * {@link org.inspectionkit.rules.fieldwork.FieldworkPlan#toText()}; a start on the wrong day of the week, or a cycle
 * with no pattern, comes back as {@link org.inspectionkit.rules.Problem}s. No I/O here: printing is the caller's.
 */
@RulesStyle
package org.inspectionkit.rules.fieldwork;

import org.inspectionkit.rules.internal.RulesStyle;
