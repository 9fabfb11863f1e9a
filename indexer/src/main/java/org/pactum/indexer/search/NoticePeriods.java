package org.pactum.indexer.search;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A notice period as the notice facet names it and as the notice filter compares it. Contracts write one length
 * in several ways ("twelve (12) months", "one year"), and the facet would show each as its own bucket; here a
 * period is counted in whole years where its months make them ({@code P12M} is "1 year", {@code P18M} "1 year and
 * 6 months"). Days are left as they are: "30 days" is not "1 month" in a contract.
 */
final class NoticePeriods {

  /** One part of a length in words: "90 days", "1 year", "2 weeks". */
  private static final Pattern PART = Pattern.compile("(\\d{1,4})\\s*(year|month|week|day)s?");

  /** What may stand between the parts: "1 year and 6 months", "1 year, 6 months". */
  private static final Pattern JOINER = Pattern.compile("(?:\\s*(?:,|and)\\s*|\\s+)");

  private NoticePeriods() {}

  /** The period in words, counted in whole years where it can be: "90 days", "3 months", "1 year and 6 months". */
  static String inWords(Period period) {
    Period whole = period.normalized();
    StringBuilder out = new StringBuilder();
    appendUnit(out, whole.getYears(), "year");
    appendUnit(out, whole.getMonths(), "month");
    appendUnit(out, whole.getDays(), "day");
    return out.isEmpty() ? "0 days" : out.toString();
  }

  private static void appendUnit(StringBuilder out, int n, String unit) {
    if (n != 0) {
      out.append(out.isEmpty() ? "" : " and ").append(n).append(' ').append(unit).append(n == 1 ? "" : "s");
    }
  }

  /** The key a contract's notice period is indexed under: the period in years, months and days, as ISO-8601. */
  static String key(Period period) {
    return period.normalized().toString().toLowerCase(Locale.ROOT);
  }

  /**
   * The key of a filter's notice value, in words ("12 months", "1 year") or in ISO-8601 ({@code P12M}): the same
   * key for the same length however it is written. A value that is neither is its own key, which matches nothing.
   */
  static String key(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    try {
      return key(Period.parse(v));
    } catch (DateTimeParseException notIso) {
      Period words = parseWords(v);
      return words == null ? v : key(words);
    }
  }

  /** "1 year and 6 months" as a period; null when the value is not a length in words. */
  private static @Nullable Period parseWords(String v) {
    Matcher m = PART.matcher(v);
    Period total = Period.ZERO;
    int at = 0;
    while (m.find()) {
      if (!JOINER.matcher(v.substring(at, m.start())).matches() && !(at == 0 && m.start() == 0)) {
        return null;
      }
      int n = Integer.parseInt(m.group(1));
      total = switch (m.group(2)) {
        case "year" -> total.plusYears(n);
        case "month" -> total.plusMonths(n);
        case "week" -> total.plusDays(7L * n);
        default -> total.plusDays(n);
      };
      at = m.end();
    }
    return at == 0 || at != v.length() ? null : total;
  }
}
