package org.pactum.extractor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pactum.extractor.model.ExtractedText;
import org.pactum.extractor.model.PageMap;
import org.pactum.extractor.model.ParsedDocument;
import org.pactum.extractor.parse.ParseSettings;
import org.pactum.extractor.parse.TikaDocumentParser;
import org.pactum.extractor.testing.Fixtures;

class TitleExtractorTest {

  private static final TikaDocumentParser PARSER = new TikaDocumentParser(ParseSettings.defaults().withOcr(false));

  static Stream<Path> textSamples() {
    return Fixtures.samples().stream().filter(p -> !Fixtures.isScanned(p));
  }

  @ParameterizedTest
  @MethodSource("textSamples")
  void findsTheExpectedTitleWithItsSource(Path sample) throws Exception {
    ParsedDocument doc = PARSER.parse(sample, sample.getFileName().toString());
    ExtractedText title = new TitleExtractor().find(doc).orElseThrow(() -> new AssertionError("no title in " + sample));
    String expected = Fixtures.expected(sample).path("title").asText();
    assertEquals(squash(expected), squash(title.value()), sample.getFileName().toString());
    String atSource = doc.text().substring(title.source().start(), title.source().end());
    assertEquals(squash(title.value()), squash(atSource));
    assertTrue(title.source().page() >= 1);
  }

  private static String squash(String s) {
    return s.replaceAll("\\s+", " ").strip().toUpperCase(Locale.ROOT);
  }

  @Test
  void aTitleBrokenOverTwoLinesIsReadWhole() {
    assertEquals("AMENDED AND RESTATED SUPPLY AGREEMENT", title("AMENDED AND RESTATED\n\nSUPPLY AGREEMENT\n\nThis agreement"));
    assertEquals("AMENDMENT NO. 2 TO MANUFACTURING AGREEMENT", title("AMENDMENT NO. 2\nTO MANUFACTURING AGREEMENT\nThis"));
    assertEquals("FIRST AMENDMENT TO DISTRIBUTOR AGREEMENT", title("FIRST AMENDMENT TO\n   DISTRIBUTOR AGREEMENT\nThis"));
    assertEquals("EXCLUSIVE AGENCY AND MARKETING AGREEMENT", title("EXCLUSIVE AGENCY AND\nMARKETING AGREEMENT\nThis"));
    assertEquals("SUPPLY AGREEMENT", title("ACME LTD\nSUPPLY AGREEMENT\nThis"));
    assertEquals("SCHEDULE TO Software License, Customization and Maintenance Agreement",
        title("SCHEDULE TO Software License,\nCustomization and Maintenance Agreement\n\nSupplier Name: Acme"));
  }

  @Test
  void lettersOfIntentTermSheetsAndEngagementLetters() {
    assertEquals("Letter of Intent", title("Letter of Intent\n\nDear Mr. Smith,\n\nThis letter sets out the terms we discussed."));
    assertEquals("TERM SHEET", title("TERM SHEET\n\nProposed terms for the supply of valves"));
    assertEquals("Engagement Letter", title("Engagement Letter\n\nDear Ms. Jones,\n\nWe are pleased to act for you."));
  }

  @Test
  void aTitleOverThreeLinesOrABareAgreementUnderItsKind() {
    assertEquals("SECOND AMENDED AND RESTATED EXCLUSIVE SUPPLY AND SERVICES AGREEMENT",
        title("Exhibit 10.4\nSECOND AMENDED AND RESTATED\nEXCLUSIVE SUPPLY AND\nSERVICES AGREEMENT\nby and between"));
    assertEquals("JOINT RESEARCH AND LICENSING AGREEMENT",
        title("JOINT RESEARCH AND LICENSING\nAGREEMENT\n\nBETWEEN\n\nACME SA\n\nAND\n\nZENITH INC."));
    assertEquals("AGREEMENT", title("Acme Ltd and Zenith Inc.\nAGREEMENT\nThis Agreement is made"));
  }

  @Test
  void anAmendmentsHeadingJoinsWhatItAmends() {
    assertEquals("SECOND AMENDMENT TO SUPPLY AGREEMENT",
        squash(title("[LOGO]\n\nSECOND AMENDMENT\nTO\n\nSUPPLY AGREEMENT\n\nTHIS SECOND AMENDMENT is made")));
    assertEquals("AMENDMENT NO. 3 TO THE NONEXCLUSIVE RESELLER AGREEMENT",
        squash(title("Exhibit 10.2\n\nAMENDMENT NO. 3 TO THE NONEXCLUSIVE\nRESELLER AGREEMENT\n\nThis Amendment")));
    assertEquals("AMENDMENT NO. 1 CONTENT LICENCE AGREEMENT NUMBER 4711",
        squash(title("AMENDMENT NO. 1\n\nContent Licence Agreement Number 4711\n\nThis Amendment No. 1 is made")));
    assertEquals("AMENDMENT NO. 1", title("AMENDMENT NO. 1\n\nThis amendment changes the price list of the agreement.\n"));
  }

  @Test
  void linesTheOpeningSentenceNamesWithTheTitleBelongToIt() {
    assertEquals("REGIONAL CHARTER AND CREW SERVICES AGREEMENT FOR OFFSHORE VESSELS",
        squash(title("ORCA MARINE LTD\n\nREGIONAL CHARTER\nAND CREW SERVICES AGREEMENT\nFOR OFFSHORE VESSELS\n\nThis Regional Charter"
            + " and Crew Services Agreement for Offshore Vessels (the \"Agreement\") is made between Orca Marine Ltd and ...")));
    // lines the opening sentence does not name with it stay out
    assertEquals("SPONSORSHIP AGREEMENT",
        squash(title("NORTHERN LIGHTS HOCKEY\n\nSPONSORSHIP AGREEMENT\n\nThis Sponsorship Agreement is made on 1 May 2024.")));
  }

  @Test
  void aContractWithNoTitleLineNamedByItsOpeningWords() {
    assertEquals("LICENSE AND RESELLER AGREEMENT",
        title("Exhibit 4.2\nTHIS LICENSE AND RESELLER AGREEMENT dated as of March 3, 2021 is made\nBETWEEN:\nNorthwind Ltd"));
    assertEquals("Cooperation Agreement", title("This Cooperation Agreement is made on 2 June 2020 between Alder Co and Birch Co."));
  }

  @Test
  void aQualifierInBracketsUnderTheTitleBelongsToIt() {
    assertEquals("CO-BRANDING AGREEMENT (FORM)", title("CO-BRANDING AGREEMENT\n(FORM)\nThis Agreement"));
    assertEquals("Software License Agreement [v.08.05.03]", title("Software License Agreement\n  [v.08.05.03]\n\nThis"));
    assertEquals("SUPPLY AGREEMENT", title("SUPPLY AGREEMENT\n(the \"Agreement\")\nThis"));
    assertEquals("SUPPLY AGREEMENT", title("SUPPLY AGREEMENT\n(See Schedule A for pricing and delivery terms)\nThis"));
    assertEquals("CONFIDENTIALITY AGREEMENT", title("CONFIDENTIALITY AGREEMENT\n(ONE-WAY NON-DISCLOSURE AGREEMENT)\nThis"));
    assertEquals("CONSTRUCTION AGREEMENT", title("CONSTRUCTION AGREEMENT\n[GRAPHIC OMITTED]\nThis"));
    assertEquals("NON-COMPETITION AGREEMENT", title("NON-COMPETITION AGREEMENT\n(BETWEEN FRANCHISEE AND ITS PERSONNEL)\nThis"));
  }

  @Test
  void thePartiesAfterTheKindOfAgreementAreNoPartOfItsName() {
    assertEquals("LICENSE AGREEMENT", title("LICENSE AGREEMENT BETWEEN ALDER INC. AND BIRCH LLC\nThis Agreement is made on"
        + " March 15, 2019."));
    assertEquals("Supply Agreement", title("Supply Agreement by and between Alder Inc. and Birch LLC\nThis Agreement is made"
        + " on March 15, 2019."));
  }

  @Test
  void aLineOfTheBodyThatNamesAnAgreementIsNoTitle() {
    assertEquals(Optional.empty(), found("WHEREAS, Alder and Birch entered into the Supply Agreement;\nNOW, THEREFORE, they agree"));
    assertEquals(Optional.empty(), found("Outsourced work regarding this Contract is stated below:\n1. Design of the hotel"));
    assertEquals(Optional.empty(), found("during any subsequent period, Acme reserves the right to sell or license\nProducts to others"));
    assertEquals(Optional.empty(),
        found("User Software License Agreement (\"License Agreement\"). Except where superseded\nby an order, it applies"));
    assertEquals("Supply Agreement", title("Alder and Birch having previously entered into a Distributor Agreement\n\n"
        + "This Supply Agreement is made on 2 June 2020 between them."));
    assertEquals("e-business Hosting Agreement", title("e-business Hosting Agreement\n\nThis agreement is made"));
  }

  private static Optional<String> found(String text) {
    ParsedDocument doc = new ParsedDocument("text/plain", text, PageMap.SINGLE_PAGE, Map.of(), 0);
    return new TitleExtractor().find(doc).map(ExtractedText::value);
  }

  private static String title(String text) {
    ParsedDocument doc = new ParsedDocument("text/plain", text, PageMap.SINGLE_PAGE, Map.of(), 0);
    return new TitleExtractor().find(doc).orElseThrow().value();
  }
  @Test
  void aMetadataTitleStandsInUnlessItIsAFileName() {
    String text = "the parties agree as follows: goods are shipped by truck.";
    ParsedDocument titled = new ParsedDocument("application/pdf", text, PageMap.SINGLE_PAGE,
        Map.of("dc:title", "Supply Agreement"), 0);
    assertEquals("Supply Agreement", new TitleExtractor().find(titled).orElseThrow().value());
    ParsedDocument fileNamed = new ParsedDocument("application/pdf", text, PageMap.SINGLE_PAGE,
        Map.of("dc:title", "EX-10.2_Supply_Agreement_final"), 0);
    assertTrue(new TitleExtractor().find(fileNamed).isEmpty());
  }
}
