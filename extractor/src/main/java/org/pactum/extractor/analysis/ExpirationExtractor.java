package org.pactum.extractor.analysis;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.pactum.extractor.model.DateMention;
import org.pactum.extractor.model.Expiration;
import org.pactum.extractor.model.ParsedDocument;
import org.pactum.extractor.model.Provenance;

/**
 * The end of the initial term: written ("shall continue until December 31, 2025", "November 1,
 * 2014 to October 31, 2017"), or computed from a stated length and its starting point ("for a term
 * of three (3) years from the Effective Date", "until the fifth (5th) anniversary of the date
 * hereof", "shall be effective on 6 October 2000 and shall have a duration of two years", "until the end of the
 * current calendar year"). A
 * computed date is the anniversary, as CUAD's annotators count it, and carries its working. A
 * length counted from an event the text does not date ("three years from the Launch Date") is
 * counted from the effective date, which the event cannot precede: the date is the earliest the
 * term can end, and says so ({@link Expiration#undatedStart()}). A length counted from the end of
 * something ("within 30 days after the end of the Initial Term") is not a term and gives nothing.
 *
 * <p>Sentences that state the term of the agreement itself ("the initial term", "this Agreement
 * shall continue") are preferred to sentences that merely mention a term; within a sentence only
 * the part before any renewal or notice wording is read, so a renewal period is never taken for the
 * initial term.
 */
public final class ExpirationExtractor {

  static final String NAME = "term-rules";

  /**
   * How many sentences after a term stated as a length may still write its end out: "The Initial Term of this Agreement is
   * four (4) years. The Term starts on May 2, 2011 and ends on May 1, 2015." The written
   * date is the parties' own count.
   */
  private static final int WRITTEN_AFTER_COMPUTED = 2;

  /** A heading that labels the term: "Duration: 24 months ...", "PERIOD: April 15, 2000 through ...". */
  private static final String LABEL = "^\\W*(?:duration|(?:contract\\s+)?period)\\s*:";
  private static final Pattern LABELLED = Pattern.compile("(?i)" + LABEL);
  /** The term called by what the agreement is for: "the contract period", "The cooperation period is three years". */
  private static final String AGREEMENT_PERIOD =
      "(?:contract|cooperation|co-operation|service|license|licence|distribution|agency|supply|sponsorship|consulting)\\s+period";
  private static final Pattern NAMES_PERIOD = Pattern.compile("(?i)" + AGREEMENT_PERIOD);
  /** The period as a label: "INITIAL DISTRIBUTION PERIOD: April 15, 2000 through October 15, 2000". */
  private static final Pattern PERIOD_LABEL = Pattern.compile("(?i)" + AGREEMENT_PERIOD + "\\s*:");
  /** What else an agreement calls itself after "This", case-sensitive: its acronym ("NDA") or "License". */
  private static final String OTHER_NAME = "[A-Z]{2,8}|Licen[cs]e";
  /** "It" that opens a sentence about the agreement: "It shall ...", "It will ...". */
  private static final String IT_ACTS = "(?=\\s+(?:shall|will)\\s)";
  /**
   * The agreement called by its acronym, as a licence or as "it" opening the sentence: "This NDA shall remain in
   * effect ...", "This License shall expire", "It shall be effective on 06 October 2000 and shall have a duration of
   * two years".
   */
  private static final Pattern OTHER_NAME_SUBJECT =
      Pattern.compile("^\\W*(?:This\\s+(?:" + OTHER_NAME + ")\\b|It" + IT_ACTS + ")");
  private static final Pattern TERM_CUE = Pattern.compile(
      "(?i)\\b(?:term|continues?|remain\\s+in\\s+(?:full\\s+)?(?:force|effect)|expires?|in\\s+effect|in\\s+force|duration"
          + "|terminate\\s+on|end\\s+on|" + AGREEMENT_PERIOD + "|expiration\\s+date|valid\\s+(?:for|until|through)|effective\\s+(?:until|through|from)"
          // "shall be effective for an initial period of three (3) years", not "effective for all orders"
          + "|effective\\s+for(?=\\s+(?:an?\\s+(?:\\w+\\s+)?(?:period|term)\\b|[\\w-]+\\s+(?:\\(\\d{1,3}\\)\\s+)?(?:years?|months?)\\b))"
          + "|runs?\\s+(?:for|until|through|from)|last\\s+for)\\b|\\btermination\\s+date\\s*:"
          // "is entered into for a period of three years", "is concluded for a definite period of two (2) years"
          + "|\\b(?:entered\\s+into|concluded|made)\\s+for\\s+an?\\s+(?:(?:definite|fixed|initial)\\s+)?(?:period|term)\\b"
          + "|" + LABEL
          // "shall terminate five years after the Effective Date"
          + "|\\bterminate(?=\\s+(?:[\\w()-]+\\s+){1,3}(?:years?|months?)\\s+(?:after|from|following)\\b)");
  /** A sentence whose subject is the term or the agreement itself, after any numbering and opening proviso. */
  private static final Pattern SUBJECT = Pattern.compile(
      "(?i)^[\\W\\d]*(?:[a-z]\\)\\s*)?(?:(?:term|duration)\\b\\s*[:.\\-–]?\\s*)?(?:\\([a-z0-9]{1,4}\\)\\s*)?"
          + "(?:(?:unless|except|subject|notwithstanding)[^,]{0,200},\\s*)?(?:the\\s+parties\\s+(?:hereby\\s+)?agree\\s+that\\s+)?"
          + "(?:the\\s+)?(?:initial\\s+|original\\s+)?"
          + "(?:term|" + AGREEMENT_PERIOD + "|agreement|contract|this\\s+(?:agreement|contract|(?-i:" + OTHER_NAME + "))"
          + "|(?-i:It)" + IT_ACTS
          // "This Development Agreement", "This Second Amendment"
          + "|this\\s+(?:(?-i:[A-Z])[\\w-]*\\s+){1,3}(?:agreement|amendment|contract))\\b"
          // a defined term that merely starts with the word ("Contract Year", "Term Sheet") is not the term
          + "(?![\"”]|\\s+(?-i:[A-Z][a-z]))"
          + "|initial\\s+(?:term|period)|^\\W*[\"“]?(?:term|expiration\\s+date)[\"”]?\\s*(?::|means|shall\\s+mean)|" + LABEL);
  /** "the later of ... or the duration of ...": a computed date would be a guess. */
  private static final Pattern ALTERNATIVE_END = Pattern.compile("(?i)\\b(?:later|longer)\\s+of\\b");
  /** Where a sentence moves from the initial term to renewals, notices or exceptions. */
  private static final Pattern CLIP = Pattern.compile(
      "(?i)\\brenew|\\bextended\\s+(?:(?:automatically|tacitly)\\s+(?:for|by)|for)\\b|\\bnotice|provided,?\\s+(?:however|that)|(?<!continue\\s|continues\\s)\\bthereafter");
  /**
   * A heading run into the sentence by the text layout: "Term and Renewal The term of ...", "3. TERM AND
   * RENEWAL 3.1 This Agreement ...", also an article's heading over its first section's: "Article 4 Duration
   * 4.1 Duration Except as ...".
   */
  private static final Pattern HEADING = Pattern.compile(
      "^[\\s\\d.]*(?:(?:Article|ARTICLE|Section|SECTION)\\s+(?:\\d{1,2}|[IVX]{1,5})\\.?\\s+(?:[A-Z][\\w&]*\\s+(?:(?:and|of|&)\\s+)?){1,5}"
          + "(?:\\d{1,2}(?:\\.\\d{1,2})*\\.?\\s+))?(?:[A-Z][\\w&]*\\s+(?:(?:and|of|&)\\s+)?){1,5}"
          + "(?=(?:\\d{1,2}(?:\\.\\d{1,2})*\\.?\\s+)?(?:The|This|Unless|Subject|Except|Notwithstanding)\\b)");
  private static final Pattern EXCLUDE = Pattern.compile(
      "(?i)(?:may|right\\s+to)\\s+terminate\\s+this\\s+agreement|warrant|confidential|surviv|payment|invoice"
          + "|(?:after|following)\\s+(?:the\\s+)?(?:termination|expiration)|non-?compet|solicit"
          // a notary's seal: "My Commission Expires November 1, 2013"
          + "|commission\\s+expires");
  private static final Pattern UNTIL = Pattern.compile(
      "(?i)\\b(?:until|through|thru|up\\s+to|conclud(?:e|es|ing)(?:\\s+on)?|expir(?:e|es|ing)(?:\\s+on)?|terminat(?:e|es|ing)(?:\\s+on)?|ending(?:\\s+on)?|ends?\\s+(?:on|at)|from\\s+(?:the\\s+)?[\\w ]{1,40}?\\s+to"
          + "|extended\\s+to|expiration\\s+date[\"”]?(?:\\s+(?:of|is|shall\\s+be|means|shall\\s+mean))?\\s*:?|termination\\s+date\\s*:|end\\s+(?:the|on\\s+the)\\s+later\\s+of)"
          + "\\s+(?:and\\s+including\\s+)?(?:the\\s+(?:later|earlier)\\s+of\\s*:?\\s*)?(?:\\((?:i|a|1)\\)\\s*)?"
          // the hour the term ends at: "until midnight on", "shall end at 11:59 p.m. on"
          + "(?:(?:midnight|noon|\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?\\s?m\\.?)?)(?:\\s+\\([^)]{1,20}\\))?\\s+(?:on\\s+)?)?$");
  /** A term to the end of a year: "remains in effect until the end of 2019". */
  private static final Pattern YEAR_END = Pattern.compile(
      "(?i)\\b(?:until|through)\\s+the\\s+end\\s+of\\s+(?:the\\s+)?(?:calendar\\s+)?(?:year\\s+)?((?:19|20)\\d{2})\\b");
  private static final Pattern CURRENT_YEAR_END = Pattern.compile(
      "(?i)\\b(?:until|through)\\s+the\\s+end\\s+of\\s+(?:the\\s+)?(?:current|then[- ]current|same)\\s+calendar\\s+year\\b");
  private static final Pattern FROM_DATE_TO = Pattern.compile("(?i)^\\s*(?:to|-|–)\\s*$");
  private static final Pattern START_CUE = Pattern.compile(
      "(?i)\\b(?:commenc(?:e|es|ing)|begin(?:s|ning)?|effective|from|start(?:s|ing)?)\\s+(?:on|as\\s+of|from)?\\s*$");

  /** "the fifth (5th) anniversary", "the 7th anniversary", "the five (5) year anniversary". */
  private static final Pattern ANNIVERSARY = Pattern.compile(
      "(?i)\\b(?:(" + DateFinder.ORDINAL_WORDS_PATTERN + "|\\d{1,2}(?:st|nd|rd|th))\\s*(?:\\(\\s*\\d{1,2}\\s*(?:s\\s?t|n\\s?d|r\\s?d|t\\s?h)?\\s*\\)\\s*)?"
          + "|" + Durations.NUMBER + "\\s*(?:\\(\\d{1,2}\\)\\s*)?[- ]?years?\\s+)anniversary\\s+(?:of\\b|(?=thereof\\b))");
  /** "three (3) years", "3 (three) years", "thirty six (36) months", "twelve-month". */
  private static final Pattern LENGTH = Pattern.compile(
      "(?i)\\b(?:(thirty[- ]six|twenty[- ]four|forty[- ]eight)|" + Durations.NUMBER + ")\\s*" + Durations.RESTATED + "[- ]?"
          + "(?:full\\s+)?(?:calendar\\s+|consecutive\\s+|contract\\s+)?" + Durations.UNIT + "\\b"
          // a notice period, also where the sentence was clipped at "notice": "sixty (60) days prior written"
          + "(?!" + Durations.APOSTROPHE + "\\s*(?:(?:prior|advance|written)\\s*){0,3}notice|['’]?\\s*(?:(?:prior|advance|written)\\s*){1,3}$|['’]\\s*$)");
  /** What a length is counted from, when the text says. */
  private static final Pattern ANCHOR = Pattern.compile(
      "(?i)^\\s*(?:\\([^)]{0,80}\\)\\s*)?,?\\s*(?:period\\s+|term\\s+)?(?:commencing\\s+|beginning\\s+|starting\\s+)?(?:from|after|following|of|on|commencing\\s+on)\\s+"
          + "(?:and\\s+(?:including|after)\\s+)?(?:the\\s+)?([^,;()]{0,60})");
  private static final Pattern SIGNING_ANCHOR = Pattern.compile(
      "(?i)^(?:hereof|date\\s+(?:hereof|of\\s+(?:this|the)\\s+(?:agreement|contract|document)|first\\s+(?:written|set\\s+forth|above)"
          + "|(?:it|this\\s+agreement)\\s+is\\s+(?:signed|executed)|signed|of\\s+(?:its\\s+)?(?:execution|signing|signature))"
          + "|execution(?:\\s+date)?|its\\s+execution|signing|date\\s+on\\s+which\\s+this|this\\s+(?:agreement|contract))");
  private static final Pattern EFFECTIVE_ANCHOR =
      Pattern.compile("(?i)^(?:(?:date\\s+of\\s+(?:the\\s+)?)?effective\\s+date|thereof|commencement\\s+date|date\\s+this\\s+agreement\\s+becomes\\s+effective)");
  /** An anchor that ends something rather than starts the term: "after the end of the Initial Term". */
  private static final Pattern ENDING_ANCHOR = Pattern.compile(
      "(?i)^(?:end|expir\\w*|terminat\\w*|conclusion|completion|close|receipt|last)\\b");
  /** Where the words naming an anchor stop: the sentence's next part or a definition's quotes. */
  private static final Pattern ANCHOR_END = Pattern.compile("(?i)\\s+(?:and|or|unless|hereinafter|subject)\\b|\\s*[\"“]");
  private static final Pattern PARENTHESISED = Pattern.compile("\\((\\d{1,3})\\)");

  /** What a stated length is counted from. */
  private enum Anchor { UNSTATED, EFFECTIVE, SIGNING, UNDATED }

  private static final DateFinder ANCHOR_DATES = new DateFinder();

  private final DateFinder dates = new DateFinder();

  /**
   * Finds the expiration. {@code agreement} and {@code effective} are the contract's dates (either may
   * be null), used for a term stated as a length: "from the date hereof" counts from the agreement
   * date, "from the Effective Date" from the effective date.
   */
  public Optional<Expiration> find(ParsedDocument document, @Nullable LocalDate agreement, @Nullable LocalDate effective) {
    return find(document, dates.find(document.text()), agreement, effective);
  }

  /** Finds the expiration among the document's date mentions, as {@link DateFinder} found them in its whole text. */
  public Optional<Expiration> find(
      ParsedDocument document, List<DateMention> mentions, @Nullable LocalDate agreement, @Nullable LocalDate effective) {
    String text = document.text();
    Expiration weak = null;
    Expiration computed = null;
    int sentencesSinceComputed = 0;
    for (Sentences.Span sentence : Sentences.of(text, 800)) {
      if (computed != null && ++sentencesSinceComputed > WRITTEN_AFTER_COMPUTED) {
        return Optional.of(computed);
      }
      String s = text.substring(sentence.start(), sentence.end());
      if (!TERM_CUE.matcher(s).find()) {
        continue;
      }
      String lower = s.toLowerCase(Locale.ROOT);
      // a sentence that names neither the term nor the agreement may still be about "the cooperation period", when
      // that period is its subject or labels it
      boolean periodOnly = !lower.contains("term") && !lower.contains("agreement") && !lower.contains("contract")
          && !lower.contains("amendment") && !lower.contains("expiration date") && !LABELLED.matcher(s).find()
          && !OTHER_NAME_SUBJECT.matcher(s).find();
      if (periodOnly && !NAMES_PERIOD.matcher(s).find()) {
        continue;
      }
      Matcher heading = HEADING.matcher(s);
      int from = sentence.start() + (heading.find() ? heading.end() : 0);
      Matcher clip = CLIP.matcher(text.substring(from, sentence.end()));
      int to = clip.find() ? from + clip.start() : sentence.end();
      String head = text.substring(from, to);
      if (EXCLUDE.matcher(head).find()) {
        continue;
      }
      boolean strong = SUBJECT.matcher(head.strip()).find();
      if (periodOnly && !strong && !PERIOD_LABEL.matcher(head).find()) {
        continue;
      }
      Optional<Expiration> found = written(document, mentions, from, to);
      if (strong && found.isPresent()) {
        return found;
      }
      if (strong && computed == null) {
        computed = computed(document, mentions, from, to, agreement, effective)
            .or(() -> endOfStartYear(document, from, to, agreement, effective))
            .orElse(null);
      } else if (!strong && weak == null && found.isPresent()) {
        weak = found.get();
      }
    }
    return Optional.ofNullable(computed != null ? computed : weak);
  }

  /** A date the sentence gives as the end: "until December 31, 2025", "1 November 2014 to 31 October 2017". */
  private static Optional<Expiration> written(ParsedDocument document, List<DateMention> mentions, int from, int to) {
    String text = document.text();
    DateMention previous = null;
    for (DateMention m : within(mentions, from, to)) {
      String before = text.substring(Math.max(from, m.start() - 60), m.start());
      if (UNTIL.matcher(before).find()
          || previous != null && FROM_DATE_TO.matcher(text.substring(previous.end(), m.start())).find()) {
        return Optional.of(new Expiration(m.date(), false, null, provenance(document, from, to, 0.8)));
      }
      previous = m;
    }
    Matcher year = YEAR_END.matcher(document.text()).region(from, to);
    if (year.find()) {
      return Optional.of(new Expiration(LocalDate.of(Integer.parseInt(year.group(1)), 12, 31), false, null,
          provenance(document, from, to, 0.7)));
    }
    return Optional.empty();
  }

  /** The end of the calendar year the term starts in: "shall remain in effect until the end of the current calendar year". */
  private static Optional<Expiration> endOfStartYear(ParsedDocument document, int from, int to,
      @Nullable LocalDate agreement, @Nullable LocalDate effective) {
    LocalDate start = effective != null ? effective : agreement;
    if (start == null || !CURRENT_YEAR_END.matcher(document.text()).region(from, to).find()) {
      return Optional.empty();
    }
    LocalDate end = LocalDate.of(start.getYear(), 12, 31);
    return Optional.of(new Expiration(end, true, start + " to the end of its year", provenance(document, from, to, 0.6)));
  }

  /** A length counted from a date: "for three (3) years from the Effective Date". */
  private static Optional<Expiration> computed(ParsedDocument document, List<DateMention> mentions, int from, int to,
      @Nullable LocalDate agreement, @Nullable LocalDate effective) {
    String text = document.text();
    String head = text.substring(from, to);
    if (ALTERNATIVE_END.matcher(head).find()) {
      return Optional.empty();
    }
    Optional<Counted> counted = anniversary(head).filter(c -> c.anchor() != Anchor.UNDATED).or(() -> length(head));
    if (counted.isEmpty() || counted.get().anchor() == Anchor.UNDATED && ENDING_ANCHOR.matcher(counted.get().from()).find()) {
      return Optional.empty();
    }
    LocalDate stated = null;
    for (DateMention m : within(mentions, from, to)) {
      if (START_CUE.matcher(text.substring(Math.max(from, m.start() - 60), m.start())).find()) {
        stated = m.date();
        break;
      }
    }
    LocalDate base = switch (counted.get().anchor()) {
      case SIGNING -> agreement != null ? agreement : effective;
      case EFFECTIVE, UNDATED -> effective != null ? effective : agreement;
      default -> stated != null ? stated : effective != null ? effective : agreement;
    };
    if (base == null) {
      return Optional.empty();
    }
    boolean undated = counted.get().anchor() == Anchor.UNDATED;
    return Optional.of(new Expiration(base.plus(counted.get().period()), true, base + " + " + counted.get().iso(),
        undated ? "the " + counted.get().from() : null, provenance(document, from, to, undated ? 0.4 : 0.6)));
  }

  /**
   * The mentions that lie inside {@code [from, to)}. The list is in text order, so its part is found
   * by binary search rather than by reading every date of the document for every sentence.
   */
  private static List<DateMention> within(List<DateMention> mentions, int from, int to) {
    int first = firstStartingAtOrAfter(mentions, from);
    int last = firstStartingAtOrAfter(mentions, to);
    return mentions.subList(first, last).stream().filter(m -> m.end() <= to).toList();
  }

  private static int firstStartingAtOrAfter(List<DateMention> mentions, int offset) {
    int low = 0;
    int high = mentions.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (mentions.get(mid).start() < offset) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** A length found in the sentence, what it counts from, and that starting point's words ("Launch Date"). */
  private record Counted(Period period, String iso, Anchor anchor, String from) {}

  private static Optional<Counted> anniversary(String head) {
    Matcher m = ANNIVERSARY.matcher(head);
    if (!m.find()) {
      return Optional.empty();
    }
    Integer years;
    if (m.group(1) != null) {
      String ordinal = m.group(1).toLowerCase(Locale.ROOT);
      years = Character.isDigit(ordinal.charAt(0)) ? Integer.parseInt(ordinal.replaceAll("\\D", "")) : DateFinder.ordinal(ordinal);
    } else {
      years = Durations.of(m.group(2), "year").map(l -> l.period().getYears()).orElse(null);
    }
    if (years == null || years == 0) {
      return Optional.empty();
    }
    String after = " of " + head.substring(m.end());
    return Optional.of(counted(Period.ofYears(years), "P" + years + "Y", after));
  }

  private static Optional<Counted> length(String head) {
    Matcher m = LENGTH.matcher(head);
    while (m.find()) {
      Matcher digits = PARENTHESISED.matcher(m.group());
      String number = digits.find() ? digits.group(1) : m.group(1) != null ? m.group(1).replaceAll("[- ]", "") : m.group(2);
      Optional<Durations.Length> l = Durations.of(normalise(number), m.group(3));
      if (l.isPresent()) {
        String after = head.substring(m.end());
        return Optional.of(counted(l.get().period(), l.get().iso(), after));
      }
    }
    return Optional.empty();
  }

  private static String normalise(String number) {
    return switch (number.toLowerCase(Locale.ROOT)) {
      case "thirtysix" -> "36";
      case "twentyfour" -> "24";
      case "fortyeight" -> "48";
      default -> number;
    };
  }

  /** A length and what the text after it counts it from, read with one match of {@link #ANCHOR}. */
  private static Counted counted(Period period, String iso, String after) {
    Matcher m = ANCHOR.matcher(after);
    return m.find() ? new Counted(period, iso, anchor(after, m), anchorWords(m.group(1)))
        : new Counted(period, iso, Anchor.UNSTATED, "");
  }

  /** What the text after a length counts it from, given the match of {@link #ANCHOR} in it. */
  private static Anchor anchor(String after, Matcher m) {
    String anchor = m.group(1).strip();
    if (anchor.isEmpty() || Character.isDigit(anchor.charAt(0)) || startsWithDate(after.substring(m.start(1)))) {
      return Anchor.UNSTATED;
    }
    if (EFFECTIVE_ANCHOR.matcher(anchor).find()) {
      return Anchor.EFFECTIVE;
    }
    return SIGNING_ANCHOR.matcher(anchor).find() ? Anchor.SIGNING : Anchor.UNDATED;
  }

  /** The words a length is counted from ("Launch Date"), given what {@link #ANCHOR} read after it. */
  private static String anchorWords(String anchor) {
    String words = ANCHOR_END.split(anchor, 2)[0].strip();
    // the anchor is read up to 60 characters: end a longer one at a whole word
    int cut = words.length() == anchor.length() && words.length() == 60 ? words.lastIndexOf(' ') : -1;
    return cut > 0 ? words.substring(0, cut) + " ..." : words.replaceAll("[.:\"“”']+$", "");
  }

  /** Whether the anchor is a written date ("commencing on July 1, 2012"), which the sentence's start date gives. */
  private static boolean startsWithDate(String anchor) {
    List<DateMention> found = ANCHOR_DATES.find(anchor.substring(0, Math.min(anchor.length(), 40)));
    return !found.isEmpty() && found.get(0).start() == 0;
  }

  private static Provenance provenance(ParsedDocument document, int from, int to, double confidence) {
    while (from < to && Character.isWhitespace(document.text().charAt(from))) {
      from++;
    }
    return new Provenance(from, to, document.pages().pageOf(from), NAME, confidence);
  }
}
