package org.pactum.indexer.compare;

/**
 * A run of text in a word-level diff.
 *
 * @param change whether the run is in both texts, only in the first (removed) or only in the second (added)
 */
public record Segment(Change change, String text) {

  public enum Change { SAME, REMOVED, ADDED }
}
