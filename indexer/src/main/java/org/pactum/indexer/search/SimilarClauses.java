package org.pactum.indexer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.TermQuery;

/**
 * Clauses of other contracts worded like a given one: Lucene's MoreLikeThis picks the clause's most
 * telling terms (frequent in it, rare in the index) and searches the clauses of every other contract
 * with them.
 */
final class SimilarClauses {

  /** Clauses are short: a term used once is already telling. */
  private static final int MIN_TERM_FREQ = 1;
  /** A term only this clause uses finds nothing else. */
  private static final int MIN_DOC_FREQ = 2;
  private static final int MAX_QUERY_TERMS = 30;

  private final IndexSearcher searcher;
  private final Analyzer analyzer;

  SimilarClauses(IndexSearcher searcher, Analyzer analyzer) {
    this.searcher = searcher;
    this.analyzer = analyzer;
  }

  /**
   * @param doc the source clause's document number
   * @param sameCategory keep only clauses sharing a category with the source
   */
  List<SimilarClause> find(int doc, int limit, boolean sameCategory) throws IOException {
    Document source = searcher.storedFields().document(doc);
    MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
    mlt.setAnalyzer(analyzer);
    mlt.setFieldNames(new String[] {ContractDocuments.TEXT});
    mlt.setMinTermFreq(MIN_TERM_FREQ);
    mlt.setMinDocFreq(MIN_DOC_FREQ);
    mlt.setMaxQueryTerms(MAX_QUERY_TERMS);
    Query like = mlt.like(doc);
    float self = searcher.explain(like, doc).getValue().floatValue();
    if (self <= 0) {
      return List.of();
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder()
        .add(like, Occur.MUST)
        .add(new TermQuery(new Term(ContractDocuments.KIND, ContractDocuments.CLAUSE)), Occur.FILTER)
        .add(new TermQuery(new Term(ContractDocuments.CONTRACT_ID, source.get(ContractDocuments.CONTRACT_ID))), Occur.MUST_NOT);
    if (sameCategory) {
      BooleanQuery.Builder categories = new BooleanQuery.Builder();
      for (String category : source.getValues(ContractDocuments.CATEGORY)) {
        categories.add(ContractDocuments.valueQuery(ContractDocuments.CATEGORY_KEY, category), Occur.SHOULD);
      }
      query.add(categories.build(), Occur.FILTER);
    }
    StoredFields stored = searcher.storedFields();
    List<SimilarClause> similar = new ArrayList<>();
    for (ScoreDoc hit : searcher.search(query.build(), limit).scoreDocs) {
      similar.add(new SimilarClause(ContractDocuments.clauseOf(stored.document(hit.doc)), hit.score,
          Math.min(1.0, hit.score / self)));
    }
    return similar;
  }
}
