package org.pactum.extractor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pactum.extractor.model.Expiration;
import org.pactum.extractor.model.PageMap;
import org.pactum.extractor.model.ParsedDocument;

class ExpirationExtractorTest {

  private static final LocalDate SIGNED = LocalDate.of(2020, 3, 15);
  private static final LocalDate EFFECTIVE = LocalDate.of(2020, 4, 1);

  private final ExpirationExtractor extractor = new ExpirationExtractor();

  private Optional<Expiration> find(String text) {
    return extractor.find(new ParsedDocument("text/plain", text, PageMap.SINGLE_PAGE, Map.of(), 0), SIGNED, EFFECTIVE);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      The term of this Agreement shall commence on the Effective Date and continue until December 31, 2025. | 2025-12-31
      TERM: November 01, 2014 to October 31, 2017 | 2017-10-31
      The Term begins on the date hereof and will expire December 31, 2023, subject to any earlier termination. | 2023-12-31
      "Expiration Date" means March 31, 2021. | 2021-03-31
      The term shall commence on the Effective Date and conclude on October 31, 2022, unless renewed by agreement. | 2022-10-31
      The Joint Venture shall commence on March 1, 2020, and shall be effective until February 28, 2021 unless extended by written agreement. | 2021-02-28
      The initial term of the support shall run up to and including 30 June 2024, unless ended sooner. | 2024-06-30
      This Third Amendment takes effect on signing and shall expire on June 30, 2026. | 2026-06-30
      This Agreement shall be effective from January 1, 2020 through December 31, 2022. | 2022-12-31
      PERIOD: April 15, 2021 through October 15, 2021 | 2021-10-15
      This Agreement shall remain in effect until midnight on December 31, 2024. | 2024-12-31
      The Term of this Agreement shall end at 11:59 p.m. on June 30, 2023. | 2023-06-30
      This agreement runs until 31/12/2025. | 2025-12-31
      The Agreement will run from 1 April 2020 to 31 March 2023. | 2023-03-31
      """)
  void readsAWrittenEnd(String text, String expected) {
    Expiration found = find(text).orElseThrow();
    assertEquals(LocalDate.parse(expected), found.date());
    assertFalse(found.computed());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      The initial term of this Agreement shall be three (3) years from the Effective Date. | 2023-04-01 | 2020-04-01 + P3Y
      Unless earlier terminated, the term of this Agreement shall end on the seventh anniversary of the date hereof. | 2027-03-15 | 2020-03-15 + P7Y
      This Agreement shall continue until the fifth (5th) anniversary of the Effective Date. | 2025-04-01 | 2020-04-01 + P5Y
      This Agreement shall be effective on 6 October 2000 and shall have a duration of two years. | 2002-10-06 | 2000-10-06 + P2Y
      The Agreement shall commence on the Effective Date and shall continue in effect for thirty six (36) months following the Effective Date. | 2023-04-01 | 2020-04-01 + P36M
      This Agreement shall continue in operation for at least a period of twenty-five (25) years. | 2045-04-01 | 2020-04-01 + P25Y
      The initial term shall commence on the Effective Date and shall then run for a period of twelve (12) full calendar months. | 2021-04-01 | 2020-04-01 + P12M
      "Contract Year" means each period of one year from the Effective Date. The term of this Agreement shall be two (2) years from the Effective Date. | 2022-04-01 | 2020-04-01 + P2Y
      3. TERM AND RENEWAL  3.1 This Agreement commences on the Effective Date and continues for an initial term of three (3) years from the Effective Date (the "Initial Term"). | 2023-04-01 | 2020-04-01 + P3Y
      This Agreement shall remain in effect until the earlier of the fourth (4t h) anniversary of the Effective Date or its ending by a party on fifteen (15) days' written notice. | 2024-04-01 | 2020-04-01 + P4Y
      The term of the Concession shall be fifteen (15) years, commencing on July 1, 2012. | 2027-07-01 | 2012-07-01 + P15Y
      This Hosting Services Agreement starts on the Effective Date and shall continue for two (2) years unless ended sooner under Section 9. | 2022-04-01 | 2020-04-01 + P2Y
      The initial term of this Agreement shall commence on the Effective Date and end on the fifth anniversary thereof. | 2025-04-01 | 2020-04-01 + P5Y
      This Agreement shall terminate five years after the Effective Date. | 2025-04-01 | 2020-04-01 + P5Y
      The Agreement shall run for an initial period of three years from the Effective Date. | 2023-04-01 | 2020-04-01 + P3Y
      This Agreement shall be in force for a period of five (5) years from the date of its signature. | 2025-03-15 | 2020-03-15 + P5Y
      This Agreement shall last for three (3) years. | 2023-04-01 | 2020-04-01 + P3Y
      Duration: 24 months from the Effective Date. | 2022-04-01 | 2020-04-01 + P24M
      This Agreement is entered into for a period of three years. | 2023-04-01 | 2020-04-01 + P3Y
      This Agreement is concluded for a definite period of two (2) years. | 2022-04-01 | 2020-04-01 + P2Y
      The parties agree that this Agreement shall be for a term of 5 years. | 2025-04-01 | 2020-04-01 + P5Y
      The Agreement expires three (3) years after the Effective Date. | 2023-04-01 | 2020-04-01 + P3Y
      The Initial Term shall be a period of three (3) Contract Years. | 2023-04-01 | 2020-04-01 + P3Y
      This NDA shall remain in effect for two years from the Effective Date. | 2022-04-01 | 2020-04-01 + P2Y
      This License shall expire ten years from the Effective Date. | 2030-04-01 | 2020-04-01 + P10Y
      The Agreement is concluded for a period of 3 (three) years. | 2023-04-01 | 2020-04-01 + P3Y
      It shall be effective on 06 October 2020 and shall have a duration of two years. | 2022-10-06 | 2020-10-06 + P2Y
      This Agreement shall be effective for an initial period of three (3) years. | 2023-04-01 | 2020-04-01 + P3Y
      This Agreement shall be effective for a period of two (2) years from the Effective Date. | 2022-04-01 | 2020-04-01 + P2Y
      """)
  void computesAStatedLengthFromItsStartingPoint(String text, String expected, String basis) {
    Expiration found = find(text).orElseThrow();
    assertEquals(LocalDate.parse(expected), found.date());
    assertTrue(found.computed());
    assertEquals(basis, found.basis());
  }

  @Test
  void anEndWrittenOutJustAfterALengthIsTheEnd() {
    Expiration found = find("1. Term. The Initial Term of this Agreement is two (2) years. The Term starts on March 20,"
        + " 2020 and ends on March 19, 2022, unless ended sooner.").orElseThrow();
    assertEquals(LocalDate.of(2022, 3, 19), found.date());
    assertFalse(found.computed());
    // further on, another sentence's date is not the end of that term
    Expiration computed = find("1. Term. The Initial Term of this Agreement is two (2) years. Fees are due monthly."
        + " Prices are fixed for a year. Deliveries start in May. The term of the pilot ends on"
        + " June 30, 2020.").orElseThrow();
    assertEquals(LocalDate.of(2022, 4, 1), computed.date());
  }

  @Test
  void aTerminationDateLabelInAConfirmation() {
    assertEquals(LocalDate.of(2024, 6, 1), find("Trade Date:   3 May 2021\n\nEffective Date   01 June 2021\n\n"
        + "Termination Date:   1 June 2024\n\nNotional Amount: USD 1,000\n").orElseThrow().date());
  }

  @Test
  void aTermCalledByWhatTheAgreementIsFor() {
    assertEquals(LocalDate.of(2020, 3, 7), find("The cooperation period is three years, from March 8, 2017 to March 7, 2020.")
        .orElseThrow().date());
    assertEquals(LocalDate.of(2000, 10, 15), find("INITIAL DISTRIBUTION PERIOD: April 15, 2000 through October 15, 2000 (6 Months"
        + " from the Effective Date)").orElseThrow().date());
    Expiration counted = find("The cooperation period shall be two (2) years from the Effective Date.").orElseThrow();
    assertEquals(LocalDate.of(2022, 4, 1), counted.date());
    assertTrue(counted.computed());
    assertEquals(Optional.empty(), find("During the service period the Provider shall keep records until March 1, 2021."));
  }

  @Test
  void aTermExtendedAutomaticallyByAYearHasNoEndOfItsOwn() {
    assertEquals(Optional.empty(), find("The term shall be extended automatically by one year unless the Customer cancels in"
        + " writing 30 days before the end of the term."));
    // an extension the parties may agree on mid-sentence does not hide the end after it
    assertEquals(LocalDate.of(2028, 12, 31), find("The term of this Agreement, unless mutually extended by written agreement of"
        + " the Parties, shall commence as of the date hereof and shall expire on December 31, 2028.").orElseThrow().date());
  }

  @Test
  void aTermToTheEndOfAYear() {
    assertEquals(LocalDate.of(2021, 12, 31), find("The contract remains in effect until the end of 2021, when the parties"
        + " will meet again.").orElseThrow().date());
    assertEquals(LocalDate.of(2024, 12, 31), find("The Agreement shall be valid until the end of 2024.").orElseThrow().date());
    assertEquals(LocalDate.of(2020, 12, 31), find("This Agreement starts when signed and stays in effect until the end of"
        + " the current calendar year.").orElseThrow().date());
    // a fiscal year ends when the company says
    assertTrue(find("The contract remains in effect until the end of fiscal year 2021.").isEmpty());
  }

  @Test
  void takesTheInitialTermNotTheRenewalPeriod() {
    Expiration found = find("3. Term and Renewal The term of this Agreement begins on the Effective Date and lasts"
        + " for a period of five (5) years, and renews automatically for successive one (1) year periods.").orElseThrow();
    assertEquals(LocalDate.of(2025, 4, 1), found.date());
  }

  @Test
  void readsPastAnArticleHeadingOverTheSectionHeading() {
    Expiration found = find("Article 4 Duration\n\n4.1 Duration Except as stated otherwise herein, the term"
        + " of this Agreement is three (3) years from the Execution Date (\u201cJoint Period\u201d).").orElseThrow();
    assertEquals(SIGNED.plusYears(3), found.date());
  }

  @Test
  void readsThroughAnAbbreviationInsideTheSentence() {
    Expiration found = find("This Agreement's term starts on the Effective Date and ends with the close of the"
        + " Launch Period (i.e., a three (3) year period commencing on the Effective Date).").orElseThrow();
    assertEquals(LocalDate.of(2023, 4, 1), found.date());
  }

  @Test
  void countsATermFromAnUndatedEventFromTheEffectiveDateAsItsEarliestEnd() {
    Expiration launch = find("The term of this Agreement shall continue for one (1) year following the Launch Date.").orElseThrow();
    assertEquals(LocalDate.of(2021, 4, 1), launch.date());
    assertEquals("2020-04-01 + P1Y", launch.basis());
    assertEquals("the Launch Date", launch.undatedStart());
    assertTrue(launch.earliest());
    // the event after a comma is still what the length counts from
    Expiration installed = find("The licence term under this Agreement shall be an initial period of 24 months, commencing from the"
        + " installation date.").orElseThrow();
    assertEquals(LocalDate.of(2022, 4, 1), installed.date());
    assertEquals("the installation date", installed.undatedStart());
    // a long event is named up to a whole word
    assertEquals("the date the Hosted Portal first becomes available to the ...",
        find("The term of this Agreement will end three (3) years from the date the Hosted Portal first becomes available"
            + " to the Members of the Club.").orElseThrow().undatedStart());
  }

  @Test
  void aDatedStartIsNotTheEarliestEnd() {
    Expiration found = find("The initial term of this Agreement shall be three (3) years from the Effective Date.").orElseThrow();
    assertFalse(found.earliest());
    assertNull(found.undatedStart());
  }

  @Test
  void doesNotCountALengthFromAnEndOrFromAnAlternative() {
    assertTrue(find("If the Reseller orders less than the minimum, it shall pay the shortfall within 30 days after the"
        + " end of the Initial Term.").isEmpty());
    assertTrue(find("This Agreement's term shall run for the longer of the first anniversary of the Effective"
        + " Date or the life of the Master Agreement.").isEmpty());
  }

  @Test
  void ignoresLengthsThatAreNotTheTerm() {
    assertTrue(find("During the Term of this Agreement and for a period of one (1) year after its termination,"
        + " neither party shall solicit the other's employees.").isEmpty());
    assertTrue(find("Contractor and Customer will meet every three (3) months during the term of this Agreement.").isEmpty());
    // a notary's seal under the signatures
    assertTrue(find("Notary Public. My Commission Expires November 1, 2013. Signed under this Agreement.").isEmpty());
    assertTrue(find("This Agreement is concluded for an indefinite period.").isEmpty());
    // effective for something else than a length of time
    assertTrue(find("This Agreement shall be effective for all orders placed within two years.").isEmpty());
    // a notice period, where the sentence is read only up to the word "notice"
    assertTrue(find("The term of this Agreement runs on until one party ends it by giving the other forty (40)"
        + " days' written notice.").isEmpty());
    assertTrue(find("Once the Initial Term is over, either party may bring this Agreement to an end with seventy five (75)"
        + " days prior written notice.").isEmpty());
  }
}
