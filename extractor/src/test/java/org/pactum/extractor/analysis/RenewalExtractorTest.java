package org.pactum.extractor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pactum.extractor.model.Expiration;
import org.pactum.extractor.model.PageMap;
import org.pactum.extractor.model.ParsedDocument;
import org.pactum.extractor.model.Provenance;

class RenewalExtractorTest {

  private final RenewalExtractor extractor = new RenewalExtractor();

  private RenewalExtractor.Renewal find(String text) {
    return extractor.find(new ParsedDocument("text/plain", text, PageMap.SINGLE_PAGE, Map.of(), 0));
  }

  @Test
  void readsTheRenewalTermAfterTheInitialTerm() {
    RenewalExtractor.Renewal found = find("The term of this Agreement shall continue for three (3) years (the \"Initial Term\")"
        + " and shall automatically renew for additional one (1) year terms unless either party gives notice of"
        + " non-renewal at least ninety (90) days prior to the end of the then-current term.");
    assertEquals("P1Y", found.term().orElseThrow().iso());
    assertEquals("P90D", found.notice().orElseThrow().iso());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      The Agreement shall be extended automatically for one year at a time unless one of the parties terminates it in writing no later than 90 days before its expiry. | P1Y | P90D
      The Agreement will auto-renew annually unless cancelled in writing 60 days before the renewal date. | P1Y | P60D
      This Agreement shall continue from year to year thereafter unless terminated by either party upon thirty (30) days prior written notice. | P1Y | P30D
      Thereafter this Agreement shall continue on a month-to-month basis until terminated by either party upon thirty (30) days notice. | P1M | P30D
      After the Initial Term this Agreement continues on a rolling monthly basis until terminated by either party on 30 days' written notice. | P1M | P30D
      The Agreement renews automatically for periods of one year, unless one of the Parties terminates it with a notice period of three months to the end of the term. | P1Y | P3M
      This Agreement renews automatically each year unless either party gives one month's written notice before its expiry. | P1Y | P1M
      Thereafter the Agreement shall continue for successive twelve (12) month periods until terminated by either party on not less than ninety (90) days' written notice. | P12M | P90D
      At the end of the Initial Term this Agreement will automatically continue for further terms of 12 months each, unless either party gives at least 60 days notice. | P12M | P60D
      """)
  void renewalsThatGoOnUnlessEndedInOtherWords(String text, String term, String notice) {
    RenewalExtractor.Renewal found = find(text);
    assertEquals(term, found.term().orElseThrow().iso());
    assertTrue(found.automatic());
    assertEquals(notice, found.notice().orElseThrow().iso());
  }

  @Test
  void aRenewalAsLongAsTheInitialTermTakesItsLengthFromTheComputedExpiration() {
    String text = "The initial term of this Agreement is five (5) years from the Effective Date. Upon its expiry this"
        + " Agreement shall automatically renew for successive terms of the same duration, unless either party gives"
        + " notice of non-renewal at least ninety (90) days before the end of the then-current term.";
    RenewalExtractor.Renewal found = find(text);
    assertTrue(found.term().isEmpty());
    assertTrue(found.automatic());
    Provenance same = found.asLongAsInitial().orElseThrow();
    assertEquals("same duration", text.substring(same.start(), same.end()));
    Expiration fiveYears = new Expiration(LocalDate.of(2026, 4, 1), true, "2021-04-01 + P5Y", same);
    assertEquals("P5Y", found.term(fiveYears).orElseThrow().iso());
    // a written end gives no length to take
    assertTrue(found.term(new Expiration(LocalDate.of(2026, 3, 31), false, null, same)).isEmpty());
    assertTrue(found.term(null).isEmpty());
  }

  @Test
  void digitsInBracketsSayTheLengthWhereItsWordsAreLongerThanTheNumbersRead() {
    RenewalExtractor.Renewal found = find("This Agreement shall automatically renew for successive one (1) year terms unless"
        + " either party gives notice of non-renewal at least one hundred and twenty (120) days prior to the end of the"
        + " then-current term.");
    assertEquals("P120D", found.notice().orElseThrow().iso());
  }

  @Test
  void anExtensionOnAYearlyBasisOrForAdditionalTermsThePartiesAgreeOn() {
    RenewalExtractor.Renewal yearly = find("After the Initial Term (including any extension thereto), the Agreement may be"
        + " extended on a yearly basis up to ten (10) years at the Buyer's sole discretion.");
    assertEquals("P1Y", yearly.term(null).orElseThrow().iso());
    assertFalse(yearly.automatic());
    RenewalExtractor.Renewal agreed = find("The Supplier will extend the Agreement on the same terms and conditions for"
        + " additional one-year terms, providing Distributor and Supplier agree, upon sixty (60) days' notice.");
    assertEquals("P1Y", agreed.term(null).orElseThrow().iso());
    assertFalse(agreed.automatic());
    assertTrue(agreed.notice().isEmpty());
  }

  @Test
  void wordsInBracketsAfterDigits() {
    RenewalExtractor.Renewal found = find("The term is 2 (two) years and shall be automatically renewed for successive periods of"
        + " 1 (one) year unless either party gives 90 (ninety) days written notice of non-renewal.");
    assertEquals("P1Y", found.term(null).orElseThrow().iso());
    assertEquals("P90D", found.notice().orElseThrow().iso());
  }

  @Test
  void readsRenewalsWithoutANumber() {
    assertEquals("P1Y", find("Thereafter, this agreement will renew automatically from year to year unless cancelled.")
        .term().orElseThrow().iso());
    assertEquals("P1M", find("Once the Initial Term ends, the Agreement carries on a month to month basis until"
        + " either side ends it.").term().orElseThrow().iso());
    assertEquals("P6M", find("The service period is automatically extended by half a year at a time unless either party"
        + " objects.").term().orElseThrow().iso());
  }

  @Test
  void aTermExtendedTacitlyRenewsByItselfWithTheNoticeThatEndsIt() {
    RenewalExtractor.Renewal found = find("The Agreement is valid for an initial period of 36 months and shall thereafter be"
        + " extended tacitly by 12 months at a time, unless terminated by either Party in writing at least 3 months before"
        + " the end of the respective term.");
    assertEquals("P12M", found.term().orElseThrow().iso());
    assertTrue(found.automatic());
    assertEquals("P3M", found.notice().orElseThrow().iso());
  }

  @Test
  void aSubscriptionThatRenewsAnnuallyOrEachMonthUnlessCancelled() {
    RenewalExtractor.Renewal yearly = find("The subscription renews annually unless cancelled at least 14 days before the"
        + " renewal date.");
    assertEquals("P1Y", yearly.term().orElseThrow().iso());
    assertTrue(yearly.automatic());
    assertEquals("P14D", yearly.notice().orElseThrow().iso());
    assertEquals("P1M", find("This Agreement renews each month unless either party cancels it with 10 days' notice.")
        .term().orElseThrow().iso());
    // a fee that renews is no renewal of the contract
    assertTrue(find("The licence fee for the software renews annually.").term().isEmpty());
  }

  @Test
  void aRenewalThePartiesMustAgreeOnIsNotAutomaticAndHasNoNoticeToPreventIt() {
    RenewalExtractor.Renewal agreed = find("This Agreement shall be renewed for additional terms of one (1) year each by mutual"
        + " written agreement of the parties.");
    assertEquals("P1Y", agreed.term().orElseThrow().iso());
    assertFalse(agreed.automatic());
    RenewalExtractor.Renewal extended = find("The Term of this Agreement shall be extended for subsequent one year periods upon"
        + " the mutual agreement of the parties, which agreement shall be given at least 120 days prior to the end of the"
        + " Term.");
    assertFalse(extended.automatic());
    assertTrue(extended.notice().isEmpty());
    // renewing unless the parties agree otherwise is automatic
    assertTrue(find("This Agreement shall be automatically renewed for successive one-year terms unless the parties mutually"
        + " agree otherwise.").automatic());
  }

  @Test
  void anAdditionalYearOrMonthIsARenewalTermButAnExtendedCurePeriodIsNot() {
    assertEquals("P1M", find("Unless either party objects in writing, the engagement will automatically extend for an additional"
        + " month of support.").term().orElseThrow().iso());
    assertEquals("P2Y", find("This Agreement shall then renew for two successive years unless ended by either party.")
        .term().orElseThrow().iso());
    assertTrue(find("If the defaulting party begins to cure within that time, the cure period shall be extended for thirty (30)"
        + " additional days.").term().isEmpty(), "a longer cure period is no renewal");
  }

  @Test
  void aContractThatRollsOverRenewsByItself() {
    RenewalExtractor.Renewal found = find("This agreement rolls over for another year unless either of us says otherwise in"
        + " writing 60 days before it ends.");
    assertTrue(found.automatic());
    assertEquals("P60D", found.notice().orElseThrow().iso());
    // nor does credit that rolls over, or what goes on for a further period after the contract ends
    RenewalExtractor.Renewal credit = find("Unused minutes will roll over for one additional month.");
    assertFalse(credit.automatic());
    assertTrue(credit.term().isEmpty());
    RenewalExtractor.Renewal survival = find("The confidentiality obligations shall continue for a further period of two"
        + " (2) years after termination.");
    assertFalse(survival.automatic());
    assertTrue(survival.term().isEmpty());
  }

  @Test
  void aPlanUpdatedOnARollingBasisIsNoRenewal() {
    RenewalExtractor.Renewal found = find("The Joint Committee shall review the development plan on an annual rolling basis"
        + " beginning within six months of the Effective Date.");
    assertTrue(found.term().isEmpty());
    assertFalse(found.automatic());
  }

  @Test
  void anOptionalExtensionHasATermButNoNoticeToPreventIt() {
    RenewalExtractor.Renewal found = find("Reseller may choose to renew this Agreement for an additional"
        + " three (3) year period by giving written notice to Vendor within ninety (90) days of the end of the"
        + " first period.");
    assertEquals("P3Y", found.term().orElseThrow().iso());
    assertTrue(found.notice().isEmpty());
  }

  @Test
  void aContractThatDoesNotRenewHasNeither() {
    RenewalExtractor.Renewal found = find("This Agreement shall continue for two (2) years and then expire.");
    assertTrue(found.term().isEmpty());
    assertTrue(found.notice().isEmpty());
  }

  @Test
  void aTermThatRunsOnUntilAPartyEndsItHasTheNoticeButNoRenewalTerm() {
    RenewalExtractor.Renewal found = find("This Agreement starts on the Effective Date and shall remain in effect until terminated"
        + " by either Party upon forty-five (45) days' prior written notice.");
    assertTrue(found.term().isEmpty());
    assertEquals("P45D", found.notice().orElseThrow().iso());
    assertTrue(find("This Agreement shall remain in effect until terminated by mutual agreement of the parties.").notice().isEmpty());
  }

  @Test
  void calendarYearsAndMonthToMonthBeforeOtherLengths() {
    assertEquals("P1Y", find("The licence then renews automatically for further terms of one (1) calendar year"
        + " each.").term().orElseThrow().iso());
    assertEquals("P1M", find("Afterwards the service continues on a month to month basis and is renewed automatically, each"
        + " party being able to stop it on the notice stated in the schedule: ninety (90) days for dedicated lines.")
        .term().orElseThrow().iso());
  }

  @Test
  void noticeWordsInAnyOrder() {
    assertEquals("P120D", find("The lease renews automatically each year unless a party sends the other at least one"
        + " hundred twenty (120) days advance written notice that it will not renew.").notice().orElseThrow().iso());
  }

  @Test
  void anOptionToRenewOrExtendTheAgreementForALength() {
    assertEquals("P6M", find("The Distributor shall have the option to extend the Term of this Agreement for an additional six"
        + " (6) months on terms to be agreed.").term().orElseThrow().iso());
    assertEquals("P2Y", find("The lease is renewable for a 2 year extension if both parties sign a new schedule.")
        .term().orElseThrow().iso());
    assertEquals("P12M", find("If no new price list is agreed, the Customer may renew this Agreement for one (1) twelve"
        + " month period on the same prices.").term().orElseThrow().iso());
  }

  @Test
  void aLengthWrittenBeforeTheRenewalNoun() {
    assertEquals("P3Y", find("The Term is 4 years from the Effective Date, with automatic 3 year renewals unless either"
        + " party objects.").term().orElseThrow().iso());
    // before the verb it is the initial term
    assertEquals("P1Y", find("The initial term is five (5) years renewable automatically for one (1) year periods.")
        .term().orElseThrow().iso());
  }

  @Test
  void aNumberWithADashBeforeASpace() {
    assertEquals("P45D", find("The licence renews automatically for one-year periods unless a party gives 45- days advance"
        + " notice of non-renewal.").notice().orElseThrow().iso());
  }

  @Test
  void theNoticeInTheNextSentenceThatGoesOnAboutIt() {
    String renewal = "The licence renews automatically for one (1) additional year unless a party tells the other in"
        + " writing that it does not wish to continue. ";
    assertEquals("P60D", find(renewal + "That notice is due sixty (60) days before the term ends.")
        .notice().orElseThrow().iso());
    // a sentence that is not about that notice
    assertTrue(find(renewal + "Either party may terminate for breach on thirty (30) days written notice.").notice().isEmpty());
  }

  @Test
  void theNoticeForEndingTheContractWhenATermRunsOut() {
    assertEquals("P60D", find("The subscription renews for successive one (1) year terms. The customer may terminate this"
        + " Agreement as of the end of the then-current term by giving sixty (60) days written notice.")
        .notice().orElseThrow().iso());
    assertEquals("P45D", find("The Customer may cancel this Agreement at the end of the Initial Term on forty-five days prior"
        + " written notice.").notice().orElseThrow().iso());
    // ending for breach at any time is not ending when a term runs out
    assertTrue(find("Either party may terminate this Agreement upon thirty (30) days written notice if the other party"
        + " breaches it.").notice().isEmpty());
  }

  @Test
  void theNoticeInALaterSentenceOnRenewalAndCalendarMonths() {
    RenewalExtractor.Renewal found = find("The initial term is two (2) years and shall renew automatically for one (1) year."
        + " Payment is due monthly. Each later term shall renew the same way, save where a party says in writing that it"
        + " will not renew at least sixty (60) days prior to the end of that term.");
    assertEquals("P1Y", found.term().orElseThrow().iso());
    assertEquals("P60D", found.notice().orElseThrow().iso());
    assertEquals("P3M", find("The contract is automatically renewed for periods of two years, except where a party objects"
        + " in writing at least three calendar months before the current period ends.").notice().orElseThrow().iso());
  }

  @Test
  void aNoticeOfNonRenewalSpokenOfApartFromTheRenewal() {
    RenewalExtractor.Renewal found = find("The lease runs for ten (10) years. The Tenant may renew it for one"
        + " further term of five (5) years. Landlord shall notify Tenant of the nonrenewal not less than six (6) months"
        + " prior to the expiration of the lease.");
    assertEquals("P6M", found.notice().orElseThrow().iso());
    assertEquals("P180D", find("The dealership may be renewed for one further term of five (5) years. By statute a dealer is"
        + " owed 90 days' notice of termination, 60 days to cure, and 180 days' notice of non-renewal of"
        + " the Dealer Agreement.").notice().orElseThrow().iso());
    assertTrue(find("The Supplier may renew the licence for one further year. Either party may terminate for breach on"
        + " thirty (30) days prior written notice.").notice().isEmpty());
    assertTrue(find("Supplier shall keep insurance in force. All policies shall require at least thirty (30) days' prior"
        + " notice to Buyer of cancellation, non-renewal or material change.").notice().isEmpty());
  }
}
