/**
 * Domain-one evidence: the rules a provider's pre-fieldwork evidence submissions are checked against (from
 * 2019-20).
 *
 * <p>Before fieldwork the provider submits three to five pieces of its best evidence for each domain-one key
 * question, optionally with up to 300 words of narrative on its current position. Those limits are data, an
 * {@link org.inspectionkit.rules.evidence.EvidencePolicy};
 * {@link org.inspectionkit.rules.evidence.DomainOneEvidence} checks an inspection's submissions against a framework
 * and a policy and returns every violation at once as {@link org.inspectionkit.rules.Problem}s with stable codes
 * ({@code evidence.too-few-items} and so on). The key questions that need evidence are those of the standards the
 * framework rates by judgement for the provider's type: domain one in the probation framework. Narrative length is
 * counted by {@link org.inspectionkit.rules.evidence.Words}, the way a reader counts words.
 */
@RulesStyle
package org.inspectionkit.rules.evidence;

import org.inspectionkit.rules.internal.RulesStyle;
