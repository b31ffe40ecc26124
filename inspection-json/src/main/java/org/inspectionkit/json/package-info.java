/**
 * The JSON format of the inspection model.
 *
 * <p>{@link org.inspectionkit.json.InspectionJson} reads and writes documents (a framework, an inspection with its
 * cases and assessments, or any other model object), strictly and streaming, and reports bad input as one
 * {@link org.inspectionkit.json.InspectionJsonException} listing every
 * {@link org.inspectionkit.json.JsonProblem} with its JSON path. {@link org.inspectionkit.json.Frameworks} gives the
 * built-in probation frameworks of 2018-19 and 2019-20, which ship as JSON documents.
 * {@link org.inspectionkit.json.InspectionJsonModule} lets an application's own Jackson {@code ObjectMapper} read and
 * write model objects in the same format.
 *
 * <p>The format is versioned ({@code formatVersion}) and documented by a JSON Schema per document type, in this jar
 * under {@code org/inspectionkit/json/schema/}.
 */
package org.inspectionkit.json;
