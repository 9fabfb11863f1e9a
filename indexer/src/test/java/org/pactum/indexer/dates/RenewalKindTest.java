package org.pactum.indexer.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pactum.extractor.model.ExtractedPeriod;
import org.pactum.extractor.model.Extraction;
import org.pactum.extractor.model.Provenance;

class RenewalKindTest {

  private static Extraction renewing(String renewalTerm, Boolean automatic, String notice) {
    return new Extraction(null, List.of(), null, null, null, null, null, period(renewalTerm), automatic, period(notice), null,
        List.of(), null, List.of(), List.of(), List.of(), List.of());
  }

  private static ExtractedPeriod period(String iso) {
    return iso == null ? null : new ExtractedPeriod(Period.parse(iso), iso, new Provenance(30, 40, 3, "test", 1.0));
  }

  @Test
  void aRenewalLengthRenewsByItselfUnlessItIsAnOption() {
    assertEquals(Optional.of(RenewalKind.AUTOMATIC), RenewalKind.of(renewing("P1Y", true, "P90D")));
    assertEquals(Optional.of(RenewalKind.OPTION), RenewalKind.of(renewing("P5Y", false, null)));
    // written before automatic and optional renewals were told apart
    assertEquals(Optional.of(RenewalKind.AUTOMATIC), RenewalKind.of(renewing("P1Y", null, null)));
  }

  @Test
  void aContractThatGoesOnUnlessNoticeIsGivenRenewsByItselfWithoutALength() {
    Extraction goesOn = renewing(null, null, "P60D");
    assertEquals(Optional.of(RenewalKind.AUTOMATIC), RenewalKind.of(goesOn));
    assertEquals(Boolean.TRUE, RenewalKind.automatic(goesOn));
  }

  @Test
  void noLengthAndNoNoticeIsNoRenewal() {
    assertEquals(Optional.empty(), RenewalKind.of(renewing(null, null, null)));
    assertEquals(Optional.empty(), RenewalKind.of(renewing("P0D", true, null)));
    assertNull(RenewalKind.automatic(renewing(null, null, "P0D")));
    assertEquals(Boolean.FALSE, RenewalKind.automatic(renewing("P2Y", false, "P30D")));
  }
}
