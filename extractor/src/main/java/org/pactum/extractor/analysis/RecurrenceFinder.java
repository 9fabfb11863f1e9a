package org.pactum.extractor.analysis;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pactum.extractor.model.Recurrence;

/**
 * How often an obligation repeats, from the words of its action: "quarterly", "on an annual basis", "each calendar
 * month", "every six (6) months", "once per year".
 */
final class RecurrenceFinder {

  private static final Map<String, String> ADVERBS = Map.ofEntries(
      Map.entry("daily", "P1D"), Map.entry("weekly", "P1W"), Map.entry("biweekly", "P2W"), Map.entry("bi-weekly", "P2W"),
      Map.entry("monthly", "P1M"), Map.entry("quarterly", "P3M"), Map.entry("semi-annually", "P6M"),
      Map.entry("semiannually", "P6M"), Map.entry("bi-annually", "P6M"), Map.entry("annually", "P1Y"),
      Map.entry("yearly", "P1Y"), Map.entry("annual", "P1Y"), Map.entry("semi-annual", "P6M"),
      Map.entry("semiannual", "P6M"));
  private static final Map<String, String> UNITS = Map.of(
      "day", "P1D", "week", "P1W", "month", "P1M", "quarter", "P3M", "year", "P1Y");

  private static final Pattern ADVERB = Pattern.compile(
      "(?i)\\b(daily|weekly|bi-?weekly|monthly|quarterly|semi-?annually|bi-annually|annually|yearly)\\b");
  private static final Pattern BASIS = Pattern.compile(
      "(?i)\\bon\\s+an?\\s+(daily|weekly|monthly|quarterly|semi-?annual|annual|yearly)\\s+basis\\b");
  private static final Pattern EACH = Pattern.compile(
      "(?i)\\b(?:each|every|per|once\\s+(?:a|per|each|every))\\s+(?:calendar\\s+|fiscal\\s+|contract\\s+)?"
          + "(day|week|month|quarter|year)\\b");
  private static final Pattern EVERY_N = Pattern.compile(
      "(?i)\\bevery\\s+" + Durations.NUMBER + "\\s+(?:\\((\\d{1,3})\\)\\s+)?" + Durations.UNIT + "\\b");

  Optional<Recurrence> find(String action) {
    Matcher m = EVERY_N.matcher(action);
    if (m.find()) {
      String number = m.group(2) != null ? m.group(2) : m.group(1);
      Optional<Durations.Length> length = Durations.of(number, m.group(3));
      if (length.isPresent()) {
        return Optional.of(new Recurrence(clean(m.group()), length.get().iso()));
      }
    }
    for (Pattern p : new Pattern[] {BASIS, ADVERB}) {
      m = p.matcher(action);
      if (m.find()) {
        return Optional.of(new Recurrence(clean(m.group()), ADVERBS.get(m.group(1).toLowerCase(Locale.ROOT))));
      }
    }
    m = EACH.matcher(action);
    if (m.find()) {
      return Optional.of(new Recurrence(clean(m.group()), UNITS.get(m.group(1).toLowerCase(Locale.ROOT))));
    }
    return Optional.empty();
  }

  private static String clean(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
