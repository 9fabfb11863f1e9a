package org.pactum.indexer.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.join.BitSetProducer;
import org.apache.lucene.search.join.QueryBitSetProducer;
import org.apache.lucene.search.join.ScoreMode;
import org.apache.lucene.search.join.ToParentBlockJoinQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * Turns a {@link SearchRequest} into Lucene queries: the user's query in Lucene syntax, the scope,
 * and the filters. In the contracts scope a category filter is a block join from the contract's
 * clauses, and a query given with it must match inside a clause of that category ("contracts whose
 * Cap on Liability clause mentions gross negligence").
 */
final class SearchQueries {

  private static final Query CONTRACTS = new TermQuery(new Term(ContractDocuments.KIND, ContractDocuments.CONTRACT));
  private static final Query CLAUSES = new TermQuery(new Term(ContractDocuments.KIND, ContractDocuments.CLAUSE));

  private final Analyzer analyzer;
  private final BitSetProducer parents = new QueryBitSetProducer(CONTRACTS);

  SearchQueries(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** What to search and what to highlight: the full query, and the user's own part of it. */
  record Built(Query query, Query highlight) {}

  Built build(SearchRequest request) throws InvalidQueryException {
    Query user = parse(request.query());
    SearchRequest.Filters f = request.filters();
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    boolean clauses = request.scope() == SearchRequest.Scope.CLAUSES;
    query.add(clauses ? CLAUSES : CONTRACTS, Occur.FILTER);
    if (f.category() != null) {
      Query category = ContractDocuments.valueQuery(ContractDocuments.CATEGORY_KEY, f.category());
      if (clauses) {
        query.add(category, Occur.FILTER);
        query.add(user, Occur.MUST);
      } else {
        BooleanQuery.Builder inClause = new BooleanQuery.Builder().add(CLAUSES, Occur.FILTER).add(category, Occur.FILTER);
        if (!request.query().isEmpty()) {
          inClause.add(user, Occur.MUST);
        }
        query.add(new ToParentBlockJoinQuery(inClause.build(), parents, ScoreMode.Max),
            request.query().isEmpty() ? Occur.FILTER : Occur.MUST);
      }
    } else {
      query.add(user, Occur.MUST);
    }
    if (f.party() != null) {
      Query party = new QueryBuilder(analyzer).createPhraseQuery(ContractDocuments.PARTY_TEXT, f.party());
      query.add(party == null ? new MatchNoDocsQuery("no words in the party") : party, Occur.FILTER);
    }
    if (f.law() != null) {
      query.add(ContractDocuments.valueQuery(ContractDocuments.LAW_KEY, f.law()), Occur.FILTER);
    }
    if (f.type() != null) {
      query.add(ContractDocuments.valueQuery(ContractDocuments.TYPE_KEY, f.type()), Occur.FILTER);
    }
    if (f.from() != null || f.to() != null) {
      long from = f.from() == null ? Long.MIN_VALUE : f.from().toEpochDay();
      long to = f.to() == null ? Long.MAX_VALUE : f.to().toEpochDay();
      query.add(LongPoint.newRangeQuery(ContractDocuments.DATE, from, to), Occur.FILTER);
    }
    if (f.review() != null) {
      query.add(new TermQuery(new Term(ContractDocuments.REVIEW_KEY, f.review())), Occur.FILTER);
    }
    if (f.tag() != null) {
      query.add(ContractDocuments.valueQuery(ContractDocuments.TAG_KEY, f.tag()), Occur.FILTER);
    }
    if (f.renewal() != null) {
      query.add(ContractDocuments.valueQuery(ContractDocuments.RENEWAL_KEY, f.renewal()), Occur.FILTER);
    }
    if (f.notice() != null) {
      query.add(ContractDocuments.valueQuery(ContractDocuments.NOTICE_KEY, f.notice()), Occur.FILTER);
    }
    if (f.minAmount() != null) {
      query.add(LongPoint.newRangeQuery(ContractDocuments.AMOUNT, f.minAmount(), Long.MAX_VALUE), Occur.FILTER);
    }
    return new Built(query.build(), user);
  }

  private Query parse(String text) throws InvalidQueryException {
    if (text.isEmpty()) {
      return new MatchAllDocsQuery();
    }
    try {
      return new ContractQueryParser(analyzer).parse(text);
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
}
