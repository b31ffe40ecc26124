/**
 * Rating: from case answers to key-question shares, standard ratings and the overall rating, each with the reason
 * that produced it.
 *
 * <p>A {@link org.inspectionkit.rules.rating.RatingPolicy} holds every number the rules use (band thresholds,
 * points, overall score bands, rounding, limiters) as data; {@link org.inspectionkit.rules.rating.RatingPolicy#probation()}
 * is the inspectorate's published scheme. A {@link org.inspectionkit.rules.rating.RatingCalculator} applies a
 * policy to an inspection and its framework and returns an
 * {@link org.inspectionkit.rules.rating.InspectionRating}: per standard a
 * {@link org.inspectionkit.rules.rating.StandardRating} (per key question the counts, share, band, 80% (by default) Wilson
 * interval and the distance to the next band; the key questions that drove the rating; the override if any), and the
 * {@link org.inspectionkit.rules.rating.OverallRating} with its score, band and any limiter that applied. Problems
 * with the input come back all at once as {@link org.inspectionkit.rules.Problem}s. Pure: no I/O, no state.
 */
@RulesStyle
package org.inspectionkit.rules.rating;

import org.inspectionkit.rules.internal.RulesStyle;
