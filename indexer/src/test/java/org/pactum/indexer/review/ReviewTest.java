package org.pactum.indexer.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.extractor.analysis.DefaultAnalyzer;
import org.pactum.extractor.model.ContractRecord;
import org.pactum.extractor.testing.Fixtures;
import org.pactum.indexer.Records;
import org.pactum.indexer.Repository;
import org.pactum.indexer.regressions.RegressionResult;
import org.pactum.indexer.search.SearchRequest;

class ReviewTest {

  private static long withReview(Repository repository, String review) throws Exception {
    return repository.search(SearchRequest.of("").withFilters(SearchRequest.Filters.NONE.withReview(review))).total();
  }

  private static FieldReview of(Repository repository, String id, String field) throws Exception {
    return repository.reviews(id).orElseThrow().stream().filter(r -> r.field().equals(field)).findFirst().orElseThrow();
  }

  @Test
  void valuesAreExtractedUntilAPersonVerifiesOrCorrectsThemAndTheStateIsSearchable(@TempDir Path data) throws Exception {
    try (Repository repository = Repository.open(data)) {
      ContractRecord msa = Records.sample(repository, Fixtures.sample("01-")).storeIn(repository);
      String id = msa.id();
      FieldReview expiry = of(repository, id, "expirationDate");
      assertEquals(ReviewState.EXTRACTED, expiry.state());
      assertNull(expiry.user());
      assertEquals(1, withReview(repository, "expirationDate:extracted"), "expiry dates no one has verified");

      repository.verify(id, "expirationDate", "ana");
      FieldReview verified = of(repository, id, "expirationDate");
      assertEquals(ReviewState.VERIFIED, verified.state());
      assertEquals("ana", verified.user());
      assertEquals(expiry.value(), verified.value());
      assertEquals(0, withReview(repository, "expirationDate:extracted"));
      assertEquals(1, withReview(repository, "expirationDate:verified"));

      repository.correct(id, "governingLaw", "Delaware", "ben");
      assertEquals(ReviewState.CORRECTED, of(repository, id, "governingLaw").state());
      assertEquals("Delaware", of(repository, id, "governingLaw").value());
      assertEquals(1, withReview(repository, "governingLaw:corrected"));
      assertThrows(IllegalArgumentException.class, () -> repository.verify(id, "governingLaw", "ana"), "a correction is already checked");
      assertThrows(IllegalArgumentException.class, () -> repository.verify(id, "amounts", "ana"));
      assertThrows(IllegalArgumentException.class, () -> SearchRequest.Filters.NONE.withReview("expirationDate:maybe"));

      repository.reindex();
      assertEquals(1, withReview(repository, "expirationDate:verified"), "review states outlive a rebuilt index");
      var facet = repository.search(SearchRequest.of("")).facets().get("review");
      assertTrue(facet.stream().anyMatch(c -> c.value().equals("parties:extracted")), facet.toString());
    }
  }

  @Test
  void aCheckedValueBecomesARegressionCaseTheExtractorIsHeldTo(@TempDir Path data) throws Exception {
    try (Repository repository = Repository.open(data)) {
      ContractRecord msa = Records.sample(repository, Fixtures.sample("01-")).storeIn(repository);
      String id = msa.id();
      assertThrows(IllegalArgumentException.class, () -> repository.keepAsRegression(id, "effectiveDate"), "nobody checked it");
      repository.verify(id, "effectiveDate", "ana");
      repository.keepAsRegression(id, "effectiveDate").orElseThrow();
      // a correction the extractor does not (yet) agree with is a case that fails until it does
      repository.correct(id, "noticePeriod", "P45D", "ben");
      repository.keepAsRegression(id, "noticePeriod").orElseThrow();

      List<RegressionResult> results = repository.regressions().check(new DefaultAnalyzer());
      assertEquals(2, results.size());
      RegressionResult effective = results.stream().filter(r -> r.regressionCase().field().equals("effectiveDate")).findFirst().orElseThrow();
      assertTrue(effective.passed(), effective.toString());
      RegressionResult notice = results.stream().filter(r -> r.regressionCase().field().equals("noticePeriod")).findFirst().orElseThrow();
      assertFalse(notice.passed());
      assertEquals(msa.extraction().noticePeriod().iso(), notice.actual(), "what the extractor finds instead");
      assertEquals("ben", notice.regressionCase().by());

      assertTrue(repository.delete(id));
      assertEquals(2, repository.regressions().check(new DefaultAnalyzer()).size(), "a case keeps its text when the contract goes");
    }
  }
}
