/**
 * The JSON format of the inspection model: a Jackson module for every model type, a documented and versioned
 * format, and readers that report every problem with its JSON path.
 */
package org.inspectionkit.json;
