package org.pactum.extractor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pactum.extractor.model.ExtractedPeriod;
import org.pactum.extractor.model.PageMap;
import org.pactum.extractor.model.ParsedDocument;

class TerminationNoticeExtractorTest {

  private static String notice(String text) {
    return new TerminationNoticeExtractor().find(new ParsedDocument("text/plain", text, PageMap.SINGLE_PAGE, Map.of(), 0))
        .map(ExtractedPeriod::iso).orElse("");
  }

  @Test
  void theNoticeToEndTheContractEarly() {
    assertEquals("P90D", notice("Either party may terminate this Agreement at any time upon ninety (90) days' prior written"
        + " notice to the other party."));
    assertEquals("P30D", notice("Customer may terminate this Agreement for convenience by giving Supplier notice of at least"
        + " thirty (30) days."));
    assertEquals("P6M", notice("This Agreement may be terminated by either party on six months written notice."));
    assertEquals("P120D", notice("This Agreement may be terminated by either party providing one hundred and twenty (120) days"
        + " prior written notice to the other."));
  }

  @Test
  void endingCancellingOrWithdrawingAndANoticeGivenInAdvance() {
    assertEquals("P30D", notice("Either party may end this Agreement at any time by giving the other party 30 days' written notice."));
    assertEquals("P60D", notice("Either party may cancel this Agreement upon sixty (60) days prior written notice to the other."));
    assertEquals("P6M", notice("Either party may withdraw from this Agreement on six months' written notice."));
    assertEquals("P1M", notice("Either party may end this Agreement for any reason by giving one month's written notice."));
    assertEquals("P3M", notice("This Agreement can be terminated by either party with a notice period of three months."));
    assertEquals("P30D", notice("Either party may terminate this Agreement by providing written notice to the other party no"
        + " less than thirty (30) days in advance."));
    // the agreement as "it", where either party may end it; not "it" for anything a single party may end
    assertEquals("P3M", notice("This Agreement runs for two years. Either party may terminate it with three months' notice."));
    assertEquals("", notice("The Supplier may terminate it on thirty (30) days' notice."));
    assertEquals("P90D", notice("Either party may terminate this Agreement without cause by providing at least 90 (ninety)"
        + " days' prior written notice to the other party."));
  }

  @Test
  void convenienceIsPreferredToAnyOtherEnding() {
    assertEquals("P60D", notice("Distributor may terminate this Agreement on 10 days written notice if the Supplier breaches"
        + " it and fails to cure the breach. Supplier may terminate this Agreement without cause upon sixty (60) days"
        + " written notice."));
  }

  @Test
  void aCurePeriodOrARenewalNoticeIsNoTerminationNotice() {
    assertEquals("", notice("Either party may terminate this Agreement if the other party materially breaches it and does"
        + " not cure the breach within thirty (30) days after written notice."));
    assertEquals("", notice("This Agreement renews for successive one-year terms unless either party gives notice of"
        + " termination at least ninety (90) days prior to the end of the then-current term."));
    assertEquals("", notice("This Agreement shall terminate on December 31, 2025."));
    assertEquals("", notice("Licensor may, upon two weeks' written notice, inspect at reasonable times (before"
        + " the expiration or termination of this Agreement) the books of Licensee."));
    assertEquals("", notice("Each party may end the Agreement at any time on a material breach by the"
        + " other party that stays uncured thirty (30) days after written notice of the breach."));
    assertEquals("", notice("Owner may require the Auditor to terminate such examination on seven days' notice."));
    assertEquals("", notice("Either party may terminate this Agreement for \"Cause\" by giving 3 months written notice."));
    assertEquals("", notice("This Agreement will terminate upon thirty (30) days written notice from either party if the other"
        + " party materially breaches it."));
    assertEquals("", notice("Each certificate shall show that the policy may not change or terminate without at least fifteen"
        + " (15) days prior written notice to Buyer."));
  }
}
