package org.pactum.indexer.tags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.extractor.model.ContractRecord;
import org.pactum.indexer.Records;
import org.pactum.indexer.Repository;
import org.pactum.indexer.search.SearchHit;
import org.pactum.indexer.search.SearchRequest;
import org.pactum.indexer.search.SearchResult;

class TagsTest {

  private static Set<String> tagged(Repository repository, String tag, SearchRequest.Scope scope) throws Exception {
    SearchResult result = repository.search(SearchRequest.of("").withScope(scope).withFilters(SearchRequest.Filters.NONE.withTag(tag)));
    return result.hits().stream().map(SearchHit::contractId).collect(Collectors.toSet());
  }

  @Test
  void tagsFilterAndFacetContractsAndTheirClausesAndSurviveAReindex(@TempDir Path data) throws Exception {
    try (Repository repository = Repository.open(data)) {
      ContractRecord a = Records.text(repository, "a.txt", "Supply agreement. The Supplier shall deliver the goods.").storeIn(repository);
      ContractRecord b = Records.text(repository, "b.txt", "Services agreement. The Provider shall perform the services.").storeIn(repository);
      assertEquals(List.of("Renewal review", "supplier: acme"),
          repository.setTags(a.id(), List.of(" Renewal   review ", "supplier: acme", "renewal REVIEW")).orElseThrow());
      repository.setTags(b.id(), List.of("supplier: acme"));
      assertEquals(Set.of(a.id()), tagged(repository, "renewal review", SearchRequest.Scope.CONTRACTS));
      assertEquals(Set.of(a.id(), b.id()), tagged(repository, "Supplier: ACME", SearchRequest.Scope.CONTRACTS));
      SearchResult all = repository.search(SearchRequest.of(""));
      assertEquals(List.of(new SearchResult.FacetValue("supplier: acme", 2), new SearchResult.FacetValue("Renewal review", 1)),
          all.facets().get("tag"));

      repository.reindex();
      assertEquals(Set.of(a.id()), tagged(repository, "renewal review", SearchRequest.Scope.CONTRACTS), "tags outlive the index");
      repository.setTags(a.id(), List.of());
      assertEquals(Set.of(), tagged(repository, "renewal review", SearchRequest.Scope.CONTRACTS));
      assertEquals(List.of(), repository.tags(a.id()));

      assertThrows(IllegalArgumentException.class, () -> repository.setTags(b.id(), List.of("<script>")));
      assertThrows(IllegalArgumentException.class, () -> repository.setTags(b.id(), List.of("x".repeat(61))));
      assertEquals(List.of("supplier: acme"), repository.tags(b.id()), "a refused change leaves the tags as they were");
      assertTrue(repository.setTags("0123456789abcdef", List.of("x")).isEmpty(), "no such contract");
      repository.delete(b.id());
      assertEquals(List.of(), repository.tags(b.id()));
    }
  }
}
