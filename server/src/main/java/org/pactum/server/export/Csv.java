package org.pactum.server.export;

import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** RFC 4180 CSV lines; cells that a spreadsheet would run as formulas are defused. */
public final class Csv {

  private Csv() {}

  public static String line(List<? extends @Nullable Object> cells) {
    return cells.stream().map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
  }

  static String cell(@Nullable Object value) {
    if (value == null) {
      return "";
    }
    String s = value.toString();
    if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0 && !(value instanceof Number)) {
      s = "'" + s;
    }
    if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
      return '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }
}
