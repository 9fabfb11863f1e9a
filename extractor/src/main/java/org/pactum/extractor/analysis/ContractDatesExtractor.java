package org.pactum.extractor.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pactum.extractor.model.DateMention;
import org.pactum.extractor.model.ExtractedDate;
import org.pactum.extractor.model.ParsedDocument;
import org.pactum.extractor.model.Provenance;

/**
 * The agreement date and effective date. The agreement date is the first full date of the
 * preamble (the opening of the contract, where it is "made as of", "dated", "entered into"), the date it "is entered
 * into" or "is made" on first, also behind a long cover page or table of contents; else the latest date of its
 * signature block, or the date it says it is signed on ("signed this Contract in Lyon on March 3, 2004") or that
 * stands right above a signature;
 * the effective date is a date the text ties to "Effective Date" or "effective as of", and else the
 * agreement date when the preamble says the agreement takes effect then, or when the text makes
 * the agreement's own date the effective date ("shall become effective as of the date first above
 * written", "\"Effective Date\" means the date of this Agreement"). A preamble with no date
 * ("as of the date last signed below") yields none. A contract that takes effect when its last party signs is
 * effective on the latest date of its signature block, whatever date its preamble gives.
 */
public final class ContractDatesExtractor {

  static final String NAME = "date-rules";

  /** How far into the text the preamble may run. */
  private static final int PREAMBLE_CHARS = 3000;

  /**
   * How far into the text a preamble may start behind a cover page or a table of contents, where its date is taken
   * only with a cue that the agreement itself is made then ({@link #MADE_ON}). Within the usual opening too such a
   * date wins over an earlier one ("shall be effective as of September 1, 2022 and is made and entered into this 4th day
   * of July, 2022").
   */
  private static final int LATE_PREAMBLE_CHARS = 12_000;
  /**
   * The agreement is made on the date that follows: "is entered into as of", "is signed this". Not a bare "dated", which
   * in the body more often dates another agreement ("the Loan Agreement dated March 8, 2011").
   */
  private static final Pattern MADE_ON = Pattern.compile(
      "(?i)\\b(?:is|are|was)\\s+(?:hereby\\s+)?(?:dated|made|entered\\s+into|executed|signed)\\b(?:\\s+and\\s+(?:entered\\s+into|effective))?"
          + "\\s+(?:(?:as\\s+)?of\\s+|on\\s+|this\\s+){0,2}(?:the\\s+)?$");
  private static final Pattern PREAMBLE_CUE =
      Pattern.compile("(?i)\\b(dated|made|entered\\s+into|as\\s+of|effective|day\\s+of|executed|agreement|date:)");
  private static final Pattern EFFECTIVE_CUE =
      Pattern.compile("(?i)effective\\s+date|effective\\s+(?:as\\s+of|on|from)|shall\\s+(?:become|be)\\s+effective|commencement\\s+date");

  /**
   * A date the text names as the effective date right where it stands: "effective as of July 1, 2020" or
   * "July 1, 2020 (the \"Effective Date\")". Preferred to a date that merely has "effective" nearby, because a
   * preamble may be "entered into on June 1 and made effective as of July 1".
   */
  private static final Pattern EFFECTIVE_BEFORE = Pattern.compile(
      "(?i)(?:effective\\s+(?:as\\s+of|on|from)"
          + "|effective\\s+date(?:\\s+of\\s+this\\s+(?:agreement|contract|amendment))?[\"”]?\\s*(?:is|shall\\s+be|will\\s+be|means|shall\\s+mean|:|-)?"
          // "shall take effect on", "comes into force on", "with effect from"
          + "|\\btakes?\\s+effect\\s+(?:on|as\\s+of|from)|\\b(?:comes?|enters?)\\s+into\\s+(?:force|effect)\\s+(?:on|as\\s+of)"
          + "|\\bwith\\s+effect\\s+(?:from|as\\s+of|on)"
          // a bare "effective" right after the date the agreement is made: "made this 3rd day of March, 2021, effective
          // April 1, 2021, by and between"; not "the maturity will, effective October 8, 2014, be adjusted"
          + "|(?:19|20)\\d\\d\\s*[,(]\\s*effective)"
          + "\\s*(?:this\\s+|the\\s+)?$");
  /** Not across a blank line: "Trade Date: 12 May 2015", then "Effective Date 01 June 2015" on a line of its own. */
  private static final Pattern EFFECTIVE_AFTER =
      Pattern.compile("(?i)^[ \\t]*\\n?[ \\t]*[,;]?[ \\t]*(?:\\(\\s*)?(?:hereinafter\\s+|herein\\s+)?(?:the\\s+|this\\s+)?[\"“]?effective\\s+date");
  /** A date the term ends on: "until the earlier of (a) June 30, 2024 and (b) ...", "shall expire on June 30, 2021". */
  private static final Pattern END_BEFORE = Pattern.compile(
      "(?i)\\b(?:until|through|thru|expir\\w{0,5}|terminat\\w{0,5}|end(?:s|ing)?\\s+on|(?:later|earlier)\\s+of)\\b[^.]{0,30}$");
  /**
   * A term that starts on a written date: "the Term shall commence on January 1, 2000", "This Agreement starts on 1
   * April 2021", "The Agreement is valid from 1 April 2021".
   */
  private static final Pattern TERM_STARTS = Pattern.compile(
      "(?i)(?:(?:commenc(?:e|es|ing)|begin(?:s|ning)?|starts?)\\s+(?:on|as\\s+of)|\\bis\\s+valid\\s+(?:from|as\\s+of))\\s*(?:the\\s+)?$");

  /**
   * The text makes the agreement date the effective date: "effective as of the date first above written", "in force upon
   * signature".
   */
  private static final Pattern EFFECTIVE_WHEN_DATED = Pattern.compile(
      "(?i)(?:effective|commenc(?:e|es|ing)|in\\s+force|begin(?:s|ning)?)\\s+(?:as\\s+of\\s+|from\\s+|on\\s+|upon\\s+)?(?:the\\s+)?"
          + "(?:date\\s+(?:first\\s+(?:above\\s+|hereinabove\\s+)?(?:written|set\\s+forth|stated|mentioned|listed)|hereof|of\\s+this\\s+(?:agreement|contract)"
          + "|of\\s+(?:its\\s+)?(?:execution|signature|signing))|day\\s+and\\s+year\\s+first|(?:its\\s+)?(?:execution|signature|signing)\\b)");
  /**
   * The text defines the effective date as the agreement's own date: "\"Effective Date\" means the date of this
   * Agreement". A definition says it outright, so it is trusted before any date that merely stands near the word.
   */
  private static final Pattern EFFECTIVE_DEFINED_AS_DATED = Pattern.compile(
      "(?i)[\"“]?effective\\s+date[\"”]?\\s+(?:means|shall\\s+mean|is)\\s+the\\s+date\\s+(?:of\\s+this\\s+(?:agreement|contract)\\b|hereof|first)");

  /** A date written by a signature: "Date: 1/27/2020" beside "By: /s/ ...". */
  private static final Pattern SIGNED_NEAR = Pattern.compile("(?i)/s/|\\bby\\s*:|signature");
  private static final Pattern DATE_LABEL_BEFORE = Pattern.compile("(?i)\\bdated?\\s*:?\\s*(?:_+\\s*)?$");
  private static final Pattern DATE_LABEL_AFTER = Pattern.compile("(?i)^\\s*(?:date\\b|_{3,})");
  private static final String SIGNED_WORDS =
      "(?:signature|signed|signing|executed|execution|set\\s+forth\\s+below|written\\s+below|below)";
  /**
   * A contract whose opening has no date may be dated where it is signed: "Signed and effective this 14th day of June,
   * 2003", "has signed this Contract in Lyon on March 3, 2004", "done and signed at Turin on this 2nd day".
   */
  private static final Pattern SIGNED_ON = Pattern.compile(
      "(?i)\\b(?:signed|executed|done)\\b[^.;]{0,80}?\\b(?:on|this|as\\s+of|dated?)\\s*(?:this\\s+)?(?:the\\s+)?$");
  /** A signature right below a date: "Geneva, October 9th, 2012", then "/s/ A. Smith". */
  private static final Pattern SIGNATURE_BELOW = Pattern.compile("(?i)^[\\s.]{0,30}/s/");
  /** How far apart the dates of one signature block may be. */
  private static final int SIGNATURE_BLOCK_CHARS = 1500;
  /**
   * The text dates the agreement by its signatures: "effective as of the date of the last signature", "\"Effective Date\"
   * means the date on which the last party has signed", "the date last written below (the \"Effective Date\")".
   */
  private static final Pattern EFFECTIVE_WHEN_SIGNED = Pattern.compile(
      "(?i)effective[^.]{0,100}?\\b(?:last|latest|later|most\\s+recent)\\b[^.]{0,40}?\\b" + SIGNED_WORDS
          + "|\\b(?:last|latest|later)\\b[^.]{0,40}?\\b" + SIGNED_WORDS + "[^.]{0,30}?\\beffective\\s+date");

  /**
   * The filing stamp a copy from a securities filing carries on every page, "Source: ACME CORP, 8-K, 3/13/2020": its date
   * is when the exhibit was filed, not a date of the contract.
   */
  private static final Pattern FILING_STAMP = Pattern.compile("\\bSource:\\s[^\\n]{0,120}$");

  /**
   * The document takes effect on a date it defines: "This Amendment takes effect on the Amendment Date", where the
   * preamble reads "dated 2023-11-20 (the "Amendment Date")". The group is the defined term.
   */
  private static final Pattern TAKES_EFFECT_ON_DEFINED = Pattern.compile(
      "(?i)\\b(?:takes?|shall\\s+take|will\\s+take)\\s+effect\\s+(?:on|as\\s+of)\\s+the\\s+((?:[\\w-]+\\s+){0,3}date)\\b");

  /**
   * An opening that dates the agreement by its signatures rather than by a date: "is entered into as of the date last
   * signed below", "made and effective as of the date of the last signature hereto". A date after it is not the
   * agreement's by its place alone ("The Term shall commence on January 1, 2024").
   */
  private static final Pattern DATED_BY_SIGNATURES = Pattern.compile(
      "(?i)\\b(?:as\\s+of|on)\\s+the\\s+(?:(?:last|latest|later)\\s+)?(?:date|day)\\b[^.;]{0,40}?\\b" + SIGNED_WORDS);

  private final DateFinder finder = new DateFinder();

  /** The two dates; each may be absent. */
  public record Dates(Optional<ExtractedDate> agreement, Optional<ExtractedDate> effective) {}

  public Dates find(ParsedDocument document) {
    return find(document, finder.find(document.text()));
  }

  /** The two dates among the document's date mentions, as {@link DateFinder} found them in its whole text. */
  public Dates find(ParsedDocument document, List<DateMention> all) {
    String text = document.text();
    List<DateMention> mentions = all.stream()
        .filter(m -> !FILING_STAMP.matcher(window(text, m, 140, -1)).find())
        .toList();
    Matcher bySignatures = DATED_BY_SIGNATURES.matcher(text).region(0, Math.min(text.length(), PREAMBLE_CHARS));
    int datedBySignatures = bySignatures.find() ? bySignatures.start() : Integer.MAX_VALUE;
    List<DateMention> preamble = mentions.stream()
        .filter(m -> m.start() < PREAMBLE_CHARS)
        .filter(m -> PREAMBLE_CUE.matcher(window(text, m, 200, 0)).find())
        .filter(m -> m.start() < datedBySignatures || MADE_ON.matcher(window(text, m, 60, -1)).find())
        .toList();
    Optional<DateMention> agreement = preamble.stream()
        .filter(m -> MADE_ON.matcher(window(text, m, 60, -1)).find())
        .findFirst()
        .or(() -> preamble.stream().findFirst());
    if (agreement.isEmpty()) {
      agreement = mentions.stream()
          .filter(m -> m.start() < LATE_PREAMBLE_CHARS)
          .filter(m -> MADE_ON.matcher(window(text, m, 60, -1)).find())
          .findFirst();
    }
    boolean signedOnly = false;
    if (agreement.isEmpty()) {
      // no date in the preamble: a contract dated only by its signatures is made on the last of them
      agreement = lastSignature(text, mentions)
          .or(() -> mentions.stream()
              .filter(m -> SIGNED_ON.matcher(window(text, m, 100, -1)).find())
              .filter(m -> SIGNED_NEAR.matcher(after(text, m, 400)).find())
              .findFirst())
          .or(() -> mentions.stream()
              .filter(m -> SIGNATURE_BELOW.matcher(after(text, m, 40)).find())
              .findFirst());
      signedOnly = agreement.isPresent();
    }
    Optional<DateMention> effective = agreement.filter(a -> takesEffectOnItsOwnDate(text, a));
    if (effective.isEmpty() && EFFECTIVE_DEFINED_AS_DATED.matcher(text).find()) {
      effective = agreement;
    }
    if (effective.isEmpty() && EFFECTIVE_WHEN_SIGNED.matcher(text).find()) {
      // the text says it takes effect when the last party signs, and the signatures are dated
      effective = signedOnly ? agreement : lastSignature(text, mentions);
    }
    if (effective.isEmpty()) {
      effective = mentions.stream()
            .filter(m -> EFFECTIVE_BEFORE.matcher(window(text, m, 40, -1)).find()
                || EFFECTIVE_AFTER.matcher(after(text, m, 40)).find())
            .findFirst();
    }
    if (effective.isEmpty()) {
      effective = mentions.stream()
          .filter(m -> EFFECTIVE_CUE.matcher(window(text, m, 120, 60)).find())
          .filter(m -> !END_BEFORE.matcher(window(text, m, 50, -1)).find())
          .findFirst();
    }
    if (effective.isEmpty()) {
      effective = mentions.stream()
          .filter(m -> TERM_STARTS.matcher(window(text, m, 40, -1)).find())
          .findFirst();
    }
    if (effective.isEmpty()
        && agreement.isPresent()
        && window(text, agreement.get(), 200, 120).toLowerCase(Locale.ROOT).contains("effective")) {
      effective = agreement;
    }
    if (effective.isEmpty() && agreement.isPresent() && EFFECTIVE_WHEN_DATED.matcher(text).find()) {
      effective = agreement;
    }
    return new Dates(agreement.map(m -> extracted(document, m, 0.8)), effective.map(m -> extracted(document, m, 0.7)));
  }

  /** Whether the text says it takes effect on the defined term the agreement date is given ("the "Amendment Date""). */
  private static boolean takesEffectOnItsOwnDate(String text, DateMention agreement) {
    String after = text.substring(agreement.end(), Math.min(text.length(), agreement.end() + 60))
        .toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    Matcher m = TAKES_EFFECT_ON_DEFINED.matcher(text);
    while (m.find()) {
      String term = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      if (after.contains("\"" + term + "\"") || after.contains("\u201c" + term + "\u201d")) {
        return true;
      }
    }
    return false;
  }

  /** The latest date of the first signature block: dates labelled "Date" near "By:", "/s/" or "Signature". */
  private static Optional<DateMention> lastSignature(String text, List<DateMention> mentions) {
    DateMention first = null;
    DateMention latest = null;
    for (DateMention m : mentions) {
      boolean labelled = DATE_LABEL_BEFORE.matcher(window(text, m, 25, -1)).find()
          || DATE_LABEL_AFTER.matcher(after(text, m, 30)).find();
      if (!labelled || !SIGNED_NEAR.matcher(window(text, m, 300, 300)).find()) {
        continue;
      }
      if (first == null) {
        first = m;
      } else if (m.start() - first.start() > SIGNATURE_BLOCK_CHARS) {
        break;
      }
      if (latest == null || m.date().isAfter(latest.date())) {
        latest = m;
      }
    }
    return Optional.ofNullable(latest);
  }

  private static ExtractedDate extracted(ParsedDocument document, DateMention m, double confidence) {
    return new ExtractedDate(m.date(), new Provenance(m.start(), m.end(), document.pages().pageOf(m.start()), NAME, confidence));
  }

  /** The text around a date; {@code after} of -1 ends the window where the date starts. */
  private static String window(String text, DateMention m, int before, int after) {
    int end = after < 0 ? m.start() : Math.min(text.length(), m.end() + after);
    return text.substring(Math.max(0, m.start() - before), end);
  }

  /** The {@code chars} characters after the date, or fewer at the end of the text. */
  private static String after(String text, DateMention m, int chars) {
    return text.substring(m.end(), Math.min(text.length(), m.end() + chars));
  }
}
