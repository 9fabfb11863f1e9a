package org.pactum.server.cli;

import org.pactum.indexer.compare.Difference;
import org.pactum.indexer.compare.Segment;

/** How passages and diffs are printed on a terminal. */
final class Texts {

  private Texts() {}

  /** The text on one line, cut at {@code max} characters. */
  static String oneLine(String text, int max) {
    String line = text.replaceAll("\\s+", " ").strip();
    return line.length() <= max ? line : line.substring(0, max - 1) + "…";
  }

  /** A word diff on one line: removed words in [-brackets-], added ones in {+braces+}. */
  static String wordDiff(Difference difference) {
    StringBuilder out = new StringBuilder();
    for (Segment s : difference.segments()) {
      String text = s.text().replaceAll("\\s+", " ");
      switch (s.change()) {
        case SAME -> out.append(text);
        case REMOVED -> out.append("[-").append(text).append("-]");
        case ADDED -> out.append("{+").append(text).append("+}");
      }
    }
    return out.toString().strip();
  }
}
