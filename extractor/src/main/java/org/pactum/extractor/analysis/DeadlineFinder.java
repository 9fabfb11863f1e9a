package org.pactum.extractor.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pactum.extractor.model.DateMention;
import org.pactum.extractor.model.Deadline;

/**
 * By when an obligation falls due, from the words of its action: a date ("on or before March 31, 2021", "by
 * 1/15/2020"), a length of time ("within ten (10) business days after receipt", "within seventy-two (72) hours",
 * "no later than thirty (30) days before", "at least ninety (90) days prior to", "at least thirty (30) days' written
 * notice"), or "promptly" and its kin. The action is already bounded, so every pattern runs on a few hundred
 * characters at most.
 */
final class DeadlineFinder {

  /** "seventy-two (72) hours", "(30) days", "thirty days", "5 days"; the figure in brackets wins. */
  private static final String LENGTH = "(?:(?:[a-z]+(?:-[a-z]+)?\\s+)?\\((?<digits>\\d{1,3})\\)|(?<words>" + Durations.NUMBER + "))\\s+"
      + "(?<business>business\\s+|working\\s+|calendar\\s+)?" + "(?<unit>year|month|week|day|hour)s?'?";
  private static final String EVENT = "(?:\\s+(?:after|of|following|from|before|prior\\s+to|in\\s+advance\\s+of)\\s+[^,;.]{1,100})?";
  private static final List<Pattern> LENGTHS = List.of(
      Pattern.compile("(?i)\\bwithin\\s+(?:(?:no|not)\\s+more\\s+than\\s+|up\\s+to\\s+)?" + LENGTH + EVENT),
      Pattern.compile("(?i)\\b(?:no|not)\\s+later\\s+than\\s+" + LENGTH + EVENT),
      Pattern.compile("(?i)\\bat\\s+least\\s+" + LENGTH + "\\s+(?:prior\\s+to|before|in\\s+advance\\s+of)\\s+[^,;.]{1,100}"),
      Pattern.compile("(?i)\\b(?:at\\s+least|not\\s+less\\s+than|no\\s+less\\s+than)\\s+" + LENGTH
          + "\\s+(?:prior\\s+|advance\\s+)?(?:written\\s+)?notice\\b(?:\\s+(?:of|before|prior\\s+to)\\s+[^,;.]{1,100})?"));
  private static final Pattern BEFORE_DATE = Pattern.compile(
      "(?i)\\b(?:on\\s+or\\s+before|by|before|prior\\s+to|no\\s+later\\s+than|not\\s+later\\s+than)\\s+(?:the\\s+)?$");
  private static final Pattern PROMPTLY = Pattern.compile(
      "(?i)\\b(?:promptly|immediately|forthwith|without\\s+(?:undue\\s+)?delay|as\\s+soon\\s+as\\s+(?:reasonably\\s+)?practicable)\\b");

  private final DateFinder dates = new DateFinder();

  Optional<Deadline> find(String action) {
    for (DateMention d : dates.find(action)) {
      Matcher m = BEFORE_DATE.matcher(action).region(Math.max(0, d.start() - 30), d.start());
      if (m.find()) {
        return Optional.of(new Deadline(clean(action.substring(m.start(), d.end())), null, false, d.date()));
      }
    }
    for (Pattern p : LENGTHS) {
      Matcher m = p.matcher(action);
      if (m.find()) {
        String number = m.group("digits") != null ? m.group("digits") : m.group("words");
        String period = period(number, m.group("unit"));
        String business = m.group("business");
        boolean businessDays = business != null && !business.toLowerCase(Locale.ROOT).startsWith("calendar");
        return Optional.of(new Deadline(clean(m.group()), period, businessDays, null));
      }
    }
    Matcher m = PROMPTLY.matcher(action);
    return m.find() ? Optional.of(new Deadline(clean(m.group()), null, false, null)) : Optional.empty();
  }

  /** The ISO-8601 period of a length; hours, which {@link Durations} leaves out, as {@code PT72H}. */
  private static String period(String number, String unit) {
    if (unit.equalsIgnoreCase("hour")) {
      return Durations.of(number, "day").map(l -> "PT" + l.period().getDays() + "H").orElse(null);
    }
    return Durations.of(number, unit).map(Durations.Length::iso).orElse(null);
  }

  private static String clean(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }
}
