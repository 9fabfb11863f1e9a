package org.pactum.extractor.analysis;

import java.time.Period;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pactum.extractor.model.ExtractedPeriod;
import org.pactum.extractor.model.ParsedDocument;
import org.pactum.extractor.model.Provenance;

/**
 * Renewal terms and the notice that prevents renewal, from the sentence that says the contract
 * renews: "shall automatically renew for successive one (1) year periods unless either party
 * gives notice of non-renewal at least ninety (90) days before the end of the then-current term".
 */
public final class RenewalExtractor {

  static final String NAME = "renewal-rules";

  private static final Map<String, Integer> WORDS = Map.ofEntries(
      Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
      Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
      Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
      Map.entry("fifteen", 15), Map.entry("eighteen", 18), Map.entry("twenty", 20), Map.entry("twenty-four", 24),
      Map.entry("thirty", 30), Map.entry("forty-five", 45), Map.entry("sixty", 60), Map.entry("ninety", 90),
      Map.entry("one hundred twenty", 120), Map.entry("one hundred eighty", 180), Map.entry("a", 1), Map.entry("an", 1));

  private static final String NUMBER =
      "(\\d{1,3}|one hundred (?:twenty|eighty)|twenty-four|forty-five|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|eighteen|twenty|thirty|sixty|ninety|an?)";
  private static final String UNIT = "(year|month|week|day)s?";

  private static final Pattern SENTENCE = Pattern.compile("[^.;]*\\brenew[^.;]*(?:[.;]|$)", Pattern.CASE_INSENSITIVE);
  private static final Pattern AUTOMATIC =
      Pattern.compile("(?i)automatic(?:ally)?|successive|evergreen|shall\\s+(?:be\\s+)?(?:renew|extend)|will\\s+(?:be\\s+)?renew|renew(?:s|ed)?\\s+for");
  private static final Pattern TERM =
      Pattern.compile("(?i)\\b" + NUMBER + "\\s*(?:\\(\\d{1,3}\\)\\s*)?[- ]?" + UNIT + "\\b(?!['’]?\\s*(?:prior|advance|written)?\\s*notice)(?!\\s+(?:prior|before|in advance))");
  private static final Pattern NOTICE =
      Pattern.compile(
          "(?i)\\b" + NUMBER + "\\s*(?:\\(\\d{1,3}\\)\\s*)?[- ]?" + UNIT
              + "(?=['’]?\\s*(?:prior\\s+)?(?:written\\s+)?(?:advance\\s+)?notice|\\s+(?:prior|before|in\\s+advance)|\\s+(?:of|from)\\s+(?:the\\s+)?(?:expiration|end|expiry))");

  /** The renewal term and the notice period; each may be absent. */
  public record Renewal(Optional<ExtractedPeriod> term, Optional<ExtractedPeriod> notice) {}

  public Renewal find(ParsedDocument document) {
    String text = document.text();
    Matcher sentence = SENTENCE.matcher(text);
    while (sentence.find()) {
      String s = sentence.group();
      if (s.length() > 1500 || !AUTOMATIC.matcher(s).find()) {
        continue;
      }
      Optional<ExtractedPeriod> term = first(TERM, s, sentence.start(), document);
      Optional<ExtractedPeriod> notice = first(NOTICE, s, sentence.start(), document);
      if (term.isPresent() || notice.isPresent()) {
        return new Renewal(term, notice);
      }
    }
    return new Renewal(Optional.empty(), Optional.empty());
  }

  private static Optional<ExtractedPeriod> first(Pattern pattern, String sentence, int offset, ParsedDocument document) {
    Matcher m = pattern.matcher(sentence);
    while (m.find()) {
      Integer n = number(m.group(1));
      if (n == null || n == 0) {
        continue;
      }
      String unit = m.group(2).toLowerCase(Locale.ROOT);
      Period period = switch (unit) {
        case "year" -> Period.ofYears(n);
        case "month" -> Period.ofMonths(n);
        case "week" -> Period.ofWeeks(n);
        default -> Period.ofDays(n);
      };
      String iso = "P" + n + switch (unit) {
        case "year" -> "Y";
        case "month" -> "M";
        case "week" -> "W";
        default -> "D";
      };
      int start = offset + m.start();
      return Optional.of(new ExtractedPeriod(period, iso,
          new Provenance(start, offset + m.end(), document.pages().pageOf(start), NAME, 0.7)));
    }
    return Optional.empty();
  }

  private static Integer number(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return w.chars().allMatch(Character::isDigit) ? Integer.valueOf(w) : WORDS.get(w);
  }
}
