package org.pactum.extractor.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pactum.extractor.model.ParsedDocument;
import org.pactum.extractor.model.Party;
import org.pactum.extractor.model.Provenance;

/**
 * Finds the parties in the preamble: after "between" or "among", each legal name followed by its
 * defined short name, as in {@code Acme Corp., a Delaware corporation ("Acme"), and Zenith Ltd
 * ("Supplier")}. The descriptions between a name and its short name (state of incorporation,
 * address) are left out of the name.
 */
public final class PartiesExtractor {

  static final String NAME = "party-rules";

  private static final int PREAMBLE_CHARS = 4000;
  private static final int MAX_PARTIES = 6;

  private static final Pattern BETWEEN = Pattern.compile("(?i)\\b(?:by\\s+and\\s+)?(?:between|among|amongst)\\b\\s*:?");
  private static final Pattern ALIAS =
      Pattern.compile(
          "\\(\\s*(?:[^()\"“”]{0,60}?)[\"“]([^\"“”]{1,50})[\"”][^()]{0,80}\\)");
  /** Where the description of a party starts after its name. */
  private static final Pattern DESCRIPTION =
      Pattern.compile(
          "(?i),?\\s+(?:a|an)\\s+(?=[A-Za-z.\\- ]{0,60}(?:corporation|company|partnership|limited|llc|"
              + "l\\.l\\.c|organization|organisation|entity|individual|bank|trust|association|society|"
              + "incorporated|gmbh|ag|s\\.a|b\\.v|plc|ltd|national|society|resident|citizen))"
              + "|,\\s+(?:having|with|whose|located|organized|organised|incorporated|existing|doing|residing|an?\\s)"
              + "|\\s+\\((?![\"“])");
  /** What comes before a party's name: separators, "and", a list number such as "(1)" or "2.", "the". */
  private static final Pattern LEAD = Pattern.compile(
      "^[\\s,;:]*(?:and\\s+|&\\s+)?(?:(?:\\(\\d{1,2}\\)|\\d{1,2}\\.|\\([a-z]\\))\\s+)?(?:the\\s+)?", Pattern.CASE_INSENSITIVE);
  private static final Set<String> NOT_PARTIES =
      Set.of("agreement", "effective date", "parties", "party", "this agreement", "contract", "amendment");

  public List<Party> find(ParsedDocument document) {
    String text = document.text();
    String preamble = text.substring(0, Math.min(text.length(), PREAMBLE_CHARS));
    Matcher between = BETWEEN.matcher(preamble);
    if (!between.find()) {
      return List.of();
    }
    List<Party> parties = new ArrayList<>();
    int from = between.end();
    Matcher alias = ALIAS.matcher(preamble);
    alias.region(from, preamble.length());
    while (alias.find() && parties.size() < MAX_PARTIES) {
      String shortName = alias.group(1).strip().replaceFirst("[,;:]+$", "");
      if (NOT_PARTIES.contains(shortName.toLowerCase(Locale.ROOT))) {
        if (!parties.isEmpty()) {
          break; // the party list is over once the agreement or its date is being defined
        }
        from = alias.end();
        continue;
      }
      int[] span = nameSpan(preamble, from, alias.start());
      if (span != null) {
        String name = preamble.substring(span[0], span[1]).replaceAll("\\s+", " ");
        parties.add(new Party(name, shortName, new Provenance(span[0], span[1], document.pages().pageOf(span[0]), NAME, 0.7)));
      }
      from = alias.end();
    }
    return parties;
  }

  /** The span of the legal name in {@code text[from, to)}, or null when there is none. */
  private static int[] nameSpan(String text, int from, int to) {
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
    String name = text.substring(start, end);
    if (name.length() < 2 || name.length() > 120 || !Character.isLetterOrDigit(name.charAt(0))
        || !Character.isUpperCase(name.codePointAt(0)) && !Character.isDigit(name.charAt(0))) {
      return null;
    }
    return new int[] {start, end};
  }
}
