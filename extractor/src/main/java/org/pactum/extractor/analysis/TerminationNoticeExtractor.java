package org.pactum.extractor.analysis;

import static org.pactum.extractor.analysis.Durations.NUMBER;
import static org.pactum.extractor.analysis.Durations.UNIT;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pactum.extractor.model.ExtractedPeriod;
import org.pactum.extractor.model.ParsedDocument;
import org.pactum.extractor.model.Provenance;

/**
 * The notice a party must give to end the contract early: "either party may terminate this Agreement at any time
 * upon ninety (90) days' prior written notice". A termination for convenience is preferred, else one without a
 * condition ("may be terminated by either party on six months' notice"); a sentence about a breach, a cure, an
 * insolvency or an insurance policy, one that gives the right only on an event ("if a competitor acquires ..."), or one
 * about a renewal (whose notice the {@link RenewalExtractor} reads) gives none.
 */
final class TerminationNoticeExtractor {

  static final String NAME = "termination-notice-rules";

  /**
   * Ending the contract itself: "terminate this Agreement", "this Agreement may be terminated", "either party may terminate
   * it"; not an audit or an order.
   */
  private static final Pattern TERMINATE = Pattern.compile("(?i)\\b(?:terminat(?:e|ing)|end|cancel|withdraw\\s+from)\\s+(?:this|the)\\s+"
      + "(?:[\\w-]+\\s+){0,3}?(?:agreement|contract|lease|sla|sow|licen[cs]e|arrangement|engagement)\\b"
      + "|\\b(?:agreement|contract|lease|sla|sow|licen[cs]e)\\s+(?:may|can|shall)\\s+be\\s+(?:terminated|cancell?ed|ended)\\b"
      // the agreement as "it", where either party may end it: "Either party may terminate it with three months' notice"
      + "|\\b(?:either|any|each)\\s+party\\s+may\\s+(?:terminate|end|cancel)\\s+it\\b");
  /** "ninety (90) days' prior written notice", "30 days written notice", "one month's notice"; number and unit grouped. */
  private static final Pattern LENGTH_NOTICE = Pattern.compile("(?i)\\b" + NUMBER
      + "\\s*" + Durations.RESTATED + "(?:-\\s?|\\s)?(?:calendar\\s+|business\\s+)?" + UNIT
      + Durations.APOSTROPHE + "\\s*(?:(?:prior|written|advance|notice\\s+in)\\s+){0,3}(?:notice|writing)\\b");
  /** A length after the word notice, at least as long as stated: "at least thirty (30) days"; number and unit grouped. */
  private static final String AT_LEAST_LENGTH = "(?:at\\s+least\\s+|not\\s+less\\s+than\\s+|no\\s+less\\s+than\\s+)?" + NUMBER
      + "\\s*" + Durations.RESTATED + "(?:calendar\\s+|business\\s+)?" + UNIT;
  /** "notice of at least thirty (30) days", "by giving notice not less than 60 days in advance". */
  private static final Pattern NOTICE_LENGTH =
      Pattern.compile("(?i)\\bnotice\\s+(?:period\\s+)?(?:of\\s+)?" + AT_LEAST_LENGTH + "\\b");
  /** "by providing written notice to the other party no less than thirty (30) days in advance". */
  private static final Pattern NOTICE_IN_ADVANCE = Pattern.compile(
      "(?i)\\bnotice\\b[^.;\\d]{0,60}?\\b" + AT_LEAST_LENGTH + "\\s+(?:in\\s+advance|prior|before)\\b");
  /** Ending for no reason at all: what a buyer asks about when it wants out. */
  private static final Pattern CONVENIENCE = Pattern.compile(
      "(?i)\\bfor\\s+(?:its\\s+)?convenience|\\bfor\\s+any\\s+(?:or\\s+no\\s+)?reason|\\bwithout\\s+cause");
  /** "at any time": convenience too, unless the sentence goes on to a breach or an event. */
  private static final Pattern AT_ANY_TIME = Pattern.compile("(?i)\\bat\\s+any\\s+time\\b");
  /**
   * A notice that is a cure period, or one for ending on insolvency, rather than a notice to end at will; or the
   * notice an insurer gives before a policy ends.
   */
  private static final Pattern FOR_CAUSE = Pattern.compile(
      "(?i)\\b(?:breach\\w*|cure[ds]?|default\\w*|insolven\\w*|bankrupt\\w*|fail(?:s|ed|ure)?|insurance|insurers?"
          + "|polic(?:y|ies)|coverages?)\\b|\\bfor\\s+[\"“]?cause\\b");
  /** A right that only arises on an event ("if a competitor acquires the Supplier, Buyer may terminate ..."). */
  private static final Pattern CONDITIONAL = Pattern.compile("(?i)\\bif\\b|\\bin\\s+the\\s+event\\b|\\bupon\\s+the\\s+occurrence\\b");
  /** A renewal's notice, which the renewal extractor reads. */
  private static final Pattern RENEWAL = Pattern.compile(
      "(?i)\\b(?:renew\\w*|non-?renewal|extend\\w*|extension)\\b|\\bexpiration\\s+of\\s+the\\s+(?:then[- ]current|initial|current)");
  private static final int MAX_SENTENCE = 800;

  Optional<ExtractedPeriod> find(ParsedDocument document) {
    String text = document.text();
    ExtractedPeriod plain = null;
    for (Sentences.Span s : Sentences.of(text, MAX_SENTENCE)) {
      String sentence = text.substring(s.start(), s.end());
      if (!TERMINATE.matcher(sentence).find() || RENEWAL.matcher(sentence).find()) {
        continue;
      }
      Optional<ExtractedPeriod> notice = length(sentence, s.start(), document);
      if (notice.isEmpty()) {
        continue;
      }
      if (CONVENIENCE.matcher(sentence).find()) {
        return notice;
      }
      boolean unconditional = !FOR_CAUSE.matcher(sentence).find() && !CONDITIONAL.matcher(sentence).find();
      if (unconditional && AT_ANY_TIME.matcher(sentence).find()) {
        return notice;
      }
      if (plain == null && unconditional) {
        plain = notice.get();
      }
    }
    return Optional.ofNullable(plain);
  }

  private static Optional<ExtractedPeriod> length(String sentence, int offset, ParsedDocument document) {
    for (Pattern p : new Pattern[] {LENGTH_NOTICE, NOTICE_LENGTH, NOTICE_IN_ADVANCE}) {
      Matcher m = p.matcher(sentence);
      while (m.find()) {
        int start = offset + m.start();
        Optional<ExtractedPeriod> period = Durations.of(m).map(length -> new ExtractedPeriod(
            length.period(), length.iso(), new Provenance(start, offset + m.end(), document.pages().pageOf(start), NAME, 0.7)));
        if (period.isPresent()) {
          return period;
        }
      }
    }
    return Optional.empty();
  }
}
