package org.inspectionkit.examples.cli;

/**
 * The rule every CSV file the command line writes applies to each cell, header cells included, so that a
 * spreadsheet opening the file shows the text instead of running it as a formula.
 *
 * <p>As the OWASP "CSV Injection" guidance describes (https://owasp.org/www-community/attacks/CSV_Injection), a
 * spreadsheet treats a cell as a formula when its first character is {@code =}, {@code +}, {@code -} or {@code @},
 * and a leading tab (0x09) or carriage return (0x0D) can hide such a start. A cell starting with any of these six
 * characters is written with a single quote {@code '} in front, which spreadsheets read as "this is text"; the CSV
 * writer then quotes the cell as it needs (a carriage return, a separator or a double quote inside it). Other cells
 * are written as they are.
 *
 * <p>The rule is applied to every such cell, whatever it means: a negative number such as {@code -5} is written
 * {@code '-5} too. None of the columns the command line writes needs a signed number (references, ISO dates and
 * coded values never start with these characters), so only further columns kept from an input, such as a free-text
 * note, are ever changed. A program reading the file back sees the quote as part of the cell. Stateless and
 * thread-safe.
 */
final class CsvCells {

  private CsvCells() {}

  /**
   * The cell as it is written: with {@code '} in front if it starts with {@code =}, {@code +}, {@code -},
   * {@code @}, a tab or a carriage return, otherwise unchanged.
   *
   * @param cell the cell's text, possibly null (written as an empty cell)
   * @return the text to write
   */
  static String neutralise(String cell) {
    if (cell == null || cell.isEmpty()) {
      return "";
    }
    switch (cell.charAt(0)) {
      case '=':
      case '+':
      case '-':
      case '@':
      case '\t':
      case '\r':
        return "'" + cell;
      default:
        return cell;
    }
  }
}
