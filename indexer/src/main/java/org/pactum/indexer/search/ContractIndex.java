package org.pactum.indexer.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.pactum.extractor.model.ContractRecord;
import org.pactum.extractor.model.PageMap;

/**
 * The Lucene index over contract records. Derived data: it can always be rebuilt from the records.
 * Changes become searchable at the next search (near-real-time readers) and durable at
 * {@link #commit()}.
 */
public final class ContractIndex implements AutoCloseable {

  private static final int SNIPPETS_PER_HIT = 3;

  private final Directory directory;
  private final Analyzer analyzer;
  private final IndexWriter writer;
  private final SearcherManager searchers;

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
    this.searchers = new SearcherManager(writer, null);
  }

  /** Adds the record, or replaces the document of the same id. */
  public void put(ContractRecord record) throws IOException {
    writer.updateDocument(new Term(ContractDocuments.ID, record.id()), ContractDocuments.of(record));
  }

  public void delete(String id) throws IOException {
    writer.deleteDocuments(new Term(ContractDocuments.ID, id));
  }

  public void deleteAll() throws IOException {
    writer.deleteAll();
  }

  /** Makes every change so far durable. */
  public void commit() throws IOException {
    writer.commit();
  }

  /** The ids of every indexed document. */
  public Set<String> ids() throws IOException {
    searchers.maybeRefreshBlocking();
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

  /** How many documents are indexed. */
  public int count() throws IOException {
    searchers.maybeRefreshBlocking();
    IndexSearcher searcher = searchers.acquire();
    try {
      return searcher.getIndexReader().numDocs();
    } finally {
      searchers.release(searcher);
    }
  }

  public SearchResult search(SearchRequest request) throws IOException, InvalidQueryException {
    Query query = parse(request.query());
    searchers.maybeRefreshBlocking();
    IndexSearcher searcher = searchers.acquire();
    try {
      int wanted = request.offset() + request.limit();
      TopDocs top =
          request.query().isEmpty()
              ? searcher.search(query, wanted, new Sort(new SortField(ContractDocuments.INGESTED_AT, SortField.Type.LONG, true)))
              : searcher.search(query, wanted);
      ScoreDoc[] page = java.util.Arrays.copyOfRange(top.scoreDocs, Math.min(request.offset(), top.scoreDocs.length), top.scoreDocs.length);
      List<List<Snippet>> snippets = snippets(searcher, query, page, request.query().isEmpty());
      StoredFields stored = searcher.storedFields();
      List<SearchHit> hits = new ArrayList<>(page.length);
      for (int i = 0; i < page.length; i++) {
        Document doc = stored.document(page[i].doc);
        PageMap pages = ContractDocuments.pagesOf(doc);
        List<Snippet> withPages =
            snippets.get(i).stream()
                .map(s -> new Snippet(s.text(), pages.pageOf(s.start()), s.start(), s.matches()))
                .toList();
        hits.add(hit(doc, page[i], withPages));
      }
      return new SearchResult(top.totalHits.value(), hits);
    } finally {
      searchers.release(searcher);
    }
  }

  private Query parse(String text) throws InvalidQueryException {
    if (text.isEmpty()) {
      return new MatchAllDocsQuery();
    }
    QueryParser parser = new ContractQueryParser(analyzer);
    try {
      return parser.parse(text);
    } catch (ParseException e) {
      throw new InvalidQueryException(describe(text, e), e);
    } catch (IllegalArgumentException e) {
      throw new InvalidQueryException("cannot search for \"" + text + "\": " + e.getMessage(), e);
    }
  }

  private static String describe(String text, ParseException e) {
    if (e.currentToken != null && e.currentToken.next != null) {
      int column = e.currentToken.next.beginColumn;
      String found = e.currentToken.next.image;
      return "the query is malformed at character "
          + (column + 1)
          + (found == null || found.isEmpty() ? " (it ends too early)" : " near \"" + found + "\"")
          + ": "
          + text;
    }
    String message = e.getMessage();
    int newline = message.indexOf('\n');
    return "the query is malformed: " + (newline > 0 ? message.substring(0, newline) : message);
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

  private static SearchHit hit(Document doc, ScoreDoc scoreDoc, List<Snippet> snippets) {
    return new SearchHit(
        doc.get(ContractDocuments.ID),
        doc.get(ContractDocuments.TITLE),
        doc.get(ContractDocuments.FILE_NAME),
        doc.get(ContractDocuments.MEDIA_TYPE),
        doc.get(ContractDocuments.STATUS),
        Float.isNaN(scoreDoc.score) ? 0f : scoreDoc.score,
        snippets);
  }

  @Override
  public void close() throws IOException {
    try {
      searchers.close();
      writer.close();
    } finally {
      directory.close();
    }
  }
}
