package org.pactum.extractor.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pactum.extractor.model.DefinedTerm;
import org.pactum.extractor.model.ParsedDocument;
import org.pactum.extractor.model.Provenance;

/**
 * Defined terms: a quoted capitalised term followed by "means", "shall mean", "has the meaning",
 * "refers to", "includes" or "is defined as", a quoted term opening a definitions list's entry before a colon, and
 * terms defined in passing in brackets ({@code (the "Effective Date")}, {@code (hereinafter "Buyer")}). Each term
 * once, at its first definition; the source is the defining sentence.
 */
final class DefinedTermsExtractor {

  static final String NAME = "defined-terms-rules";
  private static final int MAX_SENTENCE = 2000;
  private static final String TERM_WORDS = "([A-Z][A-Za-z0-9&'\u2019/ \\-]{0,60}?)";
  private static final String TERM = "[\"\u201c]" + TERM_WORDS + "[\"\u201d]";

  private static final Pattern MEANS = Pattern.compile(
      TERM + ",?\\s+(?:shall\\s+)?(?:means?|mean|has\\s+the\\s+meaning|shall\\s+have\\s+the\\s+meaning|refers?\\s+to|includes?"
          + "|is\\s+defined\\s+as)\\b");
  /**
   * A definitions list in the British style, the term opening its entry's line: {@code "Business Day": a day other
   * than ...}; not a list of titles in capitals ({@code "ICE AGE 2": ...}).
   */
  private static final Pattern LIST_ENTRY = Pattern.compile(
      "(?m)^[ \\t]*(?:\\(?[a-z0-9]{1,4}[.)]\\s+)*[\"\u201c](?=[^\"\u201d]{0,60}[a-z])" + TERM_WORDS + "[\"\u201d]\\s*:\\s");
  private static final Pattern IN_BRACKETS = Pattern.compile(
      "\\((?:each\\s+|collectively\\s+|together\\s+)?(?:,\\s*)?(?:the\\s+|a\\s+|an\\s+|this\\s+)?"
          + "(?:hereinafter\\s+)?(?:(?:referred\\s+to\\s+|defined\\s+)?as\\s+)?(?:the\\s+)?" + TERM + "\\)");

  List<DefinedTerm> find(ParsedDocument document) {
    String text = document.text();
    List<DefinedTerm> terms = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Sentences.Span s : Sentences.of(text, MAX_SENTENCE)) {
      String sentence = text.substring(s.start(), s.end());
      if (sentence.indexOf('"') < 0 && sentence.indexOf('\u201c') < 0) {
        continue;
      }
      for (Pattern p : new Pattern[] {MEANS, LIST_ENTRY, IN_BRACKETS}) {
        Matcher m = p.matcher(sentence);
        while (m.find()) {
          String term = m.group(1).strip().replaceAll("\\s+", " ");
          if (!term.isEmpty() && seen.add(term.toLowerCase(Locale.ROOT))) {
            int start = s.start() + leadingSpace(sentence);
            terms.add(new DefinedTerm(term, new Provenance(start, s.end(), document.pages().pageOf(start), NAME,
                p == IN_BRACKETS ? 0.7 : 0.85)));
          }
        }
      }
    }
    return terms;
  }

  private static int leadingSpace(String s) {
    int i = 0;
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }
}
