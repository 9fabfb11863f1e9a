package org.pactum.extractor.analysis;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pactum.extractor.model.GoverningLaw;
import org.pactum.extractor.model.ParsedDocument;
import org.pactum.extractor.model.Provenance;

/**
 * Finds the governing law: "governed by ... the laws of the State of New York", "the laws of the State of
 * California shall govern", "made in the State of Nevada and governed by the laws thereof", "English law shall
 * govern", "Chinese law shall apply", "construed under Delaware law", "The applicable law is the law of the Netherlands",
 * "subject to German law", a heading that names it ("GOVERNING LAW: Illinois.", "Applicable law: French law."). The
 * wordings are tried from the surest to the loosest, and within one the first statement that names a known jurisdiction
 * wins: "subject to the export laws of the United States" is only taken when nothing says what governs the contract.
 */
public final class GoverningLawExtractor {

  static final String NAME = "governing-law-rules";

  /**
   * The letters of a jurisdiction's name with a full stop ("P.R.C."), with the apostrophes a text layer may give
   * ("People`s", "People’s") and with the Latin-1 accents ("Québec").
   */
  private static final String NAME_LETTERS = "A-Za-z.&" + Jurisdictions.APOSTROPHES + "\\s\u00C0-\u00FF";

  /**
   * "of [the] [State|Commonwealth|Province of] X", X in group 1; also where the text layer lost the spaces after "of" and
   * "the" ("the laws ofthe State ofTexas"), the name then having to be a known jurisdiction.
   */
  private static final String OF_JURISDICTION =
      "(?:the\\s*)?(?:(?:state|commonwealth|province|republic|kingdom|federal\\s+republic|socialist\\s+republic|grand\\s+duchy"
          + "|special\\s+administrative\\s+region)\\s+of\\s*)?([A-Z][" + NAME_LETTERS + "]{1,40})";

  /** "... laws of X" or "... laws and decisions of X" after a governing verb, within one sentence. */
  private static final Pattern LAWS_OF = lawsOfAfter(
      "govern(?:ed|s)?|constru(?:ed|e)|interpret(?:ed)?|enforced|controlled|applied|read(?=\\s+(?:and|in)\\s)");

  /**
   * "The laws of the State of New York (...) govern all matters", "the law of X applies". The verb is looked for
   * before the name is read, and the name is read without backtracking, so that text full of "laws of" stays fast.
   */
  private static final Pattern LAWS_GOVERN =
      Pattern.compile("(?i)\\blaws?\\s+(?:in\\s+force\\s+in\\s+|of\\s+)"
          + "(?=[^.;]{0,200}?\\b(?:shall\\s+|will\\s+)?(?:govern|governs|apply|applies|control|controls)\\b)"
          + "(?:the\\s+)?(?:(?:state|commonwealth|province|republic|kingdom|federal\\s+republic)\\s+of\\s+)?"
          + "([A-Z][" + NAME_LETTERS + "]{1,40}+)");

  /** "made in the State of California and shall be governed by ... the laws thereof". */
  private static final Pattern LAWS_THEREOF =
      Pattern.compile("(?i)\\bin\\s+(?:the\\s+)?(?:state|commonwealth|province)\\s+of\\s+"
          + "(?=[^.;]{0,160}?\\bgovern(?:ed|s)?\\b[^.;]{0,80}?\\blaws\\s+thereof)([A-Z][" + NAME_LETTERS + "]{1,40}+)");

  /** "X law shall govern", "governed by X law", "governed by and construed under English law", "governed by PRC Laws". */
  private static final Pattern ADJECTIVE_LAW =
      Pattern.compile(
          "(?i)(?:govern(?:ed|s)?\\s+(?:by|under)(?:,?\\s+and\\s+(?:construed|interpreted)\\s+(?:in\\s+accordance\\s+with|under))?"
              + "|(?:construed|interpreted)\\s+(?:in\\s+accordance\\s+with|under)),?\\s+"
              + "(?:the\\s+)?([A-Z][A-Za-z&'\\s]{1,30}?)\\s+laws?\\b"
              + "|\\b([A-Z][A-Za-z&'\\s]{1,30}?)\\s+laws?\\s+(?:(?:shall|will)\\s+(?:govern|apply)|governs|applies)\\b");

  /**
   * The loosest: "subject to the laws of X", "determined in accordance with the laws of X"; they also say what
   * export or patent law applies to something, so they count only when nothing else is said.
   */
  private static final Pattern SUBJECT_TO =
      lawsOfAfter("subject|(?:determined|resolved)\\s+(?:in\\s+accordance\\s+with|under)|applicable\\s+law\\s+(?:is|shall\\s+be)");

  /**
   * The loosest too: "The contract is subject to German law", which may also say only what export law applies to
   * something.
   */
  private static final Pattern SUBJECT_TO_ADJECTIVE = Pattern.compile(
      "(?i)\\b(?:is|are|be)\\s+subject\\s+to\\s+(?:the\\s+)?([A-Z][A-Za-z&'\\s]{1,30}?)\\s+law\\b");

  /** A heading that names the jurisdiction itself: "15. GOVERNING LAW: Illinois.", "Governing law: the laws of Ireland." */
  private static final Pattern HEADING_NAMES_IT = Pattern.compile(
      "(?i)\\bgoverning\\s+law\\s*[.:\\-\u2013]\\s*(?:the\\s+)?(?:laws?\\s+of\\s+)?" + OF_JURISDICTION + "(?=\\s*[.;]|\\s*$)",
      Pattern.MULTILINE);

  /** A label that names the law by its adjective: "Applicable law: French law.", "Governing law - English law". */
  private static final Pattern LABEL_NAMES_ITS_LAW = Pattern.compile(
      "(?i)\\b(?:governing|applicable)\\s+law\\s*[:\\-\u2013]\\s*(?:the\\s+)?([A-Z][A-Za-z&'\\s]{1,30}?)\\s+laws?(?=\\s*[.;]|\\s*$)",
      Pattern.MULTILINE);

  private static final List<Pattern> SUREST_FIRST = List.of(
      LAWS_OF, LAWS_GOVERN, LAWS_THEREOF, ADJECTIVE_LAW, SUBJECT_TO, SUBJECT_TO_ADJECTIVE, HEADING_NAMES_IT, LABEL_NAMES_ITS_LAW);

  /** "the laws of the United States and the State of Florida": the state says more than the country. */
  private static final Pattern STATE_AFTER_COUNTRY =
      Pattern.compile("(?i)[^.;]{0,80}?\\b(?:state|commonwealth|province)\\s+of\\s+([A-Z][" + NAME_LETTERS + "]{1,40})");

  private static Pattern lawsOfAfter(String verbs) {
    return Pattern.compile("(?i)\\b(?:" + verbs + ")\\b[^.;]{0,160}?\\blaws?"
        + "(?:\\s+and\\s+(?:decisions|regulations|statutes|rules))?"
        // an aside between commas may come before "of" ("the internal laws, and not the laws regarding conflicts of laws,
        // of", "the internal law, and not the law of conflicts, of") and a comma after it ("construed pursuant to the laws
        // of, the State of New York")
        + "(?:(?:,[^.;,]{1,60},|,)?\\s+of,?\\s*|\\s+in\\s+(?:force|effect)\\s+in\\s+|\\s+in\\s+)" + OF_JURISDICTION);
  }

  public Optional<GoverningLaw> find(ParsedDocument document) {
    String text = document.text();
    for (int i = 0; i < SUREST_FIRST.size(); i++) {
      Optional<GoverningLaw> found = first(SUREST_FIRST.get(i), text, document, i == 0 ? 0.9 : 0.75);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
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
        int end = m.end();
        if (jurisdiction.get().code().length() == 2) {
          // a country first, then one of its states: "the United States and the State of Florida"
          Matcher state = STATE_AFTER_COUNTRY.matcher(text);
          state.region(m.start(group) + 1, Math.min(text.length(), m.start(group) + 200));
          var inner = state.lookingAt() ? Jurisdictions.at(state.group(1)) : Optional.<Jurisdictions.Jurisdiction>empty();
          if (inner.isPresent() && inner.get().code().startsWith(jurisdiction.get().code() + "-")) {
            jurisdiction = inner;
          }
        }
        int start = m.start();
        return Optional.of(
            new GoverningLaw(
                jurisdiction.get().name(),
                jurisdiction.get().code(),
                new Provenance(start, end, document.pages().pageOf(start), NAME, confidence)));
      }
    }
    return Optional.empty();
  }
}
