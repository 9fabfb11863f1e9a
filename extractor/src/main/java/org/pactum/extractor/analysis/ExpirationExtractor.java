package org.pactum.extractor.analysis;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.pactum.extractor.model.DateMention;
import org.pactum.extractor.model.Expiration;
import org.pactum.extractor.model.ParsedDocument;
import org.pactum.extractor.model.Provenance;

/**
 * The end of the initial term: written ("shall continue until December 31, 2025", "expires on
 * ..."), or computed from a stated length and the effective date ("for a term of three (3) years
 * from the Effective Date" gives the effective date plus three years, the anniversary, as CUAD's
 * annotators count it). Computed dates are marked and carry their working.
 */
public final class ExpirationExtractor {

  static final String NAME = "term-rules";

  private static final Pattern TERM_CUE =
      Pattern.compile("(?i)\\b(?:term|continue|remain\\s+in\\s+(?:full\\s+force\\s+and\\s+)?effect|expire|in\\s+effect)\\b");
  private static final Pattern UNTIL =
      Pattern.compile("(?i)\\b(?:until|through|thru|expir(?:e|es|ing)\\s+on|terminat(?:e|es|ing)\\s+on|end(?:s|ing)?\\s+on|expiration\\s+date\\s+(?:of|is|shall\\s+be))\\s+(?:and\\s+including\\s+)?$");
  private static final Pattern LENGTH =
      Pattern.compile(
          "(?i)\\b(?:for|of)\\s+(?:an?\\s+)?(?:initial\\s+)?(?:period|term)?\\s*(?:of\\s+)?" + Durations.NUMBER
              + "\\s*(?:\\(\\d{1,3}\\)\\s*)?[- ]?" + Durations.UNIT + "\\b");
  private static final Pattern EXCLUDE = Pattern.compile("(?i)terminate\\s+this\\s+agreement|notice|renew|warrant|confidential|surviv|payment|invoice|after\\s+(?:the\\s+)?(?:termination|expiration)");

  private final DateFinder dates = new DateFinder();

  /** Finds the expiration; {@code start} is the effective (or agreement) date used for computing. */
  public Optional<Expiration> find(ParsedDocument document, @Nullable LocalDate start) {
    String text = document.text();
    List<DateMention> mentions = dates.find(text);
    for (Sentences.Span sentence : Sentences.of(text, 800)) {
      String s = text.substring(sentence.start(), sentence.end());
      if (!TERM_CUE.matcher(s).find() || EXCLUDE.matcher(s).find() || !s.toLowerCase(java.util.Locale.ROOT).contains("term")
          && !s.toLowerCase(java.util.Locale.ROOT).contains("agreement")) {
        continue;
      }
      int from = sentence.start();
      int to = sentence.end();
      for (DateMention m : mentions) {
        if (m.start() >= from && m.end() <= to
            && UNTIL.matcher(text.substring(Math.max(from, m.start() - 60), m.start())).find()) {
          return Optional.of(new Expiration(m.date(), false, null, provenance(document, from, to, 0.8)));
        }
      }
      if (start != null) {
        Matcher length = LENGTH.matcher(s);
        if (length.find()) {
          Optional<Durations.Length> l = Durations.of(length.group(1), length.group(2));
          if (l.isPresent()) {
            LocalDate end = start.plus(l.get().period());
            return Optional.of(new Expiration(end, true, start + " + " + l.get().iso(), provenance(document, from, to, 0.6)));
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Provenance provenance(ParsedDocument document, int from, int to, double confidence) {
    while (from < to && Character.isWhitespace(document.text().charAt(from))) {
      from++;
    }
    return new Provenance(from, to, document.pages().pageOf(from), NAME, confidence);
  }
}
