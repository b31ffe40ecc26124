/**
 * Recommendations and their follow-up: a {@link org.inspectionkit.model.recommendation.Recommendation} is made in
 * an inspection at standard, key question or prompt level; a later inspection records a
 * {@link org.inspectionkit.model.recommendation.ProgressAssessment} of it (sufficient, insufficient or no progress),
 * judged on the result of the provider's action rather than the action itself.
 */
@InspectionStyle
package org.inspectionkit.model.recommendation;

import org.inspectionkit.model.internal.InspectionStyle;
