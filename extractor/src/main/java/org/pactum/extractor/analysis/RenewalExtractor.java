package org.pactum.extractor.analysis;

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

  private static final String NUMBER = Durations.NUMBER;
  private static final String UNIT = Durations.UNIT;

  private static final Pattern RENEW = Pattern.compile("(?i)\\brenew");
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
    for (Sentences.Span span : Sentences.of(text, 1500)) {
      String s = text.substring(span.start(), span.end());
      if (!RENEW.matcher(s).find() || !AUTOMATIC.matcher(s).find()) {
        continue;
      }
      Optional<ExtractedPeriod> term = first(TERM, s, span.start(), document);
      Optional<ExtractedPeriod> notice = first(NOTICE, s, span.start(), document);
      if (term.isPresent() || notice.isPresent()) {
        return new Renewal(term, notice);
      }
    }
    return new Renewal(Optional.empty(), Optional.empty());
  }

  private static Optional<ExtractedPeriod> first(Pattern pattern, String sentence, int offset, ParsedDocument document) {
    Matcher m = pattern.matcher(sentence);
    while (m.find()) {
      Optional<Durations.Length> length = Durations.of(m.group(1), m.group(2));
      if (length.isPresent()) {
        int start = offset + m.start();
        return Optional.of(new ExtractedPeriod(length.get().period(), length.get().iso(),
            new Provenance(start, offset + m.end(), document.pages().pageOf(start), NAME, 0.7)));
      }
    }
    return Optional.empty();
  }
}
