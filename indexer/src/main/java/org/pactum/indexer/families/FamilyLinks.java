package org.pactum.indexer.families;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.pactum.extractor.analysis.DateFinder;
import org.pactum.extractor.model.DateMention;

/**
 * Reads from a contract's opening what it modifies, by pattern rules: its title names the kind of
 * modification, and the title or the first paragraphs name the kind ("Amendment No. 2 to", "Statement of Work No. 3 under", "Addendum to",
 * "Amended and Restated"), the agreement modified and often its date.
 */
public final class FamilyLinks {

  /** The opening read: titles and recitals name what is modified. */
  static final int OPENING = 3000;
  /** Words of an agreement's name before "Agreement": "Master Services", "Software License and Support". */
  private static final String NAME = "((?:[\\p{L}&'-]+\\s+){0,6}?(?:agreement|contract|lease))";
  private static final String NUMBER = "(?:no\\.?|number|#)\\s*(\\d{1,3})";
  private static final Map<String, Integer> ORDINALS = Map.of("first", 1, "second", 2, "third", 3, "fourth", 4, "fifth", 5,
      "sixth", 6, "seventh", 7, "eighth", 8, "ninth", 9, "tenth", 10);

  /** A kind of modification: the word its title must hold, and the words naming what it modifies. */
  private record Rule(FamilyLink.Kind kind, Pattern title, Pattern pattern) {}

  private static final List<Rule> RULES = List.of(
      new Rule(FamilyLink.Kind.RESTATEMENT, Pattern.compile("(?i)\\bamended\\s+and\\s+restated\\b"), Pattern.compile("(?i)\\bamended\\s+and\\s+restated\\s+" + NAME)),
      new Rule(FamilyLink.Kind.AMENDMENT, Pattern.compile("(?i)\\bamendment\\b"), Pattern.compile(
          "(?i)\\b(?:(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\\s+)?amendment(?:\\s+" + NUMBER + ")?"
              + "\\s+(?:to|of)\\s+(?:the\\s+|that\\s+certain\\s+)?" + NAME)),
      new Rule(FamilyLink.Kind.STATEMENT_OF_WORK, Pattern.compile("(?i)\\bstatement\\s+of\\s+work\\b|\\bSOW\\b"), Pattern.compile(
          // "under [and subject to] the X Agreement" further on in the same paragraph
          "(?i)\\bstatement\\s+of\\s+work(?:\\s+" + NUMBER + ")?\\b(?:(?!\\n\\s*\\n)[\\s\\S]){0,600}?\\b(?:under|pursuant\\s+to|subject\\s+to)"
              + "\\s+(?:and\\s+subject\\s+to\\s+)?(?:the|that\\s+certain)\\s+" + NAME)),
      new Rule(FamilyLink.Kind.ADDENDUM, Pattern.compile("(?i)\\baddendum\\b"), Pattern.compile(
          "(?i)\\baddendum(?:\\s+" + NUMBER + ")?\\s+to\\s+(?:the\\s+|that\\s+certain\\s+)?" + NAME)),
      new Rule(FamilyLink.Kind.RENEWAL, Pattern.compile("(?i)\\brenewal\\b"), Pattern.compile("(?i)\\brenewal\\s+(?:of|to)\\s+(?:the\\s+|that\\s+certain\\s+)?" + NAME)));

  private static final Pattern DATED = Pattern.compile("(?i)[\\s,]*(?:(?:by\\s+and\\s+)?between\\s+[^.()\"“”]{0,160}?\\s+)?dated\\b");

  private final DateFinder dates = new DateFinder();

  public Optional<FamilyLink> of(String title, String text) {
    String opening = text.substring(0, Math.min(text.length(), OPENING));
    for (Rule rule : RULES) {
      // only a document titled as a modification is one: an agreement's text speaks of its own amendments and SOWs
      if (!rule.title().matcher(title).find()) {
        continue;
      }
      Optional<FamilyLink> inTitle = match(rule, title, -1, opening);
      if (inTitle.isPresent()) {
        return inTitle;
      }
      Optional<FamilyLink> inText = match(rule, opening, 0, opening);
      if (inText.isPresent()) {
        return inText;
      }
    }
    return Optional.empty();
  }

  /** @param base where {@code where} starts in the text, or -1 when it is the title (then the text is searched for the date) */
  private Optional<FamilyLink> match(Rule rule, String where, int base, String opening) {
    Matcher m = rule.pattern().matcher(where);
    while (m.find()) {
      String name = m.group(m.groupCount()).strip();
      if (FamilyLink.key(name).split(" ").length < 2 && rule.kind() != FamilyLink.Kind.RESTATEMENT) {
        continue; // "amendment to this Agreement": no name of the agreement modified
      }
      if (FamilyLink.key(name).startsWith("this ")) {
        continue;
      }
      Integer number = number(m);
      int start = base < 0 ? 0 : base + m.start();
      int end = base < 0 ? 0 : base + m.end();
      DateMention date = base < 0 ? datedAfterName(opening, name) : dateAfter(where, m.end());
      return Optional.of(new FamilyLink(rule.kind(), number, name.replaceAll("\\s+", " "), date == null ? null : date.date(), start, end));
    }
    return Optional.empty();
  }

  private static @Nullable Integer number(Matcher m) {
    for (int g = 1; g < m.groupCount(); g++) {
      String v = m.group(g);
      if (v == null) {
        continue;
      }
      Integer ordinal = ORDINALS.get(v.toLowerCase(Locale.ROOT));
      if (ordinal != null) {
        return ordinal;
      }
      if (v.matches("\\d{1,3}")) {
        return Integer.valueOf(v);
      }
    }
    return null;
  }

  /** The date given after any mention of the agreement's name in the opening ("... Agreement dated March 15, 2021"). */
  private @Nullable DateMention datedAfterName(String opening, String name) {
    Matcher m = Pattern.compile(Pattern.quote(name.replaceAll("\\s+", " ")).replace(" ", "\\E\\s+\\Q"), Pattern.CASE_INSENSITIVE)
        .matcher(opening);
    while (m.find()) {
      DateMention date = dateAfter(opening, m.end());
      if (date != null) {
        return date;
      }
    }
    return null;
  }

  /**
   * "... Agreement dated [as of] March 15, 2021" or "... Agreement between the parties dated ...":
   * the date right after "dated", where only "between ..." may stand between the name and it. A
   * "dated" after a parenthesis or a quote belongs to another document ("this Amendment ... is dated").
   */
  private @Nullable DateMention dateAfter(String text, int from) {
    if (from < 0) {
      return null;
    }
    String window = text.substring(from, Math.min(text.length(), from + 200));
    Matcher dated = DATED.matcher(window);
    if (!dated.lookingAt()) {
      return null;
    }
    return dates.find(window.substring(dated.end())).stream().filter(d -> d.start() < 25).findFirst().orElse(null);
  }
}
