package org.pactum.extractor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pactum.extractor.clauses.Layout;
import org.pactum.extractor.model.Obligation;
import org.pactum.extractor.model.PageMap;
import org.pactum.extractor.model.ParsedDocument;
import org.pactum.extractor.model.Party;
import org.pactum.extractor.model.Provenance;

class ObligationExtractorTest {

  private static final String PREAMBLE = "This Supply Agreement is made between Acme Tools Inc. (\"Supplier\") and "
      + "Zenith Retail LLC (\"Buyer\", \"we\" or \"us\").\n\n";

  private static List<Obligation> obligations(String body) {
    String text = PREAMBLE + body;
    ParsedDocument doc = new ParsedDocument("text/plain", text, PageMap.SINGLE_PAGE, Map.of(), 0);
    List<Party> parties = new PartiesExtractor().find(doc);
    return new ObligationExtractor().find(doc, Layout.of(text).units(), parties);
  }

  private static Obligation only(String body) {
    List<Obligation> found = obligations(body);
    assertEquals(1, found.size(), () -> "one obligation expected in: " + body + "\nfound: " + found);
    return found.get(0);
  }

  @Test
  void aPartyResponsibleForSomethingIsBoundToIt() {
    Obligation o = only("3. Insurance. Supplier is responsible for maintaining insurance throughout the Term.");
    assertEquals("Supplier", o.obligor());
    assertEquals("maintaining insurance throughout the Term", o.action());
    assertFalse(o.prohibition());
    // a list after a colon: the action is the list
    assertEquals("(a) monthly reports and (b) forecasts", only("4. The Buyer is solely responsible for: (a) monthly reports and"
        + " (b) forecasts.").action());
    assertTrue(obligations("5. Supplier is not responsible for delays the Buyer causes.").isEmpty());
  }

  @Test
  void theObligorIsTheNamedPartyWithItsLegalName() {
    Obligation o = only("1. Delivery. The Supplier shall deliver the Products to the Buyer's warehouse in Reno.");
    assertEquals("The Supplier", o.obligor());
    assertEquals("Acme Tools Inc.", o.party());
    assertFalse(o.prohibition());
    assertEquals("deliver the Products to the Buyer's warehouse in Reno", o.action());
    assertNull(o.deadline());
  }

  @Test
  void theSourceSpansTheObligorAndTheAction() {
    String body = "Supplier will maintain product liability insurance.";
    Obligation o = only(body);
    int start = PREAMBLE.length();
    assertEquals(start, o.source().start());
    assertEquals(start + body.length() - 1, o.source().end());
    assertEquals(1, o.source().page());
  }

  @Test
  void prohibitionsAreObligationsNotToAct() {
    assertTrue(only("Supplier shall not subcontract any Order without consent.").prohibition());
    assertTrue(only("Neither party shall assign this Agreement.").prohibition());
    assertTrue(only("Buyer agrees not to reverse engineer the Products.").prohibition());
  }

  @Test
  void aPartyRequiredOrObligedTo() {
    assertEquals("notify the Supplier of any defect within 10 business days",
        only("The Buyer is obliged to notify the Supplier of any defect within 10 business days.").action());
    assertEquals("provide monthly status reports", only("The Supplier is required to provide monthly status reports.").action());
    assertTrue(obligations("Neither party shall be obliged to renew.").isEmpty());
  }

  @Test
  void rightsPassivesAndConditionsAreNotObligations() {
    assertTrue(obligations("Buyer shall have the right to audit the Supplier. Supplier shall not be liable for "
        + "delays. Buyer shall be entitled to a refund. The Buyer shall be invoiced monthly. This Agreement shall be "
        + "governed by the laws of Ohio. If Supplier shall fail to deliver, the price is reduced. Notices to Buyer "
        + "shall be sent by mail. Neither party shall be obligated to renew.").isEmpty());
  }

  @Test
  void aSecondDutyOfTheSameObligorIsItsOwnObligation() {
    List<Obligation> found = obligations(
        "The Buyer shall inspect the Products within ten (10) business days after arrival and shall not resell "
            + "defective units.");
    assertEquals(2, found.size(), found::toString);
    assertEquals("inspect the Products within ten (10) business days after arrival", found.get(0).action());
    assertEquals("P10D", found.get(0).deadline().period());
    assertTrue(found.get(0).deadline().businessDays());
    assertEquals("The Buyer", found.get(1).obligor());
    assertTrue(found.get(1).prohibition());
    assertEquals("resell defective units", found.get(1).action());
  }

  @Test
  void deadlinesInTheirUsualForms() {
    assertEquals(LocalDate.of(2021, 3, 31), only("Supplier shall ship the tooling on or before March 31, 2021.").deadline().date());
    assertEquals("PT72H", only("Supplier shall report any breach within seventy-two (72) hours.").deadline().period());
    assertEquals("P30D", only("Buyer shall give at least thirty (30) days' written notice of any change.").deadline().period());
    assertEquals("P45D", only("Buyer shall pay each invoice no later than 45 days after receipt.").deadline().period());
    assertEquals("P3D", only("Supplier shall notify the Buyer promptly, and in any event within no more than (3) business days.")
        .deadline().period());
    assertEquals("promptly", only("Supplier shall promptly notify the Buyer of any recall.").deadline().text());
  }

  @Test
  void recurrencesInTheirUsualForms() {
    assertEquals("P3M", only("Supplier shall submit sales reports quarterly.").recurrence().period());
    assertEquals("P1M", only("Buyer shall pay a fee of $500 each calendar month.").recurrence().period());
    assertEquals("P6M", only("Supplier shall test the backup every six (6) months.").recurrence().period());
    assertEquals("P1Y", only("Supplier shall review the plan on an annual basis.").recurrence().period());
  }

  @Test
  void pronounsTheContractDefinesStandForTheirParty() {
    Obligation o = only("We will pay the deposit within 5 days.");
    assertEquals("Zenith Retail LLC", o.party());
    assertEquals("P5D", o.deadline().period());
  }

  @Test
  void rolesWithoutAPartiesBlockStillBindButNameNoParty() {
    ParsedDocument doc = new ParsedDocument("text/plain", "The Licensee shall pay royalties quarterly.", PageMap.SINGLE_PAGE, Map.of(), 0);
    List<Obligation> found = new ObligationExtractor().find(doc, Layout.of(doc.text()).units(), List.of());
    assertEquals(1, found.size());
    assertEquals("The Licensee", found.get(0).obligor());
    assertNull(found.get(0).party());
  }

  @Test
  void aLongSentenceWithoutEndsIsBoundedAndQuick() {
    String text = "Supplier shall " + "deliver goods, ".repeat(200_000);
    ParsedDocument doc = new ParsedDocument("text/plain", text, PageMap.SINGLE_PAGE, Map.of(), 0);
    List<Obligation> found = new ObligationExtractor().find(doc, Layout.of(text).units(),
        List.of(new Party("Acme", "Supplier", new Provenance(0, 0, 1, "test", 1))));
    assertFalse(found.isEmpty());
    assertTrue(found.get(0).action().length() <= 400);
  }
}
