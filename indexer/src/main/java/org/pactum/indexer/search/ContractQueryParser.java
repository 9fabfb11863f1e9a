package org.pactum.indexer.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.Query;

/**
 * Lucene's query syntax over title and text. Plain words and phrases match the stemmed fields
 * ("terminate" finds "termination"); wildcard, prefix, fuzzy and regular-expression terms are
 * not analysed, so they go to the unstemmed twins, where "indemnif*" finds "indemnification".
 */
final class ContractQueryParser extends MultiFieldQueryParser {

  ContractQueryParser(Analyzer analyzer) {
    super(
        new String[] {ContractDocuments.TITLE, ContractDocuments.TEXT},
        analyzer,
        Map.of(ContractDocuments.TITLE, 2f, ContractDocuments.TEXT, 1f));
    setDefaultOperator(Operator.AND);
    setAllowLeadingWildcard(false);
  }

  @Override
  protected Query getWildcardQuery(String field, String term) throws ParseException {
    return super.getWildcardQuery(field == null ? null : ContractDocuments.exactFieldOf(field), term);
  }

  @Override
  protected Query getPrefixQuery(String field, String term) throws ParseException {
    return super.getPrefixQuery(field == null ? null : ContractDocuments.exactFieldOf(field), term);
  }

  @Override
  protected Query getFuzzyQuery(String field, String term, float similarity) throws ParseException {
    return super.getFuzzyQuery(field == null ? null : ContractDocuments.exactFieldOf(field), term, similarity);
  }

  @Override
  protected Query getRegexpQuery(String field, String term) throws ParseException {
    return super.getRegexpQuery(field == null ? null : ContractDocuments.exactFieldOf(field), term);
  }
}
