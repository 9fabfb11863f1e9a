package org.pactum.indexer.compare;

import java.util.List;

/**
 * Two or more passages side by side: the first is the base, and each other is diffed against it.
 *
 * @param base the passage the others are read against
 * @param others each other passage with its difference from the base
 */
public record Comparison(Passage base, List<Against> others) {

  public Comparison {
    others = List.copyOf(others);
  }

  /** A passage and how it differs from the base. */
  public record Against(Passage passage, Difference difference) {}

  /** Compares every passage after the first with the first. */
  public static Comparison of(List<Passage> passages) {
    if (passages.size() < 2) {
      throw new IllegalArgumentException("comparing needs at least two clauses, got " + passages.size());
    }
    Passage base = passages.get(0);
    return new Comparison(base, passages.subList(1, passages.size()).stream()
        .map(p -> new Against(p, WordDiff.between(base.text(), p.text())))
        .toList());
  }

  /** The same comparison with the passages that differ most from the base first (ties as given). */
  public Comparison mostDifferentFirst() {
    return new Comparison(base, others.stream()
        .sorted(java.util.Comparator.comparingDouble((Against a) -> a.difference().deviation()).reversed())
        .toList());
  }
}
