package org.pactum.indexer.search;

import java.util.List;
import java.util.Map;

/**
 * The hits of one page of a search, how many match in all, and the facet counts over all of them.
 *
 * @param facets per dimension ({@code category}, {@code party}, {@code law}, {@code type}, {@code
 *     year}), its values with their counts, most frequent first
 */
public record SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetValue>> facets) {

  /** A facet value and how many hits have it. */
  public record FacetValue(String value, long count) {}

  public SearchResult {
    hits = List.copyOf(hits);
    facets = Map.copyOf(facets);
  }
}
