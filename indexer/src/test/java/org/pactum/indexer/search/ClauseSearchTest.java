package org.pactum.indexer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.extractor.model.ContractRecord;
import org.pactum.extractor.testing.Fixtures;
import org.pactum.indexer.Records;
import org.pactum.indexer.Repository;

/** Clause-level search, filters, facets and the contract-clause join, on three real sample contracts. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClauseSearchTest {

  private Repository repository;
  private ContractRecord msa;
  private ContractRecord supply;
  private ContractRecord reseller;

  @BeforeAll
  void ingest(@TempDir Path data) throws Exception {
    repository = Repository.open(data);
    msa = Records.sample(repository, Fixtures.sample("01-")).storeIn(repository);
    supply = Records.sample(repository, Fixtures.sample("05-")).storeIn(repository);
    reseller = Records.sample(repository, Fixtures.sample("14-")).storeIn(repository);
  }

  @AfterAll
  void close() throws Exception {
    repository.close();
  }

  private SearchResult search(String q, SearchRequest.Scope scope, SearchRequest.Filters filters) throws Exception {
    return repository.search(SearchRequest.of(q).withScope(scope).withFilters(filters));
  }

  private static SearchRequest.Filters category(String category) {
    return new SearchRequest.Filters(category, null, null, null, null, null);
  }

  private static Set<String> contracts(SearchResult result) {
    return result.hits().stream().map(SearchHit::contractId).collect(Collectors.toSet());
  }

  private static Set<String> values(List<SearchResult.FacetValue> facet) {
    return facet.stream().map(SearchResult.FacetValue::value).collect(Collectors.toSet());
  }

  @Test
  void clausesAreHitsOfTheirOwnWithCategoryPageAndHighlight() throws Exception {
    SearchResult result = search("assign", SearchRequest.Scope.CLAUSES, category("anti-assignment"));
    assertFalse(result.hits().isEmpty());
    for (SearchHit hit : result.hits()) {
      assertNotNull(hit.clauseId());
      assertTrue(hit.clauseId().startsWith(hit.contractId() + ":"), hit.clauseId());
      assertTrue(hit.categories().contains("Anti-Assignment"), hit.categories().toString());
      assertNotNull(hit.page());
      Snippet snippet = hit.snippets().get(0);
      Snippet.Match match = snippet.matches().get(0);
      assertTrue(snippet.text().substring(match.start(), match.end()).toLowerCase().startsWith("assign"));
      ContractRecord record = List.of(msa, supply, reseller).stream()
          .filter(r -> r.id().equals(hit.contractId())).findFirst().orElseThrow();
      // the snippet's offset points into the contract's own text, on the page the hit names
      assertEquals(snippet.text(), record.text().substring(snippet.start(), snippet.start() + snippet.text().length()));
      assertEquals(record.pages().pageOf(snippet.start()), snippet.page());
    }
  }

  @Test
  void facetsCountLawTypeCategoryPartyAndYear() throws Exception {
    Map<String, List<SearchResult.FacetValue>> facets = search("", SearchRequest.Scope.CONTRACTS, SearchRequest.Filters.NONE).facets();
    assertEquals(Set.of("New York", "Germany", "California"), values(facets.get("law")));
    assertEquals(Set.of("Services", "Supply", "Distribution"), values(facets.get("type")));
    assertEquals(Set.of("2021", "2020", "2022"), values(facets.get("year")));
    assertTrue(values(facets.get("party")).contains("Northwind Analytics, Inc."), facets.get("party").toString());
    assertTrue(facets.get("category").contains(new SearchResult.FacetValue("Governing Law", 3)), facets.get("category").toString());
  }

  @Test
  void aQueryNamesFilterFieldsToCombineThemWithAndOrOr() throws Exception {
    SearchRequest.Scope contracts = SearchRequest.Scope.CONTRACTS;
    SearchRequest.Filters none = SearchRequest.Filters.NONE;
    Set<String> exclusivity = contracts(search("", contracts, category("Exclusivity")));
    Set<String> msfn = contracts(search("", contracts, category("Most Favored Nation")));
    assertFalse(exclusivity.isEmpty());
    assertFalse(msfn.isEmpty());
    assertEquals(exclusivity, contracts(search("category:exclusivity", contracts, none)));
    Set<String> either = new java.util.HashSet<>(exclusivity);
    either.addAll(msfn);
    assertEquals(either, contracts(search("category:Exclusivity OR category:\"most favored nation\"", contracts, none)));
    Set<String> both = new java.util.HashSet<>(exclusivity);
    both.retainAll(msfn);
    assertEquals(both, contracts(search("category:Exclusivity AND category:\"Most Favored Nation\"", contracts, none)));
    assertEquals(Set.of(msa.id()), contracts(search("law:US-NY", contracts, none)));
    assertEquals(Set.of(supply.id(), reseller.id()), contracts(search("renewal:automatic -law:\"new york\"", contracts, none)));
    assertEquals(contracts(search("", contracts, new SearchRequest.Filters(null, "cascade outdoor", null, null, null, null))),
        contracts(search("party:\"cascade outdoor\"", contracts, none)));
    Set<String> cascadeOrNorthwind = new java.util.HashSet<>(contracts(search("", contracts, new SearchRequest.Filters(null, "cascade", null, null, null, null))));
    cascadeOrNorthwind.addAll(contracts(search("", contracts, new SearchRequest.Filters(null, "northwind", null, null, null, null))));
    assertEquals(2, cascadeOrNorthwind.size(), cascadeOrNorthwind.toString());
    assertEquals(cascadeOrNorthwind, contracts(search("party:cascade OR party:\"northwind\"", contracts, none)));
    // a value field beside words: the words must match too
    assertEquals(Set.of(), contracts(search("law:US-NY AND \"no such words anywhere\"", contracts, none)));
  }

  @Test
  void filtersByLawPartyTypeDateAndAmount() throws Exception {
    SearchRequest.Scope contracts = SearchRequest.Scope.CONTRACTS;
    assertEquals(Set.of(msa.id()), contracts(search("", contracts, new SearchRequest.Filters(null, null, "US-NY", null, null, null))));
    assertEquals(Set.of(msa.id()), contracts(search("", contracts, new SearchRequest.Filters(null, null, "new york", null, null, null))));
    assertEquals(Set.of(supply.id()), contracts(search("", contracts, new SearchRequest.Filters(null, "cascade outdoor", null, null, null, null))));
    assertEquals(Set.of(reseller.id()), contracts(search("", contracts, new SearchRequest.Filters(null, null, null, "distribution", null, null))));
    assertEquals(Set.of(reseller.id()),
        contracts(search("", contracts, new SearchRequest.Filters(null, null, null, null, LocalDate.of(2022, 1, 1), null))));
    assertEquals(Set.of(supply.id()),
        contracts(search("", contracts, new SearchRequest.Filters(null, null, null, null, null, LocalDate.of(2020, 12, 31)))));
    // the MSA and the supply agreement name five million, the reseller agreement at most 250,000
    assertEquals(Set.of(msa.id(), supply.id()),
        contracts(search("", contracts, SearchRequest.Filters.of(null, null, null, null, null, null, "1,000,000"))));
    assertEquals(Set.of(msa.id(), supply.id(), reseller.id()),
        contracts(search("", contracts, SearchRequest.Filters.of(null, null, null, null, null, null, "250k"))));
    assertEquals(Set.of(), contracts(search("", contracts, SearchRequest.Filters.of(null, null, null, null, null, null, "5000001"))));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> SearchRequest.Filters.of(null, null, null, null, null, null, "lots"));
    SearchResult clauses = search("", SearchRequest.Scope.CLAUSES, new SearchRequest.Filters(null, "northwind", null, null, null, null));
    assertTrue(clauses.total() > 5, "the MSA's clauses: " + clauses.total());
    assertEquals(Set.of(msa.id()), contracts(clauses));
  }

  @Test
  void aCategoryFilterOnContractsMatchesTheQueryInsideThatClause() throws Exception {
    // every sample names its governing law in a Governing Law clause; only the MSA's names New York
    SearchResult result = search("\"new york\"", SearchRequest.Scope.CONTRACTS, category("Governing Law"));
    assertEquals(Set.of(msa.id()), contracts(result));
    assertEquals(3, search("", SearchRequest.Scope.CONTRACTS, category("Governing Law")).total());
    assertEquals(0, search("", SearchRequest.Scope.CONTRACTS, category("No Such Category")).total());
  }

  @Test
  void sortsByTheContractDate() throws Exception {
    SearchResult result = repository.search(SearchRequest.of("").withSort(SearchRequest.Sort.DATE));
    assertEquals(List.of(reseller.id(), msa.id(), supply.id()), result.hits().stream().map(SearchHit::contractId).toList());
  }

  @Test
  void countsContractsNotClauses() throws Exception {
    assertEquals(3, repository.index().count());
    assertEquals(Set.of(msa.id(), supply.id(), reseller.id()), repository.index().ids());
  }
}
