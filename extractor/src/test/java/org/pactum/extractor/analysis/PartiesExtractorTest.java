package org.pactum.extractor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pactum.extractor.model.PageMap;
import org.pactum.extractor.model.ParsedDocument;

class PartiesExtractorTest {

  private static List<String> parties(String text) {
    ParsedDocument doc = new ParsedDocument("text/plain", text, PageMap.SINGLE_PAGE, Map.of(), 0);
    return new PartiesExtractor().find(doc).stream().map(p -> p.name() + (p.alias() == null ? "" : " = " + p.alias())).toList();
  }

  @Test
  void namesBeforeTheirShortNames() {
    assertEquals(List.of("Acme Corp. = Acme", "Zenith Ltd = Supplier"), parties(
        "This Agreement is made between Acme Corp., a Delaware corporation (\"Acme\"), and Zenith Ltd (\"Supplier\")."));
  }

  @Test
  void numberedPartiesAndTrailingCommasInShortNames() {
    assertEquals(List.of("GRANITE HARBOR ENERGY PARTNERS, LLC = Granite Harbor", "AURELIA CORP. = Franchisor"), parties(
        "entered into by and between:\n(1) GRANITE HARBOR ENERGY PARTNERS, LLC, a Delaware limited liability company "
            + "(\u201cGranite Harbor\u201d); and\n(2) AURELIA CORP., a Nevada corporation (\u201cFranchisor,\u201d \u201cwe\u201d)."));
  }

  @Test
  void aShortNameBeforeTheDescriptionAndDomainNamesInLowerCase() {
    assertEquals(List.of("Orbital Labs, Inc. = Orbital", "Kestrel Analytics = Kestrel"), parties(
        "This Agreement is entered into by and between Orbital Labs, Inc. (\"Orbital\"), a Nevada corporation, having a"
            + " business address of 12 Main Street, Austin, Texas 78701, and Kestrel Analytics, (\"Kestrel\"), a Polish company."));
    assertEquals(List.of("shopwise.com, inc. = Shopwise", "Larkspur Foods, Inc. = Sponsor"), parties(
        "This Agreement is made by and between shopwise.com, inc., a Delaware corporation (\"Shopwise\"), and Larkspur"
            + " Foods, Inc., a New Jersey corporation (\"Sponsor\")."));
  }

  @Test
  void lowerCaseBrandsDashesAfterAndAndNothingFromTheRecitals() {
    assertEquals(List.of("Orbital Labs, Inc. = Orbital", "e-widgets, Inc. = Widgets"), parties(
        "This Agreement is made between Orbital Labs, Inc. (\"Orbital\"), a Delaware corporation, located at 1 Main"
            + " Street and e-widgets, Inc. (\"Widgets\"), a Nevada corporation. WHEREAS, Orbital will provide hosting"
            + " services (the \"Services\")."));
    assertEquals(List.of("NORTHWIND LIMITED = Northwind", "HALCYON INC. = Halcyon"), parties(
        "dated 1 May 1997, between NORTHWIND LIMITED, a Canadian corporation (\"Northwind\"), and --- HALCYON INC.,"
            + " a Maryland corporation (\"Halcyon\")."));
    assertEquals(List.of("Harbor Funds = Trust", "Keel Advisers, Inc. = Adviser"), parties(
        "AGREEMENT dated as of June 1, 2020, between Harbor Funds (the \"Trust\"), a Massachusetts business trust, and"
            + " Keel Advisers, Inc. (the \"Adviser\"), a Florida corporation."));
  }

  @Test
  void aCoverPageWithoutShortNamesGivesWayToThePreamble() {
    String text = "COLLABORATION AGREEMENT by and between THERAVANCE, INC. and GLAXO GROUP LIMITED\nTABLE OF CONTENTS\n"
        + "1. Definitions 2. Licences\n"
        + "This Collaboration Agreement is made between Theravance, Inc., a Delaware corporation (\"Theravance\"), and "
        + "Glaxo Group Limited, an English company (\"GSK\").";
    assertEquals(List.of("Theravance, Inc. = Theravance", "Glaxo Group Limited = GSK"), parties(text));
  }

  @Test
  void companyNamesWithoutShortNames() {
    assertEquals(List.of("THERAVANCE, INC.", "GLAXO GROUP LIMITED"),
        parties("COLLABORATION AGREEMENT by and between THERAVANCE, INC. and GLAXO GROUP LIMITED. Dated: May 1, 2002"));
  }

  @Test
  void britishShortNamesWithoutQuotes() {
    assertEquals(List.of("WPP 2005 LIMITED = Company", "JOHN ROGERS = Executive"), parties(
        "THIS AGREEMENT is made on 1 October 2019 BETWEEN: (1) WPP 2005 LIMITED whose registered office is at Sea "
            + "Containers, London (the Company) (2) JOHN ROGERS (the Executive)."));
  }

  @Test
  void partiesLabelledOnTheirOwnLines() {
    assertEquals(List.of("People's Government of Fenyi County = Party A", "Xinyu Xinwei New Energy Co., Ltd. = Party B"),
        parties("Cooperation Agreement\nParty A: People's Government of Fenyi County\nParty B: Xinyu Xinwei New Energy Co., Ltd.\n"));
  }

  @Test
  void noPartiesIsNoGuess() {
    assertEquals(List.of(), parties("The supplier delivers goods. Payment is due in thirty days."));
  }
}
