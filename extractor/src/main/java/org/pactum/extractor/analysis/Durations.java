package org.pactum.extractor.analysis;

import java.time.Period;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Lengths of time as contracts write them: "ninety (90) days", "one (1) year", "60 months". */
final class Durations {

  /** A number in digits or words; group it. */
  static final String NUMBER =
      "(\\d{1,3}|one hundred (?:twenty|eighty)|twenty-four|forty-five|one|two|three|four|five|six|seven|eight"
          + "|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty|sixty|ninety|an?)";
  /** A unit of time; group it. */
  static final String UNIT = "(year|month|week|day)s?";
  /** The number said again in brackets, in digits or in words: "ninety (90) days", "90 (ninety) days". */
  static final String RESTATED = "(?:\\((?:\\d{1,3}|[a-z]+(?:[- ][a-z]+)?)\\)\\s*)?";
  /** The apostrophe a length may take before the word "notice": "thirty days' notice", "one month's notice". */
  static final String APOSTROPHE = "(?:['’]s?)?";

  private static final Map<String, Integer> WORDS = Map.ofEntries(
      Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
      Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
      Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
      Map.entry("fifteen", 15), Map.entry("eighteen", 18), Map.entry("twenty", 20), Map.entry("twenty-four", 24),
      Map.entry("thirty", 30), Map.entry("forty-five", 45), Map.entry("sixty", 60), Map.entry("ninety", 90),
      Map.entry("one hundred twenty", 120), Map.entry("one hundred eighty", 180), Map.entry("a", 1), Map.entry("an", 1));

  /** A length and its ISO-8601 form as written ({@code P12M} stays twelve months). */
  record Length(Period period, String iso) {}

  /** Digits in brackets after a number in words: "one hundred and twenty (120) days". */
  private static final Pattern BRACKETED = Pattern.compile("\\((\\d{1,3})\\)");

  private Durations() {}

  /**
   * The length a match says, its number in group 1 and its unit in group 2. Digits in brackets between them say it
   * surest: "one hundred and twenty (120) days" is 120 days, though only "twenty" matched as the number.
   */
  static Optional<Length> of(Matcher m) {
    String between = m.group().substring(m.end(1) - m.start(), m.start(2) - m.start());
    Matcher digits = BRACKETED.matcher(between);
    return of(digits.find() ? digits.group(1) : m.group(1), m.group(2));
  }

  static Optional<Length> of(String number, String unit) {
    String w = number.toLowerCase(Locale.ROOT);
    Integer n = w.chars().allMatch(Character::isDigit) ? Integer.valueOf(w) : WORDS.get(w);
    if (n == null || n == 0) {
      return Optional.empty();
    }
    return Optional.of(switch (unit.toLowerCase(Locale.ROOT)) {
      case "year" -> new Length(Period.ofYears(n), "P" + n + "Y");
      case "month" -> new Length(Period.ofMonths(n), "P" + n + "M");
      case "week" -> new Length(Period.ofWeeks(n), "P" + n + "W");
      default -> new Length(Period.ofDays(n), "P" + n + "D");
    });
  }
}
