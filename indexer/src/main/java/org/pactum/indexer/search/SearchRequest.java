package org.pactum.indexer.search;

/**
 * A search over contracts.
 *
 * @param query Lucene query syntax; blank lists every document, newest first
 * @param offset how many hits to skip
 * @param limit how many hits to return, at most {@link #MAX_LIMIT}
 */
public record SearchRequest(String query, int offset, int limit) {

  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 1000;

  public SearchRequest {
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative: " + offset);
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ": " + limit);
    }
    query = query.strip();
  }

  public static SearchRequest of(String query) {
    return new SearchRequest(query, 0, DEFAULT_LIMIT);
  }
}
