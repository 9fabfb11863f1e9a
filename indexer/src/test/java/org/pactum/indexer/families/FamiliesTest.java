package org.pactum.indexer.families;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.extractor.model.ContractRecord;
import org.pactum.extractor.testing.Fixtures;
import org.pactum.indexer.Records;
import org.pactum.indexer.Repository;

class FamiliesTest {

  private final FamilyLinks links = new FamilyLinks();

  @Test
  void titlesAndOpeningsSayWhatTheyModify() {
    FamilyLink second = links.of("SECOND AMENDMENT TO SOFTWARE LICENSE AGREEMENT",
        "SECOND AMENDMENT TO SOFTWARE LICENSE AGREEMENT\n\nThis Second Amendment amends the Software License Agreement dated as of"
            + " June 1, 2019 between the parties.").orElseThrow();
    assertEquals(FamilyLink.Kind.AMENDMENT, second.kind());
    assertEquals(2, second.number());
    assertEquals("software license agreement", second.parentKey());
    assertEquals(LocalDate.parse("2019-06-01"), second.parentDate());
    FamilyLink restated = links.of("AMENDED AND RESTATED CREDIT AGREEMENT", "").orElseThrow();
    assertEquals(FamilyLink.Kind.RESTATEMENT, restated.kind());
    assertEquals("credit agreement", restated.parentKey());
    FamilyLink addendum = links.of("Data Processing Addendum No. 2 to the Hosting Services Agreement", "").orElseThrow();
    assertEquals(FamilyLink.Kind.ADDENDUM, addendum.kind());
    assertEquals(2, addendum.number());
    assertTrue(links.of("MASTER SERVICES AGREEMENT", "Any amendment to this Agreement must be in writing. Each Statement of"
        + " Work is issued under the Master Services Agreement.").isEmpty(), "an agreement that mentions amendments and SOWs modifies nothing");
  }

  @Test
  void anAmendmentJoinsItsAgreementAndMovesTheExpirationAStatementOfWorkNamesAMissingOne(@TempDir Path data) throws Exception {
    try (Repository repository = Repository.open(data)) {
      ContractRecord msa = Records.sample(repository, Fixtures.sample("01-")).storeIn(repository);
      ContractRecord amendment = Records.sample(repository, Fixtures.sample("12-")).storeIn(repository);
      Records.sample(repository, Fixtures.sample("19-")).storeIn(repository);
      Records.sample(repository, Fixtures.sample("03-")).storeIn(repository);

      // the extractor reads the recital's old end date from this amendment; a person's correction is what families use
      assertEquals(2, repository.families().size(), "worked out once, then kept until a record changes");
      repository.correct(amendment.id(), "expirationDate", "2025-03-31", "ana");
      Family family = repository.familyOf(amendment.id()).orElseThrow();
      assertEquals(msa.id(), family.base().contractId());
      assertEquals(List.of("agreement", "amendment"), family.members().stream().map(Family.Member::kind).toList());
      assertEquals(1, family.members().get(1).number());
      assertEquals(LocalDate.parse("2021-03-15"), family.baseDate());
      Family.EffectiveTerm expiry = family.effectiveTerms().stream().filter(t -> t.field().equals("expirationDate")).findFirst().orElseThrow();
      assertEquals("2025-03-31", expiry.value(), "the amendment extended the term");
      assertEquals(amendment.id(), expiry.contractId(), "set by the amendment, with a link to its clause");
      assertTrue(expiry.replaced().startsWith(msa.extraction().expiration().date() + " ("), expiry.replaced());
      assertTrue(expiry.end() > expiry.start(), "a link to the words that set it");

      // key dates: the agreement's term as the amendment leaves it, the date and its input linked to the amendment's words
      List<org.pactum.indexer.dates.KeyDate> dates = repository.keyDates(
          org.pactum.indexer.dates.DateQuery.all(LocalDate.parse("2024-06-01")));
      org.pactum.indexer.dates.KeyDate renews = dates.stream()
          .filter(d -> d.contractId().equals(msa.id()) && d.kind() == org.pactum.indexer.dates.KeyDate.Kind.RENEWAL).findFirst().orElseThrow();
      assertEquals(LocalDate.parse("2025-03-31"), renews.date(), "the amended term end: " + renews.derivation());
      assertTrue(renews.derivation().contains("set by \"AMENDMENT NO. 1 TO MASTER SERVICES AGREEMENT\""), renews.derivation());
      assertTrue(renews.inputs().stream().anyMatch(i -> i.name().equals("expiration date") && i.contractId().equals(amendment.id())),
          renews.inputs().toString());
      assertTrue(dates.stream().noneMatch(d -> d.contractId().equals(amendment.id())
          && d.kind() != org.pactum.indexer.dates.KeyDate.Kind.OBLIGATION_DUE), "the amendment's term dates are the agreement's");

      Family sow = repository.families().stream().filter(f -> f.base() == null).findFirst().orElseThrow();
      assertNull(sow.base(), "the SOW's master agreement is not in the repository");
      assertEquals("statement of work", sow.members().get(0).kind());
      assertEquals(3, sow.members().get(0).number());
      assertEquals(LocalDate.parse("2021-03-12"), sow.baseDate());
      assertEquals(2, repository.families().size(), "the NDA belongs to no family");
    }
  }

  @Test
  void aSecondAmendmentCarriesTheChainOnAndEachTermNamesTheDocumentThatLastSetIt(@TempDir Path data) throws Exception {
    try (Repository repository = Repository.open(data)) {
      // stored out of order: the chain is ordered by the documents' own dates and numbers
      ContractRecord second = Records.sample(repository, Fixtures.sample("27-")).storeIn(repository);
      ContractRecord msa = Records.sample(repository, Fixtures.sample("01-")).storeIn(repository);
      ContractRecord first = Records.sample(repository, Fixtures.sample("12-")).storeIn(repository);
      repository.correct(first.id(), "expirationDate", "2025-03-31", "ana");

      Family family = repository.familyOf(msa.id()).orElseThrow();
      assertEquals(List.of(msa.id(), first.id(), second.id()), family.members().stream().map(Family.Member::contractId).toList());
      assertEquals(List.of("agreement", "amendment", "amendment"), family.members().stream().map(Family.Member::kind).toList());
      assertEquals(2, family.members().get(2).number());

      Family.EffectiveTerm expiry = term(family, "expirationDate");
      assertEquals("2026-03-31", expiry.value(), "the second amendment's end date is the one in force");
      assertEquals(second.id(), expiry.contractId());
      assertEquals("2025-03-31 (AMENDMENT NO. 1 TO MASTER SERVICES AGREEMENT)", expiry.replaced(), "what it replaced, and where that was set");
      Family.EffectiveTerm notice = term(family, "noticePeriod");
      assertEquals("P60D", notice.value(), "the second amendment shortened the notice");
      assertEquals(second.id(), notice.contractId());
      assertTrue(notice.replaced().startsWith("P90D ("), notice.replaced());
      assertEquals(msa.id(), term(family, "governingLaw").contractId(), "a term no amendment changed stays the agreement's");

      org.pactum.indexer.dates.KeyDate deadline = repository.keyDates(org.pactum.indexer.dates.DateQuery.all(LocalDate.parse("2025-06-01")))
          .stream().filter(d -> d.contractId().equals(msa.id()) && d.kind() == org.pactum.indexer.dates.KeyDate.Kind.NOTICE_DEADLINE)
          .findFirst().orElseThrow();
      assertEquals(LocalDate.parse("2026-01-30"), deadline.date(), "sixty days before the amended end: " + deadline.derivation());
      assertTrue(deadline.inputs().stream().anyMatch(i -> i.name().equals("notice period") && i.contractId().equals(second.id())),
          deadline.inputs().toString());
    }
  }

  private static Family.EffectiveTerm term(Family family, String field) {
    return family.effectiveTerms().stream().filter(t -> t.field().equals(field)).findFirst().orElseThrow(() -> new AssertionError(field + ": " + family));
  }
}
