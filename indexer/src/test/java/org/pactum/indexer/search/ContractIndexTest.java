package org.pactum.indexer.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pactum.extractor.model.ContractRecord;
import org.pactum.indexer.Records;
import org.pactum.indexer.Repository;

class ContractIndexTest {

  @TempDir Path data;
  private Repository repository;

  @BeforeEach
  void fill() throws Exception {
    repository = Repository.open(data);
    Records.text(repository, "msa.txt",
        "MASTER SERVICES AGREEMENT\nThe Provider shall indemnify the Client.\f"
            + "Either party may terminate this Agreement for convenience.\fThe laws of the State of New York govern.")
        .storeIn(repository);
    Records.text(repository, "nda.txt", "NON-DISCLOSURE AGREEMENT\nConfidential Information shall be protected.").storeIn(repository);
  }

  @org.junit.jupiter.api.AfterEach
  void close() throws Exception {
    repository.close();
  }

  private SearchResult search(String q) throws Exception {
    return repository.search(SearchRequest.of(q));
  }

  @Test
  void stemmedWordsMatchAndHighlightsCarryTheirPage() throws Exception {
    SearchResult result = search("termination");
    assertEquals(1, result.total());
    Snippet snippet = result.hits().get(0).snippets().get(0);
    assertEquals(2, snippet.page());
    Snippet.Match match = snippet.matches().get(0);
    assertEquals("terminate", snippet.text().substring(match.start(), match.end()));
  }

  @Test
  void wildcardFuzzyAndPhraseQueries() throws Exception {
    assertEquals(2, search("agree*").total());
    assertEquals(1, search("confidenti*").total());
    Snippet s = search("indemnif*").hits().get(0).snippets().get(0);
    assertEquals("indemnify", s.text().substring(s.matches().get(0).start(), s.matches().get(0).end()));
    assertEquals(1, search("indemnfy~2").total());
    assertEquals(1, search("\"state of new york\"").total());
    assertEquals(0, search("\"york new\"").total());
    assertEquals(1, search("\"indemnify client\"~3").total());
    assertEquals(2, search("indemnify OR confidential").total());
    assertEquals(1, search("agreement -indemnify").total());
  }

  @Test
  void quotedWordsMatchAsWrittenUnquotedOnesByTheirStem() throws Exception {
    assertEquals(1, search("governed").total(), "'govern' is the stem of both");
    assertEquals(0, search("\"governed\"").total(), "quoted, only 'governed' itself");
    assertEquals(1, search("\"the laws of the\"").total());
    assertEquals(0, search("\"laws of state\"").total(), "stop words count in a phrase");
    assertEquals(1, search("\"provider shall indemnify\"").total());
  }

  @Test
  void malformedQueriesSayWhereTheyAreWrong() {
    for (String bad : List.of("\"unclosed phrase", "(indemnify", "title:", "*leading")) {
      InvalidQueryException e = assertThrows(InvalidQueryException.class, () -> search(bad), bad);
      assertTrue(e.getMessage().startsWith("the query is malformed") || e.getMessage().startsWith("cannot search"), e.getMessage());
    }
  }

  @Test
  void anEmptyQueryListsEverythingAndPagesWork() throws Exception {
    assertEquals(2, search("").total());
    SearchResult second = repository.search(SearchRequest.page("", 1, 1));
    assertEquals(2, second.total());
    assertEquals(1, second.hits().size());
  }

  @Test
  void newDocumentsAreSearchableWithoutACommit() throws Exception {
    Records.text(repository, "lease.txt", "Commercial lease of the warehouse.").storeIn(repository);
    assertEquals(1, search("warehouse").total());
  }

  @Test
  void theFirstSearchAfterAChangeCountsItInTheFacets() throws Exception {
    ContractRecord lease = Records.text(repository, "lease.txt", "Commercial lease of the warehouse.").storeIn(repository);
    assertEquals(3, typesCounted(search("")));
    repository.setTags(lease.id(), List.of("storage"));
    assertEquals(List.of(new SearchResult.FacetValue("storage", 1)), search("").facets().get("tag"));
    repository.delete(lease.id());
    assertEquals(2, typesCounted(search("")));
    assertEquals(List.of(), search("").facets().get("tag"));
  }

  @Test
  void searchesWhileDocumentsAreStoredSeeEachStoredDocumentWithItsFacets() throws Exception {
    int stored = 30;
    ExecutorService searchers = Executors.newFixedThreadPool(3);
    AtomicBoolean storing = new AtomicBoolean(true);
    try {
      List<Future<Integer>> searches = new ArrayList<>();
      for (int t = 0; t < 3; t++) {
        searches.add(searchers.submit(() -> {
          long seen = 0;
          int checked = 0;
          while (storing.get() || checked == 0) {
            SearchResult all = search("");
            // a searcher's facets are those of its own reader: every contract it finds has one type
            assertEquals(all.total(), typesCounted(all));
            assertTrue(all.total() >= seen, "a search found fewer contracts than one before it");
            seen = all.total();
            checked++;
          }
          return checked;
        }));
      }
      for (int i = 0; i < stored; i++) {
        String reference = "storedref" + i;
        Records.text(repository, reference + ".txt", "Lease of unit " + reference + ".").storeIn(repository);
        assertEquals(1, search(reference).total(), reference + " is searchable once stored");
      }
      storing.set(false);
      for (Future<Integer> search : searches) {
        assertTrue(search.get() > 0);
      }
    } finally {
      storing.set(false);
      searchers.shutdownNow();
    }
    SearchResult all = search("");
    assertEquals(2 + stored, all.total());
    assertEquals(2 + stored, typesCounted(all));
  }

  private static long typesCounted(SearchResult result) {
    return result.facets().get("type").stream().mapToLong(SearchResult.FacetValue::count).sum();
  }
}
