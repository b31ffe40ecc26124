/**
 * Inspections: the {@link org.inspectionkit.model.inspection.Inspection} aggregate of one provider under one
 * framework version, with its cases, assessments, evidence, judgements, overrides and recommendations; its
 * {@link org.inspectionkit.model.inspection.InspectionId}, status and fieldwork period.
 */
@InspectionStyle
package org.inspectionkit.model.inspection;

import org.inspectionkit.model.internal.InspectionStyle;
