/**
 * Evidence and judgement: domain-one {@link org.inspectionkit.model.evidence.EvidenceSubmission}s of a provider's
 * best evidence per key question, qualitative {@link org.inspectionkit.model.evidence.UnpaidWorkEvidence},
 * inspectors' {@link org.inspectionkit.model.evidence.StandardJudgement}s of judgement-rated standards with the
 * case data they cite, and {@link org.inspectionkit.model.evidence.RatingOverride}s that record a departure from a
 * computed rating with its reason.
 */
@InspectionStyle
package org.inspectionkit.model.evidence;

import org.inspectionkit.model.internal.InspectionStyle;
