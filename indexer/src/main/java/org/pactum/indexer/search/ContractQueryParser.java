package org.pactum.indexer.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;

/**
 * Lucene's query syntax over title and text. Plain words match the stemmed fields ("terminate"
 * finds "termination"). Quoted phrases match the words as written, stop words included, in the
 * unstemmed twins: "governed by" does not find "governing". Wildcard, prefix, fuzzy and
 * regular-expression terms are not analysed, so they too go to the unstemmed twins, where
 * "indemnif*" finds "indemnification". A field the filters have may be named in the query, its value
 * compared as the filter compares it (case ignored), so filters combine with AND, OR and NOT:
 * {@code category:"Uncapped Liability" OR category:"Change of Control"}, {@code renewal:automatic AND notice:"90 days"};
 * {@code party:northwind} matches words of a party's name.
 */
final class ContractQueryParser extends MultiFieldQueryParser {

  private static final String[] FIELDS = {ContractDocuments.TITLE, ContractDocuments.TEXT};
  private static final float TITLE_BOOST = 2f;

  /** The fields a query may name that hold whole values, as the filters read them, and the index field of each. */
  private static final Map<String, String> VALUE_FIELDS = Map.of(
      "category", ContractDocuments.CATEGORY_KEY,
      "law", ContractDocuments.LAW_KEY,
      "type", ContractDocuments.TYPE_KEY,
      "tag", ContractDocuments.TAG_KEY,
      "renewal", ContractDocuments.RENEWAL_KEY,
      "notice", ContractDocuments.NOTICE_KEY);

  ContractQueryParser(Analyzer analyzer) {
    super(FIELDS, analyzer, Map.of(ContractDocuments.TITLE, TITLE_BOOST, ContractDocuments.TEXT, 1f));
    setDefaultOperator(Operator.AND);
    setAllowLeadingWildcard(false);
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
    Query value = valueQuery(field, queryText);
    if (value != null) {
      return value;
    }
    String f = partyOr(field);
    return quoted ? exactPhrase(f, queryText, 0) : super.getFieldQuery(f, queryText, false);
  }

  @Override
  protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
    Query value = valueQuery(field, queryText);
    return value != null ? value : exactPhrase(partyOr(field), queryText, slop);
  }

  /** {@code party:northwind} searches the words of the parties' names, as the party filter does. */
  private static String partyOr(String field) {
    return "party".equalsIgnoreCase(field) ? ContractDocuments.PARTY_TEXT : field;
  }

  /** {@code category:"Cap on Liability"}: the whole value in its filter field; null for any other field. */
  private static Query valueQuery(String field, String queryText) {
    String indexField = field == null ? null : VALUE_FIELDS.get(field.toLowerCase(Locale.ROOT));
    return indexField == null ? null : ContractDocuments.valueQuery(indexField, queryText);
  }

  /** A quoted phrase over the unstemmed fields: each field's phrase, the title's boosted, any may match. */
  private Query exactPhrase(String field, String queryText, int slop) throws ParseException {
    if (field != null) {
      return super.getFieldQuery(ContractDocuments.exactFieldOf(field), queryText, slop);
    }
    List<Query> perField = new ArrayList<>();
    for (String f : FIELDS) {
      Query q = super.getFieldQuery(ContractDocuments.exactFieldOf(f), queryText, slop);
      if (q != null) {
        perField.add(f.equals(ContractDocuments.TITLE) ? new BoostQuery(q, TITLE_BOOST) : q);
      }
    }
    return perField.isEmpty() ? null : getMultiFieldQuery(perField);
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
