package org.pactum.indexer.compare;

import java.util.List;

/**
 * How a second text differs from a first, word by word.
 *
 * @param similarity the share of words the two have in common, in order: twice the common words over
 *     the words of both, from 0 (nothing in common) to 1 (the same words)
 * @param segments both texts interleaved: runs in both (as the second writes them), runs only in the first,
 *     runs only in the second
 */
public record Difference(double similarity, List<Segment> segments) {

  public Difference {
    segments = List.copyOf(segments);
  }

  /** One minus the similarity: how far the second text strays from the first. */
  public double deviation() {
    return 1 - similarity;
  }
}
