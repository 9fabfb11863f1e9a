package org.pactum.extractor.clauses;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pactum.extractor.model.Section;

/**
 * What the clause categoriser sees of a unit, as the tokens OpenNLP's bag-of-words feature
 * generator counts: the unit's words and word pairs, the first words of the unit before it in the
 * same section ({@code p=assign}), the words of the headings above it ({@code h=law}) and where in
 * the document it sits ({@code pos=0} for the first tenth). Training
 * and classification both go through here, so they cannot drift apart.
 */
public final class ClauseFeatures {

  static final int MAX_WORDS = 250;

  private ClauseFeatures() {}

  public static String[] of(String text, List<ClauseUnit> units, int index, List<Section> sections) {
    ClauseUnit unit = units.get(index);
    List<String> out = new ArrayList<>();
    List<String> words = words(text, unit.start(), unit.end(), MAX_WORDS);
    if (index > 0 && units.get(index - 1).section() == unit.section()) {
      ClauseUnit previous = units.get(index - 1);
      for (String w : words(text, previous.start(), previous.end(), 40)) {
        out.add("p=" + w);
      }
    }
    out.addAll(words);
    for (int i = 1; i < words.size(); i++) {
      out.add(words.get(i - 1) + "_" + words.get(i));
    }
    int headings = 0;
    for (int s = unit.section(); s >= 0 && headings < 2; s = sections.get(s).parent()) {
      String heading = sections.get(s).heading();
      if (heading != null) {
        for (String w : words(heading, 0, heading.length(), 12)) {
          out.add("h=" + w);
        }
        headings++;
      }
    }
    out.add("pos=" + (text.isEmpty() ? 0 : Math.min(9, (int) (10L * unit.start() / text.length()))));
    return out.toArray(String[]::new);
  }

  /** Lower-case words of two or more letters, and {@code #} for each number. */
  static List<String> words(String text, int start, int end, int max) {
    List<String> words = new ArrayList<>();
    int i = start;
    while (i < end && words.size() < max) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        int j = i;
        while (j < end && Character.isLetter(text.charAt(j))) {
          j++;
        }
        if (j - i >= 2) {
          words.add(text.substring(i, j).toLowerCase(Locale.ROOT));
        }
        i = j;
      } else if (Character.isDigit(c)) {
        i++;
        while (i < end && (Character.isDigit(text.charAt(i))
            || ((text.charAt(i) == ',' || text.charAt(i) == '.') && i + 1 < end && Character.isDigit(text.charAt(i + 1))))) {
          i++;
        }
        words.add("#");
      } else {
        i++;
      }
    }
    return words;
  }
}
