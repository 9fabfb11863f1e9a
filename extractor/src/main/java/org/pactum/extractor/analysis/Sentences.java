package org.pactum.extractor.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts text into rough sentences at periods and semicolons in one linear pass (a period inside
 * "i.e.," or "1.5" does not end one), so rules can run
 * on bounded pieces: a pattern over a whole document without sentence ends (a 5 MB single line)
 * could otherwise backtrack for ever.
 */
final class Sentences {

  /** A piece of the text: {@code [start, end)}. */
  record Span(int start, int end) {
    int length() {
      return end - start;
    }
  }

  private Sentences() {}

  /** The sentences of {@code text} no longer than {@code maxLength}; longer ones are skipped. */
  static List<Span> of(String text, int maxLength) {
    List<Span> spans = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ';' || c == '.' && (i + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 1))
          && text.charAt(i + 1) != ',')) {
        if (i + 1 - start <= maxLength) {
          spans.add(new Span(start, i + 1));
        }
        start = i + 1;
      }
    }
    if (text.length() > start && text.length() - start <= maxLength) {
      spans.add(new Span(start, text.length()));
    }
    return spans;
  }
}
