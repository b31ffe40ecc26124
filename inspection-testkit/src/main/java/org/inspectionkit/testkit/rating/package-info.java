/**
 * Test support for rating: inspections that can always be rated, and counterexamples a rating test can print.
 *
 * <p>{@link org.inspectionkit.testkit.rating.RateableInspections} generates inspections that rate without a
 * problem for any framework and provider type it covers, under any rating policy that scores as many standards
 * as the framework gives that type, so that a property test of rating never filters and never gives up.
 * {@link org.inspectionkit.testkit.rating.InspectionDocuments} prints what rating reads of an inspection as a
 * compact inspection document (format 1.0), ready for {@code inspection rate}, without {@code inspection-json}.
 */
package org.inspectionkit.testkit.rating;
