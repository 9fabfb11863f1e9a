package org.pactum.indexer.search;

/**
 * A clause found like another.
 *
 * @param score the Lucene score of the more-like-this query
 * @param similarity the score relative to the source clause's own score against the same query, from 0 to
 *     1: 1 means as close as the clause is to itself
 */
public record SimilarClause(ClauseView clause, float score, double similarity) {}
