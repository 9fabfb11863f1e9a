package org.pactum.extractor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pactum.extractor.model.ExtractedDate;
import org.pactum.extractor.model.PageMap;
import org.pactum.extractor.model.ParsedDocument;

class ContractDatesExtractorTest {

  private static ContractDatesExtractor.Dates dates(String text) {
    return new ContractDatesExtractor().find(new ParsedDocument("text/plain", text, PageMap.SINGLE_PAGE, Map.of(), 0));
  }

  private static Optional<LocalDate> day(Optional<ExtractedDate> date) {
    return date.map(ExtractedDate::date);
  }

  @Test
  void theDateNamedEffectiveWinsOverTheDateOfSigningNearby() {
    ContractDatesExtractor.Dates d = dates("This Support Agreement is entered into on October 1, 2019, is made"
        + " effective as of November 1, 2019 (the \"Effective Date\"), and binds Acme Ltd and Zenith Inc.");
    assertEquals(Optional.of(LocalDate.of(2019, 10, 1)), day(d.agreement()));
    assertEquals(Optional.of(LocalDate.of(2019, 11, 1)), day(d.effective()));
  }

  @Test
  void theDateTheAgreementIsMadeOnIsItsDateEvenAfterTheDateItTakesEffect() {
    ContractDatesExtractor.Dates d = dates("This Marketing Agreement shall be effective as of June 1, 2021 (the \"Start"
        + " Date\") and is made and entered into this 12th day of February, 2021 between Acme Ltd and Zenith Inc.");
    assertEquals(Optional.of(LocalDate.of(2021, 2, 12)), day(d.agreement()));
    assertEquals(Optional.of(LocalDate.of(2021, 6, 1)), day(d.effective()));
  }

  @Test
  void aDefinitionOfTheEffectiveDateGivesIt() {
    ContractDatesExtractor.Dates d = dates("SERVICES AGREEMENT\nBetween Acme Ltd and Zenith Inc\nDated as of March 2, 2020\n"
        + "1.1 \"Commencement Date\" shall mean the date on which the services start, expected to be October 5, 2020.\n"
        + "1.2 \"Effective Date\" shall mean March 9, 2020.");
    assertEquals(Optional.of(LocalDate.of(2020, 3, 9)), day(d.effective()));
  }

  @Test
  void anEffectiveDateDefinedAsTheAgreementsDateIsItEvenWithAnotherDateCalledEffective() {
    ContractDatesExtractor.Dates d = dates("CHANNEL AGREEMENT\nThis Agreement is dated April 29, 2020, between Acme Ltd and"
        + " Zenith Inc.\n1.1 \"Effective Date\" means the date of this Agreement.\n2.1 The second phase of the channel shall"
        + " be effective on August 1, 2020.");
    assertEquals(Optional.of(LocalDate.of(2020, 4, 29)), day(d.effective()));
  }

  @Test
  void aLabelOnTheLineAfterABlankLineNamesTheDateAfterItNotTheDateBefore() {
    ContractDatesExtractor.Dates d = dates("CONFIRMATION\nThe terms of the transaction are as follows:\n"
        + "Trade Date:              27 April 2021\n\nEffective Date          01 May 2021\n\nTermination Date:   1 May 2024\n");
    assertEquals(Optional.of(LocalDate.of(2021, 5, 1)), day(d.effective()));
    // a line break inside the sentence still joins the date to its name
    assertEquals(Optional.of(LocalDate.of(2021, 5, 3)), day(dates("This Agreement is made on May 3, 2021\n(the \"Effective"
        + " Date\") between Acme Ltd and Zenith Inc.").effective()));
  }

  @Test
  void aDateTheAgreementTakesEffectOnIsItsEffectiveDate() {
    for (String wording : new String[] {"1. This Agreement shall take effect on April 1, 2021.",
        "1. The effective date of this Agreement is April 1, 2021.", "1. This Agreement comes into force on April 1, 2021.",
        "1. The parties agree the following with effect from 1 April 2021."}) {
      ContractDatesExtractor.Dates d = dates("SUPPLY AGREEMENT\nThis Agreement is made on March 3, 2021 by Acme Ltd and"
          + " Zenith Inc.\n" + wording);
      assertEquals(Optional.of(LocalDate.of(2021, 3, 3)), day(d.agreement()), wording);
      assertEquals(Optional.of(LocalDate.of(2021, 4, 1)), day(d.effective()), wording);
    }
  }

  @Test
  void aTermThatStartsOnAWrittenDate() {
    ContractDatesExtractor.Dates d = dates("PROMOTION AGREEMENT\nAcme Ltd and Zenith Inc agree as follows.\n"
        + "1. Term. The term of this Agreement will begin on February 1, 1998 and end one year later.");
    assertEquals(Optional.of(LocalDate.of(1998, 2, 1)), day(d.effective()));
  }

  @Test
  void anAgreementThatStartsOrIsValidFromAWrittenDate() {
    for (String start : List.of("This Agreement starts on 1 April 2021.", "The Agreement is valid from 1 April 2021.")) {
      ContractDatesExtractor.Dates d = dates("This Agreement is made on 3 March 2021 between Acme Ltd and Zenith Ltd. " + start);
      assertEquals(Optional.of(LocalDate.of(2021, 3, 3)), day(d.agreement()), start);
      assertEquals(Optional.of(LocalDate.of(2021, 4, 1)), day(d.effective()), start);
    }
  }

  @Test
  void aBareEffectiveAfterTheDateTheAgreementIsMade() {
    ContractDatesExtractor.Dates d = dates(
        "AGREEMENT made this 3rd day of March, 2021, effective April 1, 2021, by and between Acme Corp. and Zenith LLC.");
    assertEquals(Optional.of(LocalDate.of(2021, 3, 3)), day(d.agreement()));
    assertEquals(Optional.of(LocalDate.of(2021, 4, 1)), day(d.effective()));
    // something else that changes on a date is not the agreement taking effect
    ContractDatesExtractor.Dates other = dates("This Remarketing Agreement is dated as of September 15, 2014. The Stated"
        + " Maturity of the Securities will, effective October 8, 2014, automatically be adjusted.");
    assertNotEquals(Optional.of(LocalDate.of(2014, 10, 8)), day(other.effective()));
  }

  @Test
  void aContractDatedOnlyByItsSignaturesIsMadeOnTheLastOfThem() {
    ContractDatesExtractor.Dates d = dates("SUPPLY AGREEMENT\nThis Agreement is effective as of the date of the last"
        + " signature below.\n" + "1. Supply. Acme shall supply the goods as ordered.\n".repeat(80)
        + "ACME LTD ZENITH INC\nBY: /s/ A. Smith BY: /s/ B. Jones\nDate: 1/26/2020 Date: 1/27/2020\n");
    assertEquals(Optional.of(LocalDate.of(2020, 1, 27)), day(d.agreement()));
    assertEquals(Optional.of(LocalDate.of(2020, 1, 27)), day(d.effective()));
  }

  @Test
  void anOpeningDatedByTheSignaturesLeavesTheDatesAfterItToTheTerm() {
    String opening = "SPONSORSHIP AGREEMENT\nThis Sponsorship Agreement is entered into as of the date last signed below by"
        + " Acme Ltd and Zenith Inc.\n";
    ContractDatesExtractor.Dates undated = dates(opening + "1. Term. The Term shall commence on January 1, 2024 and expire on"
        + " December 31, 2026.\n");
    assertEquals(Optional.empty(), day(undated.agreement()));
    assertEquals(Optional.of(LocalDate.of(2024, 1, 1)), day(undated.effective()));
    String signatures = "ACME LTD ZENITH INC\nBY: /s/ A. Smith BY: /s/ B. Jones\nDate: 11/20/2023 Date: 11/22/2023\n";
    ContractDatesExtractor.Dates signed = dates(opening + "1. Term. The Term shall commence on January 1, 2024.\n"
        + "2. Fees. Acme shall pay the fees when invoiced.\n".repeat(60) + signatures);
    assertEquals(Optional.of(LocalDate.of(2023, 11, 22)), day(signed.agreement()));
    // a date the opening says the agreement is made on is its date all the same
    assertEquals(Optional.of(LocalDate.of(2023, 11, 1)), day(dates("This Agreement is effective as of the date of the last"
        + " signature below and is made on November 1, 2023 by Acme Ltd and Zenith Inc.").agreement()));
  }

  @Test
  void aPreambleBehindALongTableOfContentsIsDatedWhereItSaysTheAgreementIsMade() {
    String contents = "DISTRIBUTION AGREEMENT\nTable of Contents\n" + "Article 1. Definitions and Interpretation ........ 4\n".repeat(70);
    ContractDatesExtractor.Dates d = dates(contents + "This DISTRIBUTION AGREEMENT (\"Agreement\") is entered into as of"
        + " April 9, 2021 by and between Acme Ltd and Zenith Inc.");
    assertEquals(Optional.of(LocalDate.of(2021, 4, 9)), day(d.agreement()));
    // far from the opening, a date merely following "dated" is another agreement's
    ContractDatesExtractor.Dates other = dates(contents + "Zenith shall repay the advances made under the Loan"
        + " Agreement dated as of March 8, 2011.");
    assertEquals(Optional.empty(), day(other.agreement()));
  }

  @Test
  void anAgreementEffectiveWhenTheLastPartySignsIsEffectiveOnTheLatestSignatureDateEvenWithADatedPreamble() {
    String body = "1. Supply. Acme shall supply the goods as ordered.\n".repeat(80);
    String signatures = "ACME LTD ZENITH INC\nBY: /s/ A. Smith BY: /s/ B. Jones\nDate: 3/2/2021 Date: 3/9/2021\n";
    ContractDatesExtractor.Dates d = dates("SUPPLY AGREEMENT\nDated as of February 26, 2021\n\"Effective Date\" of this"
        + " Agreement shall mean the date on which the last party has signed it.\n" + body + signatures);
    assertEquals(Optional.of(LocalDate.of(2021, 2, 26)), day(d.agreement()));
    assertEquals(Optional.of(LocalDate.of(2021, 3, 9)), day(d.effective()));
    ContractDatesExtractor.Dates after = dates("SUPPLY AGREEMENT\nDated as of February 26, 2021\nThis Agreement takes effect"
        + " on the date last signed below (the \"Effective Date\").\n" + body + signatures);
    assertEquals(Optional.of(LocalDate.of(2021, 3, 9)), day(after.effective()));
  }

  @Test
  void aContractWithAnUndatedOpeningIsMadeOnTheDateItSaysItIsSignedOn() {
    String opening = "JOINT VENTURE CONTRACT\nBetween Acme Ltd and Zenith Inc.\n";
    String body = "1. Purpose. The parties shall form a joint venture company to make batteries.\n".repeat(60);
    ContractDatesExtractor.Dates d = dates(opening + body + "IN WITNESS WHEREOF, each Party has signed this Contract in"
        + " Lyon on March 3, 2004.\nACME LTD ZENITH INC\nBy: /s/ A. Smith By: /s/ B. Jones\n");
    assertEquals(Optional.of(LocalDate.of(2004, 3, 3)), day(d.agreement()));
    assertEquals(Optional.of(LocalDate.of(2012, 10, 9)), day(dates(opening + body + "Geneva, October 9th, 2012\n\n"
        + "/s/ A. Smith   /s/ B. Jones\n").agreement()));
    // another agreement executed on a date, with no signature near it, does not date this one
    ContractDatesExtractor.Dates other = dates(opening + body + "Information is exchanged under the Exchange Agreement"
        + " executed by Acme on June 14, 2003.\n" + body);
    assertEquals(Optional.empty(), day(other.agreement()));
  }

  @Test
  void theFilingStampOfACopyIsNoDateOfTheContract() {
    ContractDatesExtractor.Dates d = dates("Exhibit 10.1\nDEVELOPMENT AGREEMENT\nSource: ACME HOLDINGS INC, 8-K, 3/13/2020\n"
        + "This Development Agreement is made and entered into as of August 8, 2018 (the \"Effective Date\") by and between"
        + " Acme Ltd and Zenith Inc.");
    assertEquals(Optional.of(LocalDate.of(2018, 8, 8)), day(d.agreement()));
    assertEquals(Optional.of(LocalDate.of(2018, 8, 8)), day(d.effective()));
  }

  @Test
  void anEndDateNearTheWordEffectiveIsNotTheEffectiveDate() {
    ContractDatesExtractor.Dates d = dates("PROGRAMMING AGREEMENT\nThis Agreement is dated November 25, 2019, by Acme Ltd and Zenith Inc.\n"
        + "Recitals. Acme owns a studio and Zenith wishes to produce programmes there on the terms below.\n"
        + "1. Term. The term of this Agreement shall be effective for the studio season and runs until the earlier of"
        + " (a) June 30, 2024 and (b) the day the studio closes.");
    assertEquals(Optional.of(LocalDate.of(2019, 11, 25)), day(d.agreement()));
    assertEquals(Optional.empty(), day(d.effective()));
  }

  @Test
  void anAgreementInForceUponSignatureTakesEffectOnItsDate() {
    ContractDatesExtractor.Dates d = dates("SUPPLY AGREEMENT\nThis Agreement is made on the 9th day of March 2021.\n"
        + "Recitals. Acme makes the goods and Zenith wishes to buy them on the terms below, for resale in its shops.\n"
        + "1. Commencement. This agreement shall be in force upon signature by both parties.");
    assertEquals(Optional.of(LocalDate.of(2021, 3, 9)), day(d.effective()));
  }

  @Test
  void anAmendmentTakingEffectOnTheDateItDefinesIsEffectiveThenNotOnTheAgreementsDates() {
    String amendment = "AMENDMENT NO. 4 TO SUPPLY AGREEMENT\nThis Amendment No. 4 is made as of May 2, 2022 (the \"Fourth Amendment\n"
        + "Date\") between Acme Ltd and Zenith Inc.\nA. The parties entered into a Supply Agreement dated as of June 1, 2017, with an"
        + " Effective Date of July 1, 2017.\n1. The term of the Supply Agreement is extended until June 30, 2025.\n"
        + "2. This Amendment No. 4 shall take effect on the Fourth Amendment Date.";
    ContractDatesExtractor.Dates d = dates(amendment);
    assertEquals(Optional.of(LocalDate.of(2022, 5, 2)), day(d.agreement()));
    assertEquals(Optional.of(LocalDate.of(2022, 5, 2)), day(d.effective()), "the defined date it takes effect on");
    // a date the document does not define for itself decides nothing: the other rules read the dates as before
    assertNotEquals(Optional.of(LocalDate.of(2022, 5, 2)),
        day(dates(amendment.replace("shall take effect on the Fourth Amendment Date", "shall take effect on the Closing Date")).effective()));
  }
}
