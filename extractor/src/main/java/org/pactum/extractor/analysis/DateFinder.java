package org.pactum.extractor.analysis;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pactum.extractor.model.DateMention;

/**
 * Finds full calendar dates however contracts write them: "the 1st day of January, 2020", "this
 * fourteenth day of June, 2021", "January 1st, 2020", "Jan. 1, 2020", "1 January 2020", "1-Jan-2020", "1/1/2020"
 * (month first, unless the first number is over 12), "01.02.2020" (day first, as Europe writes it with full stops),
 * "7/1/98", "Date: 4-9-97", "2020-01-01", "the 2nd day of July, A.D. 2019". Partial dates ("January 2020", "____ day of ______, 2020") and
 * impossible ones (February 30) are not dates and yield nothing.
 */
public final class DateFinder {

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
      Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
      Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
      Map.entry("sept", 9), Map.entry("sep", 9), Map.entry("october", 10), Map.entry("oct", 10),
      Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

  private static final String[] ORDINAL_WORDS = {
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
    "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
    "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third",
    "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth",
    "twenty-ninth", "thirtieth", "thirty-first"
  };

  private static final String MONTH =
      "(january|february|march|april|may|june|july|august|september|october|november|december"
          + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?";
  /** A day of the month; the suffix may be split by the text layer ("18t h", "1 st"). */
  private static final String DAY = "(\\d{1,2})(?:\\s?(?:s\\s?t|n\\s?d|r\\s?d|t\\s?h))?";
  /** The ordinal words "first" to "thirty-first", longest first, as a regular-expression alternation (no group). */
  static final String ORDINAL_WORDS_PATTERN = String.join("|", reversedByLength());
  private static final String ORDINAL_WORD = "(" + ORDINAL_WORDS_PATTERN + ")";
  private static final String YEAR = "((?:19|20)\\d{2})";

  /**
   * A date the text layer ran into the word before it: "made as of5 June 2021". Only after "of" and "on", where a
   * digit glued to a word is a date and not a reference such as "Form10".
   */
  private static final String GLUED_AFTER = "(?<=\\b(?i:of|on))(?=\\d)";

  /**
   * Every form starts with a digit, a month or an ordinal word: the look-ahead turns every other
   * word away before the alternation is tried, which halves the time the scan takes.
   */
  private static final Pattern DATES = Pattern.compile(
      "(?i)(?:\\b|" + GLUED_AFTER + ")(?=[0-9adefjmnost])(?:"
          // the 1st day of January, 2020 / fourteenth day of June 2021
          + "(?:" + DAY + "|" + ORDINAL_WORD + ")\\s+day\\s+of\\s+" + MONTH + ",?\\s+(?:in\\s+the\\s+year\\s+)?(?:A\\.?\\s?D\\.?\\s+)?" + YEAR
          // January 1st, 2020 / Jan. 1, 2020
          + "|" + MONTH + "\\s+" + DAY + "(?:\\s*,\\s*|\\s+)" + YEAR
          // 1 January 2020 / 1st January, 2020
          + "|" + DAY + "\\s+(?:of\\s+)?" + MONTH + ",?\\s+" + YEAR
          // 1/1/2020, 01-31-2020, month first
          + "|(\\d{1,2})[/.-](\\d{1,2})[/.-]" + YEAR
          // 2020-01-01
          + "|" + YEAR + "-(\\d{2})-(\\d{2})"
          // 7/1/98, 11/4/10: two-digit years only with slashes
          + "|(\\d{1,2})/(\\d{1,2})/(\\d{2})(?![\\d/])"
          // Date: 4-9-97, only after a label: "12-05-03" elsewhere is a section of a statute
          + "|(?<=:\\s{0,3})(\\d{1,2})-(\\d{1,2})-(\\d{2})(?![\\d-])"
          // 1-Jan-2020
          + "|(\\d{1,2})-" + MONTH + "-" + YEAR
          + ")\\b");

  public List<DateMention> find(String text) {
    List<DateMention> dates = new ArrayList<>();
    Matcher m = DATES.matcher(text);
    while (m.find()) {
      LocalDate date = toDate(m);
      if (date != null) {
        dates.add(new DateMention(date, m.start(), m.end()));
      }
    }
    return dates;
  }

  private static LocalDate toDate(Matcher m) {
    try {
      if (m.group(4) != null) {
        int day = m.group(1) != null ? Integer.parseInt(m.group(1)) : ordinal(m.group(2));
        return LocalDate.of(Integer.parseInt(m.group(4)), month(m.group(3)), day);
      }
      if (m.group(7) != null) {
        return LocalDate.of(Integer.parseInt(m.group(7)), month(m.group(5)), Integer.parseInt(m.group(6)));
      }
      if (m.group(10) != null) {
        return LocalDate.of(Integer.parseInt(m.group(10)), month(m.group(9)), Integer.parseInt(m.group(8)));
      }
      if (m.group(13) != null) {
        int first = Integer.parseInt(m.group(11));
        int second = Integer.parseInt(m.group(12));
        // full stops between the numbers are the European way, day first: 01.02.2020 is the 1st of February
        boolean dotted = m.group().charAt(m.end(11) - m.start()) == '.';
        return dotted && second <= 12 ? LocalDate.of(Integer.parseInt(m.group(13)), second, first)
            : numeric(Integer.parseInt(m.group(13)), first, second);
      }
      if (m.group(19) != null) {
        return numeric(twoDigitYear(m.group(19)), Integer.parseInt(m.group(17)), Integer.parseInt(m.group(18)));
      }
      if (m.group(22) != null) {
        return numeric(twoDigitYear(m.group(22)), Integer.parseInt(m.group(20)), Integer.parseInt(m.group(21)));
      }
      if (m.group(25) != null) {
        return LocalDate.of(Integer.parseInt(m.group(25)), month(m.group(24)), Integer.parseInt(m.group(23)));
      }
      return LocalDate.of(Integer.parseInt(m.group(14)), Integer.parseInt(m.group(15)), Integer.parseInt(m.group(16)));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  /** "98" is 1998 and "10" 2010: contracts on file reach back to the 1950s at most. */
  private static int twoDigitYear(String digits) {
    int year = Integer.parseInt(digits);
    return year < 50 ? 2000 + year : 1900 + year;
  }

  /** Month first, as American contracts write it, unless the first number cannot be a month (13/07/2005). */
  private static LocalDate numeric(int year, int first, int second) {
    return first > 12 ? LocalDate.of(year, second, first) : LocalDate.of(year, first, second);
  }

  private static int month(String name) {
    return MONTHS.get(name.toLowerCase(Locale.ROOT).replace(".", ""));
  }

  /** The number of an ordinal word: "fifth" is 5, "twenty first" 21; throws NumberFormatException for others. */
  static int ordinal(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace(' ', '-');
    for (int i = 0; i < ORDINAL_WORDS.length; i++) {
      if (ORDINAL_WORDS[i].equals(w)) {
        return i + 1;
      }
    }
    throw new NumberFormatException(word);
  }

  /** Longest first, so "twenty-first" wins over "first"; a space may stand for the hyphen. */
  private static List<String> reversedByLength() {
    return java.util.Arrays.stream(ORDINAL_WORDS)
        .sorted((a, b) -> b.length() - a.length())
        .map(w -> w.replace("-", "[- ]"))
        .toList();
  }
}
