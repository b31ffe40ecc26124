package org.inspectionkit.examples.cli;

import java.util.List;

/**
 * Bad input to a command: a file that does not exist or cannot be read, a document with problems, an unknown id.
 * The command line prints every line on standard error, prints nothing on standard output, and exits with code 2.
 */
final class InputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final List<String> lines;

  InputException(List<String> lines) {
    super(String.join("\n", lines));
    this.lines = List.copyOf(lines);
  }

  InputException(String line) {
    this(List.of(line));
  }

  List<String> lines() {
    return lines;
  }
}
