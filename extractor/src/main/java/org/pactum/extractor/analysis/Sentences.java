package org.pactum.extractor.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts text into rough sentences at periods and semicolons in one linear pass (a period inside
 * "i.e.," or "1.5", or one after "Corp." with the sentence going on in lower case, does not end one), so rules can run
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

  /** What may stand right after a sentence's full stop: a closing bracket or quote. */
  private static final String CLOSES = ")]\"”’'";
  /** How many characters after a full stop are looked at for the next word. */
  private static final int LOOK_AHEAD = 4;

  private Sentences() {}

  /**
   * The sentences of {@code text} no longer than {@code maxLength}. A longer one (often a list without full stops run
   * into the sentence after it) is cut at its blank lines, and the pieces no longer than {@code maxLength} are kept.
   */
  static List<Span> of(String text, int maxLength) {
    List<Span> spans = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (endsAt(text, i)) {
        add(text, start, i + 1, maxLength, spans);
        start = i + 1;
      }
    }
    if (text.length() > start) {
      add(text, start, text.length(), maxLength, spans);
    }
    return spans;
  }

  /**
   * The sentence holding {@code [start, end)}, looked for at most {@code reach} characters either side: for one place,
   * without cutting the whole text.
   */
  static Span around(String text, int start, int end, int reach) {
    int from = start;
    while (from > Math.max(0, start - reach) && !endsAt(text, from - 1)) {
      from--;
    }
    int to = end;
    while (to < Math.min(text.length(), end + reach) && !endsAt(text, to)) {
      to++;
    }
    return new Span(from, to);
  }

  /**
   * Whether the character at {@code i} ends a sentence: a semicolon, or a full stop before a space, a closing bracket or
   * quote, or the end, that closes no abbreviation; not one inside "1.5", "i.e.," or "U.S.$1,000,000".
   */
  private static boolean endsAt(String text, int i) {
    char c = text.charAt(i);
    return c == ';' || c == '.' && (i + 1 == text.length() || CLOSES.indexOf(text.charAt(i + 1)) >= 0
        || Character.isWhitespace(text.charAt(i + 1)) && !continuesInLowerCase(text, i + 1));
  }

  /**
   * Whether the text after a full stop goes on in lower case after at most a few spaces: the stop closed an
   * abbreviation ("Acme Corp. and its Affiliates"), not the sentence.
   */
  private static boolean continuesInLowerCase(String text, int from) {
    for (int i = from; i < Math.min(text.length(), from + LOOK_AHEAD); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)) {
        return Character.isLowerCase(c);
      }
    }
    return false;
  }

  private static void add(String text, int start, int end, int maxLength, List<Span> spans) {
    if (end - start <= maxLength) {
      spans.add(new Span(start, end));
      return;
    }
    int piece = start;
    int lineStart = -1;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        if (lineStart >= 0) {
          // a blank line: only spaces since the last line break
          if (i - piece <= maxLength && i > piece) {
            spans.add(new Span(piece, i));
          }
          piece = i;
        }
        lineStart = i;
      } else if (c != ' ' && c != '\t' && c != '\r') {
        lineStart = -1;
      }
    }
    if (end - piece <= maxLength && end > piece) {
      spans.add(new Span(piece, end));
    }
  }
}
