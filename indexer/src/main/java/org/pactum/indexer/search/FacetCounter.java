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
 * Counts facet values over the hits of a search with Lucene's sorted-set doc-values facets, from
 * the state {@link #stateOf} built for the reader that was searched.
 */
final class FacetCounter {

  /** Values listed per dimension. */
  static final int TOP = 20;

  private FacetCounter() {}

  /**
   * What the counts need of a reader: the ordinals of every facet value across its segments. Built
   * once for each reader (it reads every segment's values), null when no document has a facet yet.
   */
  static SortedSetDocValuesReaderState stateOf(IndexReader reader) throws IOException {
    try {
      return new DefaultSortedSetDocValuesReaderState(reader, ContractDocuments.FACETS_CONFIG);
    } catch (IllegalArgumentException e) {
      return null; // an empty index has no facet field
    }
  }

  /** The top values of each dimension among the hits, given the state of the reader they were found in. */
  static Map<String, List<SearchResult.FacetValue>> count(SortedSetDocValuesReaderState state, FacetsCollector hits)
      throws IOException {
    Map<String, List<SearchResult.FacetValue>> facets = new LinkedHashMap<>();
    if (state == null) {
      return facets;
    }
    SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, hits);
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
}
