/**
 * The national picture across inspections: what an inspectorate, a provider owner and a researcher ask of many
 * inspections at once.
 *
 * <p>{@link org.inspectionkit.rules.portfolio.PortfolioCalculator} rates every inspection of a set (a store's
 * listing, a folder of documents) and builds a {@link org.inspectionkit.rules.portfolio.Portfolio}: the distribution
 * of overall and standard ratings per cycle and provider type; per key question the share pooled across providers
 * with its interval and the spread between providers; per provider the change since its previous inspection,
 * standard by standard; the recommendations' follow-up outcomes; and the roll-up of delivery units to their
 * regions, as the {@link org.inspectionkit.rules.portfolio.PortfolioPolicy} says. An inspection that cannot be
 * rated is listed with its problems ({@link org.inspectionkit.rules.portfolio.UnratedInspection}), never dropped.
 */
@RulesStyle
package org.inspectionkit.rules.portfolio;

import org.inspectionkit.rules.internal.RulesStyle;
