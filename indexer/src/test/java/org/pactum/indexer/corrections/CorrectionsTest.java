package org.pactum.indexer.corrections;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.extractor.model.ContractRecord;
import org.pactum.extractor.model.Party;
import org.pactum.extractor.testing.Fixtures;
import org.pactum.indexer.Records;
import org.pactum.indexer.Repository;
import org.pactum.indexer.dates.DateQuery;
import org.pactum.indexer.dates.KeyDate;
import org.pactum.indexer.search.SearchRequest;

class CorrectionsTest {

  private static long byLaw(Repository repository, String law) throws Exception {
    return repository.search(SearchRequest.of("").withFilters(new SearchRequest.Filters(null, null, law, null, null, null))).total();
  }

  @Test
  void aCorrectionReplacesTheValueInSearchAndDatesKeepsItsSourceAndCanBeWithdrawn(@TempDir Path data) throws Exception {
    try (Repository repository = Repository.open(data)) {
      ContractRecord msa = Records.sample(repository, Fixtures.sample("01-")).storeIn(repository);
      assertEquals(1, byLaw(repository, "US-NY"));

      Correction law = repository.correct(msa.id(), "governingLaw", "  delaware ", "ana").orElseThrow();
      assertEquals("Delaware", law.value(), "normalised to the usual name");
      assertEquals(0, byLaw(repository, "US-NY"));
      assertEquals(1, byLaw(repository, "US-DE"), "searchable at once under its code");
      ContractRecord corrected = repository.corrected(msa.id()).orElseThrow();
      assertEquals("Delaware", corrected.extraction().governingLaw().jurisdiction());
      assertEquals(msa.extraction().governingLaw().source().start(), corrected.extraction().governingLaw().source().start(),
          "the corrected value still points at the words it is about");
      assertEquals("correction by ana", corrected.extraction().governingLaw().source().extractor());
      assertEquals("New York", repository.get(msa.id()).orElseThrow().extraction().governingLaw().jurisdiction(),
          "the record itself keeps what extraction found");

      repository.correct(msa.id(), "expirationDate", "2026-12-31", "ben");
      repository.correct(msa.id(), "autoRenewal", "no", "ben");
      List<KeyDate> dates = repository.keyDates(DateQuery.all(LocalDate.parse("2026-11-23")));
      assertEquals(List.of(KeyDate.Kind.EXPIRATION), dates.stream().map(KeyDate::kind).toList());
      assertEquals(LocalDate.parse("2026-12-31"), dates.get(0).date());

      repository.correct(msa.id(), "governingLaw", "", "ana");
      assertEquals(1, byLaw(repository, "US-NY"), "withdrawn: the extracted value is back");
      assertEquals(4, repository.corrections().history(msa.id()).size(), "every correction is kept, with who and when");
      repository.correct(msa.id(), "governingLaw", "California", "ana");
      repository.reindex();
      assertEquals(1, byLaw(repository, "US-CA"), "corrections outlive a rebuilt index");

      assertThrows(IllegalArgumentException.class, () -> repository.correct(msa.id(), "amounts", "x", "ana"));
      assertThrows(IllegalArgumentException.class, () -> repository.correct(msa.id(), "effectiveDate", "31/12/2026", "ana"));
      assertThrows(IllegalArgumentException.class, () -> repository.correct(msa.id(), "noticePeriod", "ninety days", "ana"));
      assertTrue(repository.correct("0123456789abcdef", "title", "x", "ana").isEmpty());
    }
  }

  @Test
  void partiesAreCorrectedAsOneListAndSearchedUnderTheirNewNames(@TempDir Path data) throws Exception {
    try (Repository repository = Repository.open(data)) {
      ContractRecord msa = Records.sample(repository, Fixtures.sample("01-")).storeIn(repository);
      Party provider = msa.extraction().parties().stream().filter(p -> "Provider".equals(p.alias())).findFirst().orElseThrow();
      Correction fixed = repository.correct(msa.id(),
          "parties", provider.name() + " (“Provider”) ; Harbor View Holdings LLC (Customer)", "ana").orElseThrow();
      assertEquals(provider.name() + " (Provider); Harbor View Holdings LLC (Customer)", fixed.value(), "written back one way");
      List<Party> now = repository.corrected(msa.id()).orElseThrow().extraction().parties();
      assertEquals(List.of("Provider", "Customer"), now.stream().map(Party::alias).toList());
      assertEquals(provider.source().start(), now.get(0).source().start(), "a kept party still points at its words");
      assertEquals("correction by ana", now.get(1).source().extractor());
      SearchRequest byParty = SearchRequest.of("").withFilters(
          new SearchRequest.Filters(null, "Harbor View Holdings LLC", null, null, null, null));
      assertEquals(1, repository.search(byParty).total(), "the party facet and filter use the correction");

      assertThrows(IllegalArgumentException.class, () -> repository.correct(msa.id(), "parties", "(Provider)", "ana"));
      assertThrows(IllegalArgumentException.class, () -> repository.correct(msa.id(), "parties", " ; ", "ana"));
    }
  }
}
