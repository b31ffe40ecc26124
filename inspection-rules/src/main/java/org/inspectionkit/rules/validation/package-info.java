/**
 * One validation of an inspection against its framework and rating policy, shared by every command that reads a
 * document (rate, check, report, import): what makes the data impossible or inconsistent, as opposed to merely
 * incomplete. {@link org.inspectionkit.rules.validation.InspectionValidator} collects every problem.
 */
package org.inspectionkit.rules.validation;
