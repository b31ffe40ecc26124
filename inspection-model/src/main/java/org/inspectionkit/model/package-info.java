/**
 * The inspection model: immutable, validated value types for an inspection standards framework and the
 * inspections made against it.
 *
 * <p>The root package holds the {@link org.inspectionkit.model.Rating} scale. Sub-packages hold the framework
 * ({@code framework}: domains, standards, key questions, prompts and their codes), providers ({@code provider}),
 * inspections ({@code inspection}), inspected cases and their assessments ({@code casework}), evidence, judgements
 * and overrides ({@code evidence}), recommendations and their follow-up ({@code recommendation}) and the
 * persistence interface ({@code store}).
 *
 * <p>Every type is immutable and thread-safe, and every object that exists is valid: invariants are checked when it
 * is built, and a violation throws {@link java.lang.IllegalArgumentException} (or
 * {@link java.lang.NullPointerException} for a missing value) naming the field and the bad value. Business
 * consistency (is this rating supported by the case data?) is not checked here but by {@code inspection-rules}.
 * The model has no runtime dependency beyond the JDK.
 */
package org.inspectionkit.model;
