/**
 * Pure rules over the inspection model: rating, consistency checks, framework diff, sampling, fieldwork planning,
 * evidence rules and recommendation follow-up. Nothing here does I/O; every rule takes model values and returns
 * values that carry every finding.
 */
package org.inspectionkit.rules;
