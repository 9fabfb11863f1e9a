package org.pactum.extractor.clauses;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pactum.extractor.analysis.DefaultAnalyzer;
import org.pactum.extractor.model.Extraction;
import org.pactum.extractor.model.PageMap;
import org.pactum.extractor.model.ParsedDocument;

class ClauseFinderTest {

  private static List<String> effectiveDateClauses(String text) {
    ParsedDocument doc = new ParsedDocument("text/plain", text, PageMap.SINGLE_PAGE, Map.of(), 0);
    Extraction extraction = new DefaultAnalyzer().analyse(doc, "contract.txt");
    return extraction.clauses().stream().filter(c -> c.category().equals("Effective Date"))
        .map(c -> text.substring(c.source().start(), c.source().end())).toList();
  }

  @Test
  void theSentenceSayingWhenTheContractTakesEffectStandsInWhereNoDateIsFound() {
    String text = """
        SUPPLY AGREEMENT

        1. Term. This Agreement shall become effective when signed by both parties and continues for two years.

        2. Delivery. Supplier ships the goods by truck.
        """;
    assertEquals(List.of("This Agreement shall become effective when signed by both parties and continues for two years."),
        effectiveDateClauses(text));
  }

  @Test
  void aFoundEffectiveDateIsTheClauseAndTheSentenceIsNotAddedBesideIt() {
    String text = """
        SUPPLY AGREEMENT

        1. Term. This Agreement shall become effective on March 1, 2021 (the "Effective Date") and continues for two years.

        2. Delivery. Supplier ships the goods by truck.
        """;
    List<String> clauses = effectiveDateClauses(text);
    assertEquals(1, clauses.size(), clauses.toString());
    assertEquals("March 1, 2021", clauses.get(0));
  }
}
