/**
 * Implementation detail of the testkit's suites: the changes they make to inspections. Not part of the published
 * API; it may change in any release.
 */
package org.inspectionkit.testkit.internal;
