package org.pactum.indexer.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
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
import org.pactum.indexer.library.StandardClause;
import org.pactum.indexer.search.ClauseView;
import org.pactum.indexer.search.SearchHit;
import org.pactum.indexer.search.SearchRequest;
import org.pactum.indexer.search.SearchResult;
import org.pactum.indexer.search.SimilarClause;

/** Similar clauses, side-by-side diffs and deviation from the library's standard, on four real sample contracts. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompareTest {

  private static final String CAP = "Cap on Liability";

  private Repository repository;
  private ContractRecord msa;

  @BeforeAll
  void ingest(@TempDir Path data) throws Exception {
    repository = Repository.open(data);
    msa = Records.sample(repository, Fixtures.sample("01-")).storeIn(repository);
    for (String sample : List.of("05-", "14-", "21-", "04-")) {
      Records.sample(repository, Fixtures.sample(sample)).storeIn(repository);
    }
  }

  @AfterAll
  void close() throws Exception {
    repository.close();
  }

  private ClauseView clauseOf(ContractRecord record, String category) throws Exception {
    return repository.index().clausesOf(category).stream()
        .filter(c -> c.contractId().equals(record.id())).findFirst().orElseThrow();
  }

  @Test
  void similarClausesComeFromOtherContractsAndShareTheCategory() throws Exception {
    ClauseView law = clauseOf(msa, "Governing Law");
    List<SimilarClause> similar = repository.index().similar(law.clauseId(), 10, true).orElseThrow();
    assertFalse(similar.isEmpty());
    float previous = Float.MAX_VALUE;
    for (SimilarClause s : similar) {
      assertFalse(s.clause().contractId().equals(msa.id()), "a clause of the same contract: " + s.clause().clauseId());
      assertTrue(s.clause().categories().contains("Governing Law"), s.clause().categories().toString());
      assertTrue(s.similarity() > 0 && s.similarity() <= 1, "similarity " + s.similarity());
      assertTrue(s.score() <= previous, "best first");
      previous = s.score();
    }
    assertTrue(repository.index().similar(msa.id() + ":0-1", 10, true).isEmpty(), "no such clause");
  }

  @Test
  void clausesOfOtherCategoriesCountOnlyWhenAsked() throws Exception {
    ClauseView law = clauseOf(msa, "Governing Law");
    List<SimilarClause> any = repository.index().similar(law.clauseId(), 200, false).orElseThrow();
    List<SimilarClause> same = repository.index().similar(law.clauseId(), 200, true).orElseThrow();
    assertTrue(any.size() >= same.size());
  }

  @Test
  void aSideBySideComparisonDiffsEveryClauseAgainstTheFirst() throws Exception {
    // the first cap clause of three different contracts
    List<ClauseView> caps = repository.index().clausesOf(CAP).stream()
        .collect(Collectors.toMap(ClauseView::contractId, c -> c, (a, b) -> a, java.util.LinkedHashMap::new))
        .values().stream().limit(3).toList();
    assertEquals(3, caps.size(), "contracts with a cap clause among the samples");
    List<Passage> passages = new java.util.ArrayList<>();
    for (ClauseView cap : caps) {
      passages.add(repository.passage(cap.clauseId()).orElseThrow());
    }
    passages.add(repository.passage(caps.get(0).clauseId()).orElseThrow());
    Comparison comparison = Comparison.of(passages);
    assertEquals(caps.get(0).clauseId(), comparison.base().id());
    assertEquals(msa.title(), comparison.base().label());
    assertEquals(3, comparison.others().size());
    for (Comparison.Against against : comparison.others()) {
      String other = against.difference().segments().stream().filter(s -> s.change() != Segment.Change.REMOVED)
          .map(Segment::text).collect(Collectors.joining());
      assertEquals(against.passage().text(), other, "the compared clause reads back from its diff");
    }
    assertTrue(comparison.others().get(0).difference().similarity() < 1, "another contract's wording");
    assertEquals(1.0, comparison.others().get(2).difference().similarity(), "the clause against itself");
    assertThrows(IllegalArgumentException.class, () -> Comparison.of(passages.subList(0, 1)));
  }

  @Test
  void clausesAreRankedByDeviationFromTheStandardMostDeviantFirst() throws Exception {
    List<ClauseView> caps = repository.index().clausesOf(CAP);
    ClauseView ours = caps.get(0);
    StandardClause standard = repository.library().add("cap ON liability", "Our cap", ours.text());
    try {
      assertEquals(CAP, standard.category());
      assertTrue(repository.passage(standard.id()).isPresent());
      List<Deviation> ranked = repository.deviations(CAP);
      assertEquals(caps.size(), ranked.size());
      for (int i = 1; i < ranked.size(); i++) {
        assertTrue(ranked.get(i - 1).deviation() >= ranked.get(i).deviation(), "most deviant first");
      }
      Deviation last = ranked.get(ranked.size() - 1);
      assertEquals(0.0, last.deviation(), 1e-9);
      assertEquals(ours.text(), last.clause().text());
      assertEquals(standard.id(), last.standardId());
      assertTrue(ranked.get(0).deviation() > 0.3, "another contract's cap is worded differently: " + ranked.get(0).deviation());
    } finally {
      assertTrue(repository.library().remove(standard.id()));
    }
    // no curated standard: the repository's usual wording stands in, one of its own clauses
    List<Deviation> learned = repository.deviations(CAP);
    assertEquals(caps.size(), learned.size());
    assertTrue(learned.get(0).standardName().startsWith("usual wording: "), learned.get(0).standardName());
    assertTrue(caps.stream().anyMatch(c -> c.clauseId().equals(learned.get(0).standardId())), "the standard is a clause of the category");
    assertEquals(0.0, learned.get(learned.size() - 1).deviation(), 1e-9, "the usual clause against itself");
  }

  @Test
  void theLibraryRefusesUnknownCategoriesAndEmptyText() {
    assertThrows(IllegalArgumentException.class, () -> repository.library().add("Liability-ish", "x", "text"));
    assertThrows(IllegalArgumentException.class, () -> repository.library().add(CAP, "x", "  "));
  }

  @Test
  void aClauseSearchOfOneCategorySortsByDeviationNarrowedByItsQuery() throws Exception {
    List<Deviation> ranked = repository.deviations(CAP);
    SearchRequest.Filters caps = new SearchRequest.Filters(CAP, null, null, null, null, null);
    SearchResult all = repository.search(new SearchRequest("", SearchRequest.Scope.CLAUSES, caps, SearchRequest.Sort.DEVIATION, 0, 100));
    assertEquals(ranked.size(), all.total());
    assertEquals(ranked.stream().map(d -> d.clause().clauseId()).toList(), all.hits().stream().map(SearchHit::clauseId).toList(),
        "the order the deviation ranking gives");
    for (int i = 0; i < all.hits().size(); i++) {
      SearchHit.Measured measured = all.hits().get(i).deviation();
      assertEquals(ranked.get(i).deviation(), measured.deviation(), 1e-9);
      assertEquals(ranked.get(i).standardId(), measured.standardId());
      assertTrue(measured.standardName().startsWith("usual wording: "), measured.standardName());
    }

    // a query narrows the clauses and keeps the order; a page is a slice of it
    SearchResult fees = repository.search(new SearchRequest("fees", SearchRequest.Scope.CLAUSES, caps, SearchRequest.Sort.DEVIATION, 0, 100));
    assertTrue(fees.total() > 0 && fees.total() < all.total(), fees.total() + " of " + all.total());
    List<String> order = all.hits().stream().map(SearchHit::clauseId).toList();
    List<Integer> places = fees.hits().stream().map(h -> order.indexOf(h.clauseId())).toList();
    assertEquals(places.stream().sorted().toList(), places, "still most unusual first");
    assertTrue(fees.hits().stream().allMatch(h -> !h.snippets().isEmpty()), "with the query's passages highlighted");
    SearchResult second = repository.search(new SearchRequest("", SearchRequest.Scope.CLAUSES, caps, SearchRequest.Sort.DEVIATION, 1, 2));
    assertEquals(order.subList(1, 3), second.hits().stream().map(SearchHit::clauseId).toList());

    IllegalArgumentException contracts = assertThrows(IllegalArgumentException.class,
        () -> new SearchRequest("", SearchRequest.Scope.CONTRACTS, caps, SearchRequest.Sort.DEVIATION, 0, 10));
    assertTrue(contracts.getMessage().contains("scope=clauses and a category"), contracts.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> new SearchRequest("", SearchRequest.Scope.CLAUSES, SearchRequest.Filters.NONE, SearchRequest.Sort.DEVIATION, 0, 10));
  }

  @Test
  void aComparisonPutsTheClausesThatDifferMostFromTheFirstFirst() throws Exception {
    List<Deviation> ranked = repository.deviations(CAP);
    Passage standard = repository.passage(ranked.get(0).standardId()).orElseThrow();
    List<Passage> passages = new java.util.ArrayList<>(List.of(standard));
    for (Deviation d : ranked.reversed().subList(0, 3)) {
      passages.add(repository.passage(d.clause().clauseId()).orElseThrow());
    }
    Comparison sorted = Comparison.of(passages).mostDifferentFirst();
    assertEquals(standard.id(), sorted.base().id());
    List<Double> deviations = sorted.others().stream().map(a -> a.difference().deviation()).toList();
    assertEquals(deviations.stream().sorted(java.util.Comparator.reverseOrder()).toList(), deviations);
    assertEquals(ranked.reversed().get(2).clause().clauseId(), sorted.others().get(0).passage().id(), "the most unusual of the three first");
  }
}
