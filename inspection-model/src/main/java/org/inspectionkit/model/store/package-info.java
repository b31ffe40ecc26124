/**
 * The persistence interface: how an application keeps inspections and frameworks in its own storage.
 *
 * <p>{@link org.inspectionkit.model.store.InspectionStore} saves and loads an
 * {@link org.inspectionkit.model.inspection.Inspection} as one aggregate (its cases, assessments, evidence,
 * judgements, overrides, recommendations and progress assessments together), lists inspections by provider and
 * cycle as {@link org.inspectionkit.model.store.InspectionSummary} rows, and answers the follow-up questions that
 * span inspections (the recommendations made for a provider, the progress assessments of one recommendation).
 * {@link org.inspectionkit.model.store.FrameworkStore} keeps frameworks by id.
 *
 * <p>Every saved inspection carries a version ({@link org.inspectionkit.model.store.Versioned}): the first save is
 * version 1 and each update adds one. An update names the version it was based on and fails with a
 * {@link org.inspectionkit.model.store.VersionConflictException} if another writer got there first (optimistic
 * concurrency). A save stores the whole aggregate or nothing. Every failure is a
 * {@link org.inspectionkit.model.store.StoreException} that names the record it concerns, never case data.
 *
 * <p>{@link org.inspectionkit.model.store.InMemoryInspectionStore} and
 * {@link org.inspectionkit.model.store.InMemoryFrameworkStore} are the reference implementations, for tests and
 * for applications that keep nothing between runs. Adapters over real storage (a relational database, files)
 * live outside the model and prove themselves against the contract tests of {@code inspection-testkit}
 * ({@code org.inspectionkit.testkit.store}).
 */
@InspectionStyle
package org.inspectionkit.model.store;

import org.inspectionkit.model.internal.InspectionStyle;
