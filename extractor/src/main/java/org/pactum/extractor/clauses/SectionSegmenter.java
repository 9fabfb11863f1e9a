package org.pactum.extractor.clauses;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.pactum.extractor.model.Section;

/**
 * Finds where sections start, line by line: "ARTICLE V", "Section 4.2", "12.", "4.2.1", "(a)", "(iv)"
 * at the start of a line, and short heading lines without a number ("GOVERNING LAW", "Confidential
 * Information"). Only the first {@value #LOOK} characters of a line are examined, so the work is
 * linear in the text whatever its shape.
 */
public final class SectionSegmenter {

  static final int LOOK = 200;
  private static final int MAX_HEADING_WORDS = 10;

  private static final Pattern ARTICLE =
      Pattern.compile("(?i)article\\s+([ivxlc]{1,7}|\\d{1,3})\\b[.:\\-\u2013\u2014]?\\s*(.*)");
  private static final Pattern SECTION =
      Pattern.compile("(?i)(?:section|\u00a7)\\s*(\\d{1,3}(?:\\.\\d{1,3}){0,4})\\.?\\b\\s*(.*)");
  private static final Pattern NUMBER =
      Pattern.compile("(\\d{1,3}(?:\\.\\d{1,3}){0,4}\\.|\\d{1,3}(?:\\.\\d{1,3}){1,4})\\s+([A-Z(\"\u201c].*)");
  private static final Pattern ITEM = Pattern.compile("\\(([a-z]{1,2}|[ivxlc]{1,6}|\\d{1,2})\\)\\s+(\\S.*)");
  private static final Pattern ROMAN = Pattern.compile("[ivxlc]+");
  private static final Set<String> SMALL_WORDS =
      Set.of("a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with", "from", "upon");

  /** The document's sections in text order. */
  public List<Section> segment(String text) {
    List<Open> found = new ArrayList<>();
    boolean articles = false;
    boolean previousEndsBlock = true;
    int consumed = 0;
    int lineStart = 0;
    while (lineStart < text.length()) {
      int lineEnd = text.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = text.length();
      }
      int from = lineStart;
      int lookEnd = Math.min(lineEnd, lineStart + LOOK);
      while (from < lookEnd && Character.isWhitespace(text.charAt(from))) {
        from++;
      }
      String line = text.substring(from, lookEnd).stripTrailing();
      if (!line.isEmpty() && from < consumed) {
        previousEndsBlock = true; // the line is the heading of the section found just before
      } else if (!line.isEmpty()) {
        Open section = sectionAt(text, line, from, lineEnd, articles, previousEndsBlock);
        if (section != null) {
          articles |= section.article;
          found.add(section);
          consumed = section.bodyStart;
        }
        char last = line.charAt(line.length() - 1);
        previousEndsBlock = lineEnd - lineStart > LOOK ? false : ".:;".indexOf(last) >= 0 || section != null;
      } else {
        previousEndsBlock = true;
      }
      lineStart = lineEnd + 1;
    }
    return close(found, text.length());
  }

  private record Open(String number, @Nullable String heading, int level, int start, int bodyStart, boolean article) {}

  /** A heading and where the text after it starts. */
  private record Heading(@Nullable String text, int bodyStart) {}

  private static @Nullable Open sectionAt(
      String text, String line, int start, int lineEnd, boolean articles, boolean previousEndsBlock) {
    Matcher m = ARTICLE.matcher(line);
    if (m.matches()) {
      Heading h = headingOf(m.group(2), text, start, lineEnd);
      return new Open(m.group(1), h.text(), 1, start, h.bodyStart(), true);
    }
    m = SECTION.matcher(line);
    if (m.matches()) {
      String number = m.group(1);
      Heading h = headingOf(m.group(2), text, start, lineEnd);
      return new Open(number, h.text(), level(number, articles), start, h.bodyStart(), false);
    }
    m = NUMBER.matcher(line);
    if (m.matches()) {
      String number = m.group(1).endsWith(".") ? m.group(1).substring(0, m.group(1).length() - 1) : m.group(1);
      Heading h = headingOf(m.group(2), text, start, lineEnd);
      return new Open(number, h.text(), level(number, articles), start, h.bodyStart(), false);
    }
    m = ITEM.matcher(line);
    if (m.matches()) {
      int level = ROMAN.matcher(m.group(1)).matches() && !m.group(1).equals("c") ? 8 : 7;
      return new Open("(" + m.group(1) + ")", runInHeading(m.group(2)), level, start, start, false);
    }
    if (previousEndsBlock && lineEnd - start <= LOOK && isHeadingLine(line)) {
      return new Open("", trimHeading(line), 1, start, Math.min(text.length(), lineEnd + 1), false);
    }
    return null;
  }

  /** Dotted numbers carry their depth (5.1 is below 5); a plain number sits below any article. */
  private static int level(String number, boolean articles) {
    int depth = depth(number);
    return depth == 1 && articles ? 2 : depth;
  }

  private static int depth(String number) {
    int depth = 1;
    for (int i = 0; i < number.length(); i++) {
      if (number.charAt(i) == '.') {
        depth++;
      }
    }
    return depth;
  }

  /** The heading that follows a number: the rest of the line, its run-in lead, or the next line. */
  private static Heading headingOf(String rest, String text, int start, int lineEnd) {
    String r = rest.strip();
    int afterLine = Math.min(text.length(), lineEnd + 1);
    if (r.isEmpty()) {
      int[] next = nextLine(text, lineEnd);
      if (next != null) {
        String line = text.substring(next[0], next[1]).strip();
        if (isHeadingLine(line)) {
          return new Heading(trimHeading(line), Math.min(text.length(), next[1] + 1));
        }
      }
      return new Heading(null, afterLine);
    }
    if (isHeadingLine(r)) {
      return new Heading(trimHeading(r), afterLine);
    }
    return new Heading(runInHeading(r), start);
  }

  /** "LICENSE. Subject to ..." gives "LICENSE"; a lead that is not headed gives nothing. */
  private static @Nullable String runInHeading(String r) {
    int cut = -1;
    for (int i = 0; i < Math.min(r.length(), 90); i++) {
      char c = r.charAt(i);
      if ((c == '.' || c == ':') && (i + 1 == r.length() || Character.isWhitespace(r.charAt(i + 1)))) {
        cut = i;
        break;
      }
    }
    if (cut <= 0) {
      return null;
    }
    String lead = r.substring(0, cut).strip();
    return isHeadingText(lead) ? lead : null;
  }

  /** The {@code [start, end)} of the next non-blank line within three lines, or null. */
  private static int @Nullable [] nextLine(String text, int lineEnd) {
    int i = lineEnd + 1;
    for (int lines = 0; lines < 3 && i < text.length(); lines++) {
      int end = text.indexOf('\n', i);
      if (end < 0) {
        end = text.length();
      }
      if (end - i <= LOOK && !text.substring(i, end).isBlank()) {
        return new int[] {i, end};
      }
      if (end - i > LOOK) {
        return null;
      }
      i = end + 1;
    }
    return null;
  }

  /** A short line in capitals or title case, not ending like a sentence. */
  static boolean isHeadingLine(String line) {
    String l = line.strip();
    if (l.length() < 3 || l.length() > 90) {
      return false;
    }
    char last = l.charAt(l.length() - 1);
    if (last == ',' || last == ';' || (last == '.' && !isShortCaps(l))) {
      return false;
    }
    return isHeadingText(trimHeading(l));
  }

  private static boolean isShortCaps(String l) {
    return l.equals(l.toUpperCase(Locale.ROOT)) && l.split("\\s+").length <= MAX_HEADING_WORDS;
  }

  static boolean isHeadingText(String s) {
    String[] words = s.strip().split("\\s+");
    if (words.length == 0 || words.length > MAX_HEADING_WORDS) {
      return false;
    }
    int letters = 0;
    for (String w : words) {
      String core = w.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
      if (core.isEmpty()) {
        continue;
      }
      letters++;
      if (!Character.isUpperCase(core.charAt(0)) && !SMALL_WORDS.contains(core.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return letters > 0 && Character.isLetter(firstLetter(s));
  }

  private static char firstLetter(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return s.charAt(i);
      }
    }
    return ' ';
  }

  private static String trimHeading(String s) {
    return s.strip().replaceAll("[.:\\-\u2013\u2014]+$", "").strip();
  }

  /** Gives each section its end and its parent. */
  private static List<Section> close(List<Open> found, int textEnd) {
    int n = found.size();
    int[] ends = new int[n];
    int[] parents = new int[n];
    Deque<Integer> stack = new ArrayDeque<>();
    for (int i = 0; i < n; i++) {
      Open s = found.get(i);
      while (!stack.isEmpty() && found.get(stack.peek()).level >= s.level) {
        ends[stack.pop()] = s.start;
      }
      parents[i] = stack.isEmpty() ? -1 : stack.peek();
      stack.push(i);
    }
    while (!stack.isEmpty()) {
      ends[stack.pop()] = textEnd;
    }
    List<Section> sections = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Open s = found.get(i);
      sections.add(new Section(s.number, s.heading, s.level, s.start, Math.min(s.bodyStart, ends[i]), ends[i], parents[i]));
    }
    return sections;
  }
}
