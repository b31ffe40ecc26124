/**
 * The {@code inspection} command line: the main job ({@code demo}), rating, consistency checks, reports, framework
 * diff, fieldwork plans, case sampling, recommendation follow-up, and moving inspections between JSON and a store.
 * {@link org.inspectionkit.examples.cli.InspectionCli} is the entry point; each command is a picocli class.
 */
package org.inspectionkit.examples.cli;
