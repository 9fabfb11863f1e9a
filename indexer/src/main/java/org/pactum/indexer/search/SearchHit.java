package org.pactum.indexer.search;

import java.util.List;

/** One matching document. */
public record SearchHit(
    String id, String title, String fileName, String mediaType, String status, float score,
    List<Snippet> snippets) {

  public SearchHit {
    snippets = List.copyOf(snippets);
  }
}
