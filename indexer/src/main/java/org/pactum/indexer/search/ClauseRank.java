package org.pactum.indexer.search;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

/**
 * A sort key for clause hits given from outside the index: each clause's value by its id (how far
 * it strays from its standard wording, say), and {@code missing} for a clause without one. The id
 * is read from the stored fields of the hits being sorted, so it costs a stored-field read per hit:
 * meant for the clauses of one category, not for a whole index.
 */
final class ClauseRank extends DoubleValuesSource {

  private static final Set<String> ID_ONLY = Set.of(ContractDocuments.CLAUSE_ID);

  private final Map<String, Double> byClause;
  private final double missing;

  ClauseRank(Map<String, Double> byClause, double missing) {
    this.byClause = Map.copyOf(byClause);
    this.missing = missing;
  }

  @Override
  public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
    StoredFields stored = ctx.reader().storedFields();
    return new DoubleValues() {
      private double value;

      @Override
      public double doubleValue() {
        return value;
      }

      @Override
      public boolean advanceExact(int doc) throws IOException {
        String id = stored.document(doc, ID_ONLY).get(ContractDocuments.CLAUSE_ID);
        value = id == null ? missing : byClause.getOrDefault(id, missing);
        return true;
      }
    };
  }

  @Override
  public boolean needsScores() {
    return false;
  }

  @Override
  public DoubleValuesSource rewrite(IndexSearcher searcher) {
    return this;
  }

  @Override
  public boolean isCacheable(LeafReaderContext ctx) {
    return false;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ClauseRank other && other.byClause.equals(byClause) && other.missing == missing;
  }

  @Override
  public int hashCode() {
    return byClause.hashCode() * 31 + Double.hashCode(missing);
  }

  @Override
  public String toString() {
    return "clauseRank(" + byClause.size() + " clauses)";
  }
}
