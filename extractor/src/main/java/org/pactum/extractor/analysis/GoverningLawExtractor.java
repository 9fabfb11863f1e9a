package org.pactum.extractor.analysis;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pactum.extractor.model.GoverningLaw;
import org.pactum.extractor.model.ParsedDocument;
import org.pactum.extractor.model.Provenance;

/**
 * Finds the governing law: "governed by ... the laws of the State of New York", "English law shall
 * govern", "construed under Delaware law". The first statement that names a known jurisdiction wins.
 */
public final class GoverningLawExtractor {

  static final String NAME = "governing-law-rules";

  /** "... laws of [the] [State|Commonwealth|Province of] X" after a governing verb, within one sentence. */
  private static final Pattern LAWS_OF =
      Pattern.compile(
          "(?i)\\b(?:govern(?:ed|s)?|constru(?:ed|e)|interpret(?:ed)?|enforced|subject)\\b[^.;]{0,160}?"
              + "\\blaws?\\s+(?:in\\s+force\\s+in\\s+|of\\s+)(?:the\\s+)?"
              + "(?:(?:state|commonwealth|province|republic|kingdom|federal\\s+republic)\\s+of\\s+)?"
              + "([A-Z][A-Za-z.&'\\s]{1,40})");

  /** "X law shall govern", "governed by X law". */
  private static final Pattern ADJECTIVE_LAW =
      Pattern.compile(
          "(?i)(?:govern(?:ed|s)?\\s+(?:by|under)|construed\\s+(?:in\\s+accordance\\s+with|under))\\s+"
              + "(?:the\\s+)?([A-Z][A-Za-z&'\\s]{1,30}?)\\s+law\\b|\\b([A-Z][A-Za-z&'\\s]{1,30}?)\\s+law\\s+(?:shall|will)\\s+govern");

  public Optional<GoverningLaw> find(ParsedDocument document) {
    String text = document.text();
    Optional<GoverningLaw> found = first(LAWS_OF, text, document, 0.9);
    return found.isPresent() ? found : first(ADJECTIVE_LAW, text, document, 0.75);
  }

  private static Optional<GoverningLaw> first(Pattern pattern, String text, ParsedDocument document, double confidence) {
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      int group = m.group(1) != null ? 1 : 2;
      if (m.groupCount() < group || m.group(group) == null) {
        continue;
      }
      var jurisdiction = Jurisdictions.at(m.group(group));
      if (jurisdiction.isPresent()) {
        int start = m.start();
        return Optional.of(
            new GoverningLaw(
                jurisdiction.get().name(),
                jurisdiction.get().code(),
                new Provenance(start, m.end(), document.pages().pageOf(start), NAME, confidence)));
      }
    }
    return Optional.empty();
  }
}
