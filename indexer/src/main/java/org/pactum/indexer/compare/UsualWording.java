package org.pactum.indexer.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.pactum.indexer.search.ClauseView;

/**
 * The de facto standard of a clause category, learned from the repository with no playbook: the
 * clause whose wording most other clauses of the category share. Each clause is a set of word
 * three-grams; MinHash signatures estimate how many three-grams two clauses share (Jaccard), and the
 * clause with the most neighbours at or above {@value #ALIKE} is the centre of the largest group of
 * alike clauses, the majority wording. Ties go to the higher mean likeness, then the lower id, so the
 * answer is the same every time.
 */
public final class UsualWording {

  /** Estimated shared three-grams at which two clauses count as the same wording with edits. */
  static final double ALIKE = 0.5;
  /** Enough clauses to find the majority wording, few enough that all pairs are cheap. */
  static final int SAMPLE = 600;
  private static final MinHash HASHING = new MinHash(3, 64);

  /**
   * @param clause the clause whose wording is usual
   * @param alike how many of the clauses looked at share most of its wording
   * @param of how many clauses were looked at
   */
  public record Learned(ClauseView clause, int alike, int of) {}

  private UsualWording() {}

  /** Empty when there are fewer than two clauses to learn from. */
  public static Optional<Learned> of(List<ClauseView> clauses) {
    if (clauses.size() < 2) {
      return Optional.empty();
    }
    List<ClauseView> sample = sample(clauses);
    int n = sample.size();
    int[][] signatures = new int[n][];
    for (int i = 0; i < n; i++) {
      signatures[i] = HASHING.signature(sample.get(i).text());
    }
    int best = -1;
    int bestAlike = -1;
    double bestMean = -1;
    for (int i = 0; i < n; i++) {
      int alike = 0;
      double sum = 0;
      for (int j = 0; j < n; j++) {
        if (i != j) {
          double s = MinHash.similarity(signatures[i], signatures[j]);
          sum += s;
          if (s >= ALIKE) {
            alike++;
          }
        }
      }
      double mean = sum / (n - 1);
      if (alike > bestAlike || alike == bestAlike && mean > bestMean) {
        best = i;
        bestAlike = alike;
        bestMean = mean;
      }
    }
    return Optional.of(new Learned(sample.get(best), bestAlike + 1, n));
  }

  /** Evenly spaced over the clauses in id order, so the same repository gives the same sample. */
  private static List<ClauseView> sample(List<ClauseView> clauses) {
    List<ClauseView> sorted = new ArrayList<>(clauses);
    sorted.sort(Comparator.comparing(ClauseView::clauseId));
    if (sorted.size() <= SAMPLE) {
      return sorted;
    }
    List<ClauseView> out = new ArrayList<>(SAMPLE);
    for (int i = 0; i < SAMPLE; i++) {
      out.add(sorted.get((int) ((long) i * sorted.size() / SAMPLE)));
    }
    return out;
  }
}
