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
 * kind of agreement ("MASTER SERVICES AGREEMENT", "Amendment No. 1 to ..."); failing that, the
 * document's own title metadata.
 */
public final class TitleExtractor {

  static final String NAME = "title-rules";

  private static final Pattern KIND =
      Pattern.compile(
          "\\b(agreement|contract|amendment|addendum|lease|licen[cs]e|terms and conditions|terms of"
              + " service|statement of work|memorandum|deed|order form|purchase order|policy|"
              + "non-disclosure|nda)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ENDS_WITH_KIND =
      Pattern.compile(
          "\\b(agreement|contract|amendment|addendum|lease|licen[cs]e|terms and conditions|terms of"
              + " service|statement of work|memorandum|deed|order|policy|nda)(\\s+no\\.?\\s*\\d+)?\\W*$",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern LINE = Pattern.compile("(?m)^[ \\t]*(\\S[^\\n]{0,158}\\S)[ \\t]*$");
  private static final int LINES_TO_LOOK_AT = 25;
  private static final int MAX_TITLE = 160;

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
      return Optional.of(
          new ExtractedText(
              tidy(text.substring(bestStart, bestEnd)),
              new Provenance(bestStart, bestEnd, document.pages().pageOf(bestStart), NAME, Math.min(0.95, 0.5 + bestScore / 10.0))));
    }
    String meta = document.metadata().getOrDefault("dc:title", "").strip();
    if (!meta.isEmpty() && meta.length() <= MAX_TITLE && KIND.matcher(meta).find()) {
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
    if (line.endsWith(".") && !lower.matches(".*\\bno\\.$") || lower.startsWith("this ")) {
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

  private static String tidy(String title) {
    return title.replaceAll("\\s+", " ").strip();
  }
}
