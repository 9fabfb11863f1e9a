package org.pactum.extractor.clauses;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pactum.extractor.analysis.DefaultAnalyzer;
import org.pactum.extractor.model.Extraction;
import org.pactum.extractor.model.PageMap;
import org.pactum.extractor.model.ParsedDocument;

class ClauseFinderTest {

  private static List<String> effectiveDateClauses(String text) {
    return clauses(text, "Effective Date");
  }

  private static List<String> clauses(String text, String category) {
    ParsedDocument doc = new ParsedDocument("text/plain", text, PageMap.SINGLE_PAGE, Map.of(), 0);
    Extraction extraction = new DefaultAnalyzer().analyse(doc, "contract.txt");
    return extraction.clauses().stream().filter(c -> c.category().equals(category))
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
  void theSentenceOfAValueTheFieldsReadIsItsClauseWhereNoClassifierFindsIt() {
    String text = """
        SUPPLY AGREEMENT

        1. Term. The initial term of this Agreement is two (2) years from the Effective Date.

        2. Renewal. This Agreement renews automatically for successive one (1) year terms unless either party gives the
        other written notice of non-renewal at least sixty (60) days before the end of the then-current term.

        3. Delivery. Supplier ships the goods by truck.
        """;
    ParsedDocument doc = new ParsedDocument("text/plain", text, PageMap.SINGLE_PAGE, Map.of(), 0);
    // the field extractors alone, with no classifier
    Extraction extraction = new DefaultAnalyzer(new ClauseFinder(List.of())).analyse(doc, "contract.txt");
    assertEquals("P1Y", extraction.renewalTerm().iso());
    for (String category : List.of("Renewal Term", "Notice Period to Terminate Renewal")) {
      List<String> found = extraction.clauses().stream().filter(c -> c.category().equals(category))
          .map(c -> text.substring(c.source().start(), c.source().end())).toList();
      assertEquals(1, found.size(), category + ": " + found);
      assertTrue(found.get(0).startsWith("This Agreement renews automatically") && found.get(0).endsWith("term."), found.get(0));
    }
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
  @Test
  void aTemplatesBlankDateIsTheAgreementDateClause() {
    String text = """
        RESELLER AGREEMENT

        This Reseller Agreement is entered into as of this ___ day of _________, 2024 by and between Alpha Ltd and Beta Inc.

        1. Delivery. Supplier ships the goods by truck.
        """;
    List<String> clauses = clauses(text, "Agreement Date");
    assertEquals(1, clauses.size(), clauses.toString());
    assertTrue(clauses.get(0).contains("this ___ day of _________, 2024"), clauses.get(0));
    assertEquals(List.of(), clauses("This Agreement is made on the 3rd day of May, 2024 by Alpha Ltd and Beta Inc.", "Agreement Date")
        .stream().filter(c -> !c.equals("3rd day of May, 2024")).toList());
  }

  @Test
  void aClauseTwoClassifiersFindIsListedOnce() {
    String text = """
        1. Offers. Distributor shall have a right of first refusal to distribute any new product of Supplier.

        2. Delivery. Supplier ships the goods by truck.
        """;
    ParsedDocument doc = new ParsedDocument("text/plain", text, PageMap.SINGLE_PAGE, Map.of(), 0);
    ClauseFinder twice = new ClauseFinder(List.of(new RuleClauseClassifier(), new RuleClauseClassifier()));
    List<String> found = twice.addTo(doc, Layout.of(text), Extraction.NONE).clauses().stream()
        .map(c -> c.category()).toList();
    assertEquals(1, found.stream().filter("Rofr/Rofo/Rofn"::equals).count(), found.toString());
  }
}
