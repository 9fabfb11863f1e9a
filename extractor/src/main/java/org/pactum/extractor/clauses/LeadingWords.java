package org.pactum.extractor.clauses;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The words every match of a regular expression starts with, when each alternative starts with
 * plain letters: {@code "liquidated damages|early termination (?:fee|charge)|\\bnet \\d"} gives
 * {@code [liquidated damages, early termination , net ]}. A text that contains none of them (in
 * lower case) cannot match, so a search can skip it with a few {@code contains} calls instead of
 * trying the expression at every position. Empty when an alternative starts with something else
 * (a class, a dot, an optional letter, a look-around) or with fewer than {@value #MIN_LENGTH}
 * letters, so it never skips a text the expression matches.
 */
final class LeadingWords {

  static final int MIN_LENGTH = 3;

  private LeadingWords() {}

  /** The lower-case words a match must start with, or empty when they cannot be told. */
  static Optional<List<String>> of(String regex) {
    List<String> words = new ArrayList<>();
    return leading(regex, words) ? Optional.of(List.copyOf(new LinkedHashSet<>(words))) : Optional.empty();
  }

  private static boolean leading(String regex, List<String> words) {
    for (String alternative : alternatives(regex)) {
      if (!leadingWord(alternative, words)) {
        return false;
      }
    }
    return true;
  }

  private static boolean leadingWord(String alternative, List<String> words) {
    int i = 0;
    while (alternative.startsWith("\\b", i) || alternative.startsWith("^", i)) {
      i += alternative.charAt(i) == '^' ? 1 : 2; // zero-width: the word starts the match
    }
    if (alternative.startsWith("(?:", i)) {
      // a leading group: its alternatives' words, when nothing may skip the group
      int close = closingParen(alternative, i);
      return close > 0 && !optional(alternative, close + 1) && leading(alternative.substring(i + 3, close), words);
    }
    StringBuilder word = new StringBuilder();
    while (i < alternative.length()) {
      char c = alternative.charAt(i);
      boolean plain = Character.isLetterOrDigit(c) || c == ' ' || c == ',' || c == '\'' || c == '-';
      if (!plain || c > 127) {
        break;
      }
      if (optional(alternative, i + 1) || alternative.startsWith("{", i + 1)) {
        break; // a letter that may be left out or repeated ends the word before it
      }
      word.append(c);
      i++;
    }
    if (word.length() < MIN_LENGTH) {
      return false;
    }
    words.add(word.toString().toLowerCase(Locale.ROOT));
    return true;
  }

  private static boolean optional(String regex, int at) {
    return at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '*' || regex.startsWith("{0", at));
  }

  /** The alternatives of an expression: split at each '|' outside groups and classes. */
  private static List<String> alternatives(String regex) {
    List<String> out = new ArrayList<>();
    int from = 0;
    for (int bar = nextOutside(regex, 0, '|'); bar >= 0; bar = nextOutside(regex, from, '|')) {
      out.add(regex.substring(from, bar));
      from = bar + 1;
    }
    out.add(regex.substring(from));
    return out;
  }

  /** The index of the ')' closing the '(' at {@code open}, or -1. */
  private static int closingParen(String regex, int open) {
    return nextOutside(regex, open + 1, ')');
  }

  /** The next {@code target} at or after {@code from} that is not escaped, in a class, or in a group opened after {@code from}. */
  private static int nextOutside(String regex, int from, char target) {
    int depth = 0;
    boolean inClass = false;
    for (int i = from; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (inClass) {
        inClass = c != ']';
      } else if (c == '[') {
        inClass = true;
      } else if (depth == 0 && c == target) {
        return i;
      } else if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
      }
    }
    return -1;
  }
}
