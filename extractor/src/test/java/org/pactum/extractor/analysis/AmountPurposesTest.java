package org.pactum.extractor.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.pactum.extractor.model.Amount;

class AmountPurposesTest {

  /** The purpose of the first "$" sum in {@code text}. */
  private static String purpose(String text) {
    int start = text.indexOf('$');
    int end = start + 1;
    while (end < text.length() && (Character.isDigit(text.charAt(end)) || text.charAt(end) == ',')) {
      end++;
    }
    return AmountPurposes.of(text, start, end);
  }

  @Test
  void whatASumIsForIsReadFromItsSentence() {
    assertEquals(Amount.FEE, purpose("Client shall pay Provider an annual fee of $120,000, payable quarterly."));
    assertEquals(Amount.LIABILITY_CAP, purpose("In no event shall either party's aggregate liability under this Agreement"
        + " exceed $1,000,000."));
    assertEquals(Amount.LIABILITY_CAP, purpose("Supplier's total liability is limited to $250,000 per contract year."));
    assertEquals(Amount.CONTRACT_VALUE, purpose("The total contract value is $2,400,000 over the Initial Term."));
    assertEquals(Amount.INSURANCE, purpose("Provider shall maintain commercial general liability insurance of at least"
        + " $2,000,000 per occurrence."));
  }

  @Test
  void onlyItsOwnSentenceCountsAndASentenceThatSaysNothingGivesNone() {
    assertEquals(Amount.FEE, purpose("Provider's liability is limited as set out in Section 9. The setup fee is $9,500."));
    assertNull(purpose("Landlord's consent is required for alterations costing more than $10,000."));
  }
}
