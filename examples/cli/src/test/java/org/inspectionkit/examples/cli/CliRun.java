package org.inspectionkit.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** What one run of the command line gave: its exit code and what it wrote to each stream. */
record CliRun(int code, String out, String err) {

  /**
   * Runs the command line in this process with {@code args}, capturing both streams.
   *
   * @param args the arguments
   * @return the exit code and the output
   */
  static CliRun run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = InspectionCli.run(new PrintWriter(out), new PrintWriter(err), args);
    return new CliRun(code, out.toString(), err.toString());
  }
}
