/**
 * The inspection report: one self-contained HTML page with charts, or a Markdown document, from an inspection and
 * its framework.
 *
 * <p>{@link org.inspectionkit.examples.report.InspectionReport} is the entry point. It runs the rules (rating,
 * consistency checks, follow-up, evidence, service user voice, unpaid work evidence, diversity breakdown), turns
 * their results into a small view model of words and chart geometry, and renders it with jte templates that were
 * compiled at build time from {@code src/main/jte-html} (HTML, escaped for its context by default) and
 * {@code src/main/jte-markdown} (plain text, escaped for Markdown by the view model). The templates compute nothing;
 * the view model carries aggregates only.
 */
package org.inspectionkit.examples.report;
