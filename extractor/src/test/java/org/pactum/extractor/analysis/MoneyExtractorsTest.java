package org.pactum.extractor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pactum.extractor.model.Amount;
import org.pactum.extractor.model.PageMap;
import org.pactum.extractor.model.ParsedDocument;
import org.pactum.extractor.model.PaymentTerms;

class MoneyExtractorsTest {

  private static ParsedDocument doc(String text) {
    return new ParsedDocument("text/plain", text, PageMap.SINGLE_PAGE, Map.of(), 0);
  }

  private static List<String> amounts(String text) {
    return new AmountExtractor().find(doc(text)).stream()
        .map(a -> a.value().stripTrailingZeros().toPlainString() + " " + a.currency()).toList();
  }

  @Test
  void amountsInTheUsualWrittenForms() {
    assertEquals(List.of("120000 USD", "185 USD"), amounts("an annual fee of $120,000.00 and $185 per hour"));
    assertEquals(List.of("12000 EUR", "18500 EUR"), amounts("a charge of EUR 12,000 and a monthly charge of \u20ac18,500"));
    assertEquals(List.of("60000 GBP", "2500000 USD"), amounts("\u00a360,000 paid; US$2.5 million cap"));
    assertEquals(List.of("5000 USD", "700 EUR"), amounts("5,000 USD and 700 euros"));
    assertEquals(List.of("84000 CAD"), amounts("fees of CAD $84,000"));
    assertEquals(List.of("84000 CAD"), amounts("All sums are in Canadian dollars. The fee is $84,000."));
  }

  @Test
  void europeanGroupingAndAScaleLetterAfterTheDigits() {
    assertEquals(List.of("12500 EUR", "1000000 EUR"), amounts("fees of EUR 12.500,00 a year and a cap of EUR 1.000.000"));
    assertEquals(List.of("30000 CHF"), amounts("The Customer shall pay CHF 30'000 per month."));
    assertEquals(List.of("2000000 GBP", "5000000000 USD", "10000 USD"), amounts("capped at \u00a32m; a $5bn fund; a $10k deposit"));
    assertTrue(amounts("$10 milestones").stream().allMatch(a -> a.equals("10 USD")));
  }

  @Test
  void numbersWithoutCurrencyAreNotMoney() {
    assertTrue(amounts("Section 12,000 widgets in 2021, clause 4.2").isEmpty());
  }

  @Test
  void offsetsPointAtTheAmount() {
    String text = "Fee: USD 5,000 per year.";
    Amount a = new AmountExtractor().find(doc(text)).get(0);
    assertEquals("USD 5,000", text.substring(a.source().start(), a.source().end()));
  }

  @Test
  void paymentTermsAsNetOrWithinDaysOfInvoice() {
    PaymentTermsExtractor terms = new PaymentTermsExtractor();
    PaymentTerms net = terms.find(doc("Invoices are payable net thirty (30) days from the invoice date.")).orElseThrow();
    assertEquals(30, net.days());
    PaymentTerms within = terms.find(doc("Customer shall pay each invoice within forty-five (45) days after receipt of a correct invoice.")).orElseThrow();
    assertEquals(45, within.days());
    assertEquals("within forty-five (45) days after receipt of a correct invoice", within.text());
    assertTrue(terms.find(doc("Notices shall be given within ten days of the event.")).isEmpty());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Payment terms are Net 30. | 30
      Payment terms: 2% 10, net 30 days. | 30
      All invoices are payable within 45 days of the invoice date. | 45
      Invoices shall be paid within 60 days after the date of invoice. | 60
      Payment is due thirty (30) days from the date of invoice. | 30
      Amounts invoiced are due and payable 30 days after receipt of invoice. | 30
      Customer will pay all undisputed amounts within thirty (30) days after receiving an invoice. | 30
      Payment shall be made no later than sixty (60) days following receipt of a correct invoice. | 60
      All payments are due within fifteen (15) days of the date of Supplier's invoice. | 15
      Buyer shall pay the purchase price within 30 days from delivery. | 30
      Payment is due upon receipt of invoice. | 0
      Invoices are payable within thirty (30) days of receipt with a two percent (2%) cash discount, or within sixty (60) days net. | 60
      """)
  void paymentTermsInOtherWordings(String text, int days) {
    assertEquals(days, new PaymentTermsExtractor().find(doc(text)).orElseThrow().days());
  }

  @Test
  void aPeriodThatIsNotAboutPayingIsNoPaymentTerm() {
    PaymentTermsExtractor terms = new PaymentTermsExtractor();
    assertTrue(terms.find(doc("Fees are payable monthly in advance.")).isEmpty());
    assertTrue(terms.find(doc("Supplier shall replace defective goods within 30 days of delivery.")).isEmpty());
  }
}
