/**
 * Recommendation follow-up: from 2019-20 each inspection assesses whether the provider acted on the previous
 * inspection's recommendations, judging the result rather than the effort.
 *
 * <p>{@link org.inspectionkit.rules.followup.FollowUp} resolves each recommendation's target (made under the old
 * framework) in the current framework through the {@link org.inspectionkit.rules.diff.FrameworkDiff} (a target that
 * no longer exists is reported, never dropped), checks each progress assessment (sufficient progress needs evidence
 * of a result), and builds a {@link org.inspectionkit.rules.followup.FollowUpSummary}: counts per progress category,
 * the recommendations at each level, and the standards they target beside those standards' ratings then and now.
 * Progress never changes a rating by itself, and the summary says so. The summary's recommendations can be cited by
 * the inspector's judgement on the response to audit, inspection and monitoring (key question 1.4.4).
 * {@link org.inspectionkit.rules.followup.ProviderFollowUp} summarises a provider over several inspections.
 */
@RulesStyle
package org.inspectionkit.rules.followup;

import org.inspectionkit.rules.internal.RulesStyle;
