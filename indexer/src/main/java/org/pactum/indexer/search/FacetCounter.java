package org.pactum.indexer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;

/**
 * Counts facet values over the hits of a search with Lucene's sorted-set doc-values facets. The
 * per-reader state they need is built once for each reader the searcher manager hands out.
 */
final class FacetCounter {

  /** Values listed per dimension. */
  static final int TOP = 20;

  private IndexReader reader;
  private SortedSetDocValuesReaderState state;

  Map<String, List<SearchResult.FacetValue>> count(IndexReader current, FacetsCollector hits) throws IOException {
    SortedSetDocValuesReaderState s = stateFor(current);
    Map<String, List<SearchResult.FacetValue>> facets = new LinkedHashMap<>();
    if (s == null) {
      return facets;
    }
    SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(s, hits);
    for (String dim : ContractDocuments.FACETS) {
      FacetResult result;
      try {
        result = counts.getTopChildren(TOP, dim);
      } catch (IllegalArgumentException e) {
        result = null; // no document has this dimension yet
      }
      List<SearchResult.FacetValue> values = new ArrayList<>();
      if (result != null) {
        for (LabelAndValue lv : result.labelValues) {
          values.add(new SearchResult.FacetValue(lv.label, lv.value.longValue()));
        }
      }
      facets.put(dim, values);
    }
    return facets;
  }

  private synchronized SortedSetDocValuesReaderState stateFor(IndexReader current) throws IOException {
    if (current != reader) {
      reader = current;
      try {
        state = new DefaultSortedSetDocValuesReaderState(current, ContractDocuments.FACETS_CONFIG);
      } catch (IllegalArgumentException e) {
        state = null; // an empty index has no facet field
      }
    }
    return state;
  }
}
