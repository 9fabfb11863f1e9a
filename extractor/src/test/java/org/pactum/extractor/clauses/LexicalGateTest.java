package org.pactum.extractor.clauses;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LexicalGateTest {

  @Test
  void escrowClausesMustSpeakOfEscrowOrSourceCode() {
    assertTrue(LexicalGate.admits("Source Code Escrow", "Licensor shall deposit the source code with the escrow agent."));
    assertFalse(LexicalGate.admits("Source Code Escrow", "Either party may terminate if the other files a petition in bankruptcy."));
  }

  @Test
  void aDenialOfThirdPartyBeneficiariesIsNotOneUnlessItMakesAnException() {
    assertTrue(LexicalGate.admits("Third Party Beneficiary", "The Agent shall be deemed a third-party beneficiary of this Agreement."));
    assertFalse(LexicalGate.admits("Third Party Beneficiary", "There are no third party beneficiaries to this Agreement."));
    assertFalse(LexicalGate.admits("Third Party Beneficiary",
        "Nothing in this Agreement is intended to confer any rights or remedies on any person other than the parties."));
    assertTrue(LexicalGate.admits("Third Party Beneficiary",
        "Except as provided in Section 8, this Agreement does not create any intended third party beneficiary rights."));
  }

  @Test
  void otherCategoriesPassUnchecked() {
    assertTrue(LexicalGate.admits("Governing Law", "anything"));
  }
}
