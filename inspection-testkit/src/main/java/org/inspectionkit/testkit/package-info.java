/**
 * Test support for users of the inspection model: QuickTheories generators of valid model objects
 * ({@link org.inspectionkit.testkit.ModelGenerators}) and of near-miss invalid inputs
 * ({@link org.inspectionkit.testkit.InvalidInputs}), so applications can property-test their own code against the
 * library's types.
 */
package org.inspectionkit.testkit;
