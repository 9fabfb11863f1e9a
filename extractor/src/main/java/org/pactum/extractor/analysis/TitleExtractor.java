package org.pactum.extractor.analysis;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pactum.extractor.model.ExtractedText;
import org.pactum.extractor.model.ParsedDocument;
import org.pactum.extractor.model.Provenance;

/**
 * Finds a contract's title: among the first lines of the text, the first short line that names a
 * kind of agreement ("MASTER SERVICES AGREEMENT", "Amendment No. 1 to ..."); failing that, the name
 * its opening words give it ("THIS LICENSE AND RESELLER AGREEMENT dated ..."); failing that, the
 * document's own title metadata.
 */
public final class TitleExtractor {

  static final String NAME = "title-rules";

  private static final Pattern KIND =
      Pattern.compile(
          "\\b(agreement|contract|amendment|addendum|lease|licen[cs]e|terms and conditions|terms of"
              + " service|statement of work|memorandum|deed|order form|purchase order|policy|"
              + "non-disclosure|nda|letter of intent|term sheet|engagement letter|side letter)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ENDS_WITH_KIND =
      Pattern.compile(
          "\\b(agreement|contract|amendment|addendum|lease|licen[cs]e|terms and conditions|terms of"
              + " service|statement of work|memorandum|deed|order|policy|nda|letter of intent|term sheet|engagement letter"
              + "|side letter)(\\s+no\\.?\\s*\\d+)?\\W*$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern LINE = Pattern.compile("(?m)^[ \\t]*(\\S[^\\n]{0,158}\\S)[ \\t]*$");
  private static final int LINES_TO_LOOK_AT = 25;
  /** Which amendment or addendum a heading is, before and after the word: "SECOND ...", "... NO. 3". */
  private static final String ORDINAL = "(?:(?:first|second|third|fourth|fifth|sixth)\\s+)?";
  private static final String NUMBERED = "(?:\\s+(?:no\\.?|number|#)\\s*\\d+)?";
  /**
   * A line that only starts a title the next line ends: "AMENDED AND RESTATED", "FIRST AMENDMENT TO", "FORM OF".
   * Layouts break long titles there, and the kind of agreement is on the second line.
   */
  private static final Pattern OPENS_TITLE = Pattern.compile(
      "(?i)^" + ORDINAL + "(?:amended\\s+and\\s+restated|(?:amendment|addendum)" + NUMBERED + "(?:\\s+to(?:\\s+the)?)?"
          + "|form\\s+of)$"
          // an amendment's heading cut before the kind of what it amends: "AMENDMENT NO. 3 TO THE NONEXCLUSIVE"
          + "|^" + ORDINAL + "amendment" + NUMBERED + "\\s+to\\s+(?!.*\\b(?:agreement|contract|lease|licen[cs]e)\\W*$).{1,80}$"
          // a line of capitals cut after a joining word: "EXCLUSIVE AGENCY AND"
          + "|^(?-i:[A-Z][A-Z0-9 ,&'-]{2,100}\\b(?:AND|OF|FOR|&))$");
  /** A line that only joins an amendment's heading to what it amends: "TO", "to the". */
  private static final Pattern JOINING_TO = Pattern.compile("(?i)^to(?:\\s+the)?$");
  /** An amendment's heading that does not say what it amends: "SECOND AMENDMENT", "AMENDMENT NO. 1". */
  private static final Pattern BARE_AMENDMENT = Pattern.compile("(?i)^" + ORDINAL + "amendment" + NUMBERED + "$");
  /** A line naming an agreement, perhaps with its number: "Content Licence Agreement Number 4711". */
  private static final Pattern NAMES_AGREEMENT = Pattern.compile(
      "(?i)\\b(?:agreement|contract|lease|licen[cs]e)(?:\\s+(?:no\\.?|number|#)\\s*[\\w-]+)?\\W*$");
  /** A line that continues the title above it: "to the Distribution Agreement", "TO CO-BRANDING AGREEMENT". */
  private static final Pattern CONTINUES_TITLE = Pattern.compile("(?i)^to\\s+(?:the\\s+)?\\S.{0,100}\\bagreement\\W*$");
  /**
   * A line under the title that only qualifies it, in brackets: "(FORM)", "(WQHT HD2)", "[v.08.05.03]"; not a defined name
   * ("(the "Agreement")"), the parties ("(BETWEEN FRANCHISEE AND ITS PERSONNEL)"), a picture left out ("[GRAPHIC OMITTED]",
   * "[LOGO UBS]") nor a second name for the kind of agreement ("(ONE-WAY NON-DISCLOSURE AGREEMENT)").
   */
  private static final Pattern QUALIFIER = Pattern.compile(
      "^[(\\[](?!\\s*(?i:the|hereinafter|between|among)\\b)(?!.*(?i:logo|graphic|omitted|image))[^()\\[\\]\"“”]{1,40}[)\\]]$");
  /** A title line that is only the kind of agreement; the line of capitals above it says which. */
  private static final Pattern BARE_KIND = Pattern.compile("AGREEMENT|CONTRACT");
  /** A line in capitals that is no sentence: "JOINT RESEARCH AND LICENSING". */
  private static final Pattern CAPITALS = Pattern.compile("[A-Z][A-Z0-9 ,&'/-]{2,100}");
  /** How many lines above the first joined line may still open the title. */
  private static final int MORE_TITLE_LINES = 2;
  /** How much white space may lie between two lines of one title. */
  private static final int TITLE_GAP = 200;
  private static final int MAX_TITLE = 160;
  /**
   * How far the opening sentence, which may name the contract whole, is looked for: below the title line, or from the
   * top where there is none.
   */
  private static final int OPENING_WINDOW = 1500;
  /**
   * A contract with no title line, that names itself in its opening words: "THIS LICENSE AND RESELLER AGREEMENT dated
   * as of ...", "This Cooperation Agreement is made ...".
   */
  private static final Pattern NAMED_IN_OPENING = Pattern.compile(
      "\\b(?:THIS|This)\\s+((?:[A-Z][\\w&'’-]*,?\\s+(?:(?:and|of|for|&)\\s+)?){1,8}(?i:agreement|contract|lease|licen[cs]e))\\b");
  /**
   * A line of the body that names an agreement: a recital ("WHEREAS, Heritage and Premier entered into the Agreement;"),
   * an item of a list, which ends at its semicolon, a sentence that leads into what follows ("Outsourced work regarding
   * this Contract is stated below:"), or one that tells of an agreement made ("NETGEAR and Distributor having previously
   * entered into a Distributor Agreement").
   */
  private static final Pattern BODY = Pattern.compile("(?i)^\\W*whereas\\b|[;:]$|\\b(?:entered\\s+into|having|hereby)\\b"
      // a line cut from a sentence ("subsequent period, NETGEAR reserves the right to sell or license"): long and in
      // lower case from its first letter ("e-business Hosting Agreement" is short); or one that gives a name it defines
      // ("User Software License Agreement ("License Agreement"). Except where superseded")
      + "|^(?-i:[a-z])(?:\\S+\\s+){6}|\\(\\s*[\"“][^\"”]{1,40}[\"”]\\s*\\)");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  /** Where a title goes on to name the parties: " BETWEEN", " by and between", " AMONG". */
  private static final Pattern PARTIES_AFTER = Pattern.compile("(?i)\\s+(?:by\\s+and\\s+)?(?:between|among|amongst)\\s+\\S");

  public Optional<ExtractedText> find(ParsedDocument document) {
    String text = document.text();
    Matcher line = LINE.matcher(text.length() > 20_000 ? text.substring(0, 20_000) : text);
    int seen = 0;
    int bestScore = 0;
    int bestStart = -1;
    int bestEnd = -1;
    while (line.find() && seen++ < LINES_TO_LOOK_AT) {
      int score = score(line.group(1));
      if (score > bestScore) {
        bestScore = score;
        bestStart = line.start(1);
        bestEnd = line.end(1);
      }
    }
    if (bestStart >= 0) {
      int[] previous = previousLine(text, bestStart);
      if (previous != null && (OPENS_TITLE.matcher(text.substring(previous[0], previous[1])).find()
          || CONTINUES_TITLE.matcher(text.substring(bestStart, bestEnd)).find()
          || BARE_KIND.matcher(text.substring(bestStart, bestEnd)).matches()
              && CAPITALS.matcher(text.substring(previous[0], previous[1])).matches())) {
        bestStart = previous[0];
        // a title broken over more lines: "SECOND AMENDED AND RESTATED / EXCLUSIVE SUPPLY AND / SERVICES AGREEMENT"
        for (int more = 0; more < MORE_TITLE_LINES; more++) {
          previous = previousLine(text, bestStart);
          if (previous == null || !OPENS_TITLE.matcher(text.substring(previous[0], previous[1])).find()) {
            break;
          }
          bestStart = previous[0];
        }
      }
      int[] next = nextLine(text, bestEnd);
      if (next != null && (OPENS_TITLE.matcher(text.substring(bestStart, bestEnd)).find()
              && CONTINUES_TITLE.matcher(text.substring(next[0], next[1])).find()
          // a title cut after a comma: "SCHEDULE TO Software License, / Customization and Maintenance Agreement"
          || text.charAt(bestEnd - 1) == ',' && ENDS_WITH_KIND.matcher(text.substring(next[0], next[1])).find()
              && next[1] - bestStart <= MAX_TITLE)) {
        bestEnd = next[1];
        next = nextLine(text, bestEnd);
      } else if (next != null && BARE_AMENDMENT.matcher(text.substring(bestStart, bestEnd)).matches()) {
        // what the amendment amends, on the next line or after a lone "TO": "SECOND AMENDMENT / TO / SUPPLY
        // AGREEMENT", "AMENDMENT NO. 1 / Content Licence Agreement Number 4711"
        int[] named = JOINING_TO.matcher(text.substring(next[0], next[1])).matches() ? nextLine(text, next[1]) : next;
        if (named != null && NAMES_AGREEMENT.matcher(text.substring(named[0], named[1])).find()
            && score(text.substring(named[0], named[1])) > 0 && named[1] - bestStart <= MAX_TITLE) {
          bestEnd = named[1];
          next = nextLine(text, bestEnd);
        }
      }
      // a heading broken over lines the opening sentence names whole: "MULTIPLE LINAC AND MULTI-MODALITY / DISTRIBUTOR
      // AGREEMENT" over "This Multiple LINAC and Multi-Modality Distributor Agreement (the "Agreement") ..."
      String opening = words(text.substring(bestEnd, Math.min(text.length(), bestEnd + OPENING_WINDOW)));
      int[] above = previousLine(text, bestStart);
      if (above != null && bestEnd - above[0] <= MAX_TITLE && opening.contains(" this" + words(text.substring(above[0], bestEnd)))) {
        bestStart = above[0];
      }
      if (next != null && next[1] - bestStart <= MAX_TITLE
          && opening.contains(" this" + words(text.substring(bestStart, next[1])))) {
        bestEnd = next[1];
        next = nextLine(text, bestEnd);
      }
      if (next != null && QUALIFIER.matcher(text.substring(next[0], next[1])).matches()
          && !KIND.matcher(text.substring(next[0], next[1])).find()) {
        bestEnd = next[1];
      }
      // the parties after the kind of agreement are no part of its name: "LICENSE AGREEMENT BETWEEN ALDER INC. AND BIRCH LLC"
      Matcher parties = PARTIES_AFTER.matcher(text).region(bestStart, bestEnd);
      if (parties.find() && KIND.matcher(text.substring(bestStart, parties.start())).find()) {
        bestEnd = parties.start();
      }
      return Optional.of(
          new ExtractedText(
              tidy(text.substring(bestStart, bestEnd)),
              new Provenance(bestStart, bestEnd, document.pages().pageOf(bestStart), NAME, Math.min(0.95, 0.5 + bestScore / 10.0))));
    }
    Matcher named = NAMED_IN_OPENING.matcher(text.length() > OPENING_WINDOW ? text.substring(0, OPENING_WINDOW) : text);
    if (named.find()) {
      return Optional.of(new ExtractedText(tidy(named.group(1)),
          new Provenance(named.start(1), named.end(1), document.pages().pageOf(named.start(1)), NAME, 0.5)));
    }
    String meta = document.metadata().getOrDefault("dc:title", "").strip();
    // a metadata title without a space is the name the file was saved under ("EX-10.2_Supply_Agreement"), not a title
    if (!meta.isEmpty() && meta.length() <= MAX_TITLE && KIND.matcher(meta).find() && meta.indexOf(' ') >= 0) {
      return Optional.of(new ExtractedText(meta, new Provenance(0, 0, 1, NAME + ":metadata", 0.5)));
    }
    return Optional.empty();
  }

  /**
   * How much a line looks like a title: 0 when it is no title at all; more when it ends with the
   * kind of agreement ("... SERVICES AGREEMENT"), is in capitals, and is short.
   */
  static int score(String line) {
    if (line.length() > 120 || !KIND.matcher(line).find()) {
      return 0;
    }
    String lower = line.toLowerCase(Locale.ROOT);
    // a sentence of the body, not a heading
    if (line.endsWith(".") && !lower.matches(".*\\bno\\.$") || lower.startsWith("this ") || BODY.matcher(line).find()) {
      return 0;
    }
    long words = line.chars().filter(c -> c == ' ').count() + 1;
    boolean upper = line.equals(line.toUpperCase(Locale.ROOT));
    if (!upper && words > 12) {
      return 0;
    }
    int score = 1;
    if (ENDS_WITH_KIND.matcher(line).find()) {
      score += 3;
    }
    if (upper) {
      score += 2;
    }
    if (words <= 8) {
      score += 1;
    }
    return score;
  }

  /** The line above {@code start}, past blank lines, as {@code [start, end)}; null at the top or past a wide gap. */
  private static int[] previousLine(String text, int start) {
    int end = start;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1)) && start - end < TITLE_GAP) {
      end--;
    }
    if (end == 0 || end == start || start - end >= TITLE_GAP || text.substring(end, start).indexOf('\n') < 0) {
      return null;
    }
    int lineStart = text.lastIndexOf('\n', end - 1) + 1;
    while (lineStart < end && Character.isWhitespace(text.charAt(lineStart))) {
      lineStart++;
    }
    return end - lineStart > MAX_TITLE ? null : new int[] {lineStart, end};
  }

  /** The line below {@code end}, past blank lines, as {@code [start, end)}; null at the end or past a wide gap. */
  private static int[] nextLine(String text, int end) {
    int start = end;
    while (start < text.length() && Character.isWhitespace(text.charAt(start)) && start - end < TITLE_GAP) {
      start++;
    }
    if (start == text.length() || start - end >= TITLE_GAP || text.substring(end, start).indexOf('\n') < 0) {
      return null;
    }
    int lineEnd = text.indexOf('\n', start);
    lineEnd = lineEnd < 0 ? text.length() : lineEnd;
    while (lineEnd > start && Character.isWhitespace(text.charAt(lineEnd - 1))) {
      lineEnd--;
    }
    return lineEnd - start > MAX_TITLE ? null : new int[] {start, lineEnd};
  }

  /** The words of {@code s}, in lower case, each with one space before and after: " this supply agreement ". */
  private static String words(String s) {
    return " " + String.join(" ", NON_WORD.split(s.toLowerCase(Locale.ROOT).strip())).strip() + " ";
  }

  private static String tidy(String title) {
    return title.replaceAll("\\s+", " ").strip();
  }
}
