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
  void theSecondPartyAfterTheFirstOnesAddress() {
    assertEquals(List.of("Orinda Corporation = Orinda", "Halstead Energy Solutions = Halstead"), parties(
        "This Agreement is made on 9 September 2015 by and between Orinda Corporation (\"Orinda\"), 12 Harbour Road,"
            + " Springfield, Ohio 45501, a Delaware corporation, and Halstead Energy Solutions, (\"Halstead\"),"
            + " 40 Mill Lane, Dayton, Ohio. WITNESSETH:"));
    assertEquals(List.of("Kestrel.com = Promoter", "VNX, Inc. = VNX"), parties(
        "This Promotion Agreement is entered into between Kestrel.com (\"Promoter\") of 9 Elm Avenue, Albany,"
            + " NY 12207 and VNX, Inc., (\"VNX\"), a Nevada corporation."));
  }

  @Test
  void aRoleBeforeTheName() {
    assertEquals(List.of("Acme Incentive Services, L.L.C. = Acme", "Schoolpop, Inc. = Schoolpop"), parties(
        "This Distribution Agreement is entered into by and between Acme Incentive Services, L.L.C., a Missouri limited liability"
            + " company (\"Acme\"), and its Reseller, Schoolpop, Inc., a Delaware corporation (\"Schoolpop\")."));
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
    String text = "COLLABORATION AGREEMENT by and between ORINDA BIO, INC. and HALSTEAD PHARMA LIMITED\nTABLE OF CONTENTS\n"
        + "1. Definitions 2. Licences\n"
        + "This Collaboration Agreement is made between Orinda Bio, Inc., a Delaware corporation (\"Orinda\"), and "
        + "Halstead Pharma Limited, an English company (\"HPL\").";
    assertEquals(List.of("Orinda Bio, Inc. = Orinda", "Halstead Pharma Limited = HPL"), parties(text));
  }

  @Test
  void companyNamesWithoutShortNames() {
    assertEquals(List.of("ORINDA BIO, INC.", "HALSTEAD PHARMA LIMITED"),
        parties("COLLABORATION AGREEMENT by and between ORINDA BIO, INC. and HALSTEAD PHARMA LIMITED. Dated: May 1, 2002"));
  }

  @Test
  void britishShortNamesWithoutQuotes() {
    assertEquals(List.of("KESTREL 2010 LIMITED = Company", "ANNA MORLEY = Executive"), parties(
        "THIS AGREEMENT is made on 1 October 2019 BETWEEN: (1) KESTREL 2010 LIMITED whose registered office is at River "
            + "House, London (the Company) (2) ANNA MORLEY (the Executive)."));
  }

  @Test
  void partiesLabelledOnTheirOwnLines() {
    assertEquals(List.of("People's Government of Fenyi County = Party A", "Xinyu Xinwei New Energy Co., Ltd. = Party B"),
        parties("Cooperation Agreement\nParty A: People's Government of Fenyi County\nParty B: Xinyu Xinwei New Energy Co., Ltd.\n"));
  }

  @Test
  void partiesLabelledByTheirRolesAsAnOrderFormDoes() {
    assertEquals(List.of("Acme Corporation = Buyer", "Beta Manufacturing Co. = Seller"),
        parties("PURCHASE ORDER TERMS\n\nBuyer: Acme Corporation\nSeller: Beta Manufacturing Co.\n\nThe Seller shall deliver"
            + " the goods to the Buyer."));
  }

  @Test
  void addressesAfterTheNameAreLeftOut() {
    assertEquals(List.of("LUMEN FOODS, INC. = Company", "ORCHARD VALE ENTERPRISES, INC. = Licensor"), parties(
        "made as of May 1, 2001, by and between LUMEN FOODS, INC., 1200 Harbor Road, 3rd Floor, Tacoma, Washington 98401"
            + " (\"Company\"), and ORCHARD VALE ENTERPRISES, INC. c/o Vale Management, Inc., 77 Elm Street, Suite 5, Dayton,"
            + " Ohio 45402 (\"Licensor\")."));
  }

  @Test
  void singleQuotesSpacedLettersAndOnTheOtherHand() {
    assertEquals(List.of("KESTREL LABS LIMITED = Company", "MARGARET OSTERLY of = Employee"), parties(
        "THIS AGREEMENT is made on 2 May 2018 BETWEEN: (1) KESTREL LABS LIMITED (the \u2018Company\u2019); and (2)"
            + " MARGARET OSTERLY of (the \u2018\u2018Employee\u201d)."));
    assertEquals(List.of("HARBOR FREIGHT LINES LTD. = Harbor", "QUAYSIDE COURIERS LTD. = Quayside"), parties(
        "THIS AGREEMENT made this 3 day of May, 1995. B E T W E E N: HARBOR FREIGHT LINES LTD. (\"Harbor\") - and -"
            + " QUAYSIDE COURIERS LTD. (\"Quayside\")"));
    assertEquals(List.of("Meadow Brands, LLC = Meadow", "Corvid Pizza, Inc. = Corvid"), parties(
        "entered into by and among, on the one hand, Meadow Brands, LLC, a Delaware limited liability company"
            + " (\u201cMeadow\u201d), and, on the other hand, Corvid Pizza, Inc., a Kentucky corporation (\u201cCorvid\u201d)."));
  }

  @Test
  void theNextPartyAfterTheDescriptionOfThePrevious() {
    assertEquals(List.of("ALPINE SOFTWARE LIMITED = Alpine", "ROCKWATER TELECOM LIMITED = Rockwater"), parties(
        "entered into by and between\n\nALPINE SOFTWARE LIMITED\n\n(\"Alpine\")\n\na company incorporated in Ruritania with"
            + " offices at 4 Quay Road, Portmere\n\nand\n\nROCKWATER TELECOM LIMITED\n\n(\"Rockwater\")\n\na company"
            + " incorporated in Ruritania"));
    assertEquals(List.of("Bellwether Data Corp. = Bellwether", "Fennic Press Limited = Fennic"), parties(
        "BETWEEN\n1. Bellwether Data Corp., a Delaware corporation (\"Bellwether\"), having an address at 9 Elm Street,"
            + " Salem\n\nAND\n\n2. Fennic Press Limited a company registered in England (\"Fennic\"), whose office is in Oxford"));
    assertEquals(List.of("TARN HOLDINGS, INC. = Tarn", "OSTRAVA MEDIA CORP = Ostrava"), parties(
        "BETWEEN:\n\nTARN HOLDINGS, INC., a company incorporated in Ontario\n(\u201cTarn\u201d)\u037e\n- and -\nOSTRAVA MEDIA"
            + " CORP, a company incorporated in Ontario (\u201cOstrava\u201d)"));
  }

  @Test
  void aDocumentOfSignatureBlocksIsSignedByItsParties() {
    assertEquals(List.of("NORTHGATE CAPITAL LP", "NORTHGATE CAPITAL GP LLC", "Alder Ridge Fund II, Ltd."), parties(
        "JOINT FILING AGREEMENT\nThe undersigned agree that the statement on Schedule 13D is filed on behalf of each of them.\n"
            + "Dated: May 1, 2020\nNORTHGATE CAPITAL LP\nBy: Northgate Capital GP LLC, its general partner\n/s/ J. Doe\n"
            + "Chief Financial Officer\nNORTHGATE CAPITAL GP LLC\n/s/ J. Doe\nAuthorized Signatory\nAlder Ridge Fund II, Ltd.\n"
            + "By: /s/ J. Doe\nNORTHGATE CAPITAL LP\nBy: /s/ J. Doe\n"));
  }

  @Test
  void signatoriesWithLettersBeyondAsciiAndLuxembourgCompanyForms() {
    assertEquals(List.of("LINDEN EQUITY INVESTMENT S.À R.L.", "Linden Holdings S.à r.l."), parties(
        "JOINT FILING AGREEMENT\nThe undersigned agree to the joint filing of a statement on Schedule 13D.\n"
            + "LINDEN EQUITY INVESTMENT S.À R.L.\nBy: /s/ J. Doe\nName: J. Doe\nLinden Holdings S.à r.l.\nBy: /s/ J. Doe\n"));
    assertEquals(List.of("ÖSTRA CAPITAL FUND, L.P.", "ÖSTRA CAPITAL GP, LLC"), parties(
        "JOINT FILING AGREEMENT\nThe undersigned agree that the statement on Schedule 13D is filed on behalf of each of them.\n"
            + "ÖSTRA CAPITAL FUND, L.P.\nBy: Östra Capital GP, LLC, its General Partner\nBy: /s/ J. Doe\n"
            + "ÖSTRA CAPITAL GP, LLC\nBy: /s/ J. Doe\nName: J. Doe\n"));
  }

  @Test
  void aStatuteOrASecurityIsNoParty() {
    List<String> found = parties("DISTRIBUTION AGREEMENT\nThe Distributor acts as underwriter of the Units as the"
        + " Securities Act of 1933, as amended (the \"1933 Act\"), and the Investment Company Act of 1940, as amended (the \"1940 Act\"), allow.\n"
        + "The Notes are the Series B Senior Notes, Tranche 3, due 2040 (the \"Third Tranche\").");
    assertEquals(List.of(), found);
  }

  @Test
  void anAddressOrTheNextSentenceIsNoName() {
    assertEquals(List.of("Quillon Corporation = Quillon"), parties(
        "This Agreement is made between Quillon Corporation (\"Quillon\"), 48 Orchard Lane, Millbrook,"
            + " Vermont 05001 (\"QLN\")."));
    assertEquals(List.of("HARBOR LLC = HL", "MERIDIAN, Inc. = Sponsor"), parties(
        "between HARBOR LLC (\"HL\") and MERIDIAN, Inc. (\"Sponsor\"). A. HL runs the riverside arena and its three"
            + " car parks. B. The arena hosts the regional hockey league (\"League\")."));
  }

  @Test
  void wordsOfAClauseAnAddressLineOrAHeadingAreNoName() {
    for (String junk : List.of(
        "Supplier agrees to the Terms and Conditions, Schedules, and all other documents attached hereto, which are"
            + " (the \"Supplier Terms\").",
        "Consultant shall report to Consultant and Company, and perform the services described on Exhibit A hereto"
            + " (the \"Services\").",
        "Attention: Swaps Administration From: Northgate Bank, London Branch (\"Northgate\")",
        "TPH 6 Article III Operation of the Company (the \"Company\")",
        "the network of 3 cable Segments (the \"Network\")")) {
      assertEquals(List.of(), parties(junk), junk);
    }
  }

  @Test
  void aShortNameOnItsOwnLineWithoutBrackets() {
    assertEquals(List.of("LINDQVIST LTD. = Customer", "MARROW WORKS LTD. = Contractor"), parties(
        "This Agreement takes effect on 1 May 2011 and is made by and between:\nLINDQVIST LTD., with a principal place of"
            + " business at 12 Canal Street, Ghent. Hereinafter referred to as \u201cCustomer\u201d\nAnd\nMARROW WORKS LTD. with"
            + " a principal place of business in the Riverside Park. Hereinafter referred to as \u201cContractor.\u201d\n"
            + "Whereas Customer sells garden tools;"));
  }

  @Test
  void aBlockLayoutOfOnePartAndTheOtherWithAddressLines() {
    assertEquals(List.of("KORVEN FOODS INC. = the Maker", "TALLIS HOLDING LIMITED = the Buyer"), parties(
        "THIS AGREEMENT is made on the 5th day of May 2018.\nBETWEEN: KORVEN FOODS INC.\n14 Mill Lane\nDunedin\n"
            + "(\u2018the Maker\u2019) of one part\nAND: TALLIS HOLDING LIMITED\nSuite 3, Level 9, Pier Tower\nWellington\n"
            + "(\u2018the Buyer\u2019) of the other part.\nRECITALS\na. The Maker bakes biscuits."));
  }

  @Test
  void aLetterNamesItsWritersFirstAndConfirmsTheirAgreementWithTheAddressee() {
    assertEquals(List.of("Pinecrest Bancorp Corporation = Company", "Pinecrest Community Bank = Bank",
        "Harlow & Company = Agent"), parties(
        "Exhibit 3.1\nPINECREST BANCORP CORPORATION\nSALES AGENCY LETTER\nDear Sirs:\nPinecrest Bancorp Corporation, a"
            + " Georgia corporation (the \u201cCompany\u201d), and Pinecrest Community Bank, a state savings bank (the"
            + " \u201cBank\u201d), confirm, severally and jointly, their agreement with Harlow & Company, a division of Lyle"
            + " Securities, Inc. (the \u201cAgent\u201d), as set out below. 1. Sale of shares. The Company will sell shares on"
            + " the terms agreed between the Bank and the Agent (the \u201cEngagement Letter\u201d)."));
    assertEquals(List.of("Corvid Realty Trust, Inc. = Company", "Corvid Holdings, L.P. = Partnership"), parties(
        "SERVICES AGREEMENT\nCorvid Realty Trust, Inc., a Virginia corporation (the \u201cCompany\u201d), together with"
            + " Corvid Holdings, L.P., a Texas limited partnership (the \u201cPartnership\u201d), agree as follows."));
  }

  @Test
  void aShortNameOpenedWithAClosingQuote() {
    assertEquals(List.of("Quarry One Inc. = Quarry One", "Tern Fuels, LLC = Tern"), parties(
        "This Agreement is signed on 3 June 2020 between Quarry One Inc., whose offices are at 7 Dock Street, Portland"
            + " (\u201dQuarry One\"), and Tern Fuels, LLC, whose offices are at 9 Main Street, Tulsa (\"Tern\")."));
  }

  @Test
  void aContractEnteredIntoOnADateByPartiesWhoseShortNamesFollowHereinafterWithoutBrackets() {
    assertEquals(List.of("Acme Software B.V. = Licensor", "Beta S.A. = Licensee"), parties(
        "LICENSE AGREEMENT\n\nThis License Agreement is entered into as of May 1, 2020 by Acme Software B.V., having its"
            + " registered office at Keizersgracht 1, Amsterdam, the Netherlands, hereinafter \"Licensor\", and Beta S.A.,"
            + " having its registered office in Madrid, Spain, hereinafter \"Licensee\"."));
  }

  @Test
  void twoCompanyFormsInARowBelongToTheName() {
    assertEquals(List.of("Acme Pty Ltd = Principal", "Beta Trading Pte. Ltd. = Distributor"), parties(
        "DISTRIBUTION AGREEMENT\n\nThis Agreement is made between Acme Pty Ltd (the Principal) and Beta Trading Pte. Ltd."
            + " (the Distributor)."));
  }

  @Test
  void aContractSignedOnADateAndAtAPlaceByItsParties() {
    assertEquals(List.of("Oak Technology Co., Ltd. = Party A", "Pine Media Co., Ltd. = Party B"), parties(
        "COOPERATION AGREEMENT\nThis Cooperation Agreement was signed on 8 March 2017 in Beijing by Oak Technology Co., Ltd."
            + " (\"Party A\") and Pine Media Co., Ltd. (\"Party B\")."));
  }

  @Test
  void aSecondCompanyFormWithAFullStopEndsNoSentence() {
    assertEquals(List.of("Larch Pte. Ltd.", "Kapok Pty Ltd."), parties(
        "This Agreement is entered into on 2 February 2023 between Larch Pte. Ltd. and Kapok Pty Ltd."));
    assertEquals(List.of("Kapok Pty Ltd", "Larch Pte. Ltd."), parties(
        "This Agreement is entered into on 2 February 2023 between Kapok Pty Ltd and Larch Pte. Ltd.\n1. Scope."));
  }

  @Test
  void aListOfPartiesWithRegisteredNumbersAddressesAndBareRoles() {
    assertEquals(List.of("Cedar Software Pty Ltd = Supplier", "Dogwood Health Pty Ltd = Customer"), parties(
        "SERVICES AGREEMENT\nPARTIES\n1. Cedar Software Pty Ltd ABN 12 345 678 901 of 10 George St, Sydney (Supplier)\n"
            + "2. Dogwood Health Pty Ltd ABN 98 765 432 109 of 20 Queen St, Brisbane (Customer)\n"));
    assertEquals(List.of("Alder Limited = Company", "Celebrity Speakers = Agent"), parties(
        "AGREEMENT between Alder Limited (company number 01234567) (the \"Company\") and Celebrity Speakers of 90 High Street,"
            + " Burnham (the \"Agent\")."));
  }

  @Test
  void aLabelForThePartiesBelowOtherLabels() {
    assertEquals(List.of("Alder Inc. = Client", "Birch LLC = Provider"), parties(
        "SERVICE AGREEMENT\nEffective Date: March 15, 2021\nParties: Alder Inc. (\"Client\") and Birch LLC (\"Provider\").\n"));
    assertEquals(List.of("Alpha Co., Ltd. = Party A", "Beta Technology Co., Ltd. = Party B"), parties(
        "COOPERATION AGREEMENT\nThe parties to this Agreement are: Alpha Co., Ltd. (\"Party A\") and Beta Technology Co.,"
            + " Ltd. (\"Party B\")."));
  }

  @Test
  void aCityAndCountryOrOfficesAfterTheNameAreNoPartOfIt() {
    assertEquals(List.of("Acme Software GmbH = Acme", "Beta Solutions B.V. = Reseller"), parties(
        "This Reseller Agreement is entered into by and between Acme Software GmbH, Hamburg, Germany (\"Acme\") and Beta"
            + " Solutions B.V., Amsterdam, the Netherlands (\"Reseller\")."));
    assertEquals(List.of("Alder Inc. = Alder", "TWK Holdings, LLC = TWK"), parties(
        "This Agreement is made between Alder Inc. (\"Alder\") and TWK Holdings, LLC with offices at Room 4301, Jardine"
            + " House, Central, Hong Kong (\"TWK\")."));
  }

  @Test
  void aContractEnteredIntoByTwoCompaniesWithoutShortNames() {
    assertEquals(List.of("Alder Inc.", "Birch LLC"), parties(
        "MASTER SUBSCRIPTION AGREEMENT\n\nThis Master Subscription Agreement is entered into by Alder Inc. and Birch LLC."));
    assertEquals(List.of("Great Lakes Gas Transmission Limited Partnership", "ANR PIPELINE COMPANY"), parties(
        "This Transportation Service Agreement (Agreement) is entered into by Great Lakes Gas Transmission Limited"
            + " Partnership (Transporter) and ANR PIPELINE COMPANY (Shipper)."));
    // a filing made by a company with a regulator names no party
    assertEquals(List.of(), parties("The Company shall disclose the reports made by Acme Inc. with the Securities and"
        + " Exchange Commission (\"SEC\") on time."));
  }

  @Test
  void aRegulatorWhoseRulesAreCitedIsNoParty() {
    assertEquals(List.of("Acme Inc. = Acme"), parties("This Agreement is made between Acme Inc. (\"Acme\") and the"
        + " shareholder named below, an affiliate as defined in Rule 405 of the Rules and Regulations of the Securities and"
        + " Exchange Commission (\"SEC\")."));
  }

  @Test
  void companyFormsWrittenWithoutFullStops() {
    assertEquals(List.of("Ginkgo AG", "Hazel BV"), parties("This Distribution Agreement dated as of 2019-11-04 is made"
        + " between Ginkgo AG and Hazel BV."));
    assertEquals(List.of("Tanjong Logistics Sdn Bhd", "Acme Trading SARL"), parties("This Agreement is made between Tanjong"
        + " Logistics Sdn Bhd and Acme Trading SARL."));
  }

  @Test
  void twoCompaniesBeforeOneShortNameAreTwoParties() {
    assertEquals(List.of("Kapok Pty Ltd", "Larch Pte. Ltd. = Supplier"), parties(
        "This Agreement is entered into on 2 February 2023 between Kapok Pty Ltd and Larch Pte. Ltd. (the \"Supplier\")."));
    assertEquals(List.of("Kes 7 Capital Inc.", "Bloom Burton & Co. Ltd. = Agents", "Zenith Pharma Inc. = Company"), parties(
        "This Agency Agreement is made between Kes 7 Capital Inc., and Bloom Burton & Co. Ltd. (the \"Agents\") and"
            + " Zenith Pharma Inc. (the \"Company\")."));
    // a name with "and" inside, whose first part is in no company form, is one
    assertEquals(List.of("Procter and Gamble Company = P&G", "Acme Inc. = Acme"), parties(
        "This Agreement is made between The Procter and Gamble Company (\"P&G\") and Acme Inc. (\"Acme\")."));
  }

  @Test
  void aContractEnteredIntoByItsFirstPartyAfterAHeadingSentence() {
    assertEquals(List.of("kLoop Systems Corporation = kLoop", "Ferran Corporation = Client"), parties(
        "kLOOP SYSTEMS CORPORATION\n\nSUPPORT AGREEMENT\n\n1. Scope. This Agreement (with its schedules) is entered into"
            + " by kLoop Systems\nCorporation (\"kLoop\") and Ferran Corporation (\"Client\") so that kLoop supports the"
            + " Client's servers."));
  }

  @Test
  void aNameWithoutACompanyFormIsACompanyWhenItsDescriptionSaysSo() {
    assertEquals(List.of("Sorrel = Licensee", "Tamarack Mining Ltd. = Owner"), parties(
        "LICENCE AGREEMENT\nSorrel, a Nevada corporation with its office at 12 Main Street (the \"Licensee\"), and"
            + " Tamarack Mining Ltd., an Ontario corporation (the \"Owner\"), agree as follows:"));
    assertEquals(List.of("HALVARD = HALVARD", "Dunmore Trading Co. LTD = DUN"), parties(
        "Supply Agreement\n\nWHEREAS HALVARD is a software company with offices at 5 Lake Road (\"HALVARD\") and Dunmore"
            + " Trading Co. LTD is a shipping company with its offices in Oslo (\"DUN\"), each a \u201cParty\u201d."));
  }

  @Test
  void aTitlePageBetweenBetweenAndThePreamble() {
    assertEquals(List.of("Norland Supply = Reseller", "VEXEL, Inc. = VEXEL"), parties(
        "RESELLER AGREEMENT\n                 BETWEEN\n                 NORLAND SUPPLY\n                 AND\n                 VEXEL\n\n"
            + "VEXEL Contract No.: R-7                 Start Date: 1 April 2003\n                 Length: 2 Years\n\n"
            + "Norland Supply, a corporation formed under the laws of Oregon, with offices at 1 Main Street, (\"Reseller\")"
            + " and VEXEL, Inc. (\"VEXEL\"), a subsidiary of Orvo, Inc., agree to the terms below."));
  }

  @Test
  void twoNamesBeforeOneShortName() {
    assertEquals(List.of("Orvo Inc.", "Tamsin Ltd. of Leeds, England = Tamsin"), parties(
        "This Agreement is between Orvo Inc., a listed corporation, having its seat at 1 Main Street, Boston and Tamsin"
            + " Ltd. of Leeds, England (\u201cTamsin\u201d), a private company."));
    assertEquals(List.of("KESTREL CHEMIE GmbH & Co KG", "Larch Therapeutics Inc"), parties(
        "SUPPLY AGREEMENT\nbetween\nKESTREL CHEMIE GmbH & Co KG, 3 Harbour Road, Bremen\n- called Kestrel below -\nand\n"
            + "Larch Therapeutics Inc, 8 Oak Court, Suite 4, Reno, Nevada 89501, United States\n- called Larch below -\n"
            + "Recitals\nKestrel makes fine chemicals; Larch wishes to buy one of them (in this Agreement the"
            + " \u201cProduct\u201d) in bulk."));
  }

  @Test
  void noPartiesIsNoGuess() {
    assertEquals(List.of(), parties("The supplier delivers goods. Payment is due in thirty days."));
  }

  @Test
  void aShortNameFollowedByWhatItIncludesOrInStraightSingleQuotes() {
    assertEquals(List.of("Larkspur Solutions, LLC = LSL", "Kestrel.com, Inc. = Client"), parties(
        "This Agreement is entered into by and between Larkspur Solutions, LLC, a New Jersey limited liability company having"
            + " its principal place of business at 80 Harbour Avenue, Secaucus, NJ 07094 (\"LSL\") and Kestrel.com, Inc., a"
            + " Delaware corporation with offices at 680 Lake Drive, Chicago, IL 60611 (\"Client,\" which shall include affiliates"
            + " controlling, controlled by or under common control with Kestrel.com, Inc.).\n\nWHEREAS, Client sells goods."));
    assertEquals(List.of("ORVO Technologies Inc. = ORVO", "TAMSIN INDUSTRIES LIMITED = TIL"), parties(
        "This JOINT VENTURE AGREEMENT is made between ORVO Technologies Inc., a Delaware corporation (hereinafter referred"
            + " to as 'ORVO', which term shall unless repugnant to the subject or context mean and include its successors and"
            + " permitted assigns) of the ONE PART and TAMSIN INDUSTRIES LIMITED, a company incorporated under the laws of"
            + " India (hereinafter referred to as 'TIL', which term shall unless repugnant to the subject or context mean and"
            + " include its successors and permitted assigns) of the OTHER PART."));
  }

  @Test
  void twoPlainNamesThatAnAgreementIsBetween() {
    assertEquals(List.of("AstroHealth.com", "Deep Systems"),
        parties("This is a managed hosting agreement between AstroHealth.com and Deep Systems. The term is 12 months."));
    assertEquals(List.of("Orinda Holdings", "Halstead Trading of Hong Kong"),
        parties("The Agreement between Orinda Holdings and Halstead Trading of Hong Kong, dated 1 May."));
    // roles, a definition and a dispute name no one
    assertEquals(List.of(), parties("This Agreement is between Licensor and Licensee. The term is one year."));
    assertEquals(List.of(), parties("This Agreement is made between the Company and its Affiliates."));
    assertEquals(List.of(), parties("The difference between the Design Capacity and the Sold Capacity. COUNTRY"));
    assertEquals(List.of(), parties("Disputes between Orinda and Halstead shall be settled by arbitration."));
  }

  @Test
  void theCapacityAPartySignsInIsNotItsName() {
    assertEquals(List.of("Orinda, Inc. = Company", "Halstead Securities Inc. = Halstead",
        "Halstead Trust Company Americas = Agent"), parties(
        "This Remarketing Agreement is made among Orinda, Inc. (the \"Company\"), Halstead Securities Inc. (\"Halstead\") and"
            + " Halstead Trust Company Americas, not individually but solely as Stock Purchase Contract Agent (the \"Agent\")."));
  }

  @Test
  void aLettersToAndFromLines() {
    assertEquals(List.of("Orinda Bank, N.A. = Counterparty", "Halstead AG, London Branch = Halstead"), parties(
        "Yield Maintenance Agreement Date: 27 April 2006\nTo: Orinda Bank, N.A., not individually, but solely as Master"
            + " Servicer on behalf of Orinda Mortgage Trust (\"Counterparty\")\nAttention: Swaps Administration\nFrom: Halstead"
            + " AG, London Branch (\"Halstead\")\nSubject: Interest Rate Cap Transaction\nDear Sirs The purpose of this"
            + " communication is to confirm the terms of the Transaction entered into between us on the Trade Date."));
    // the "To:" line first of all, where no line above it is to skip
    assertEquals(List.of("Orinda Bank, N.A. = Counterparty", "Halstead AG = Halstead"), parties(
        "To: Orinda Bank, N.A., not individually, but solely as Master Servicer (\"Counterparty\")\nFrom: Halstead AG"
            + " (\"Halstead\")\nDear Sirs The purpose of this communication is to confirm the Transaction between us."));
  }
}
