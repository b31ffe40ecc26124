/**
 * Test support for the consistency checker: its invariants as a property suite,
 * {@link org.inspectionkit.testkit.consistency.ConsistencyInvariants}, to run against a check set, its policies and
 * a framework, with inspections generated or of one's own.
 */
package org.inspectionkit.testkit.consistency;
