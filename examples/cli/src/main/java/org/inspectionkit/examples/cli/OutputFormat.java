package org.inspectionkit.examples.cli;

/** The output formats of the commands. */
enum OutputFormat {
  /** Plain text for a terminal. */
  text,
  /** JSON, for programs. */
  json
}
