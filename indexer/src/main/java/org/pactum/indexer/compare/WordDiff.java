package org.pactum.indexer.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word-level diffs with java-diff-utils. Texts are cut into words and single punctuation marks, each
 * with the white space after it; tokens are compared without that space and without regard to case,
 * so a line break where the other text has a space, or a clause in capitals, is no change. Runs in
 * both texts are given as the second text writes them, so the second reads back exactly.
 */
public final class WordDiff {

  private static final Pattern TOKEN = Pattern.compile("(?U)^\\s+|(?:\\w+|[^\\w\\s])\\s*");

  private WordDiff() {}

  public static Difference between(String first, String second) {
    List<String> a = tokens(first);
    List<String> b = tokens(second);
    Patch<String> patch = DiffUtils.diff(a, b, WordDiff::equal);
    List<Segment> segments = new ArrayList<>();
    int at = 0;
    int removedWords = 0;
    int addedWords = 0;
    for (AbstractDelta<String> delta : patch.getDeltas()) {
      int to = delta.getTarget().getPosition();
      add(segments, Segment.Change.SAME, b.subList(at, to));
      add(segments, Segment.Change.REMOVED, delta.getSource().getLines());
      add(segments, Segment.Change.ADDED, delta.getTarget().getLines());
      removedWords += words(delta.getSource().getLines());
      addedWords += words(delta.getTarget().getLines());
      at = to + delta.getTarget().size();
    }
    add(segments, Segment.Change.SAME, b.subList(at, b.size()));
    int wordsA = words(a);
    int wordsB = words(b);
    int common = wordsB - addedWords;
    double similarity = wordsA + wordsB == 0 ? 1.0 : 2.0 * common / (wordsA + wordsB);
    return new Difference(similarity, segments);
  }

  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
    }
    return tokens;
  }

  private static boolean equal(String x, String y) {
    return x.strip().equalsIgnoreCase(y.strip());
  }

  private static int words(List<String> tokens) {
    int n = 0;
    for (String token : tokens) {
      if (Character.isLetterOrDigit(token.codePointAt(0))) {
        n++;
      }
    }
    return n;
  }

  /** Appends a run, joined to the previous one when the change is the same. */
  private static void add(List<Segment> segments, Segment.Change change, List<String> tokens) {
    if (tokens.isEmpty()) {
      return;
    }
    String text = String.join("", tokens);
    int last = segments.size() - 1;
    if (last >= 0 && segments.get(last).change() == change) {
      segments.set(last, new Segment(change, segments.get(last).text() + text));
    } else {
      segments.add(new Segment(change, text));
    }
  }
}
