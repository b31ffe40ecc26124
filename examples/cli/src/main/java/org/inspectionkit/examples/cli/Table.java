package org.inspectionkit.examples.cli;

import java.util.List;

/** Left-aligned plain-text columns, two spaces apart, the first row a header underlined with dashes. */
final class Table {

  private Table() {}

  static String render(List<String[]> rows) {
    int columns = rows.get(0).length;
    int[] width = new int[columns];
    for (String[] r : rows) {
      for (int c = 0; c < columns; c++) {
        width[c] = Math.max(width[c], r[c].length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < rows.size(); i++) {
      line(out, rows.get(i), width);
      if (i == 0) {
        String[] dashes = new String[columns];
        for (int c = 0; c < columns; c++) {
          dashes[c] = "-".repeat(width[c]);
        }
        line(out, dashes, width);
      }
    }
    return out.toString();
  }

  private static void line(StringBuilder out, String[] cells, int[] width) {
    StringBuilder l = new StringBuilder();
    for (int c = 0; c < cells.length; c++) {
      l.append(cells[c]);
      if (c < cells.length - 1) {
        l.append(" ".repeat(width[c] - cells[c].length() + 2));
      }
    }
    out.append(l.toString().stripTrailing()).append('\n');
  }
}
