/**
 * Casework: the {@link org.inspectionkit.model.casework.InspectedCase}s of an inspection, identified only by a
 * pseudonymous {@link org.inspectionkit.model.casework.CaseRef}, the inspector's
 * {@link org.inspectionkit.model.casework.CaseAssessment} of each (yes, no or not applicable per key question and
 * prompt), and the records of service user voice: interviews with the service users of domain-two cases and
 * meetings with service user forums.
 *
 * <p>Case data describes people under probation supervision. No type here prints personal free text or diversity
 * characteristics in {@code toString()}.
 */
@InspectionStyle
package org.inspectionkit.model.casework;

import org.inspectionkit.model.internal.InspectionStyle;
