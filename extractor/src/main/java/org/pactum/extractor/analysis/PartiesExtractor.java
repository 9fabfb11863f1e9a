package org.pactum.extractor.analysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.pactum.extractor.model.ParsedDocument;
import org.pactum.extractor.model.Party;
import org.pactum.extractor.model.Provenance;

/**
 * Finds the parties in the preamble: after "between" or "among", each legal name followed by its
 * defined short name, as in {@code Acme Corp., a Delaware corporation ("Acme"), and Zenith Ltd
 * ("Supplier")}, or "(the Company)" without quotes. The descriptions between a name and its short name (state of
 * incorporation, address) are left out of the name. A cover page or contents list may say "between" first, so each
 * of the first few "between"s is tried until one gives two parties. Failing short names, the company names after
 * "between" ("ORINDA BIO, INC. and HALSTEAD PHARMA LIMITED"); failing "between", "Party A: ..." lines, then names with
 * short names near the top that end in a company form. No party is guessed from anything else.
 */
public final class PartiesExtractor {

  static final String NAME = "party-rules";

  /** How far into the document a party list is looked for. */
  private static final int SEARCH_CHARS = 20000;
  /** How far after "between" the party list may run. */
  private static final int WINDOW_CHARS = 4000;
  private static final int MAX_ANCHORS = 6;
  /** How far after the second of two names in one stretch its short name may come. */
  private static final int SHORT_NAME_REACH = 120;
  private static final int MAX_PARTIES = 6;
  /** A joint filing agreement may be signed by a dozen funds and their managers. */
  private static final int MAX_SIGNATORIES = 12;

  /** The roles a contract gives its parties. */
  private static final String ROLES = "Buyer|Seller|Supplier|Customer|Purchaser|Vendor|Client|Contractor|Licensor|Licensee"
      + "|Lessor|Lessee|Landlord|Tenant|Provider|Distributor|Reseller|Consultant";
  /** Where the list of parties starts: "between", "among", also "This Agreement is entered into by". */
  private static final Pattern BETWEEN = Pattern.compile("(?i)\\b(?:by\\s+and\\s+)?(?:between|among|amongst|B E T W E E N)\\b\\s*:?"
      + "|\\b(?:is|are|was|were)\\s+(?:hereby\\s+)?(?:entered\\s+into|made|executed)\\s+by\\b(?!\\s+and\\b)");
  private static final Pattern ALIAS =
      Pattern.compile(
          "\\(\\s*(?:[^()\"“”‘]{0,100}?)(?:[\"“”]([^\"“”]{1,50})[\"”]|‘‘?([^\"“”‘’]{1,50})(?:’’?|”)"
              // in straight single quotes, which an apostrophe is not: (hereinafter referred to as 'MIL', which term ...)
              + "|'(\\p{Lu}[^'\"“”()]{0,48}?)'(?!\\p{L}))"
              // what may follow the short name before the bracket closes: "which shall include its affiliates ..."
              + "[^()]{0,200}\\)"
              // the British form, without quotes: (the Company)
              + "|\\((?:the\\s+|hereinafter\\s+(?:called\\s+|referred\\s+to\\s+as\\s+)?(?:the\\s+)?)([A-Z][A-Za-z&-]{1,30}(?:\\s+[A-Z][A-Za-z&-]{1,30}){0,2})\\)"
              // a block layout's own line, without brackets: Hereinafter referred to as "Customer", hereinafter "Licensor"
              + "|(?<=[.,]\\s{0,3})(?i:hereinafter\\s+(?:(?:referred\\s+to\\s+as|called)\\s+)?)(?:the\\s+)?[\"“]([^\"“”]{1,50})[\"”]"
              // a role alone in brackets, as a list of parties gives it: "Cedar Software Pty Ltd of 10 George St (Supplier)"
              + "|\\((" + ROLES + ")\\)");
  /** Company forms: abbreviations may end in a full stop, whole words do not. */
  private static final String FORMS = "(?:(?:Inc|INC|Ltd|LTD|Corp|CORP|Co|CO|L\\.L\\.C|S\\.\\s?[AaÀà]\\.?\\s?[Rr]\\.\\s?[Ll]|S\\.A|L\\.P|N\\.V|B\\.V|S\\.p\\.A|Pty|PTY|Pte|PTE)\\.?"
      + "|Incorporated|INCORPORATED|LLC|Limited\\s+Partnership|LIMITED\\s+PARTNERSHIP|Limited|LIMITED|Corporation|CORPORATION|Company|COMPANY|AG|GmbH|GMBH|SA|plc|PLC"
      + "|LP|LLP|SpA|Trust|TRUST"
      // European and Asian forms written without full stops: "Hazel BV", "Nordic Oy", "Tanjong Sdn Bhd"
      + "|BV|NV|SAS|SARL|SRL|KGaA|KG|Oy|ApS|A/S|Bhd|PLLC)"
      // two forms in a row: "Pty Ltd", "Co., Ltd."
      + "(?:,?\\s+(?:Ltd|LTD|Limited|LIMITED)\\.?)?";
  /** A company name: capitalised words ending in a company form, in any alphabet's letters ("ÖSTRA CAPITAL FUND, L.P."). */
  private static final Pattern COMPANY = Pattern.compile(
      "(?<![\\p{L}\\d_.])\\p{Lu}[\\p{L}\\d_.&'’-]*(?:,?\\s+(?:[\\p{Lu}0-9][\\p{L}\\d_.&'’-]*|of|and|&|de|du|la|the)){0,7}?,?\\s+"
          + FORMS + "(?![\\p{L}\\d_])");
  /** The first line of an address under a name: a street number, a unit or a post box. */
  private static final Pattern ADDRESS_LINE =
      Pattern.compile("\\s{0,20}(?:\\d{1,6}(?:st|nd|rd|th)?[,\\s]\\s{0,3}[A-Z0-9]|(?:Unit|Suite|Floor|P\\.\\s?O\\.|PO)\\s)");
  /** A name that ends as a bank's, a fund's or a group's does, though in no company form. */
  private static final Pattern INSTITUTION =
      Pattern.compile("(?<![\\w.])[A-Z][\\w.&'’-]*(?:\\s+[A-Z][\\w.&'’-]*){0,6}\\s+(?:Bank|Association|Fund|Partners|Holdings|Group)\\b");
  /**
   * The words that introduce a party in running text: the one a letter's writers "confirm their agreement with", or
   * the first one a contract "is entered into by" (on a date or not).
   */
  private static final Pattern INTRODUCTION = Pattern.compile(
      "\\b(?:(?:confirms?,?(?:\\s+[a-z]{1,12}){0,3},?\\s+(?:its|their)\\s+agreement|agrees?)\\s+with"
          // "is entered into by", also with its date between: "is entered into as of May 1, 2020 by", and its place: "was
          // signed on 8 March 2017 in Beijing by"
          + "|(?:entered\\s+into|made|executed|signed)(?:\\s+(?:as\\s+of|on)\\s+[\\w ,]{4,30}?)?(?:\\s+(?:in|at)\\s+[A-Z][\\w ,]{1,30}?)?\\s+by)"
          + "\\s+(?=[A-Z]|[a-z]{1,3}[A-Z])(?!.*\\b(?:with|by)\\s)", Pattern.DOTALL);
  /** What follows a name to say it is a company's: ", a California corporation", ", a corporation organized under". */
  private static final Pattern DESCRIBED_AS_COMPANY =
      Pattern.compile("(?i),?\\s+(?:is\\s+)?an?\\s+(?:[\\w.-]{1,20}\\s+){0,3}?(?:corporation|company|partnership|limited\\s+liability\\s+company)\\b");
  /** A line that heads a document rather than naming a party. */
  private static final Pattern HEADING = Pattern.compile("(?i)exhibit\\b");
  /** A company signing: its name alone on a line, and "By:" or "/s/" within the next few lines. */
  private static final Pattern SIGNATORY = Pattern.compile(
      "(?m)^[ \\t]*(" + COMPANY.pattern() + ")[ \\t:]*$(?=[\\s\\S]{0,80}?(?:\\bBy\\s*:|/s/))");
  private static final Pattern PARTY_LABEL = Pattern.compile("\\bParty\\s+([A-D])\\s*[:\uff1a]\\s*([^\\n]{3,120}?)(?=\\s+Party\\s+[A-D]\\s*[:\uff1a]|\\n|$)");
  /** An order form's lines, the role first: "Buyer: Acme Corporation". */
  private static final Pattern ROLE_LABEL =
      Pattern.compile("(?m)^[ \\t]*(" + ROLES + ")[ \\t]*:[ \\t]*([^\\n]{3,120}?)[ \\t]*$");
  /**
   * Two names and nothing else between "between" and the end of the clause, neither in a company form nor with a short
   * name: "This is a hosting agreement between AstroNutrition.com and Deep Systems." A name is up to five words, each
   * opening with a capital ("of" and "&" inside).
   */
  private static final String PLAIN_NAME = "\\p{Lu}[\\p{L}\\d.&'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\d.&'’-]*|of|&)){0,4}";
  private static final Pattern PLAIN_PAIR = Pattern.compile(
      "\\s*(?:the\\s+)?(" + PLAIN_NAME + ")\\s+and\\s+(?:the\\s+)?(" + PLAIN_NAME + ")(?<![.,;])(?=\\s*[.;,](?:\\s|$))");
  /** What says that a "between" names the parties of the contract: "This is a hosting agreement between". */
  private static final Pattern AGREEMENT_BEFORE = Pattern.compile("(?i)\\b(?:agreement|contract)\\b[^.;]{0,60}$");
  /** A letter's line naming whom it is to or from: "To: Acme Bank, N.A.". */
  /** A line's label for the parties that follow it: "Parties:", "THE PARTIES -", "The parties to this Agreement are:". */
  private static final Pattern PARTIES_LABEL = Pattern.compile(
      "(?i)[ \\t]*(?:the\\s+)?parties(?:\\s+(?:to|of)\\s+this\\s+(?:agreement|contract))?(?:\\s+are)?[ \\t]*[:\\-\u2013][ \\t]*");
  private static final Pattern LETTER_LINE = Pattern.compile("[ \\t]*(?:To|From|TO|FROM)[ \\t]*:[ \\t]*");
  /** Words a contract calls its parties by: "between Licensor and Licensee" names no one. */
  private static final Pattern ROLE_WORDS = Pattern.compile("(?i)(?:the\\s+)?(?:" + ROLES
      + "|parties|party|company|companies|franchisor|franchisee|employer|employee|owner|manager|agent|sponsor|affiliates?"
      + "|them|us|you|we)");
  /** How far after "between" a list of names without short names may run. */
  private static final int NO_ALIAS_CHARS = 400;
  private static final Pattern SENTENCE_END = Pattern.compile("\\.\\s+[A-Z]");
  /** The "and" between two names: "Kapok Pty Ltd and Larch Pte. Ltd.". */
  private static final Pattern JOINING_AND = Pattern.compile(",?\\s+(?:and|AND)\\s+");
  private static final Pattern ABBREVIATION = Pattern.compile("(?i)(?:inc|ltd|corp|co|pte|pty|l\\.p|s\\.a|n\\.v|b\\.v|l\\.l\\.c)\\.$");
  /** Countries a party's address may end in, after its city. */
  private static final String COUNTRIES = "Germany|France|Netherlands|Belgium|Luxembourg|Switzerland|Austria|Italy|Spain"
      + "|Portugal|Sweden|Denmark|Norway|Finland|Ireland|England|United\\s+Kingdom|UK|Israel|India|China|PRC|Japan|Korea"
      + "|Taiwan|Singapore|Hong\\s+Kong|Australia|New\\s+Zealand|Canada|Mexico|Brazil|USA|U\\.S\\.A\\.";
  /** Where the description of a party starts after its name. */
  private static final Pattern DESCRIPTION =
      Pattern.compile(
          "(?i),?\\s+(?:a|an)\\s+(?=[A-Za-z.\\- ]{0,60}(?:corporation|company|partnership|limited|llc|"
              + "l\\.l\\.c|organization|organisation|entity|individual|bank|trust|association|society|"
              + "incorporated|gmbh|ag|s\\.a|b\\.v|plc|ltd|national|society|resident|citizen))"
              + "|,\\s+(?:having|with|whose|located|organized|organised|incorporated|existing|doing|residing|an?\\s)"
              + "|\\s+(?:having|whose|located|organized|organised|incorporated|existing|residing|registered)\\s"
              + "|\\s+with\\s+(?:its|a|an)\\s+(?:principal|registered|head)\\s"
              + "|\\s+with\\s+(?:its\\s+)?(?:offices?|place\\s+of\\s+business)\\s+(?:at|in)\\s"
              + "|\\s+(?:is|are)\\s+an?\\s"
              + "|\\s+\\((?![\"“‘])"
              // the capacity it signs in: "Wilmington Trust, not individually but solely as trustee"
              + "|,\\s+(?:not\\s+(?:individually|in\\s+its\\s+individual)|solely\\s+(?:as|in\\s+its))\\b"
              // an address: "c/o ...", or a street number (not a year) after a comma
              + "|,?\\s+c/o\\s|(?:,|\\s+of)\\s+(?!(?:19|20)\\d\\d\\b)\\d{1,6}(?:-\\d{1,6})?\\s+[A-Z][a-z]"
              // a company's registered number: "Cedar Software Pty Ltd ABN 12 345 678 901", "(company number 01234567)"
              + "|,?\\s+(?:ABN|ACN|ARBN|company\\s+(?:number|no\\.?|registration\\s+number))\\s*:?\\s*\\d"
              // its city and country: "Acme Software GmbH, Hamburg, Germany"
              + "|,\\s+(?=(?-i:\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)?),\\s+(?:the\\s+)?(?-i:" + COUNTRIES + ")\\s*(?:$|[(,;]))");
  /** How a list of parties closes one of them: "on the one hand", "of the first part". */
  private static final String SIDE = "(?:,?\\s*(?:on|of)\\s+(?:the\\s+)?(?:one|other|first|second)\\s+(?:hand|part)[,.;]?\\s+)?";
  /**
   * What comes before a party's name: separators, "whereas", a letter's "To:" or "From:", "and" or "together with", the end of the previous party ("on the one hand", "of one part"),
   * a list number such as "(1)" or "2.", "the", or the party's role put first ("and its Reseller, Schoolpop, Inc.").
   */
  private static final Pattern LEAD = Pattern.compile(
      "^[\\s,;\u037e:\\-]*(?:whereas,?\\s+)?(?:(?:to|from)\\s*:\\s*)?" + SIDE + "(?:and\\s*[:,\\-\u2013\u2014]*\\s+|&\\s+|together\\s+with\\s+)?" + SIDE + "[\\s\\-\u2013\u2014]*(?:(?:\\(\\d{1,2}\\)|\\d{1,2}\\.|\\([a-z]\\))\\s+)?(?:the\\s+)?"
          + "(?:its\\s+(?-i:[A-Z][a-z]+),\\s+)?", Pattern.CASE_INSENSITIVE);
  /** The last "and" before a name: where the next party starts when its short name follows a description of the previous one. */
  private static final Pattern LAST_AND = Pattern.compile(
      "(?:,\\s*|\\s)(?:and|AND)\\s+(?=[A-Z0-9]|[a-z][\\w.-]*(?:[A-Z]|,?\\s+(?:Inc|LLC|Ltd|Corp)))(?!.*(?:,\\s*|\\s)(?:and|AND)\\s+[A-Z0-9])",
      Pattern.DOTALL);
  /**
   * A name in lower case is still a name when it is a company's: "ebix.com, Inc.", "drkoop.com, inc.", a brand
   * with capitals inside ("iVillage") or a lower-case word before a company form ("e-centives, Inc.").
   */
  private static final Pattern LOWER_CASE_COMPANY =
      Pattern.compile("^[a-z][\\w-]*(?:\\.com\\b|[A-Z]|,?\\s+(?:Inc|LLC|Ltd|Corp|Limited|Corporation)\\b)");
  /** A segment that opens with the description of the party before it. */
  private static final Pattern OPENS_WITH_DESCRIPTION = Pattern.compile(
      "^[\\s,;)]*(?:(?:a|an)\\s+(?:[\\w.-]+\\s+){0,5}?(?:corporation|company|limited|partnership|entity|trust|association|bank|organi[sz]ation)"
          + "|having|with\\s+(?:its|a|an|offices|principal)|located|whose|organi[sz]ed)", Pattern.CASE_INSENSITIVE);
  /**
   * Where the preamble is over: recitals and the like. A short name defined after this belongs to something the
   * contract deals in ("the Services", "the Project"), not to a party.
   */
  private static final Pattern PREAMBLE_END =
      Pattern.compile("\\b(?:WHEREAS|W\\s?I\\s?T\\s?N\\s?E\\s?S\\s?S\\s?E\\s?T\\s?H|RECITALS|BACKGROUND|PREAMBLE|NOW,?\\s+THEREFORE)\\b");
  /** A verb in a "name" shows it is a sentence that happens to end in a defined term, not a party's name. */
  private static final Pattern SENTENCE_VERB = Pattern.compile(
      "\\s(?:shall|will|is|are|was|were|between|among|has|have|had|hereby|wish|wishes|desire|desires|agree|agrees|accepts|serves|markets|provides|anticipate)\\s");
  /**
   * What a name never holds: a sentence end after an ordinary word ("the parking lots. The Arena", "Hosting Agreement. This"), an address or a
   * street number where the name should start, or what shows a statute or a security that a defined term names ("the Investment
   * Company Act of 1940, as amended (the "1940 Act")", "Debentures, Tranche 2, due 2045").
   */
  private static final Pattern NOT_A_NAME = Pattern.compile("\\b(?!(?:Corp|Inc|Ltd|Pte|Bros|Mfg|Intl|Etc|Assn|Natl|Univ|Dept)\\.)[A-Za-z][a-z]{2,}\\.\\s+[A-Z]|^(?:Address\\b|\\d{1,6}\\s+[A-Z][a-z])"
      + "|\\bAct\\s+of\\s+(?:19|20)\\d\\d\\b|\\bdue\\s+(?:19|20)\\d\\d\\b"
      // the words of a clause, a letter's address line or a heading rather than a name ("documents attached hereto,
      // which are", "the services described on Exhibit A", "Attention: Swaps Administration", "6 Article III Operation"),
      // and a number before a word in lower case ("3 cable Segments.", "1 on the one hand, and")
      + "|\\bdescribed\\b|\\bwhich\\s+are\\b|^Attention\\b|\\bArticle\\s+(?:[IVX]+|\\d)|^\\d{1,6}\\s+[a-z]");
  /**
   * Short names that name no party: the agreement, its date, the parties as a whole, and the regulator whose rules a
   * contract cites ("the Securities and Exchange Commission ("SEC")").
   */
  private static final Set<String> NOT_PARTIES =
      Set.of("agreement", "effective date", "parties", "party", "this agreement", "contract", "amendment", "sec");

  public List<Party> find(ParsedDocument document) {
    String text = document.text();
    String head = text.substring(0, Math.min(text.length(), SEARCH_CHARS));
    // a cover page or a table of contents may say "between A and B" before the preamble does
    Matcher between = BETWEEN.matcher(head);
    int firstBetween = between.find() ? between.start() : head.length();
    List<Party> named = namedBefore(document, head, firstBetween);
    if (named.size() >= 2) {
      return named; // "A ("Company") and B ("Bank") hereby confirm their agreement with C ("Agent")"
    }
    between.reset();
    List<Party> best = List.of();
    for (int anchors = 0; anchors < MAX_ANCHORS && between.find(); anchors++) {
      int windowEnd = preambleEnd(head, between.end(), Math.min(head.length(), between.end() + WINDOW_CHARS));
      List<Party> found = withAliases(document, head, between.end(), windowEnd);
      if (found.size() >= 2) {
        return found;
      }
      if (best.isEmpty()) {
        best = found.isEmpty() ? withoutAliases(document, head, between.end(), windowEnd) : found;
      }
      if (best.isEmpty()) {
        best = plainPair(document, head, between.start(), between.end());
      }
    }
    if (best.isEmpty()) {
      best = labelled(document, head);
    }
    if (best.isEmpty()) {
      best = named;
    }
    if (best.isEmpty()) {
      best = signatories(document);
    }
    return best;
  }

  /**
   * The companies named with their short names near the top before any "between": a letter or a preamble that names
   * its parties first and says what they agree after ("A, a Delaware corporation (the "Company"), and B (the "Agent")
   * agree as follows").
   */
  private static List<Party> namedBefore(ParsedDocument document, String head, int to) {
    int end = Math.min(to, WINDOW_CHARS);
    Matcher first = ALIAS.matcher(head).region(0, end);
    if (!first.find()) {
      return List.of();
    }
    return withAliases(document, head, afterHeadings(head, 0, first.start()), end).stream()
        .filter(p -> COMPANY.matcher(p.name()).find() || INSTITUTION.matcher(p.name()).find()
            || DESCRIBED_AS_COMPANY.matcher(head).region(p.source().end(), end).lookingAt())
        .toList();
  }

  /** The short name an {@link #ALIAS} match defines: in double quotes, in single quotes, or in the British form without quotes. */
  private static String shortName(Matcher alias) {
    for (int group = 1; group <= alias.groupCount(); group++) {
      if (alias.group(group) != null) {
        return alias.group(group);
      }
    }
    throw new IllegalStateException("a short name match without a short name");
  }

  /**
   * The companies that sign, for a document that names its parties nowhere else (a joint filing agreement is only
   * signature blocks): each distinct company name ending a line above "By:" or "/s/".
   */
  private static List<Party> signatories(ParsedDocument document) {
    String text = document.text();
    List<Party> parties = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Matcher signatory = SIGNATORY.matcher(text);
    while (signatory.find() && parties.size() < MAX_SIGNATORIES) {
      // the name's own line: a signer's title on the line above is not part of it
      int start = Math.max(signatory.start(1), text.lastIndexOf('\n', signatory.end(1) - 1) + 1);
      Party party = party(document, text, new int[] {start, signatory.end(1)}, null, 0.5);
      if (seen.add(party.name().toLowerCase(Locale.ROOT))) {
        parties.add(party);
      }
    }
    return parties;
  }

  /**
   * The name of a company below the headings of a title page that stands between "between" and the preamble, or
   * null: it must end in a company form or be described as a company ("Norland Supply, a corporation formed ...").
   */
  private static int @Nullable [] belowHeadings(String text, int from, int to) {
    int start = afterHeadings(text, from, to);
    int[] span = start == from ? null : nameAt(text, start, to);
    if (span == null) {
      return null;
    }
    boolean company = COMPANY.matcher(text).region(span[0], span[1]).lookingAt()
        || DESCRIBED_AS_COMPANY.matcher(text).region(span[1], to).lookingAt();
    return company ? span : null;
  }

  /**
   * The name on a letter's "To:" or "From:" line that ends in the short name, or null: in a confirmation the lines
   * above a party ("Date: 27 April 2006", "Attention: Swaps Administration") are not part of its name.
   */
  private static int @Nullable [] letterLine(String text, int from, int to) {
    int lineStart = text.lastIndexOf('\n', to - 1) + 1;
    if (lineStart <= from) {
      return null;
    }
    Matcher label = LETTER_LINE.matcher(text).region(lineStart, to);
    return label.lookingAt() ? nameSpan(text, label.end(), to) : null;
  }

  /**
   * A second company in the text between a party's name and the short name after it, or null: in {@code Orvo Inc., a
   * listed corporation, having its seat at 1 Main Street and Tamsin Ltd. of Leeds ("Tamsin")} the short name is the
   * second one's, and the first has none. The second must start with a company's name and come right before the short
   * name, so that a description naming a parent company is not taken for a party.
   */
  private static int @Nullable [] nextCompany(String text, int nameEnd, int aliasStart) {
    Matcher and = LAST_AND.matcher(text);
    and.region(nameEnd, aliasStart);
    if (!and.find()) {
      return null;
    }
    int[] span = nameAt(text, and.end(), aliasStart);
    boolean company = span != null && COMPANY.matcher(text).region(span[0], span[1]).lookingAt();
    return company && DESCRIPTION.matcher(text).region(nameEnd, and.start()).lookingAt() ? span : null;
  }

  /**
   * The second of two company names joined by "and" in {@code [firstEnd, end)}, after a first that ends at {@code
   * firstEnd} ("Kapok Pty Ltd and Larch Pte. Ltd."), or null when the text holds one name; "Procter and Gamble Company" is
   * one, its first part being in no company form ({@code firstEnd} is then -1).
   */
  private static int @Nullable [] secondCompany(String text, int firstEnd, int end) {
    if (firstEnd < 0 || firstEnd >= end) {
      return null;
    }
    Matcher and = JOINING_AND.matcher(text).region(firstEnd, end);
    if (!and.lookingAt()) {
      return null;
    }
    Matcher second = COMPANY.matcher(text).region(and.end(), end);
    return second.lookingAt() && second.end() == end ? new int[] {and.end(), end} : null;
  }

  /** Where the first company name in {@code span} ends, or -1 when the span does not open with one. */
  private static int companyEnd(String text, int[] span) {
    Matcher first = COMPANY.matcher(text).region(span[0], span[1]);
    return first.lookingAt() ? first.end() : -1;
  }

  /** Where the recitals start after {@code from}, or {@code to} when they do not start before it. */
  private static int preambleEnd(String text, int from, int to) {
    Matcher end = PREAMBLE_END.matcher(text);
    end.region(from, to);
    return end.find() ? end.start() : to;
  }

  /**
   * Parties labelled on their own lines: {@code Party A: Xinyu New Energy Co., Ltd.}, or by their roles, as an order form
   * does: {@code Buyer: Acme Corporation}.
   */
  private static List<Party> labelled(ParsedDocument document, String text) {
    List<Party> parties = labelled(document, text, PARTY_LABEL, "Party ");
    return parties.isEmpty() ? labelled(document, text, ROLE_LABEL, "") : parties;
  }

  /** At least two parties on lines {@code label} finds: group 1 names the label, group 2 holds the name. */
  private static List<Party> labelled(ParsedDocument document, String text, Pattern labels, String labelPrefix) {
    List<Party> parties = new ArrayList<>();
    Matcher label = labels.matcher(text.substring(0, Math.min(text.length(), WINDOW_CHARS)));
    while (label.find() && parties.size() < MAX_PARTIES) {
      int[] span = nameSpan(text, label.start(2), label.end(2));
      if (span != null) {
        parties.add(party(document, text, span, labelPrefix + label.group(1), 0.6));
      }
    }
    return parties.size() >= 2 ? parties : List.of();
  }

  /** Each legal name followed by its defined short name: {@code Acme Corp., a Delaware corporation ("Acme")}. */
  private static List<Party> withAliases(ParsedDocument document, String text, int from, int to) {
    List<Party> parties = new ArrayList<>();
    Matcher alias = ALIAS.matcher(text);
    alias.region(from, to);
    while (alias.find() && parties.size() < MAX_PARTIES) {
      // a sentence's full stop inside the quotes ("Contractor.") is not part of the short name
      String shortName = shortName(alias).strip().replaceFirst("[,;:]+$", "").replaceFirst("(?<=[a-z]{3})\\.$", "");
      if (NOT_PARTIES.contains(shortName.toLowerCase(Locale.ROOT))) {
        if (!parties.isEmpty()) {
          break; // the party list is over once the agreement or its date is being defined
        }
        from = alias.end();
        continue;
      }
      int[] span = letterLine(text, from, alias.start());
      if (span == null) {
        span = nameSpan(text, from, alias.start());
      }
      if (span == null) {
        span = belowHeadings(text, from, alias.start());
      }
      if (span == null && parties.size() == 1) {
        // what follows the first party's short name is the rest of that party (its address, "and/or certain affiliates
        // of ...") up to the "and" before the second: "("Orinda"), 12 Harbour Road, ..., and Halstead Energy
        // Solutions, ("Halstead")". The second is a company's name, or a name its short name follows at once.
        span = afterLastAnd(text, from, alias.start());
        boolean company = span != null && (COMPANY.matcher(text).region(span[0], span[1]).lookingAt()
            || alias.start() - span[1] <= 3);
        span = company ? span : null;
      }
      int[] next = span == null ? null : nextCompany(text, span[1], alias.start());
      if (next == null && span != null) {
        // two companies before one short name: "between Kapok Pty Ltd and Larch Pte. Ltd. (the "Supplier")"
        int firstEnd = companyEnd(text, span);
        next = secondCompany(text, firstEnd, span[1]);
        span = next == null ? span : new int[] {span[0], firstEnd};
      }
      if (next != null) {
        parties.add(party(document, text, span, null, 0.6));
        span = next;
      }
      if (span != null) {
        // a short name far after the name (past an address and more) may define something else
        boolean near = next == null || alias.start() - span[1] <= SHORT_NAME_REACH;
        parties.add(party(document, text, span, near ? shortName : null, 0.7));
      }
      from = alias.end();
    }
    return parties;
  }

  /**
   * Company names without defined short names, as in {@code between ORINDA BIO, INC. and HALSTEAD PHARMA LIMITED}: the
   * names that end in a company form, up to the end of the sentence.
   */
  private static List<Party> withoutAliases(ParsedDocument document, String text, int from, int to) {
    List<Party> parties = new ArrayList<>();
    Matcher company = COMPANY.matcher(text);
    company.region(from, sentenceEnd(text, from, Math.min(to, from + NO_ALIAS_CHARS)));
    while (company.find() && parties.size() < MAX_PARTIES) {
      int[] span = nameSpan(text, company.start(), company.end());
      if (span != null) {
        parties.add(party(document, text, span, null, 0.5));
      }
    }
    return parties;
  }

  /**
   * The two names of a {@link #PLAIN_PAIR} right after the "between" at {@code [between, from)}, when an agreement is
   * what is between them; none when either is only a role ("Licensee").
   */
  private static List<Party> plainPair(ParsedDocument document, String text, int between, int from) {
    Matcher pair = PLAIN_PAIR.matcher(text).region(from, text.length());
    if (!AGREEMENT_BEFORE.matcher(text).region(Math.max(0, between - 80), between).find()
        || !pair.lookingAt() || ROLE_WORDS.matcher(pair.group(1)).matches() || ROLE_WORDS.matcher(pair.group(2)).matches()) {
      return List.of();
    }
    return List.of(party(document, text, new int[] {pair.start(1), pair.end(1)}, null, 0.4),
        party(document, text, new int[] {pair.start(2), pair.end(2)}, null, 0.4));
  }

  /** Where the sentence holding {@code from} ends: a full stop before a capital that does not close "Inc." or "Ltd.". */
  private static int sentenceEnd(String text, int from, int to) {
    Matcher end = SENTENCE_END.matcher(text);
    end.region(from, to);
    while (end.find()) {
      if (!ABBREVIATION.matcher(text).region(Math.max(from, end.start() - 6), end.start() + 1).find()) {
        return end.start() + 1;
      }
    }
    return to;
  }

  /** The party whose legal name is {@code text[span[0], span[1])}. */
  private static Party party(ParsedDocument document, String text, int[] span, @Nullable String alias, double confidence) {
    String name = text.substring(span[0], span[1]).replaceAll("\\s+", " ");
    return new Party(name, alias, new Provenance(span[0], span[1], document.pages().pageOf(span[0]), NAME, confidence));
  }

  /**
   * The span of the legal name in {@code text[from, to)}, or null when there is none. When the text
   * there opens with the description of the previous party ("a Nevada corporation, having its office
   * at ..., and WPD Pharmaceuticals"), the name is the one after the last "and"; in a letter that opens with its
   * writers, the one they "confirm their agreement with".
   */
  private static int[] nameSpan(String text, int from, int to) {
    int[] span = nameAt(text, from, to);
    if (span == null && OPENS_WITH_DESCRIPTION.matcher(text).region(from, to).lookingAt()) {
      span = afterLastAnd(text, from, to);
    }
    if (span == null) {
      Matcher introduction = INTRODUCTION.matcher(text).region(from, to);
      if (introduction.find()) {
        span = nameAt(text, introduction.end(), to);
      }
    }
    return span;
  }

  /** The name after the last "and" in {@code text[from, to)}, or null. */
  private static int @Nullable [] afterLastAnd(String text, int from, int to) {
    Matcher and = LAST_AND.matcher(text);
    and.region(from, to);
    return and.find() ? nameAt(text, and.end(), to) : null;
  }

  /**
   * Where a name set on its own line ends, in a block layout whose next lines are the address: {@code ACME LIMITED\n
   * 14 Mill Lane}. The line ends the name when the next line opens with a number or a unit; a name
   * wrapped in running text goes on.
   */
  private static int ownLineEnd(String text, int start, int end) {
    int lineEnd = text.indexOf('\n', start);
    if (lineEnd < 0 || lineEnd >= end) {
      return end;
    }
    int cut = lineEnd;
    while (cut > start && Character.isWhitespace(text.charAt(cut - 1))) {
      cut--;
    }
    // the line must end as a name does: in a letter, or in the full stop of "Inc." or "Ltd."
    boolean endsAsName = cut > start && (Character.isLetter(text.charAt(cut - 1))
        || text.charAt(cut - 1) == '.' && ABBREVIATION.matcher(text).region(start, cut).find());
    return endsAsName && ADDRESS_LINE.matcher(text).region(lineEnd, end).lookingAt() ? cut : end;
  }

  /**
   * Where a name starts below the headings above it ({@code Exhibit 10.1}, {@code CONSULTING AGREEMENT}, {@code Ladies
   * and Gentlemen:}), when nothing but line breaks parts them from it: the name's lines go up to the nearest line that
   * ends in a colon, opens with "Exhibit", or is blank or in capitals above a name that is not. A name on a line that
   * opens with a label ("Parties: Alder Inc. ("Client") and ...", "The parties to this Agreement are: Alder Inc.")
   * starts after the label, whatever stands above it.
   */
  private static int afterHeadings(String text, int start, int end) {
    int lineStart = text.lastIndexOf('\n', end - 1) + 1;
    Matcher label = PARTIES_LABEL.matcher(text).region(Math.max(start, lineStart), end);
    if (label.lookingAt()) {
      return label.end();
    }
    while (lineStart > start) {
      int above = text.lastIndexOf('\n', lineStart - 2) + 1;
      String line = text.substring(Math.max(above, start), lineStart - 1).strip();
      boolean capitals = line.isEmpty() || line.chars().anyMatch(Character::isLetter) && line.equals(line.toUpperCase(Locale.ROOT));
      boolean capitalsAboveLowerCase = capitals
          && !text.substring(lineStart, end).equals(text.substring(lineStart, end).toUpperCase(Locale.ROOT));
      if (line.endsWith(":") || HEADING.matcher(line).lookingAt() || capitalsAboveLowerCase) {
        while (lineStart < end && Character.isWhitespace(text.charAt(lineStart))) {
          lineStart++;
        }
        return lineStart;
      }
      lineStart = above;
    }
    return start;
  }

  private static int[] nameAt(String text, int from, int to) {
    int start = from;
    String segment = text.substring(from, to);
    Matcher lead = LEAD.matcher(segment);
    if (lead.find()) {
      start += lead.end();
    }
    if (start >= to) {
      return null;
    }
    Matcher description = DESCRIPTION.matcher(text);
    description.region(start, to);
    int end = description.find() ? description.start() : to;
    while (end > start && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) {
      end--;
    }
    end = ownLineEnd(text, start, end);
    String name = text.substring(start, end);
    if (name.length() < 2 || name.length() > 120 || !Character.isLetterOrDigit(name.charAt(0))
        || SENTENCE_VERB.matcher(name).find() || NOT_A_NAME.matcher(name).find()) {
      return null;
    }
    if (!Character.isUpperCase(name.codePointAt(0)) && !Character.isDigit(name.charAt(0))
        && !LOWER_CASE_COMPANY.matcher(name).find()) {
      return null;
    }
    return new int[] {start, end};
  }
}
