package org.pactum.extractor.analysis;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pactum.extractor.model.PageMap;
import org.pactum.extractor.model.ParsedDocument;

/** No rule may run away on text made to make patterns backtrack: each finishes in bounded time. */
class PathologicalTextTest {

  /**
   * Far above what these take on two quiet cores (1 to 6 s; the 5 MB line about 12 s, most of it in the clause
   * categoriser, the obligations and the governing law), with room for a loaded machine; a runaway pattern takes hours.
   */
  private static final Duration LIMIT = Duration.ofSeconds(60);

  @ParameterizedTest
  @ValueSource(strings = {"single-line", "repeated-tokens", "nested-numbering", "cue-words"})
  void analysisFinishesInBoundedTime(String kind) {
    String text = switch (kind) {
      // 5 MB on one line, no sentence end
      case "single-line" -> "the term of this agreement shall renew and continue until ".repeat(5_000_000 / 58);
      // 100,000 repeated tokens
      case "repeated-tokens" -> "governed ".repeat(100_000);
      // numbering nested thousands deep
      case "nested-numbering" -> "1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1 (a)(i)(A) ".repeat(20_000);
      // cue words with no dates or laws to find, between (a) and "quotes"
      default -> "between (\"A\" (the \"B\" (\"C\" laws of the law of the day of January, ".repeat(50_000);
    };
    ParsedDocument doc = new ParsedDocument("text/plain", text, PageMap.SINGLE_PAGE, Map.of(), 0);
    assertTimeoutPreemptively(LIMIT, () -> new DefaultAnalyzer().analyse(doc, kind + ".txt"));
  }
}
