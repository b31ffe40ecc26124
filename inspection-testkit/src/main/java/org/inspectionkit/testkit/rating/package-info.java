/**
 * Test support for rating: the rating invariants as a property suite, inspections that can always be rated,
 * policies for frameworks of any size, and counterexamples a rating test can print.
 *
 * <p>{@link org.inspectionkit.testkit.rating.RatingInvariants} is the suite: extend it, name a framework, a
 * provider type and a rating policy (and, if you like, a generator of your own inspections and a document round
 * trip), and JUnit runs every invariant against them. {@link org.inspectionkit.testkit.rating.RateableInspections}
 * generates inspections that rate without a problem for any framework and provider type it covers, under any rating
 * policy that scores as many standards as the framework gives that type, so that a property test of rating never
 * filters and never gives up. {@link org.inspectionkit.testkit.rating.RatingPolicies} builds a policy with the
 * probation rules for any number of standards. {@link org.inspectionkit.testkit.rating.InspectionDocuments} prints
 * what rating reads of an inspection as a compact inspection document (format 1.0), ready for
 * {@code inspection rate}, without {@code inspection-json}.
 */
package org.inspectionkit.testkit.rating;
