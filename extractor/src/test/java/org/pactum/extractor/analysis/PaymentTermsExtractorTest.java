package org.pactum.extractor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pactum.extractor.model.PageMap;
import org.pactum.extractor.model.ParsedDocument;
import org.pactum.extractor.model.PaymentTerms;

class PaymentTermsExtractorTest {

  private static Optional<PaymentTerms> find(String text) {
    return new PaymentTermsExtractor().find(new ParsedDocument("text/plain", text, PageMap.SINGLE_PAGE, Map.of(), 0));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Payment terms are Net 30. | 30
      Payment terms: 2% 10, net 30 days. | 30
      Customer shall pay each invoice within thirty (30) days of receipt of the invoice. | 30
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
  void readsTheDaysAnInvoiceHasToBePaidIn(String text, int days) {
    assertEquals(days, find(text).orElseThrow().days());
  }

  @Test
  void aPeriodThatIsNotAboutPayingIsNone() {
    assertTrue(find("Fees are payable monthly in advance.").isEmpty());
    assertTrue(find("Supplier shall replace defective goods within 30 days of delivery.").isEmpty());
  }
}
