package org.pactum.extractor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pactum.extractor.model.DefinedTerm;
import org.pactum.extractor.model.PageMap;
import org.pactum.extractor.model.ParsedDocument;

class DefinedTermsExtractorTest {

  @Test
  void termsDefinedByMeaningAndInBrackets() {
    String text = """
        This Agreement is made as of March 1, 2021 (the "Effective Date") between Acme Corp. (hereinafter \
        \u201cSupplier\u201d) and Beta LLC ("Customer").
        1.1 "Confidential Information" means any information disclosed by a party. "Services" shall have the \
        meaning given in Exhibit A. The "Effective Date" means the date above.
        Notices sent "as is" are fine.
        """;
    ParsedDocument doc = new ParsedDocument("text/plain", text, PageMap.SINGLE_PAGE, Map.of(), 0);
    List<DefinedTerm> terms = new DefinedTermsExtractor().find(doc);
    assertEquals(List.of("Effective Date", "Supplier", "Customer", "Confidential Information", "Services"),
        terms.stream().map(DefinedTerm::term).toList());
    DefinedTerm ci = terms.get(3);
    String source = text.substring(ci.source().start(), ci.source().end());
    assertTrue(source.endsWith("\"Confidential Information\" means any information disclosed by a party.")
        && source.length() < 80, source);
  }

  @Test
  void termsDefinedAsSuchOrOpeningAnEntryOfADefinitionsList() {
    String text = """
        1. Definitions
        "Business Day": a day other than a Saturday, Sunday or public holiday in London.
        (b) \u201cNet Sales\u201d is defined as gross sales less returns.
        "ICE AGE 2": the title licensed under Schedule 3.
        """;
    List<DefinedTerm> terms = new DefinedTermsExtractor().find(
        new ParsedDocument("text/plain", text, PageMap.SINGLE_PAGE, Map.of(), 0));
    // a title in capitals before a colon is no definition
    assertEquals(List.of("Business Day", "Net Sales"), terms.stream().map(DefinedTerm::term).toList());
  }
}
