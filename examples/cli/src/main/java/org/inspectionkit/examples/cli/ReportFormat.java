package org.inspectionkit.examples.cli;

/** The formats of {@code inspection report}. */
enum ReportFormat {
  /** One self-contained HTML page, to open in a browser or print. */
  html,
  /** Markdown, to paste into other documents. */
  markdown
}
