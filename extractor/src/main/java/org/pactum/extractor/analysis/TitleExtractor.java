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
  private static final Pattern LINE = Pattern.compile("(?m)^[ \\t]*(\\S[^\\n]{0,158}\\S)[ \\t]*$");
  private static final int LINES_TO_LOOK_AT = 25;
  private static final int MAX_TITLE = 160;

  public Optional<ExtractedText> find(ParsedDocument document) {
    String text = document.text();
    Matcher line = LINE.matcher(text.length() > 20_000 ? text.substring(0, 20_000) : text);
    int seen = 0;
    while (line.find() && seen++ < LINES_TO_LOOK_AT) {
      String candidate = line.group(1);
      if (looksLikeTitle(candidate)) {
        int start = line.start(1);
        return Optional.of(
            new ExtractedText(
                tidy(candidate),
                new Provenance(start, line.end(1), document.pages().pageOf(start), NAME, 0.8)));
      }
    }
    String meta = document.metadata().getOrDefault("dc:title", "").strip();
    if (!meta.isEmpty() && meta.length() <= MAX_TITLE && KIND.matcher(meta).find()) {
      return Optional.of(new ExtractedText(meta, new Provenance(0, 0, 1, NAME + ":metadata", 0.5)));
    }
    return Optional.empty();
  }

  private static boolean looksLikeTitle(String line) {
    if (line.length() > 120 || !KIND.matcher(line).find()) {
      return false;
    }
    String lower = line.toLowerCase(Locale.ROOT);
    // a sentence of the body, not a heading
    if (line.endsWith(".") && !lower.matches(".*\\bno\\.$") || lower.startsWith("this ")) {
      return false;
    }
    long words = line.chars().filter(c -> c == ' ').count() + 1;
    boolean upper = line.equals(line.toUpperCase(Locale.ROOT));
    return upper || words <= 12;
  }

  private static String tidy(String title) {
    return title.replaceAll("\\s+", " ").strip();
  }
}
