/**
 * Implementation detail of case sampling: the inverse normal distribution function behind the z value of a
 * confidence level, the seeded pseudo-random generator that draws cases, and largest-remainder allocation. Not part
 * of the public API; may change in any release.
 */
package org.inspectionkit.rules.sampling.internal;
