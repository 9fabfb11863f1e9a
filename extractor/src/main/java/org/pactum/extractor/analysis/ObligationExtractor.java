package org.pactum.extractor.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.pactum.extractor.clauses.ClauseUnit;
import org.pactum.extractor.model.Obligation;
import org.pactum.extractor.model.ParsedDocument;
import org.pactum.extractor.model.Party;
import org.pactum.extractor.model.Provenance;

/**
 * Sentences that bind a party: a party reference ("Supplier", "the Company", "Each party", a party's alias or legal
 * name) followed by "shall", "must", "will", "agrees to", "undertakes to", "is required to", "is obliged to" or "is
 * responsible for", possibly negated.
 * Rights and permissions worded the same way ("shall have the right", "shall be entitled", "shall not be liable"),
 * passives ("shall be paid") and conditions ("if Licensee shall fail") are not obligations. Each obligation gets
 * the deadline and recurrence its own words state. A sentence with no recognised party reference gives nothing.
 */
final class ObligationExtractor {

  static final String NAME = "obligation-rules";
  private static final int MAX_ACTION = 400;
  private static final int SUBJECT_LOOK = 160;

  /** Role nouns contracts use for their parties when the parties block did not give an alias. */
  private static final List<String> ROLES = List.of(
      "Licensee", "Licensor", "Sublicensee", "Company", "Customer", "Client", "Supplier", "Vendor", "Seller",
      "Buyer", "Purchaser", "Distributor", "Reseller", "Manufacturer", "Contractor", "Subcontractor", "Consultant",
      "Provider", "Service Provider", "Agent", "Franchisee", "Franchisor", "Employee", "Employer", "Executive",
      "Lessee", "Lessor", "Tenant", "Landlord", "Borrower", "Lender", "Sponsor", "Developer", "Publisher",
      "Partner", "Member", "Operator", "Producer", "Recipient", "Receiving Party", "Disclosing Party", "Investor", "Marketer",
      "Collaborator", "Endorser", "Institution", "Manager", "Owner", "Affiliate", "Bank", "Trustee", "Shareholder");

  private static final Pattern MODAL = Pattern.compile(
      "(?i)\\b(?:(shall|must|will)(\\s+not)?|(?:hereby\\s+)?(?:agrees?|undertakes?|covenants?)(\\s+not)?\\s+to"
          + "|(?:is|are)\\s+(?:required|obligated|obliged|bound)\\s+to"
          // "Supplier is responsible for maintaining insurance"; not "is not responsible for"
          + "|(?:is|are)\\s+(?:solely\\s+|fully\\s+)?responsible\\s+for)\\b");
  /** Words after the modal verb that make a right, a permission or a statement of fact, not a duty. */
  private static final Pattern NOT_A_DUTY = Pattern.compile(
      "(?i)^(?:(?:not\\s+)?(?:have|has)\\s+(?:the\\s+|a\\s+|no\\s+|any\\s+)?(?:sole\\s+|exclusive\\s+)?"
          + "(?:right|option|discretion|authority|power|obligation|liability|duty|responsibility)"
          + "|(?:not\\s+)?be\\s+under\\s+no|(?:not\\s+)?be\\s+(?:entitled|eligible|deemed|construed|interpreted|liable|free|permitted|allowed|considered"
          + "|effective|binding|governed|void|valid|enforceable|subject|final|conclusive|the\\s+(?:sole\\s+)?owner"
          + "|owned|vested|in\\s+(?:full\\s+)?force|limited|reduced|extended|renewed|automatically)"
          + "|(?:remain|survive|continue|terminate|expire|apply|prevail|retain|own|mean|include|constitute|inure"
          + "|commence|begin|end|become|vest|control|govern|supersede|not\\s+(?:apply|affect|limit|restrict|prevent"
          + "|constitute|be\\s+(?:liable|obligated|obliged|required|responsible|deemed|construed|entitled|considered)"
          + "|have\\s+any)))\\b");
  private static final Pattern PRONOUN = Pattern.compile("(?i)[\"\u201c](we|you)[\"\u201d]");
  private static final Pattern NO_ONE = Pattern.compile("(?i)(?:neither|no)\\b");
  /** A sentence that opens with its deadline: "Within ninety (90) days after the end of each fiscal year, ...". */
  private static final Pattern LEADING_TIME = Pattern.compile(
      "(?i)^(?:\\(?[a-z0-9]{1,4}[.)]\\s+)*(?:within|no\\s+later\\s+than|not\\s+later\\s+than|on\\s+or\\s+before|by|at\\s+least"
          + "|promptly|immediately|each|every|once|annually|quarterly|monthly|on\\s+an?\\s+\\w+\\s+basis)\\b");
  private static final Pattern NEGATION = Pattern.compile("(?i)(?:not|neither|never)\\b");
  private static final Pattern PASSIVE = Pattern.compile("(?i)^(?:not\\s+)?be\\s+(?:\\w+ly\\s+)?(?:\\w+ed|sent|made|paid"
      + "|given|held|kept|done|taken|borne|shown|brought|sold|bought|granted|built|set|put|met|found|told|written)\\b");
  /** The party is the object of a preposition, not the subject: "notices to Buyer shall be ...". */
  private static final Pattern OBJECT_OF = Pattern.compile("(?i)\\b(?:to|of|by|for|from|with|against|upon|on)\\s*$");
  /** A modal verb that continues the previous duty: "... and shall", ", or will". */
  private static final Pattern CONJUNCTION = Pattern.compile("(?i)(?:,\\s*)?\\b(?:and|or|but)(?:\\s+(?:also|further|thereafter))?\\s*$");
  private static final Pattern STILL_A_DUTY = Pattern.compile("(?i)^(?:not\\s+)?be\\s+(?:required|obligated|obliged|bound)\\b");
  private static final Pattern CONDITION = Pattern.compile(
      "(?i)\\b(?:if|unless|until|whether|when|whenever|should|in\\s+the\\s+event|in\\s+case|to\\s+the\\s+extent)\\b");
  private static final String COLLECTIVE = "(?:each|either|neither|both|no)\\s+(?:of\\s+the\\s+)?part(?:y|ies)|the\\s+parties";

  private final DeadlineFinder deadlines = new DeadlineFinder();
  private final RecurrenceFinder recurrences = new RecurrenceFinder();

  List<Obligation> find(ParsedDocument document, List<ClauseUnit> units, List<Party> parties) {
    String text = document.text();
    Map<String, @Nullable String> references = references(text, parties);
    Pattern subject = subjectPattern(references.keySet());
    List<Obligation> obligations = new ArrayList<>();
    for (ClauseUnit unit : units) {
      find(document, text.substring(unit.start(), unit.end()), unit.start(), subject, references, obligations);
    }
    return obligations;
  }

  /** A duty's subject and modal verb within a sentence. */
  private record Hit(int subjectStart, int actionStart, String obligor, boolean prohibition) {}

  private void find(ParsedDocument document, String sentence, int offset, Pattern subject,
      Map<String, @Nullable String> references, List<Obligation> out) {
    List<Hit> hits = new ArrayList<>();
    String lastObligor = null; // the subject of the previous modal verb, while its duty runs on
    Matcher modal = MODAL.matcher(sentence);
    while (modal.find()) {
      int from = Math.max(0, modal.start() - SUBJECT_LOOK);
      Matcher s = subject.matcher(sentence).region(from, modal.start());
      Matcher and = CONJUNCTION.matcher(sentence).region(from, modal.start());
      int subjectStart;
      String obligor;
      if (s.find()) {
        subjectStart = s.start("subject");
        String clauseBefore = sentence.substring(clauseStart(sentence, subjectStart), subjectStart);
        if (CONDITION.matcher(clauseBefore).find() || OBJECT_OF.matcher(clauseBefore).find()) {
          lastObligor = null;
          continue;
        }
        obligor = s.group("subject").replaceAll("\\s+", " ");
      } else if (lastObligor != null && and.find()) {
        // "Supplier shall inspect ... and shall not ...": the same obligor, a new duty
        subjectStart = modal.start();
        obligor = lastObligor;
      } else {
        lastObligor = null;
        continue;
      }
      lastObligor = obligor;
      String after = sentence.substring(modal.end()).stripLeading();
      boolean modalNot = modal.group(2) != null || modal.group(3) != null;
      boolean noOne = NO_ONE.matcher(obligor).lookingAt();
      if (modalNot || noOne) {
        after = "not " + after; // the words that follow, read as negated
      }
      if (NOT_A_DUTY.matcher(after).find() || (PASSIVE.matcher(after).find() && !STILL_A_DUTY.matcher(after).find())) {
        continue;
      }
      hits.add(new Hit(subjectStart, modal.end(), obligor, noOne || NEGATION.matcher(after).lookingAt()));
    }
    if (hits.isEmpty()) {
      return;
    }
    // words before the first obligor that time every duty of the sentence
    String opening = sentence.substring(0, hits.get(0).subjectStart()).strip();
    Optional<String> lead = LEADING_TIME.matcher(opening).lookingAt() ? Optional.of(opening) : Optional.empty();
    for (int i = 0; i < hits.size(); i++) {
      Hit hit = hits.get(i);
      int end = i + 1 < hits.size() ? hits.get(i + 1).subjectStart() : sentence.length();
      int actionStart = skipSpace(sentence, hit.actionStart());
      if (sentence.regionMatches(true, actionStart, "not ", 0, 4)) {
        actionStart = skipSpace(sentence, actionStart + 3);
      }
      // "shall, within ten days, ...", "is responsible for the following: ..."
      while (actionStart < end && (sentence.charAt(actionStart) == ',' || sentence.charAt(actionStart) == ':'
          || Character.isWhitespace(sentence.charAt(actionStart)))) {
        actionStart++;
      }
      int actionEnd = trimEnd(sentence, actionStart, Math.min(end, actionStart + MAX_ACTION));
      if (actionEnd - actionStart < 3) {
        continue;
      }
      String action = sentence.substring(actionStart, actionEnd).replaceAll("\\s+", " ");
      String party = references.get(key(hit.obligor()));
      out.add(new Obligation(
          hit.obligor(),
          party,
          hit.prohibition(),
          action,
          deadlines.find(action).or(() -> lead.flatMap(deadlines::find)).orElse(null),
          recurrences.find(action).or(() -> lead.flatMap(recurrences::find)).orElse(null),
          new Provenance(offset + hit.subjectStart(), offset + actionEnd,
              document.pages().pageOf(offset + hit.subjectStart()), NAME,
              party != null ? 0.8 : 0.65)));
    }
  }

  /**
   * Every way the contract names a party, lower-cased, with the party's legal name when known: its name, its alias,
   * the pronouns its definition gives it ({@code ("Franchisor," "we" or "us")}), and the usual role nouns.
   */
  private static Map<String, @Nullable String> references(String text, List<Party> parties) {
    Map<String, @Nullable String> refs = new LinkedHashMap<>();
    for (Party p : parties) {
      refs.put(key(p.name()), p.name());
      if (p.alias() != null && p.alias().length() > 1) {
        refs.put(key(p.alias()), p.name());
      }
      int open = text.indexOf('(', p.source().end());
      int close = open < 0 ? -1 : text.indexOf(')', open);
      if (open >= 0 && open - p.source().end() < 300 && close > open && close - open < 120) {
        Matcher pronoun = PRONOUN.matcher(text.substring(open, close));
        while (pronoun.find()) {
          refs.putIfAbsent(pronoun.group(1).toLowerCase(Locale.ROOT), p.name());
        }
      }
    }
    for (String role : ROLES) {
      refs.putIfAbsent(key(role), null);
    }
    return refs;
  }

  private static Pattern subjectPattern(java.util.Set<String> references) {
    String names = references.stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(r -> Pattern.quote(r).replace(" ", "\\E\\s+\\Q"))
        .collect(Collectors.joining("|"));
    // the subject ends right before the modal verb, allowing an aside: "Licensee, at its own expense, shall"
    return Pattern.compile("(?i)(?<![\\w-])(?<subject>" + COLLECTIVE + "|(?:the\\s+|no\\s+)?(?:"
        + names + "))(?![\\w-])(?:\\s*\\([^()]{0,80}\\))?(?:\\s*,[^,;]{1,80},)?"
        + "(?:\\s+(?:hereby|also|further|expressly|irrevocably|each|jointly|severally|and\\s+its\\s+affiliates)){0,2}"
        + "\\s*$");
  }

  private static String key(String reference) {
    return reference.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceFirst("^the ", "").strip();
  }

  /** Where the clause holding {@code at} starts: after the last comma, semicolon, colon or parenthesis. */
  private static int clauseStart(String sentence, int at) {
    for (int i = at - 1; i >= 0; i--) {
      char c = sentence.charAt(i);
      if (c == ',' || c == ';' || c == ':' || c == '(' || c == ')') {
        return i + 1;
      }
    }
    return 0;
  }

  private static int skipSpace(String s, int i) {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** {@code limit} moved back over spaces, joining words, list markers and punctuation; to a word end when cut short. */
  private static int trimEnd(String s, int start, int limit) {
    int end = limit;
    if (end < s.length() && Character.isLetterOrDigit(s.charAt(end))) {
      int space = s.lastIndexOf(' ', end);
      end = space > start ? space : end;
    }
    String trimmed = s.substring(start, end).replaceFirst("(?i)(?:[\\s,;:.]|\\band\\b|\\bor\\b|\\([a-z0-9]{1,4}\\))+$", "");
    return start + trimmed.length();
  }
}
