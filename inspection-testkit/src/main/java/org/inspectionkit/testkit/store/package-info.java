/**
 * The store contract: the tests every persistence adapter runs to show that it keeps inspections and frameworks
 * the way {@link org.inspectionkit.model.store.InspectionStore} and
 * {@link org.inspectionkit.model.store.FrameworkStore} promise.
 *
 * <p>An adapter's test extends {@link org.inspectionkit.testkit.store.InspectionStoreContract} (and
 * {@link org.inspectionkit.testkit.store.FrameworkStoreContract}) and says how to make an empty store; JUnit then
 * runs every contract test against it: whole-aggregate round trips of generated and large inspections, listing and
 * its order, version conflicts, not-found, concurrent writers, follow-up of recommendations across inspections,
 * and, where the adapter can simulate it through a {@link org.inspectionkit.testkit.store.FailureInjector}, a
 * failure in the middle of a save. {@link org.inspectionkit.testkit.store.LargeInspections} builds the large
 * inspections the contract and benchmarks use.
 */
package org.inspectionkit.testkit.store;
