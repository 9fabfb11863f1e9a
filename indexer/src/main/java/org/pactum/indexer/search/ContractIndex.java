package org.pactum.indexer.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.pactum.extractor.model.ContractRecord;
import org.pactum.extractor.model.PageMap;

/**
 * The Lucene index over contract records. Derived data: it can always be rebuilt from the records.
 * Changes become searchable at {@link #refresh()} or {@link #commit()} (near-real-time readers;
 * a background refresh every few seconds catches the rest) and durable at {@link #commit()}. The
 * writing side refreshes, and a new searcher is handed out only once its facet state is built, so
 * a search never refreshes nor waits for a refresh: it takes the latest searcher.
 */
public final class ContractIndex implements AutoCloseable {

  private static final int SNIPPETS_PER_HIT = 3;
  /** The commit user-data key holding the schema version the index was written with. */
  private static final String SCHEMA = "schema";
  /** How long segments merged in the background may wait before searches use them. */
  private static final double MAX_STALE_SECONDS = 5;

  private final Directory directory;
  private final Analyzer analyzer;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final ControlledRealTimeReopenThread<IndexSearcher> reopener;
  private final SearchQueries queries;

  public ContractIndex(Path folder) throws IOException {
    this.directory = FSDirectory.open(folder);
    this.analyzer =
        new PerFieldAnalyzerWrapper(
            new EnglishAnalyzer(),
            Map.of(
                ContractDocuments.ID, new KeywordAnalyzer(),
                ContractDocuments.FILE_NAME, new KeywordAnalyzer(),
                ContractDocuments.MEDIA_TYPE, new KeywordAnalyzer(),
                ContractDocuments.STATUS, new KeywordAnalyzer(),
                ContractDocuments.PARTY_TEXT, new StandardAnalyzer(),
                ContractDocuments.TITLE_EXACT, new StandardAnalyzer(),
                ContractDocuments.TEXT_EXACT, new StandardAnalyzer()));
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
    config.setRAMBufferSizeMB(64);
    IndexWriter opened;
    try {
      opened = new IndexWriter(directory, config);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
    this.writer = opened;
    this.queries = new SearchQueries(analyzer);
    writer.setLiveCommitData(Map.of(SCHEMA, ContractDocuments.SCHEMA_VERSION).entrySet());
    if (DirectoryReader.indexExists(directory)
        && !ContractDocuments.SCHEMA_VERSION.equals(SegmentInfos.readLatestCommit(directory).getUserData().get(SCHEMA))) {
      // fields changed since this index was written: empty it; the repository re-adds every record
      writer.deleteAll();
      writer.commit();
    }
    this.searchers = new SearcherManager(writer, FacetedSearcher.FACTORY);
    // writes refresh the searcher themselves; this picks up what changes without a write (merges
    // finishing in the background), which searches did when each of them refreshed
    this.reopener = new ControlledRealTimeReopenThread<>(writer, searchers, MAX_STALE_SECONDS, 0);
    reopener.setName("index refresh");
    reopener.setDaemon(true);
    reopener.start();
  }

  /** Adds the record with its clauses, or replaces the contract of the same id and its clauses. */
  public void put(ContractRecord record, List<String> tags) throws IOException {
    put(record, tags, List.of());
  }

  /**
   * @param reviews how far people checked its values, as {@code field:state} labels
   *     ({@code expirationDate:verified}): a filter and a facet
   */
  public void put(ContractRecord record, List<String> tags, List<String> reviews) throws IOException {
    writer.updateDocuments(new Term(ContractDocuments.CONTRACT_ID, record.id()), ContractDocuments.block(record, tags, reviews));
  }

  /** Removes the contract and its clauses. */
  public void delete(String id) throws IOException {
    writer.deleteDocuments(new Term(ContractDocuments.CONTRACT_ID, id));
  }

  public void deleteAll() throws IOException {
    writer.deleteAll();
  }

  /** Makes every change so far searchable and durable. */
  public void commit() throws IOException {
    // before the commit: a searcher opened after it would hold the same documents as one opened
    // before, but it is a new reader all the same, and each new reader's facet state is built again
    refresh();
    writer.commit();
  }

  /**
   * Makes every change so far searchable: returns once a searcher holding them, its facet state
   * built, is the one searches take.
   */
  public void refresh() throws IOException {
    searchers.maybeRefreshBlocking();
  }

  /** The ids of every indexed document. */
  public Set<String> ids() throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      Set<String> ids = new HashSet<>();
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        SortedDocValues values = leaf.reader().getSortedDocValues(ContractDocuments.ID);
        Bits live = leaf.reader().getLiveDocs();
        if (values == null) {
          continue;
        }
        for (int doc = values.nextDoc(); doc != SortedDocValues.NO_MORE_DOCS; doc = values.nextDoc()) {
          if (live == null || live.get(doc)) {
            ids.add(values.lookupOrd(values.ordValue()).utf8ToString());
          }
        }
      }
      return ids;
    } finally {
      searchers.release(searcher);
    }
  }

  /** How many contracts are indexed. */
  public int count() throws IOException {
    return read(searcher -> searcher.count(new TermQuery(new Term(ContractDocuments.KIND, ContractDocuments.CONTRACT))));
  }

  public SearchResult search(SearchRequest request) throws IOException, InvalidQueryException {
    return search(request, Map.of());
  }

  /**
   * Searches, with each clause's place in a {@link SearchRequest.Sort#DEVIATION} order given by id
   * (largest first; a clause not given comes last).
   */
  public SearchResult search(SearchRequest request, Map<String, Double> deviationByClause) throws IOException, InvalidQueryException {
    SearchQueries.Built built = queries.build(request);
    // every searcher of this manager is opened by FacetedSearcher.FACTORY
    FacetedSearcher searcher = (FacetedSearcher) searchers.acquire();
    try {
      int wanted = request.offset() + request.limit();
      FacetsCollectorManager.FacetsResult found =
          FacetsCollectorManager.search(searcher, built.query(), wanted, sortOf(request, deviationByClause), new FacetsCollectorManager());
      TopDocs top = found.topDocs();
      ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs, Math.min(request.offset(), top.scoreDocs.length), top.scoreDocs.length);
      List<List<Snippet>> snippets = snippets(searcher, built.highlight(), page, request.query().isEmpty());
      StoredFields stored = searcher.storedFields();
      List<SearchHit> hits = new ArrayList<>(page.length);
      for (int i = 0; i < page.length; i++) {
        hits.add(hit(stored.document(page[i].doc), page[i], snippets.get(i)));
      }
      return new SearchResult(top.totalHits.value(), hits, FacetCounter.count(searcher.facets(), found.facetsCollector()));
    } finally {
      searchers.release(searcher);
    }
  }

  /** The clause with this id, when indexed. */
  public Optional<ClauseView> clause(String clauseId) throws IOException {
    return read(searcher -> {
      int doc = clauseDoc(searcher, clauseId);
      return doc < 0 ? Optional.empty() : Optional.of(ContractDocuments.clauseOf(searcher.storedFields().document(doc)));
    });
  }

  /**
   * The clauses of other contracts most like this one, best first; empty when the clause is not
   * indexed.
   *
   * @param sameCategory keep only clauses sharing a category with it
   */
  public Optional<List<SimilarClause>> similar(String clauseId, int limit, boolean sameCategory) throws IOException {
    return read(searcher -> {
      int doc = clauseDoc(searcher, clauseId);
      return doc < 0 ? Optional.empty() : Optional.of(new SimilarClauses(searcher, analyzer).find(doc, limit, sameCategory));
    });
  }

  /** Every clause classified into this category, in index order. */
  public List<ClauseView> clausesOf(String category) throws IOException {
    return read(searcher -> {
      Query query = new BooleanQuery.Builder()
          .add(new TermQuery(new Term(ContractDocuments.KIND, ContractDocuments.CLAUSE)), Occur.FILTER)
          .add(ContractDocuments.valueQuery(ContractDocuments.CATEGORY_KEY, category), Occur.FILTER)
          .build();
      StoredFields stored = searcher.storedFields();
      List<ClauseView> clauses = new ArrayList<>();
      for (ScoreDoc hit : searcher.search(query, Math.max(1, searcher.count(query)), Sort.INDEXORDER).scoreDocs) {
        clauses.add(ContractDocuments.clauseOf(stored.document(hit.doc)));
      }
      return clauses;
    });
  }

  private static int clauseDoc(IndexSearcher searcher, String clauseId) throws IOException {
    TopDocs top = searcher.search(new TermQuery(new Term(ContractDocuments.CLAUSE_ID, clauseId)), 1);
    return top.scoreDocs.length == 0 ? -1 : top.scoreDocs[0].doc;
  }

  private interface SearcherFunction<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  /** Runs a read on the latest searcher. */
  private <T> T read(SearcherFunction<T> read) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      return read.apply(searcher);
    } finally {
      searchers.release(searcher);
    }
  }

  private static Sort sortOf(SearchRequest request, Map<String, Double> deviationByClause) {
    if (request.sort() == SearchRequest.Sort.DEVIATION) {
      return new Sort(new ClauseRank(deviationByClause, -1).getSortField(true), SortField.FIELD_SCORE);
    }
    if (request.sort() == SearchRequest.Sort.DATE) {
      SortField date = new SortField(ContractDocuments.DATE, SortField.Type.LONG, true);
      date.setMissingValue(Long.MIN_VALUE);
      return new Sort(date, SortField.FIELD_SCORE);
    }
    if (request.query().isEmpty() && request.scope() == SearchRequest.Scope.CONTRACTS) {
      return new Sort(new SortField(ContractDocuments.INGESTED_AT, SortField.Type.LONG, true));
    }
    return Sort.RELEVANCE;
  }

  private List<List<Snippet>> snippets(
      IndexSearcher searcher, Query query, ScoreDoc[] page, boolean listing) throws IOException {
    if (listing || page.length == 0) {
      return java.util.Collections.nCopies(page.length, List.of());
    }
    int[] docIds = java.util.Arrays.stream(page).mapToInt(sd -> sd.doc).toArray();
    return new SnippetHighlighter(searcher, analyzer)
        .snippets(ContractDocuments.TEXT, query, docIds, SNIPPETS_PER_HIT);
  }

  /** A contract hit, or a clause hit with its categories; snippets get their page and document offset. */
  private static SearchHit hit(Document doc, ScoreDoc scoreDoc, List<Snippet> snippets) {
    float score = Float.isNaN(scoreDoc.score) ? 0f : scoreDoc.score;
    String clauseId = doc.get(ContractDocuments.CLAUSE_ID);
    if (clauseId == null) {
      PageMap pages = ContractDocuments.pagesOf(doc);
      List<Snippet> withPages = snippets.stream()
          .map(s -> new Snippet(s.text(), pages.pageOf(s.start()), s.start(), s.matches()))
          .toList();
      return new SearchHit(doc.get(ContractDocuments.ID), doc.get(ContractDocuments.TITLE),
          doc.get(ContractDocuments.FILE_NAME), doc.get(ContractDocuments.MEDIA_TYPE), doc.get(ContractDocuments.STATUS),
          score, null, List.of(), null, withPages, null);
    }
    int page = doc.getField(ContractDocuments.PAGE).numericValue().intValue();
    int start = doc.getField(ContractDocuments.START).numericValue().intValue();
    List<Snippet> inDocument = snippets.stream()
        .map(s -> new Snippet(s.text(), page, start + s.start(), s.matches()))
        .toList();
    return new SearchHit(doc.get(ContractDocuments.CONTRACT_ID), doc.get(ContractDocuments.CONTRACT_TITLE),
        doc.get(ContractDocuments.FILE_NAME), doc.get(ContractDocuments.MEDIA_TYPE), doc.get(ContractDocuments.STATUS),
        score, clauseId, List.of(doc.getValues(ContractDocuments.CATEGORY)), page, inDocument, null);
  }

  @Override
  public void close() throws IOException {
    try {
      reopener.close();
      searchers.close();
      writer.close();
    } finally {
      directory.close();
    }
  }
}
