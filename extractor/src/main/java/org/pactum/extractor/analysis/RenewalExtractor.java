package org.pactum.extractor.analysis;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.pactum.extractor.model.Expiration;
import org.pactum.extractor.model.ExtractedPeriod;
import org.pactum.extractor.model.ParsedDocument;
import org.pactum.extractor.model.Provenance;

/**
 * Renewal terms and the notice that prevents renewal, from the sentence that says the contract
 * renews: "shall automatically renew for successive one (1) year periods unless either party
 * gives notice of non-renewal at least ninety (90) days before the end of the then-current term".
 * The renewal term is the first length after the renewal wording (so the initial term before it
 * is not taken), or "year to year" / "month to month"; optional extensions ("may extend the Term
 * for an additional 12 months") count as renewal terms, but only a renewal that happens unless
 * someone objects has a notice period. A contract a party may end when a term runs out ("may cancel this Agreement at
 * the end of the Initial Term on forty-five days prior written notice") has that notice too.
 */
public final class RenewalExtractor {

  static final String NAME = "renewal-rules";

  private static final String NUMBER = Durations.NUMBER;
  private static final String UNIT = Durations.UNIT;

  /**
   * A term that rolls on by itself: "continues on a rolling monthly basis"; not a plan updated "on an annual rolling
   * basis" or a rolling forecast.
   */
  private static final String ROLLING =
      "\\b(?:continues?|remains?\\s+in\\s+(?:force|effect))\\s+(?:thereafter\\s+)?on\\s+a\\s+rolling\\s+(?:(?:monthly|annual|yearly)\\s+)?basis\\b";
  /**
   * A term that goes on by itself for more periods of its length: "shall continue for successive twelve (12) month
   * periods", "will automatically continue for further terms of 12 months", "This agreement rolls over for another
   * year"; not unused credit that "rolls over" to the next month.
   */
  private static final String CONTINUES =
      "\\bcontinues?\\s+(?:automatically\\s+)?(?:thereafter\\s+)?for\\s+(?:successive|further|consecutive)\\b"
          + "|\\b(?:agreement|contract|term|subscription)\\s+(?:(?:shall|will|automatically)\\s+)*rolls?\\s+over\\b";
  /** An extension by the year or the month: "may be extended on a yearly basis (up to ten (10) years)". */
  private static final String ON_A_BASIS = "\\bextend(?:ed)?\\s+on\\s+an?\\s+(?:yearly|annual|monthly)\\s+basis";
  private static final Pattern EXTENDED_ON_A_BASIS = Pattern.compile("(?i)" + ON_A_BASIS);
  /** Where the renewal begins in a sentence; the renewal term is read after it. */
  private static final Pattern RENEW = Pattern.compile(
      "(?i)\\brenew|\\bextend(?:ed)?\\s+(?:(?:automatically|tacitly)\\s+)?(?:the\\s+term\\s+(?:of\\s+this\\s+agreement\\s+)?|this\\s+agreement\\s+|the\\s+agreement\\s+)?(?:for|by)\\b|\\bextension"
          + "|\\b(?:year|month)[- ]to[- ](?:year|month)\\b|" + ROLLING + "|" + CONTINUES
          // "may be extended on a yearly basis", "will extend the Agreement on the same terms for additional one-year terms"
          + "|" + ON_A_BASIS
          + "|\\bextend\\s+(?:this|the)\\s+agreement\\b[^.;]{0,60}?\\bfor\\s+(?:an?\\s+)?(?:additional|further|successive)\\b");
  /** Wording of a renewal that happens by itself, unless someone objects. */
  private static final String BY_ITSELF =
      "automatic(?:ally)?|auto-?renew|evergreen|tacit|shall\\s+(?:be\\s+)?(?:renew|extend)|will\\s+(?:be\\s+)?renew|" + ROLLING
          // "The subscription renews annually unless cancelled"; not a fee that "renews annually"
          + "|\\b(?:agreement|contract|term|subscription|licen[cs]e|it)\\s+renews\\s+(?:annually|monthly|(?:each|every)\\s+(?:year|month))\\b"
          + "|" + CONTINUES;
  private static final Pattern AUTOMATIC = Pattern.compile(
      "(?i)" + BY_ITSELF + "|successive|additional|further|consecutive"
          + "|renew(?:s|ed|able)?\\s+for|(?:year|month)[- ]to[- ](?:year|month)"
          // an option to renew or extend: "may renew this Agreement for one (1) further two year period"
          + "|(?:renew|extend)\\s+(?:this|the)\\s+(?:agreement|term)(?:\\s+of\\s+this\\s+agreement)?\\s+for|" + ON_A_BASIS);
  /** A renewal that happens unless someone objects: only then does a notice period prevent it. */
  private static final Pattern UNLESS_NOTICE = Pattern.compile(
      "(?i)" + BY_ITSELF + "|non-?renewal|not\\s+to\\s+(?:renew|extend)"
          // "shall continue from year to year unless terminated by either party upon thirty (30) days' notice", "on a
          // month-to-month basis until terminated"
          + "|\\b(?:year|month)[- ]to[- ](?:year|month)\\b[^.;]{0,40}?\\b(?:unless|until)\\b");
  /**
   * A renewal the parties must agree on, which no one has to object to: "shall be renewed for additional terms of one
   * (1) year each by mutual written agreement of the parties". Not where it happens unless they agree otherwise.
   */
  private static final Pattern BY_AGREEMENT = Pattern.compile(
      "(?i)\\b(?:by|upon|with|on)\\s+(?:the\\s+)?mutual\\s+(?:written\\s+)?(?:agreement|consent)\\b|\\bif\\s+(?:both|the)\\s+parties\\s+"
          + "(?:so\\s+)?agree|\\bas\\s+mutually\\s+agreed\\b"
          // "providing Distributor and Supplier agree", "provided that both parties agree"
          + "|\\bprovid(?:ed|ing)\\s+(?:that\\s+)?(?:both\\s+parties|the\\s+parties|\\w+\\s+and\\s+\\w+)\\s+(?:so\\s+)?agree\\b");
  /** What makes a renewal happen unless someone objects, whatever the parties may also agree. */
  private static final Pattern OBJECTION = Pattern.compile("(?i)\\bunless\\b|\\bautomatic");
  /** A renewal as long as the initial term: "for successive terms of the same duration", "for a like period". */
  private static final Pattern AS_LONG_AS_INITIAL = Pattern.compile(
      "(?i)\\b(?:(?:same|like|equal|identical)\\s+(?:duration|length|period|term)s?\\b(?!\\s+of\\s+time)"
          + "|(?:periods?|terms?)\\s+of\\s+equal\\s+(?:duration|length)\\b)");
  /** Renewals by the year or the month without a number: "from year to year", "for successive annual periods". */
  private static final Pattern YEARLY = Pattern.compile(
      "(?i)\\byear[- ]to[- ]year|\\bannual(?:ly|\\s+(?:periods?|terms?|basis))|\\byearly\\s+basis|\\b(?:each|every)\\s+year\\b");
  private static final Pattern MONTHLY =
      Pattern.compile("(?i)\\bmonth[- ]to[- ]month|\\bmonthly\\s+basis|\\b(?:each|every)\\s+month\\b|(?<=\\brenews\\s)monthly\\b");
  private static final Pattern HALF_YEARLY = Pattern.compile("(?i)\\bhalf\\s+a\\s+year\\b|\\bsemi-?annual(?:ly|\\s+periods?)\\b");

  /** A renewal length written without a number, and what it is. */
  private record Unnumbered(Pattern pattern, java.time.Period period, String iso) {}

  private static final List<Unnumbered> UNNUMBERED = List.of(
      new Unnumbered(YEARLY, java.time.Period.ofYears(1), "P1Y"),
      new Unnumbered(MONTHLY, java.time.Period.ofMonths(1), "P1M"),
      new Unnumbered(HALF_YEARLY, java.time.Period.ofMonths(6), "P6M"));
  /**
   * A length written just before the renewal as a noun: "with automatic 3 year renewals", "a one-year renewal"
   * (but "five years, renewable" is the initial term).
   */
  private static final Pattern LENGTH_BEFORE = Pattern.compile(
      "(?i)\\b" + NUMBER + "\\s*" + Durations.RESTATED + "[- ]?" + UNIT + "\\s+(?:term\\s+|automatic\\s+)?$");
  private static final int LENGTH_BEFORE_CHARS = 40;
  private static final Pattern RENEWAL_NOUN = Pattern.compile("(?i)(?:renewal|extension)s?\\b");
  private static final Pattern TERM =
      Pattern.compile("(?i)(?<!\\bhalf\\s)\\b" + NUMBER + "\\s*" + Durations.RESTATED + "[- ]?(?:(?:additional|further|successive|consecutive)\\s+(?=(?:calendar\\s+|full\\s+)?(?:year|month)))?(?:calendar\\s+|full\\s+)?" + UNIT + "\\b(?!" + Durations.APOSTROPHE + "\\s*(?:prior|advance|written)?\\s*notice)(?!\\s+(?:prior|before|in advance))");
  private static final Pattern NOTICE =
      Pattern.compile(
          "(?i)\\b" + NUMBER + "\\s*" + Durations.RESTATED + "(?:-\\s?|\\s)?(?:calendar\\s+|full\\s+)?" + UNIT
              + "(?:(?=" + Durations.APOSTROPHE + "\\s*(?:(?:prior|written|advance)\\s+){0,3}notice|\\s+(?:prior|before|in\\s+advance)|\\s+(?:of|from)\\s+(?:the\\s+)?(?:expiration|end|expiry))"
              // "terminates it with a notice period of three months"
              + "|(?<=notice\\s{1,3}period\\s{1,3}(?:of\\s{1,3})?(?:at\\s+least\\s+)?[\\w() -]{1,30}))");

  /** A sentence that goes on about a notice already spoken of. */
  private static final Pattern THAT_NOTICE = Pattern.compile("(?i)^\\W{0,5}(?:such|said|this|that|the|any\\s+such)\\s+notice\\b");

  /**
   * A term that runs on until a party ends it: "shall remain in force until terminated by either party upon forty-five (45)
   * days' written notice". The notice is read after it.
   */
  private static final Pattern UNTIL_ENDED = Pattern.compile(
      "(?i)\\b(?:continue|remain\\s+in\\s+(?:full\\s+)?(?:force|effect)|month[- ]to[- ]month|year[- ]to[- ]year|in\\s+effect)\\b"
          + "[^.;]{0,150}?\\buntil\\s+terminated\\s+by\\s+(?:either|any|each)\\s+party\\b");
  /**
   * A party may end the contract when a term runs out instead of letting it go on: "may terminate this Agreement as of
   * the end of the then-current term by giving sixty (60) days written notice". Its notice is the one that
   * prevents a renewal.
   */
  private static final Pattern END_OF_TERM = Pattern.compile(
      "(?i)\\b(?:terminat|cancel)\\w{0,6}\\b[^.;]{0,80}?\\b(?:at|upon|as\\s+of|effective\\s+(?:at|as\\s+of))\\s+the\\s+"
          + "(?:end|expiration|expiry)\\s+of\\s+(?:the\\s+|its\\s+|this\\s+)?(?:initial\\s+|then[- ]current\\s+|original\\s+)?term\\b");
  /**
   * A notice of non-renewal spoken of apart from the renewal: "shall notify Tenant of the nonrenewal not less than six (6)
   * months prior to the expiration", "written notice of its intention not to renew at least ninety (90) days before"; not an
   * insurance policy's.
   */
  private static final Pattern NON_RENEWAL = Pattern.compile(
      "(?i)\\b(?:notice|notify|notification)\\b[^.;]{0,60}?\\bof\\s+(?:the\\s+|its\\s+|their\\s+|such\\s+)?(?:non-?renewal\\b"
          + "|(?:intention|intent|election|decision)\\s+not\\s+to\\s+(?:renew|extend))|\\bnon-?renewal\\s+notice");
  /** An insurance policy's non-renewal, which the insurer must announce, is not the contract's. */
  private static final Pattern INSURANCE = Pattern.compile("(?i)\\b(?:insurance|insurer|polic(?:y|ies)|coverages?|certificates?)\\b");
  /** How far after "until terminated by either party" its notice may be. */
  private static final int UNTIL_ENDED_NOTICE_CHARS = 100;

  /**
   * The renewal term and the notice period; each may be absent.
   *
   * @param automatic whether the renewal happens unless someone objects, rather than when a party chooses to extend
   * @param asLongAsInitial where the renewal is said to last as long as the initial term ("for successive terms of the
   *     same duration") and states no length of its own: {@link #term(Expiration)} then takes the initial term's
   */
  public record Renewal(Optional<ExtractedPeriod> term, boolean automatic, Optional<ExtractedPeriod> notice,
      Optional<Provenance> asLongAsInitial) {

    /**
     * The renewal term: the stated one, or for a renewal as long as the initial term, that term's length where the
     * expiration was computed from it ({@code 2021-04-01 + P3Y}).
     */
    public Optional<ExtractedPeriod> term(@Nullable Expiration expiration) {
      String iso = expiration == null ? null : expiration.term();
      if (term.isPresent() || asLongAsInitial.isEmpty() || iso == null) {
        return term;
      }
      try {
        return Optional.of(new ExtractedPeriod(java.time.Period.parse(iso), iso, asLongAsInitial.get()));
      } catch (java.time.format.DateTimeParseException e) {
        return term;
      }
    }
  }

  public Renewal find(ParsedDocument document) {
    String text = document.text();
    List<Sentences.Span> sentences = Sentences.of(text, 1500);
    for (int i = 0; i < sentences.size(); i++) {
      Sentences.Span span = sentences.get(i);
      String s = text.substring(span.start(), span.end());
      if (!RENEW.matcher(s).find() || !AUTOMATIC.matcher(s).find()) {
        continue;
      }
      Matcher renew = renewalStart(s);
      // "month to month" where the renewal begins is the renewal term itself, whatever lengths follow
      int before = Math.max(0, renew.start() - LENGTH_BEFORE_CHARS);
      Optional<ExtractedPeriod> term = unnumbered(renew.group(), span.start() + renew.start(), document)
          .or(() -> RENEWAL_NOUN.matcher(s).region(renew.start(), s.length()).lookingAt()
              ? first(LENGTH_BEFORE, s.substring(before, renew.start()), span.start() + before, document)
              : Optional.empty())
          .or(() -> first(TERM, s.substring(renew.start()), span.start() + renew.start(), document))
          .or(() -> unnumbered(s.substring(renew.start()), span.start() + renew.start(), document));
      boolean automatic = UNLESS_NOTICE.matcher(s).find()
          && !(BY_AGREEMENT.matcher(s).find() && !OBJECTION.matcher(s).find());
      Optional<ExtractedPeriod> notice = automatic ? first(NOTICE, s, span.start(), document) : Optional.empty();
      Matcher same = AS_LONG_AS_INITIAL.matcher(s).region(renew.start(), s.length());
      Optional<Provenance> asLongAsInitial = term.isEmpty() && same.find()
          ? Optional.of(new Provenance(span.start() + same.start(), span.start() + same.end(),
              document.pages().pageOf(span.start() + same.start()), NAME, 0.6))
          : Optional.empty();
      if (term.isPresent() || notice.isPresent() || asLongAsInitial.isPresent()) {
        if (automatic && notice.isEmpty()) {
          // a later sentence on renewal may give the notice: "each later term renews the same way unless ..."
          notice = laterNotice(document, sentences.subList(i + 1, sentences.size()));
        }
        return new Renewal(term, automatic, notice.or(() -> untilEnded(document, sentences))
            .or(() -> endOfTerm(document, sentences)).or(() -> nonRenewal(document, sentences)), asLongAsInitial);
      }
    }
    return new Renewal(Optional.empty(), false, untilEnded(document, sentences)
        .or(() -> endOfTerm(document, sentences)).or(() -> nonRenewal(document, sentences)), Optional.empty());
  }

  /**
   * Where the renewal begins in a sentence that has one, as a match: an extension by the year or the month ("extended on
   * a yearly basis") wherever it stands, for it says its term whatever "extension" comes before it or cap after it; else
   * the first renewal wording.
   */
  private static Matcher renewalStart(String sentence) {
    Matcher basis = EXTENDED_ON_A_BASIS.matcher(sentence);
    if (basis.find()) {
      return basis;
    }
    Matcher renew = RENEW.matcher(sentence);
    renew.find();
    return renew;
  }

  /**
   * The notice a notice of non-renewal ({@link #NON_RENEWAL}) must give, in the first sentence that says: of the lengths
   * in the sentence, the one nearest those words ("90 days' notice of termination and 180 days' notice of non-renewal"
   * gives 180 days).
   */
  private static Optional<ExtractedPeriod> nonRenewal(ParsedDocument document, List<Sentences.Span> sentences) {
    String text = document.text();
    for (Sentences.Span span : sentences) {
      Matcher words = NON_RENEWAL.matcher(text).region(span.start(), span.end());
      if (!words.find() || INSURANCE.matcher(text).region(span.start(), span.end()).find()) {
        continue;
      }
      ExtractedPeriod nearest = null;
      int nearestDistance = Integer.MAX_VALUE;
      String sentence = text.substring(span.start(), span.end());
      Matcher m = NOTICE.matcher(sentence);
      while (m.find()) {
        Optional<ExtractedPeriod> length = period(m, span.start(), document);
        int start = span.start() + m.start();
        int end = span.start() + m.end();
        int distance = end <= words.start() ? words.start() - end : Math.max(0, start - words.end());
        if (length.isPresent() && distance < nearestDistance) {
          nearest = length.get();
          nearestDistance = distance;
        }
      }
      if (nearest != null) {
        return Optional.of(nearest);
      }
    }
    return Optional.empty();
  }

  /**
   * The notice in the first of {@code sentences} that speaks of a renewal that happens unless someone objects, or in the
   * first of them when it goes on about the notice the renewal sentence asks for ("That notice is due sixty (60)
   * days before the term ends").
   */
  private static Optional<ExtractedPeriod> laterNotice(ParsedDocument document, List<Sentences.Span> sentences) {
    String text = document.text();
    for (int i = 0; i < sentences.size(); i++) {
      Sentences.Span span = sentences.get(i);
      String s = text.substring(span.start(), span.end());
      if (i == 0 && THAT_NOTICE.matcher(s).find() || RENEW.matcher(s).find() && UNLESS_NOTICE.matcher(s).find()) {
        Optional<ExtractedPeriod> notice = first(NOTICE, s, span.start(), document);
        if (notice.isPresent()) {
          return notice;
        }
      }
    }
    return Optional.empty();
  }

  /** The notice that ends a term running on until a party ends it ({@link #UNTIL_ENDED}), in the document's sentences. */
  private static Optional<ExtractedPeriod> untilEnded(ParsedDocument document, List<Sentences.Span> sentences) {
    String text = document.text();
    for (Sentences.Span span : sentences) {
      Matcher m = UNTIL_ENDED.matcher(text).region(span.start(), span.end());
      if (m.find()) {
        int end = Math.min(span.end(), m.end() + UNTIL_ENDED_NOTICE_CHARS);
        Optional<ExtractedPeriod> notice = first(NOTICE, text.substring(m.end(), end), m.end(), document);
        if (notice.isPresent()) {
          return notice;
        }
      }
    }
    return Optional.empty();
  }

  /** The notice for ending the contract when a term runs out ({@link #END_OF_TERM}), read in that sentence. */
  private static Optional<ExtractedPeriod> endOfTerm(ParsedDocument document, List<Sentences.Span> sentences) {
    String text = document.text();
    for (Sentences.Span span : sentences) {
      if (END_OF_TERM.matcher(text).region(span.start(), span.end()).find()) {
        Optional<ExtractedPeriod> notice = first(NOTICE, text.substring(span.start(), span.end()), span.start(), document);
        if (notice.isPresent()) {
          return notice;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<ExtractedPeriod> unnumbered(String text, int offset, ParsedDocument document) {
    for (Unnumbered kind : UNNUMBERED) {
      Matcher m = kind.pattern().matcher(text);
      if (m.find()) {
        int start = offset + m.start();
        return Optional.of(new ExtractedPeriod(kind.period(), kind.iso(),
            new Provenance(start, offset + m.end(), document.pages().pageOf(start), NAME, 0.6)));
      }
    }
    return Optional.empty();
  }

  private static Optional<ExtractedPeriod> first(Pattern pattern, String sentence, int offset, ParsedDocument document) {
    Matcher m = pattern.matcher(sentence);
    while (m.find()) {
      Optional<ExtractedPeriod> period = period(m, offset, document);
      if (period.isPresent()) {
        return period;
      }
    }
    return Optional.empty();
  }

  /** The length a match of a number and a unit says, placed at {@code offset} plus the match's place. */
  private static Optional<ExtractedPeriod> period(Matcher m, int offset, ParsedDocument document) {
    int start = offset + m.start();
    return Durations.of(m).map(length -> new ExtractedPeriod(length.period(), length.iso(),
        new Provenance(start, offset + m.end(), document.pages().pageOf(start), NAME, 0.7)));
  }
}
