package org.pactum.indexer.search;

import java.util.List;

/** The hits of one page of a search, and how many documents match in all. */
public record SearchResult(long total, List<SearchHit> hits) {

  public SearchResult {
    hits = List.copyOf(hits);
  }
}
